"""Compile ui/*.ui (Qt Designer) into registry_app/gui/forms/ui_*.py with pyside6-uic.

Usage: python tools/compile_forms.py [OUTPUT_DIR]   (default: registry_app/gui/forms)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "registry_app" / "gui" / "forms"


def uic_command() -> list[str]:
    # pyside6-uic is installed next to the interpreter; call it through that interpreter's bin folder
    return [str(Path(sys.executable).parent / "pyside6-uic")]


def compile_all(output: Path = FORMS_DIR) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(UI_DIR.glob("*.ui")):
        target = output / f"ui_{source.stem}.py"
        subprocess.run([*uic_command(), "--from-imports", "-o", str(target), str(source)], check=True)
        written.append(target)
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else FORMS_DIR
    for path in compile_all(out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
