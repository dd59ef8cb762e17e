"""The camera, where the browser allows it: Chromium's fake camera shows a certificate's QR code
(frames of a Motion JPEG file), and the page reads it and gives the verdict."""

from __future__ import annotations

import io
import shutil

import segno
from PIL import Image

from tests.verifier import vectors as v


def camera_film(path, text: str) -> None:
    """A few seconds of a camera looking at a QR code, as Chromium's fake capture device plays them."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=6, border=4)
    code = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    code.thumbnail((440, 440))
    frame = Image.new("RGB", (640, 480), (235, 235, 228))
    frame.paste(code, (100, 20))
    with open(path, "wb") as film:
        for _ in range(30):
            jpeg = io.BytesIO()
            frame.save(jpeg, "JPEG", quality=85)
            film.write(jpeg.getvalue())


def test_the_camera_reads_the_code_and_the_page_says_the_verdict(tmp_path):
    from playwright.sync_api import sync_playwright

    site = v.write_site(tmp_path / "site")
    revoked = next(x for x in v.vectors() if x.name == "revoked")
    film = tmp_path / "camera.mjpeg"
    camera_film(film, revoked.text)
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "Debian's chromium package is needed (tools/apt-packages.txt)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=[
            "--no-sandbox", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={film}"])
        page = browser.new_page()
        page.goto((site / "index.html").as_uri() + "?lang=fr")
        assert page.locator("#video").is_hidden()
        page.click("#camera")
        card = page.locator("#results .result").first
        card.wait_for(timeout=60_000)
        assert card.get_attribute("data-verdict") == "revoked" and "Révoqué" in card.inner_text()
        assert page.locator("#video").is_hidden() and page.locator("#camera").is_visible()  # stopped once read
        browser.close()
