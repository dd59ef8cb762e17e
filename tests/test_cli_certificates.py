"""Graduation and verification from the command line, the trust file alone sufficing to verify;
originals printed again byte for byte; revocation checked offline or said unchecked; bad input
said in one line."""

import hashlib
import zlib

import pytest
from PIL import Image

from registry_app.cli import main
from registry_app.store.database import db
from registry_app.store.models import AuditEvent, Certificate, Course

AS = ["--user", "director"]


def _register(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    monkeypatch.setenv("REGISTRY_KEY_PASSPHRASE", "a long enough passphrase")
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    assert main([*AS, "demo", "--db", url, "--participants", "150", "--seed", "8", "--today", "2026-11-29"]) == 0
    assert main([*AS, "keys", "create", "--db", url, "--valid-from", "2021-01-01"]) == 0
    course = max(Course.select().where(Course.status == "closed"), key=lambda c: c.enrolments.count())
    return url, course.code


@pytest.fixture
def graduated(tmp_path, monkeypatch, capsys, password_on_stdin):
    url, code = _register(tmp_path, monkeypatch)
    out = tmp_path / "out"
    assert main([*AS, "certificates", "issue", "--db", url, "--course", code, "--out", str(out), "--zip"]) == 0
    capsys.readouterr()
    return url, code, out


def _singles(out):
    return sorted(p for p in out.glob("*.pdf") if not p.name.endswith("_certificates.pdf"))


def test_keys_graduation_and_offline_verification(graduated, tmp_path, capsys):
    url, code, out = graduated
    trust = tmp_path / "trust.json"
    assert main([*AS, "keys", "export-trust", "--db", url, "--out", str(trust)]) == 0
    issued = Certificate.select().count()
    singles = _singles(out)
    assert issued and len(singles) == issued and list(out.glob("*.zip"))
    assert not list(out.glob(".*")), "no temporary file is left"
    db.obj.close()
    capsys.readouterr()

    assert main(["verify", "--image", str(singles[0]), "--trust", str(trust)]) == 3
    said = capsys.readouterr().out
    assert "SIGNATURE VALID" in said and "REVOCATION NOT CHECKED" in said and singles[0].name.split("_")[0] in said
    assert "Programme (" in said and "Name: " in said

    assert main([*AS, "verify", "--serial", singles[0].name.split("_")[0], "--db", url]) == 0
    assert "Register: valid" in capsys.readouterr().out
    db.obj.close()

    site = tmp_path / "verifier"
    assert main([*AS, "verifier", "publish", "--db", url, "--out", str(site)]) == 0
    assert "the verifier page with 1 key(s)" in capsys.readouterr().out
    assert (site / "index.html").is_file() and (site / "revocations.txt").is_file() and (site / "data.js").is_file()
    db.obj.close()


def test_revocation_is_checked_offline_with_the_signed_list(graduated, tmp_path, capsys):
    from registry_app.services.actors import current
    from registry_app.services.certificates import register

    url, code, out = graduated
    trust = tmp_path / "trust.json"
    assert main([*AS, "keys", "export-trust", "--db", url, "--out", str(trust)]) == 0
    revoked, kept = _singles(out)[:2]
    register.revoke(current(), revoked.name.split("_")[0], "nominated by mistake")
    listing = tmp_path / "revoked.txt"
    listing.write_text(register.revocation_list("a long enough passphrase"), encoding="ascii")
    db.obj.close()
    capsys.readouterr()
    assert main(["verify", "--image", str(kept), "--trust", str(trust), "--revocations", str(listing)]) == 0
    assert "VALID: the signature is good" in capsys.readouterr().out
    assert main(["verify", "--image", str(revoked), "--trust", str(trust), "--revocations", str(listing)]) == 1
    assert "was revoked: nominated by mistake" in capsys.readouterr().out
    assert main(["verify", "--image", str(revoked), "--trust", str(trust)]) == 3
    forged = tmp_path / "forged.txt"
    forged.write_text(listing.read_text()[:-8] + "00000000", encoding="ascii")
    assert main(["verify", "--image", str(kept), "--trust", str(trust), "--revocations", str(forged)]) == 2
    assert "revocation list" in capsys.readouterr().err


def test_originals_are_printed_again_byte_for_byte(graduated, tmp_path, capsys):
    url, code, out = graduated
    first = {p.name: p.read_bytes() for p in out.glob("*.pdf")}
    again = tmp_path / "again"
    assert main([*AS, "certificates", "print", "--db", url, "--course", code, "--out", str(again)]) == 0
    assert "printed again" in capsys.readouterr().out
    second = {p.name: p.read_bytes() for p in again.glob("*.pdf")}
    assert second == first
    recorded = {c.pdf_sha256 for c in Certificate.select()}
    assert {hashlib.sha256(data).hexdigest() for name, data in second.items()
            if not name.endswith("_certificates.pdf")} == recorded
    assert all(b"DUPLICATE" not in data for data in second.values())
    assert AuditEvent.select().where(AuditEvent.action == "print-again").count() == len(recorded)
    assert all(c.print_count == 1 for c in Certificate.select())
    db.obj.close()


def test_a_folder_that_cannot_be_written_issues_nothing(tmp_path, monkeypatch, capsys, password_on_stdin):
    url, code = _register(tmp_path, monkeypatch)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    capsys.readouterr()
    assert main([*AS, "certificates", "issue", "--db", url, "--course", code, "--out", str(blocked / "x")]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert Certificate.select().count() == 0
    db.obj.close()


def test_verifying_something_that_is_not_a_certificate(tmp_path, capsys):
    trust = tmp_path / "trust.json"
    trust.write_text('{"issuer": "x", "keys": []}')
    assert main(["verify", "--qr-text", "https://example.org/not-a-seal", "--trust", str(trust)]) == 1
    assert "NOT VALID" in capsys.readouterr().out
    picture = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), "white").save(picture)
    assert main(["verify", "--image", str(picture), "--trust", str(trust)]) == 2
    assert "No QR code could be read on blank.png" in capsys.readouterr().err


