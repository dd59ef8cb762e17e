"""Fixtures shared by the whole suite: a fresh register per test, on SQLite and on PostgreSQL.

PostgreSQL: REGISTRY_TEST_POSTGRES_URL names a server to use (a maintenance database such as
postgresql://user@host/postgres, on which the tests may create databases); without it the run starts
a throwaway cluster of its own with initdb. Where no PostgreSQL is installed, its tests are skipped
with the reason, unless REGISTRY_REQUIRE_POSTGRES=1 (as in CI), which turns that into a failure.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from datetime import date, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from registry_app.services.register import participants  # noqa: E402
from registry_app.services.register.participants import ParticipantData  # noqa: E402
from registry_app.store.database import db  # noqa: E402
from registry_app.store.models import Course, CourseDay, CourseHalfDay, Enrolment, Programme, ThematicArea  # noqa: E402
from registry_app.store.schema import init_db  # noqa: E402
from tests.postgres import PostgresCluster, postgres_bin_or_skip  # noqa: E402

_database_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path, monkeypatch):
    """No test reads or writes the real user's settings, keys or register."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("REGISTRY_DB", raising=False)


@pytest.fixture(scope="session")
def postgres_admin_url():
    given = os.environ.get("REGISTRY_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    bin_dir = postgres_bin_or_skip()
    # Not under pytest's temporary folder: that one is private to root, and the server runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="registry-test-postgres-"))
    cluster = PostgresCluster(bin_dir, base)
    try:
        cluster.start()
        yield cluster.url("postgres")
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_template(postgres_admin_url):
    """A migrated register to copy: CREATE DATABASE ... TEMPLATE is much faster than migrating."""
    from tests.postgres import create_database, drop_database, replace_database_name

    name = f"registry_template_{os.getpid()}"
    create_database(postgres_admin_url, name)
    url = replace_database_name(postgres_admin_url, name)
    database = init_db(url)
    database.close()
    yield name
    drop_database(postgres_admin_url, name)


def _sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'register.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """The URL of a fresh, migrated register, on each backend in turn."""
    if request.param == "sqlite":
        url = _sqlite_url(tmp_path)
        init_db(url).close()
        yield url
        return
    from tests.postgres import create_database, drop_database, replace_database_name

    admin = request.getfixturevalue("postgres_admin_url")
    template = request.getfixturevalue("postgres_template")
    name = f"registry_test_{os.getpid()}_{next(_database_numbers)}"
    create_database(admin, name, template=template)
    try:
        yield replace_database_name(admin, name)
    finally:
        if db.obj is not None:
            db.obj.close()
        drop_database(admin, name)


TEST_PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def test_password_hash():
    """One Argon2id hash for the whole run: each takes a few hundredths of a second."""
    from registry_app.seal.passwords import hash_password

    return hash_password(TEST_PASSWORD)


@pytest.fixture(autouse=True)
def nobody_signed_in_after():
    """Each test starts and ends with nobody signed in."""
    from registry_app.services.actors import use

    use(None)
    yield
    use(None)




class _PasswordsOnStdin:
    """Standard input that is not a terminal and answers every password prompt with one line."""

    def __init__(self, password: str):
        self.password = password
        self.lines_read = 0

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        self.lines_read += 1
        return self.password + "\n"


@pytest.fixture
def password_on_stdin(monkeypatch):
    """The command line reads TEST_PASSWORD from standard input whenever it asks for a password."""
    import sys

    stdin = _PasswordsOnStdin(TEST_PASSWORD)
    monkeypatch.setattr(sys, "stdin", stdin)
    return stdin


@pytest.fixture
def sign_in_as(test_password_hash):
    """sign_in_as("clerk") adds a user of that role to the open register, signs them in, and returns
    their actor: for tests of what a role may and may not do."""
    from tests.actors import signed_in

    def sign_in(role: str, username: str | None = None):
        return signed_in(username or f"{role}-under-test", role, test_password_hash)

    return sign_in


@pytest.fixture
def database(db_url, sign_in_as):
    """The open register (both backends), bound to the models, with an administrator signed in
    (the `actor` fixture)."""
    database = init_db(db_url)
    sign_in_as("admin")
    yield database
    database.close()


@pytest.fixture
def sqlite_database(tmp_path, sign_in_as):
    """The open register on SQLite, with an administrator signed in."""
    database = init_db(_sqlite_url(tmp_path))
    sign_in_as("admin")
    yield database
    database.close()


@pytest.fixture
def actor(database):
    """The administrator signed in to the test's register."""
    from registry_app.services.actors import current

    return current()


START = date(2026, 3, 2)


@pytest.fixture
def small_course(actor):
    """INV-101/2026-03: three days, the last afternoon off; three confirmed participants and one nominee.
    Pass mark 60, minimum attendance 80 %."""
    area = ThematicArea.create(code="INV", title_en="Investigations", title_fr="Enquêtes", title_ar="التحقيقات")
    programme = Programme.create(code="INV-101", title_en="Counter-terrorism investigations", title_fr="Enquêtes",
                                 title_ar="التحقيقات", thematic_area=area, nominal_hours=20,
                                 min_attendance_pct=80, pass_mark=60)
    course = Course.create(code="INV-101/2026-03", programme=programme, start_date=START,
                           end_date=START + timedelta(days=2), venue="Rabat", capacity=20, status="running")
    half_days = []
    for n in range(3):
        day = CourseDay.create(course=course, date=START + timedelta(days=n))
        for slot in ("AM", "PM"):
            half_days.append(CourseHalfDay.create(day=day, slot=slot, excluded=(n == 2 and slot == "PM")))
    people = [
        ParticipantData("Awa", "Traoré", "F", "ML"),
        ParticipantData("Mohamed", "El Amrani", "M", "MA", full_name_ar="محمد العمراني"),
        ParticipantData("Chinedu", "Okafor", "M", "NG"),
        ParticipantData("Sékou", "Camara", "M", "GN"),
    ]
    enrolments = []
    for n, person in enumerate(people):
        participant = participants.create(actor, person)
        enrolments.append(Enrolment.create(participant=participant, course=course,
                                           status="nominated" if n == 3 else "confirmed",
                                           nominated_on=START - timedelta(days=30)))
    return course, half_days, enrolments


def pytest_terminal_summary(terminalreporter):
    """Say how many tests ran on PostgreSQL, so that a run that skipped them all cannot pass unseen."""
    passed = [r for r in terminalreporter.stats.get("passed", []) if "[postgresql" in r.nodeid]
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if "[postgresql" in r.nodeid]
    terminalreporter.write_line(f"PostgreSQL: {len(passed)} tests passed on a real server, {len(skipped)} skipped")


SESSIONS_OVER = date(2026, 3, 10)
KEY_PASSPHRASE = "graduation day passphrase"


@pytest.fixture
def closed_course(actor, small_course, tmp_path):
    """small_course after it ran: the three in the room present at every session, post-test 80,
    closed; and a signing key (in tmp_path/keys, passphrase KEY_PASSPHRASE). Returns the course,
    its enrolments and the keys' folder."""
    from registry_app.services.attendance import marks as attendance
    from registry_app.services.certificates import keys as sealing
    from registry_app.services.courses import closing

    course, half_days, enrolments = small_course
    for enrolment in enrolments[:3]:
        for half_day in (h for h in half_days if not h.excluded):
            attendance.set_mark(actor, enrolment.id, half_day.id, "present", today=SESSIONS_OVER)
        attendance.set_scores(actor, enrolment.id, 1, 40, 80)
    closing.close(actor, course.id, today=SESSIONS_OVER)
    keys = tmp_path / "keys"
    sealing.new_key(actor, KEY_PASSPHRASE, date(2020, 1, 1), keys)
    return course, enrolments, keys
