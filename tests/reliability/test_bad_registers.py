"""Every register that cannot be opened is refused in one sentence, with nothing created or changed."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from registry_app.cli import main
from tests.postgres import replace_database_name
from tests.reliability.registers import corrupt_pages, fill, journal_mode, state


@pytest.fixture(scope="module")
def good_register(tmp_path_factory):
    return fill(tmp_path_factory.mktemp("good") / "register.sqlite3", participants=300)


def _copy(good: Path, folder: Path, name: str = "register.sqlite3") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(good, folder / name))


def _text(folder: Path) -> str:
    path = folder / "notes.txt"
    path.write_text("Minutes of the meeting\nNothing to see here.\n")
    return str(path)


def _pdf(folder: Path) -> str:
    path = folder / "sheet.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return str(path)


def _workbook(folder: Path) -> str:
    path = folder / "nominations.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(200))
    return str(path)


def _empty(folder: Path) -> str:
    path = folder / "empty.sqlite3"
    path.touch()
    return str(path)


def _truncated(folder: Path, good: Path) -> str:
    path = _copy(good, folder)
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 3 + 100)
    return str(path)


def _damaged(folder: Path, good: Path) -> str:
    path = _copy(good, folder)
    corrupt_pages(path)
    return str(path)


def _too_new(folder: Path, good: Path) -> str:
    path = _copy(good, folder)
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO schema_version (version, description, applied_at) "
                           "VALUES (999, 'from the future', '2030-01-01')")
    connection.close()
    return str(path)


def _foreign(folder: Path) -> str:
    path = folder / "accounts.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        connection.execute("INSERT INTO invoice (amount) VALUES (12.5)")
    connection.close()
    return str(path)


SQLITE_CASES = {
    "a text file": (lambda f, g: _text(f), "is a text file"),
    "a PDF": (lambda f, g: _pdf(f), "is a PDF document"),
    "a spreadsheet": (lambda f, g: _workbook(f), "spreadsheet or a ZIP archive"),
    "an empty file": (lambda f, g: _empty(f), "is empty"),
    "a folder": (lambda f, g: str(f), "is a folder"),
    "a missing folder": (lambda f, g: str(f / "no" / "such" / "folder" / "r.sqlite3"), "does not exist"),
    "a truncated register": (_truncated, "cut short"),
    "4 KB of corrupted pages": (_damaged, "is damaged"),
    "a schema too new": (_too_new, "newer version of this program"),
    "another program's database": (lambda f, g: _foreign(f), "another program's database"),
}


def _said_in_one_line(capsys, url: str) -> tuple[int, str]:
    code = main(["info", "--db", url])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert len(err.splitlines()) == 1 and err.startswith("registry-app: "), err
    assert "something went wrong" not in err and "Traceback" not in err
    return code, err


@pytest.mark.parametrize("case", list(SQLITE_CASES))
def test_a_bad_sqlite_target_is_refused_in_one_line_and_left_as_it_was(case, good_register, tmp_path, capsys, report):
    make, expected = SQLITE_CASES[case]
    folder = tmp_path / "office"
    folder.mkdir()
    url = make(folder, good_register)
    before = state(tmp_path)
    _, said = _said_in_one_line(capsys, url)
    assert expected in said, said
    assert state(tmp_path) == before, "opening changed or created files"
    if case == "another program's database":
        assert journal_mode(Path(url)) == "delete"  # not switched to WAL
    report(f"--db {case}: exit 2, {said[len('registry-app: '):].replace(str(folder), '...')}")


@pytest.fixture
def read_only_mount(tmp_path, good_register):
    """A small file system holding a register, mounted read-only (as a write-protected stick is)."""
    point = tmp_path / "stick"
    point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(point)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root, or no mount permission)")
    try:
        _copy(good_register, point)
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_register_on_a_read_only_file_system_is_refused(read_only_mount, capsys, report):
    path = read_only_mount / "register.sqlite3"
    _, said = _said_in_one_line(capsys, str(path))
    assert "read-only" in said
    _, said_new = _said_in_one_line(capsys, str(read_only_mount / "new.sqlite3"))
    assert "read-only" in said_new and not (read_only_mount / "new.sqlite3").exists()
    report(f"--db on a read-only file system: exit 2, {said[len('registry-app: '):][:90]}")


def test_the_default_location_is_created_when_missing(tmp_path, capsys, password_on_stdin):
    """The first start on a PC: the data folder does not exist yet, and is made."""
    assert main(["users", "add", "director", "--role", "admin"]) == 0
    assert main(["--user", "director", "info"]) == 0
    assert "participants: 0" in capsys.readouterr().out
    from registry_app.store.database import db
    db.obj.close()


PG_CASES = {
    "a server that is down": (lambda admin: "postgresql://postgres@127.0.0.1:1/registry",
                              "No PostgreSQL server answers"),
    "an unknown database": (lambda admin: replace_database_name(admin, "no_such_register"), "no database named"),
    "an unknown host": (lambda admin: "postgresql://postgres@no-such-host.invalid/registry", "is unknown"),
    "a port that is not a number": (lambda admin: "postgresql://postgres@127.0.0.1:port/registry", "port"),
    "a port out of range": (lambda admin: "postgresql://postgres@127.0.0.1:99999/registry", "port"),
    "an unknown user": (lambda admin: admin.replace("postgres@", "nobody@", 1), "no user named"),
}


@pytest.mark.postgres
@pytest.mark.parametrize("case", list(PG_CASES))
def test_a_bad_postgresql_target_is_refused_in_one_line(case, postgres_admin_url, capsys, report):
    make, expected = PG_CASES[case]
    _, said = _said_in_one_line(capsys, make(postgres_admin_url))
    assert expected in said, said
    report(f"--db {case}: exit 2, {said[len('registry-app: '):][:90]}")


@pytest.mark.postgres
def test_a_wrong_password_is_refused_in_one_line(tmp_path, capsys, report):
    """A server of its own that checks passwords (the shared test server trusts every login)."""
    import tempfile

    from tests.postgres import PostgresCluster, postgres_bin_or_skip

    bin_dir = postgres_bin_or_skip()
    base = Path(tempfile.mkdtemp(prefix="registry-test-password-"))
    cluster = PostgresCluster(bin_dir, base, password="the right one")
    try:
        cluster.start()
        url = cluster.url("postgres").replace("postgres@", "postgres:the%20wrong%20one@", 1)
        _, said = _said_in_one_line(capsys, url)
        assert "refused the user name or password" in said, said
        report(f"--db with a wrong password: exit 2, {said[len('registry-app: '):][:90]}")
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.postgres
def test_another_programs_postgresql_database_is_refused_untouched(postgres_admin_url, capsys, report):
    from tests.postgres import _admin, create_database, drop_database

    create_database(postgres_admin_url, "accounting")
    url = replace_database_name(postgres_admin_url, "accounting")
    try:
        with _admin(url) as connection:
            connection.execute("CREATE TABLE invoice (id serial PRIMARY KEY)")
        _, said = _said_in_one_line(capsys, url)
        assert "not a register" in said
        with _admin(url) as connection:
            tables = [r[0] for r in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
            extensions = [r[0] for r in connection.execute("SELECT extname FROM pg_extension")]
        assert tables == ["invoice"] and "pg_trgm" not in extensions
        report(f"--db another program's PostgreSQL database: exit 2, {said[len('registry-app: '):][:80]}")
    finally:
        from registry_app.store.database import db
        if db.obj is not None:
            db.obj.close()
        drop_database(postgres_admin_url, "accounting")
