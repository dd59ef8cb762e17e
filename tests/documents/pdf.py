"""Reading generated PDFs back with poppler (pdfinfo, pdftotext, pdfimages, pdftoppm)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def save(tmp_path: Path, data: bytes, name: str = "document.pdf") -> Path:
    assert data.startswith(b"%PDF-"), "not a PDF"
    path = tmp_path / name
    path.write_bytes(data)
    return path


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(path)), re.M).group(1))


def normal(text: str) -> str:
    """Text as a reader would compare it: Arabic presentation forms folded, bidi marks gone."""
    return _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))


def pages_text(path: Path) -> list[str]:
    return [normal(_run("pdftotext", "-f", str(n), "-l", str(n), str(path), "-")) for n in range(1, page_count(path) + 1)]


def image_count(path: Path) -> int:
    lines = _run("pdfimages", "-list", str(path)).splitlines()
    return max(0, len(lines) - 2)


def render_png(path: Path, out_prefix: Path, first: int = 1, last: int = 1, dpi: int = 60) -> list[Path]:
    _run("pdftoppm", "-png", "-r", str(dpi), "-f", str(first), "-l", str(last), str(path), str(out_prefix))
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))

