"""The reliability suite: what an office running the register for years does to it. Every test here
is marked `reliability` and prints what it tried. CI runs the short version; `make reliability`
sets RELIABILITY_LONG=1 for the long one (more kills, more rounds, more clients)."""

from __future__ import annotations

import os

import pytest

LONG = os.environ.get("RELIABILITY_LONG") == "1"


def rounds(short: int, long: int) -> int:
    return long if LONG else short


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/reliability/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.reliability)


@pytest.fixture
def report(capsys):
    """Print a line of what a test tried, shown even when pytest captures the output."""
    def say(line: str) -> None:
        with capsys.disabled():
            print(f"\n[reliability] {line}", end="")
    return say
