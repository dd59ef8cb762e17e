"""Graduation and verification from the command line, the trust file alone sufficing to verify."""

from PIL import Image

from registry_app.cli import main
from registry_app.store.database import db
from registry_app.store.models import Certificate, Course


def test_keys_graduation_and_offline_verification(tmp_path, monkeypatch, capsys, password_on_stdin):
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    monkeypatch.setenv("REGISTRY_KEY_PASSPHRASE", "a long enough passphrase")
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    assert main(["--user", "director", "demo", "--db", url, "--participants", "150", "--seed", "8", "--today", "2026-11-29"]) == 0
    assert main(["--user", "director", "keys", "create", "--db", url, "--valid-from", "2021-01-01"]) == 0
    trust = tmp_path / "trust.json"
    assert main(["--user", "director", "keys", "export-trust", "--db", url, "--out", str(trust)]) == 0
    course = max(Course.select().where(Course.status == "closed"), key=lambda c: c.enrolments.count())
    out = tmp_path / "out"
    assert main(["--user", "director", "certificates", "issue", "--db", url, "--course", course.code, "--out", str(out), "--zip"]) == 0
    issued = Certificate.select().count()
    singles = sorted(p for p in out.glob("*.pdf") if not p.name.endswith("_certificates.pdf"))
    assert issued and len(singles) == issued and list(out.glob("*.zip"))
    db.obj.close()
    capsys.readouterr()

    assert main(["verify", "--image", str(singles[0]), "--trust", str(trust)]) == 0
    said = capsys.readouterr().out
    assert "Signature VALID" in said and singles[0].name.split("_")[0] in said

    assert main(["--user", "director", "verify", "--serial", singles[0].name.split("_")[0], "--db", url]) == 0
    assert "Register: valid" in capsys.readouterr().out
    db.obj.close()

    site = tmp_path / "verifier"
    assert main(["--user", "director", "verifier", "publish", "--db", url, "--out", str(site)]) == 0
    assert "the verifier page with 1 key(s)" in capsys.readouterr().out
    assert (site / "index.html").is_file() and (site / "revocations.txt").is_file() and (site / "data.js").is_file()
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
