"""The Python forms in registry_app/gui/forms are what pyside6-uic makes of ui/*.ui today."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import compile_forms  # noqa: E402


def _body(path: Path) -> list[str]:
    # The header names the uic version that wrote it; what matters is the code.
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("## Created by")]


def test_every_ui_file_has_an_up_to_date_form(tmp_path):
    fresh = compile_forms.compile_all(tmp_path)
    assert fresh, "no ui/*.ui file found"
    for form in fresh:
        committed = compile_forms.FORMS_DIR / form.name
        assert committed.exists(), f"{committed} is missing: run make forms"
        assert _body(committed) == _body(form), f"{committed.name} is out of date: run make forms"
    stale = {p.name for p in compile_forms.FORMS_DIR.glob("ui_*.py")} - {p.name for p in fresh}
    assert not stale, f"forms without a ui file: {stale}"
