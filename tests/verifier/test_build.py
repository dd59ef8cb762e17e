"""The page's files in resources/verifier are those tools/build_verifier.sh makes from verifier/ (the
program and the tests run without Node, so the built files are committed), and stay small."""

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_built_page_is_up_to_date_with_its_sources():
    source = ROOT / "verifier"
    files = ["build.mjs", "package-lock.json"] + [f"src/{p.name}" for p in sorted((source / "src").iterdir())]
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (source / name).read_bytes() + b"\0")
    built = (ROOT / "resources" / "verifier" / "built-from.txt").read_text().strip()
    assert built == digest.hexdigest(), "verifier/ changed since the page was built: run sh tools/build_verifier.sh"


def test_the_page_stays_small_and_the_libraries_licences_are_shipped():
    built = ROOT / "resources" / "verifier"
    shipped = [p for p in built.rglob("*") if p.is_file() and p.name not in ("qr-decoder.js", "built-from.txt")]
    assert {p.name for p in shipped} >= {"index.html", "verifier.js", "verifier.css", "README.txt"}
    page = sum(p.stat().st_size for p in shipped)
    assert page <= 300_000, f"the page's files (without the QR decoder) weigh {page} bytes"
    assert not (built / "pdf-reader.js").exists()
    listed = (built / "licences" / "README.txt").read_text()
    for library in ("@noble/ed25519", "@noble/hashes", "cborg", "pako", "jsqr", "zxing-wasm"):
        assert library in listed
    assert "pdfjs" not in listed and not (built / "licences" / "pdfjs-dist.txt").exists()
    assert all(p.stat().st_size > 500 for p in (built / "licences").glob("*.txt") if p.name != "README.txt")
