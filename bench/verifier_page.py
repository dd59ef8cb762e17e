"""The published verifier page in headless Chromium (Debian's chromium through Playwright), on the site
the shared test vectors publish: opening the page at a certificate's address until the verdict shows;
the verification alone; a phone-like photo (1400 px, blurred, turned, JPEG); a one-page and a
20-page scanned PDF (pictures only: every page's picture read by the QR decoder); a 20-page PDF of
certificates as the program prints them (the codes' texts found in the file, no decoder).

No budget in DESIGN.md: a person waits for these, so they should stay near a second.
"""

from __future__ import annotations

import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def qr_page(text: str, folder: Path):
    """A certificate-like A4 landscape page, 1400 px across, the code 0.75 mm a module at its corner."""
    import segno
    from PIL import Image, ImageDraw

    px_mm = 1400 / 297
    page = Image.new("RGB", (1400, round(210 * px_mm)), "white")
    draw = ImageDraw.Draw(page)
    for line in range(16):
        draw.text((120, 90 + 28 * line), "This is to certify that the holder completed the course " * 2, fill="black")
    buffer = io.BytesIO()
    code = segno.make(text, error="m")
    code.save(buffer, kind="png", scale=8, border=4)
    size = round(code.symbol_size(scale=1, border=4)[0] * 0.75 * px_mm)
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB").resize((size, size), Image.Resampling.BILINEAR)
    page.paste(image, (page.width - size - 70, page.height - size - 70))
    return page


def printed_certificates(sealed: str, count: int) -> bytes:
    """count certificates as the program draws them, each carrying the sealed text."""
    from dataclasses import replace

    from registry_app.documents.certificate import render
    from tests.documents import samples

    doc = replace(samples.certificate(("en", "ar"), "Fatima Zahra BENNANI", samples.ARABIC), seal=sealed)
    return render([doc] * count)


def main() -> None:
    from PIL import ImageFilter
    from playwright.sync_api import sync_playwright

    from tests.verifier import vectors as v

    folder = Path(tempfile.mkdtemp())
    site = v.write_site(folder / "site")
    valid = v.vectors()[0].text
    page_image = qr_page(valid, folder)
    photo = page_image.rotate(3, expand=True, fillcolor=(190, 185, 170)).filter(ImageFilter.GaussianBlur(0.8))
    photo.save(folder / "photo.jpg", "JPEG", quality=80)
    page_image.save(folder / "one.pdf", "PDF", resolution=120)
    page_image.save(folder / "twenty.pdf", "PDF", resolution=120, save_all=True, append_images=[page_image] * 19)
    (folder / "printed.pdf").write_bytes(printed_certificates(valid, 20))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        page = browser.new_page()
        opened = []
        for vector in v.vectors():
            page.goto("about:blank")
            start = time.perf_counter()
            page.goto(f"{(site / 'index.html').as_uri()}#{quote(vector.text.rsplit('#', 1)[-1], safe=':/$*+-.%')}")
            page.locator("#results .result").wait_for()
            opened.append(time.perf_counter() - start)
        alone = page.evaluate("""async (text) => {
            const published = Object.assign({revocationList: TRVerifier.state.revocationList}, TRVerifier.published);
            const start = performance.now();
            for (let i = 0; i < 200; i++) await TRVerifier.verifySeal(text, published);
            return (performance.now() - start) / 200; }""", valid)
        print(f"open at a certificate's address -> verdict: median {statistics.median(opened) * 1000:.0f} ms, "
              f"worst {max(opened) * 1000:.0f} ms ({len(opened)} vectors)")
        print(f"verification alone (decode, Ed25519, revocation list): {alone:.2f} ms")
        for name, count in (("photo.jpg", 1), ("one.pdf", 1), ("twenty.pdf", 20), ("printed.pdf", 20)):
            times = []
            for _ in range(3):
                page.goto((site / "index.html").as_uri())
                start = time.perf_counter()
                page.set_input_files("#file", str(folder / name))
                page.locator("#results .result").nth(count - 1).wait_for(timeout=300_000)
                times.append(time.perf_counter() - start)
                assert page.locator("#results .result[data-verdict=valid]").count() == count
            how = "the codes' texts read from the file" if name == "printed.pdf" else "the QR decoder loaded on demand"
            print(f"{name:11s} -> {count} verdict(s): median {statistics.median(times):.2f} s, a fresh page each time "
                  f"({how})")
        browser.close()
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
