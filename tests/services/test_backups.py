"""Backups: made, checked, rotated, restored by an atomic swap; on both backends."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from registry_app.services.actors import current
from registry_app.services.audit import broken_links
from registry_app.services.backups import copies, restoring
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.backup import RegisterInUseError
from registry_app.store.database import db
from registry_app.store.inspection import NotARegisterError, RegisterDamagedError
from registry_app.store.models import AuditEvent, Participant


def _add(actor, family: str) -> None:
    participants.create(actor, ParticipantData("Awa", family, "F", "ML"))


def test_a_backup_now_is_a_checked_copy_in_the_backups_folder(sqlite_database, tmp_path):
    actor = current()
    _add(actor, "Traoré")
    made = copies.back_up_now(actor)
    assert made.path.parent == tmp_path / "backups" and made.reason == "manual"
    with sqlite3.connect(made.path) as copy:
        assert copy.execute("SELECT family_name FROM participant").fetchall() == [("Traoré",)]
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert not list(made.path.parent.glob("*.partial"))
    assert [b.path for b in copies.backups()] == [made.path]


def test_a_backup_reports_its_progress_page_by_page(sqlite_database, monkeypatch):
    from registry_app.store import backup

    monkeypatch.setattr(backup, "_PAGES_A_STEP", 2)  # many steps on a small register
    actor = current()
    for n in range(30):
        _add(actor, f"Family {n}")
    seen: list[tuple[int, int]] = []
    copies.back_up_now(actor, progress=lambda done, total: seen.append((done, total)))
    total = seen[-1][1]
    assert len(seen) > 3 and seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_the_backup_on_close_is_made_once_a_day(sqlite_database):
    first = copies.back_up_on_close(today=date.today())
    assert first is not None and first.reason == "daily"
    assert copies.back_up_on_close(today=date.today()) is None
    assert len(copies.backups()) == 1


def test_old_backups_are_rotated_away(sqlite_database):
    for days in range(40, 0, -1):
        copies.make("daily", now=datetime(2026, 5, 1, 18, 0) - timedelta(days=days))
    kept = copies.backups()
    assert 7 <= len(kept) < 15
    assert kept[0].made.date() == date(2026, 4, 30)


def test_a_restore_puts_the_backup_in_place_and_keeps_the_register_aside(sqlite_database, tmp_path):
    actor = current()
    _add(actor, "Before")
    backup = copies.back_up_now(actor)
    _add(actor, "After")
    register = tmp_path / "register.sqlite3"
    assert Path(f"{register}-wal").exists()  # the register is open in WAL mode, with uncheckpointed pages

    restored = restoring.restore(actor, backup.path)
    assert sorted(p.family_name for p in Participant.select()) == ["Before"]
    assert AuditEvent.select().where(AuditEvent.action == "restore").count() == 1
    assert broken_links() == []
    with sqlite3.connect(restored.kept_aside) as aside:
        assert sorted(r[0] for r in aside.execute("SELECT family_name FROM participant")) == ["After", "Before"]
    aside.close()
    assert restored.safety_backup is not None and restored.safety_backup.exists()
    _add(current(), "Later")  # the restored register is open and usable
    assert Participant.select().count() == 2


@pytest.mark.parametrize("bad", ["text", "damaged", "foreign", "missing"])
def test_a_bad_backup_is_refused_and_the_register_left_alone(bad, sqlite_database, tmp_path):
    actor = current()
    _add(actor, "Kept")
    candidate = tmp_path / "candidate.sqlite3"
    if bad == "text":
        candidate.write_text("not a backup")
    elif bad == "foreign":
        with sqlite3.connect(candidate) as other:
            other.execute("CREATE TABLE invoice (id INTEGER)")
        other.close()
    elif bad == "damaged":
        good = copies.back_up_now(actor).path
        data = bytearray(good.read_bytes())
        middle = len(data) // 2 // 4096 * 4096
        data[middle:middle + 4096] = bytes(range(256)) * 16
        candidate.write_bytes(bytes(data))
    with pytest.raises((NotARegisterError, RegisterDamagedError, restoring.NotABackupError)):
        restoring.restore(actor, candidate)
    assert [p.family_name for p in Participant.select()] == ["Kept"]


def test_a_restore_is_refused_while_another_program_has_the_register_open(sqlite_database, tmp_path):
    actor = current()
    backup = copies.back_up_now(actor)
    other = sqlite3.connect(tmp_path / "register.sqlite3")
    other.execute("SELECT count(*) FROM participant").fetchone()
    try:
        with pytest.raises(RegisterInUseError, match="open in another window"):
            restoring.restore(actor, backup.path)
    finally:
        other.close()
    _add(current(), "Still usable")


def test_a_damaged_register_is_refused_with_its_latest_good_backup_which_restores_it(tmp_path):
    from registry_app.services import opening
    from tests.reliability.registers import corrupt_pages, fill

    path = fill(tmp_path / "register.sqlite3", participants=300)
    choice = opening.choose(f"sqlite:///{path}")
    opening.open_register(choice)
    backup = copies.back_up_now(current())
    db.close()
    corrupt_pages(path)
    with pytest.raises(opening.DamagedRegister) as refused:
        opening.open_register(choice)
    assert refused.value.backup is not None and refused.value.backup.path == backup.path
    assert "registry-app restore" in str(refused.value) and "\n" not in str(refused.value)
    restored = restoring.restore_damaged(refused.value.path, backup.path, "filler")
    assert Participant.select().count() == 300 and Path(restored.kept_aside).exists()
    assert restoring.check_register() == []
    db.close()


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_a_server_register_is_dumped_and_restored_into_a_new_database(db_url, tmp_path, sign_in_as):
    from registry_app.store.schema import init_db
    from tests.postgres import drop_database

    init_db(db_url)
    actor = sign_in_as("admin")
    _add(actor, "Before")
    backup = copies.back_up_now(actor, out=tmp_path / "register.dump")
    assert backup.path.read_bytes()[:5] == b"PGDMP"
    _add(actor, "After")
    restored = restoring.restore(actor, backup.path)
    assert [p.family_name for p in Participant.select()] == ["Before"]
    assert "_before_restore_" in restored.kept_aside
    assert broken_links() == []
    db.close()
    admin = db_url.rsplit("/", 1)[0] + "/postgres"
    drop_database(admin, restored.kept_aside)
