"""The command line: demo data and information without the window."""

import pytest

from registry_app.cli import main
from registry_app.store.database import db
from registry_app.store.models import Participant


def test_demo_fills_the_register_named_by_db(db_url, capsys, password_on_stdin):
    assert main(["users", "add", "director", "--role", "admin", "--db", db_url]) == 0
    assert main(["--user", "director", "demo", "--db", db_url, "--participants", "60", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "60 participants" in out and "courses" in out
    assert Participant.select().count() == 60
    assert main(["--user", "director", "info", "--db", db_url]) == 0
    assert "participants: 60" in capsys.readouterr().out
    db.obj.close()


def test_demo_into_a_register_with_data_is_refused_in_one_line(tmp_path, capsys, password_on_stdin):
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    assert main(["--user", "director", "demo", "--db", url, "--participants", "5"]) == 0
    capsys.readouterr()
    assert main(["--user", "director", "demo", "--db", url, "--participants", "5"]) == 2
    assert capsys.readouterr().err.strip().startswith("registry-app: This register already holds data")


def test_a_bad_url_is_explained(capsys):
    assert main(["info", "--db", "mysql://x/y"]) == 2
    assert "Unsupported database 'mysql'" in capsys.readouterr().err


def test_the_window_opens_and_closes_in_a_smoke_test(tmp_path, capsys, password_on_stdin):
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--db", url, "--smoke-test"]) == 0
    assert "the first administrator dialog opened on SQLite" in capsys.readouterr().out
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    assert main(["--db", url, "--smoke-test"]) == 0
    assert "the sign-in dialog opened on SQLite" in capsys.readouterr().out
    assert main(["--db", url, "--user", "director", "--smoke-test"]) == 0
    assert "the main window opened on SQLite" in capsys.readouterr().out
    db.obj.close()


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and "Training Registry" in capsys.readouterr().out
