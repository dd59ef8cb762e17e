"""The installation check the bundle runs: a course of 60 graduates (the worker-process path of the
certificates), its sign-in sheet, and a certificate verified from its PDF."""

from __future__ import annotations

from registry_app import cli


def test_self_test_graduates_a_course_drawn_by_worker_processes(tmp_path, capsys):
    code = cli.main(["self-test", "--graduates", "60", "--keep", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "self-test passed: 60 certificates" in out
    singles = [p for p in (tmp_path / "certificates").glob("*.pdf") if not p.name.endswith("_certificates.pdf")]
    assert len(singles) == 60
    assert (tmp_path / "sign-in-sheet.pdf").read_bytes().startswith(b"%PDF")


def test_the_kept_register_can_be_used_by_its_administrator(tmp_path, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("a password for the check\n"))
    assert cli.main(["self-test", "--graduates", "3", "--keep", str(tmp_path), "--administrator", "checker"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("a password for the check\n"))
    sheet = tmp_path / "again.pdf"
    code = cli.main(["--db", f"sqlite:///{tmp_path / 'register.sqlite3'}", "--user", "checker",
                     "print", "sign-in-sheet", "--course", "CHECK/1", "--out", str(sheet)])
    assert code == 0, capsys.readouterr().err
    assert sheet.read_bytes().startswith(b"%PDF")


def test_an_administrator_needs_a_kept_register(tmp_path, capsys):
    assert cli.main(["self-test", "--administrator", "checker"]) == 2
    assert "--keep" in capsys.readouterr().err
