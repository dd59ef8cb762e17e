"""Signing in on the command line: --user NAME, the password from standard input when it is not a
terminal, the first administrator without sign-in only while the register has no user."""

from registry_app.cli import main
from registry_app.store.database import db
from registry_app.store.models import AuditEvent, User


def test_the_first_administrator_then_users_added_only_by_a_signed_in_administrator(db_url, capsys,
                                                                                    password_on_stdin):
    assert main(["users", "add", "director", "--role", "admin", "--name", "Amina Director", "--db", db_url]) == 0
    assert "first administrator" in capsys.readouterr().out
    assert main(["users", "add", "intruder", "--role", "admin", "--db", db_url]) == 2
    assert "Sign in: registry-app --user NAME" in capsys.readouterr().err
    assert main(["--user", "director", "users", "add", "awa", "--role", "clerk", "--db", db_url]) == 0
    assert main(["--user", "awa", "users", "add", "moussa", "--role", "admin", "--db", db_url]) == 2
    assert "may not administer" in capsys.readouterr().err
    assert main(["--user", "director", "users", "list", "--db", db_url]) == 0
    listing = capsys.readouterr().out
    assert "awa" in listing and "clerk" in listing and "intruder" not in listing and "moussa" not in listing
    assert sorted(u.username for u in User.select()) == ["awa", "director"]
    db.obj.close()


def test_a_wrong_password_on_stdin_is_refused_in_one_line_and_counted(tmp_path, capsys, password_on_stdin,
                                                                     monkeypatch):
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    password_on_stdin.password = "not the password"
    monkeypatch.setenv("USER", "director")  # never an identity
    assert main(["info", "--db", url]) == 2
    assert "registry-app --user NAME" in capsys.readouterr().err
    assert main(["--user", "director", "info", "--db", url]) == 2
    assert capsys.readouterr().err.strip() == "registry-app: The user name or the password is wrong."
    assert AuditEvent.select().where(AuditEvent.action == "sign-in-failed").count() == 1
    db.obj.close()


def test_a_register_without_user_says_how_to_create_the_first_administrator(tmp_path, capsys, password_on_stdin):
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["info", "--db", url]) == 2
    assert "users add NAME --role admin" in capsys.readouterr().err
    db.obj.close()


def test_audit_checkpoint_and_verify_from_the_command_line(tmp_path, capsys, password_on_stdin, monkeypatch):
    from registry_app.store import audit_guard

    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    monkeypatch.setenv("REGISTRY_KEY_PASSPHRASE", "a long enough passphrase")
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    assert main(["--user", "director", "keys", "create", "--db", url, "--valid-from", "2021-01-01"]) == 0
    kept = tmp_path / "usb-stick" / "checkpoints.jsonl"
    assert main(["--user", "director", "audit", "checkpoint", "--db", url, "--out", str(kept)]) == 0
    assert "Checkpoint signed" in capsys.readouterr().out and kept.exists()
    assert main(["--user", "director", "audit", "verify", "--db", url, "--checkpoints", str(kept)]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["--user", "director", "users", "add", "awa", "--role", "viewer", "--db", url]) == 0
    assert main(["--user", "awa", "audit", "verify", "--db", url]) == 2
    assert "may not read the audit trail" in capsys.readouterr().err

    audit_guard.remove(db.obj)
    newest = AuditEvent.select().order_by(AuditEvent.id.desc()).limit(6)
    AuditEvent.delete().where(AuditEvent.id.in_([e.id for e in newest])).execute()
    capsys.readouterr()
    assert main(["--user", "director", "audit", "verify", "--db", url, "--checkpoints", str(kept)]) == 1
    said = capsys.readouterr().out
    assert "tampered with" in said and "deleted" in said
    db.obj.close()


def test_the_daily_checkpoint_on_the_command_line(tmp_path, capsys, password_on_stdin, monkeypatch):
    """A script is reminded on standard error; a person at a terminal is asked for the passphrase (Enter
    skips), and the checkpoint goes to the file the administrator set with `audit file`."""
    import getpass

    from registry_app.services.audit_trail import checkpoints

    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    monkeypatch.setenv("REGISTRY_KEY_PASSPHRASE", "a long enough passphrase")
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    assert main(["--user", "director", "keys", "create", "--db", url, "--valid-from", "2021-01-01"]) == 0
    kept = tmp_path / "share" / "audit.jsonl"
    assert main(["--user", "director", "audit", "file", str(kept), "--db", url]) == 0
    assert "the daily checkpoint of the audit trail is due" in capsys.readouterr().err  # not a terminal
    assert main(["--user", "director", "audit", "file", "relative.jsonl", "--db", url]) == 2
    assert "full path" in capsys.readouterr().err

    asked = []
    monkeypatch.setattr(password_on_stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or (
        password_on_stdin.password if prompt.startswith("Password") else answers.pop(0)))
    answers = [""]  # Enter: skipped, the command goes on
    assert main(["--user", "director", "info", "--db", url]) == 0
    assert "is due" in asked[-1] and not kept.exists()
    answers.append("a long enough passphrase")
    assert main(["--user", "director", "info", "--db", url]) == 0
    assert "Daily checkpoint signed" in capsys.readouterr().err
    assert [c.reason for c in checkpoints.from_file(kept)] == ["daily"]
    asked.clear()
    assert main(["--user", "director", "info", "--db", url]) == 0
    assert not any("is due" in prompt for prompt in asked)  # once a day
    db.obj.close()
