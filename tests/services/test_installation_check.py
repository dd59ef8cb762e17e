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
