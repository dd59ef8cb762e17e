"""Bugs go to a rotating log in the user data folder; the command line prints one line of them."""

from __future__ import annotations

from registry_app import cli
from registry_app.services import bugs


def test_a_bug_in_a_command_is_one_line_and_the_traceback_is_in_the_log(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REGISTRY_LOG_DIR", str(tmp_path / "logs"))

    def broken(db_url, args):
        raise RuntimeError("the sums do not add up")

    monkeypatch.setattr(cli, "_info", broken)
    code = cli.main(["info", "--db", f"sqlite:///{tmp_path / 'r.sqlite3'}"])
    err = capsys.readouterr().err.strip()
    assert code == 70
    assert len(err.splitlines()) == 1 and "something went wrong" in err and "the sums do not add up" in err
    assert str(tmp_path / "logs" / "registry.log") in err
    log = (tmp_path / "logs" / "registry.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "in broken" in log


def test_the_log_rotates(tmp_path, monkeypatch):
    monkeypatch.setenv("REGISTRY_LOG_DIR", str(tmp_path))
    for _ in range(30):
        try:
            raise ValueError("x" * 60_000)
        except ValueError as exc:
            bugs.record(exc)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert "registry.log" in files and "registry.log.1" in files
    assert all((tmp_path / f).stat().st_size <= 1_100_000 for f in files)
