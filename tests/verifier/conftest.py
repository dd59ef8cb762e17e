"""A real headless Chromium (Debian's chromium package) driven by Playwright. Missing, it is a
failure, not a skip: `make test` installs both (tools/apt-packages.txt, pyproject's dev extra)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "Debian's chromium package is needed for the verifier's browser tests (tools/apt-packages.txt)"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A page that may reach nothing but files and this machine's loopback address: any other request
    fails the test."""
    context = browser.new_context(viewport={"width": 900, "height": 1100})
    outside: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(("file://", "http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    # The page's today, for the revocation list's next-update date: the vectors' day, not the machine's.
    page.clock.set_fixed_time(datetime(2026, 11, 25, 12, tzinfo=UTC))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not outside, f"the page tried to reach {outside}"
    assert not errors, f"the page raised {errors}"
