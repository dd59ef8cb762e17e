"""Every action is retried, in the one place (store.database.retried), when the server aborts it for a
deadlock: a graduation, a nominations import and an administrator's change to an account each meet a
real deadlock, forced on the real PostgreSQL server with two connections, and each is done once all the
same, its work done once (a graduation's certificates are not drawn again).

How the deadlock is made: another session (B) holds a row the action needs; the action takes the
writers' lock and waits for that row; then B asks for the writers' lock. Each waits for the other. B
waits with a long deadlock_timeout, so the server's deadlock detector runs in the action's session
and aborts the action's transaction (SQLSTATE 40P01); B then gets the lock, and rolls back. That B's
wait ends at all proves the action's transaction was aborted: it held the writers' lock until then."""

from __future__ import annotations

import threading
import time
from datetime import date
from urllib.parse import urlsplit

import psycopg
import pytest

from registry_app.services.accounts import users
from registry_app.services.certificates import graduation
from registry_app.services.nominations import commit, prepare
from registry_app.store.database import WRITERS_LOCK, db
from registry_app.store.models import AuditEvent, Certificate, Enrolment, User
from tests.conftest import KEY_PASSPHRASE, SESSIONS_OVER
from tests.services.nominations import files

ON_POSTGRES = pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                                      indirect=True)


def _connect(url: str, autocommit: bool = False) -> psycopg.Connection:
    parts = urlsplit(url)
    return psycopg.connect(dbname=parts.path.lstrip("/"), host=parts.hostname, port=parts.port,
                           user=parts.username, password=parts.password, autocommit=autocommit)


def _waiting_on_a_lock(watcher: psycopg.Connection, other_pid: int) -> bool:
    return bool(watcher.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> %s "
        "AND wait_event_type = 'Lock'", (other_pid,)).fetchone()[0])


def deadlocked(url: str, hold_row: tuple[str, tuple[object, ...]], action):
    """Run action in a thread of its own while another session makes it meet a deadlock; returns
    what it returned (its exception is raised here)."""
    other, watcher = _connect(url), _connect(url, autocommit=True)
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            outcome["error"] = exc
        finally:
            db.close()

    try:
        other.execute("SET deadlock_timeout = '60s'")
        other.execute("SET lock_timeout = '60s'")
        other.execute(*hold_row)
        thread = threading.Thread(target=run)
        thread.start()
        deadline = time.monotonic() + 30
        while not _waiting_on_a_lock(watcher, other.info.backend_pid):
            assert thread.is_alive(), f"the action ended without waiting for the held row: {outcome}"
            assert time.monotonic() < deadline, "the action never waited for the held row"
            time.sleep(0.02)
        other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITERS_LOCK,))  # the deadlock: ends when it is broken
        other.rollback()
        thread.join(60)
        assert not thread.is_alive()
    finally:
        other.close()
        watcher.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


@ON_POSTGRES
def test_a_graduation_that_meets_a_deadlock_is_recorded_once_without_drawing_again(
        db_url, actor, closed_course, tmp_path, monkeypatch, report):
    course, _enrolments, keys = closed_course
    drawn = []
    draw = graduation.draw_batch
    monkeypatch.setattr(graduation, "draw_batch", lambda *a: drawn.append(1) or draw(*a))
    out = tmp_path / "certificates"
    done = deadlocked(db_url, ("SELECT id FROM course WHERE id = %s FOR UPDATE", (course.id,)),
                      lambda: graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys,
                                               out=out))
    assert len(done.issued) == 3 and len(drawn) == 1
    assert Certificate.select().count() == 3
    assert AuditEvent.select().where(AuditEvent.action == "issue").count() == 3
    assert sorted(p.name.split("_")[0] for p in out.glob("*.pdf") if "certificates" not in p.name) == \
        sorted(c.serial for c in done.issued)
    report("graduation met a real deadlock on PostgreSQL: retried, 3 certificates recorded once, drawn once")


@ON_POSTGRES
def test_a_nominations_import_that_meets_a_deadlock_is_committed_once(db_url, actor, small_course, report):
    course = small_course[0]
    preview = prepare(actor, course.code, "list.xlsx", data=files.xlsx(files.PEOPLE))
    before = Enrolment.select().where(Enrolment.course == course).count()
    result = deadlocked(db_url, ("SELECT id FROM course WHERE id = %s FOR UPDATE", (course.id,)),
                        lambda: commit(actor, preview, today=date(2026, 2, 1)))
    assert result.nominated == 3
    assert Enrolment.select().where(Enrolment.course == course).count() == before + 3
    assert AuditEvent.select().where(AuditEvent.action == "import-nominations").count() == 1
    report("nominations import met a real deadlock on PostgreSQL: retried, 3 nominations committed once")


@ON_POSTGRES
def test_an_accounts_action_that_meets_a_deadlock_is_done_once(db_url, actor, test_password_hash, report):
    clerk = User.create(username="awa", display_name="Awa Traoré", role="clerk", password_hash=test_password_hash)
    row = deadlocked(db_url, ('UPDATE "user" SET display_name = display_name WHERE id = %s', (clerk.id,)),
                     lambda: users.set_role(actor, clerk.id, clerk.version, "registrar"))
    assert row.role == "registrar" and User.get_by_id(clerk.id).version == clerk.version + 1
    assert AuditEvent.select().where(AuditEvent.action == "change-role").count() == 1
    report("an account's change of role met a real deadlock on PostgreSQL: retried, done once")