def _bad_inputs(tmp_path):
    good_trust = tmp_path / "trust.json"
    good_trust.write_text('{"issuer": "x", "keys": []}')
    not_json = tmp_path / "not-json.json"
    not_json.write_text("issuer: x\nkeys: []\n")
    binary_trust = tmp_path / "binary.json"
    binary_trust.write_bytes(b"\xff\xfe\x00garbage")
    bad_key = tmp_path / "bad-key.json"
    bad_key.write_text('{"keys": [{"kid": "00", "public_key": "!!", "valid_from": "2026-01-01"}]}')
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"x" * 100)
    huge = tmp_path / "huge.png"
    Image.new("1", (20000, 20000)).save(huge)
    cut = tmp_path / "cut.png"
    Image.new("RGB", (800, 600), "white").save(cut)
    cut.write_bytes(cut.read_bytes()[:200])
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    from registry_app.seal import base45

    zlib_broken = "TR1:" + base45.encode(zlib.compress(bytes(range(256)) * 2)[:30])
    trust = str(good_trust)
    return [
        (["--qr-text", "", "--trust", trust], 1, "empty"),
        (["--qr-text", "TR2:", "--trust", trust], 1, "damaged"),
        (["--qr-text", zlib_broken, "--trust", trust], 1, "cut short or altered"),
        (["--qr-text", "TR2:" + "9" * 20000, "--trust", trust], 1, "too long"),
        (["--image", str(truncated), "--trust", trust], 2, "cut short"),
        (["--image", str(huge), "--trust", trust], 2, "too large"),
        (["--image", str(cut), "--trust", trust], 2, "cut short"),
        (["--image", str(text), "--trust", trust], 2, "neither a picture"),
        (["--image", str(tmp_path / "missing.pdf"), "--trust", trust], 2, "cannot be read"),
        (["--qr-text", "TR2:AB", "--trust", str(not_json)], 2, "not JSON"),
        (["--qr-text", "TR2:AB", "--trust", str(binary_trust)], 2, "not a trust file"),
        (["--qr-text", "TR2:AB", "--trust", str(bad_key)], 2, "not a trust file"),
        (["--qr-text", "TR2:AB", "--trust", str(tmp_path / "none.json")], 2, "cannot be read"),
        (["--qr-text", "TR2:AB", "--trust", trust, "--revocations", str(text)], 2, "not a revocation list"),
    ]


def test_every_bad_input_is_one_clear_line_never_a_traceback(tmp_path, capsys):
    for arguments, code, words in _bad_inputs(tmp_path):
        assert main(["verify", *arguments]) == code, arguments
        said = capsys.readouterr()
        lines = [line for line in (said.out + said.err).splitlines() if line.strip()]
        assert words in said.out + said.err, (arguments, said)
        assert "Traceback" not in said.err and "Error -" not in said.out + said.err, arguments
        assert len(lines) == 1, (arguments, lines)
