"""registry-app backup, restore and check."""

from pathlib import Path

from registry_app.cli import main
from registry_app.store.database import db
from tests.reliability.registers import corrupt_pages


def test_backup_check_and_restore_from_the_command_line(tmp_path, capsys, password_on_stdin):
    register = tmp_path / "r.sqlite3"
    url = f"sqlite:///{register}"
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    assert main(["--user", "director", "demo", "--db", url, "--participants", "300"]) == 0
    assert main(["--user", "director", "backup", "--db", url]) == 0
    backup = Path(capsys.readouterr().out.strip().splitlines()[-1].split(" (")[0])
    assert backup.parent == tmp_path / "backups" and backup.exists()
    assert main(["--user", "director", "backup", "--db", url, "--out", str(tmp_path / "copy.sqlite3")]) == 0
    assert (tmp_path / "copy.sqlite3").exists()
    assert main(["--user", "director", "check", "--db", url]) == 0
    assert "sound" in capsys.readouterr().out
    db.obj.close()

    corrupt_pages(register)
    assert main(["info", "--db", url]) == 2
    said = capsys.readouterr().err
    assert "is damaged" in said and str(backup) in said
    assert main(["--user", "director", "restore", "--db", url, str(backup)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "replaced" in out
    assert main(["--user", "director", "check", "--db", url]) == 0
    assert main(["--user", "director", "info", "--db", url]) == 0
    assert "participants: 300" in capsys.readouterr().out
    db.obj.close()


def test_restoring_a_file_that_is_not_a_backup_is_refused_in_one_line(tmp_path, capsys, password_on_stdin):
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    (tmp_path / "notes.txt").write_text("hello")
    assert main(["--user", "director", "restore", "--db", url, str(tmp_path / "notes.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "text file" in err
    db.obj.close()
