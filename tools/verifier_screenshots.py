"""The verifier page's pictures in docs/, taken from the real browser (Debian's chromium through
Playwright) on the site the shared test vectors publish: valid in English, revoked in French, not
valid in Arabic. Usage: PYTHONPATH=. .venv/bin/python tools/verifier_screenshots.py"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.verifier import vectors as v  # noqa: E402

SHOTS = (("valid, two scripts", "en", "verifier-valid-en.png"), ("revoked", "fr", "verifier-revoked-fr.png"),
         ("names altered", "ar", "verifier-not-valid-ar.png"))


def main() -> None:
    docs = Path(__file__).resolve().parent.parent / "docs"
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        site = v.write_site(Path(folder) / "site")
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 760, "height": 1000}, device_scale_factor=1)
        page.clock.set_fixed_time(datetime(2026, 11, 25, 12, tzinfo=UTC))
        vectors = {vector.name: vector for vector in v.vectors()}
        for name, language, file in SHOTS:
            sealed = vectors[name].text
            page.goto("about:blank")
            page.goto(f"{(site / 'index.html').as_uri()}?lang={language}#{quote(sealed, safe=':/$*+-.%')}")
            page.locator("#results .result").wait_for()
            page.screenshot(path=str(docs / file), full_page=True)
            print(docs / file)
        browser.close()


if __name__ == "__main__":
    main()
