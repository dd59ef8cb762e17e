"""The user guide shipped with the program (resources/help): one page for each section of the window,
in English and French, with pictures of the real window (tools/screenshot.py --guide)."""

from __future__ import annotations

from pathlib import Path

from .. import paths

SECTIONS = ("participants", "organisations", "programmes", "courses", "trainers", "attendance", "certificates",
            "reports", "settings")
LANGUAGES = ("en", "fr")  # the guide's languages; the Arabic interface opens the English guide


def guide_dir() -> Path:
    return paths.resources_dir() / "help"


def page(section: str, language: str = "en") -> Path:
    """The guide's page on a section of the window (its contents page for an unknown section), in the
    interface's language when the guide is written in it, else in English."""
    folder = guide_dir() / (language if language in LANGUAGES else "en")
    name = section if section in SECTIONS else "index"
    return folder / f"{name}.md"
