"""The site `verifier publish` writes, in a real browser, with real certificates: opened with a
certificate's address, and given a rendered picture and the PDF of the certificate."""

from __future__ import annotations

import subprocess
from urllib.parse import quote

import pytest

from registry_app.services.certificates import graduation as certificates
from registry_app.services.certificates import publishing, register
from registry_app.store.models import Certificate
from tests.conftest import KEY_PASSPHRASE as PASSPHRASE
from tests.conftest import SESSIONS_OVER as AFTER

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # the page reads no database


@pytest.fixture
def published(actor, closed_course, tmp_path):
    course, _, keys = closed_course
    items = certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys).issued
    register.revoke(actor, items[2].serial, "fraudulent nomination")
    publishing.publish(actor, tmp_path / "site", PASSPHRASE, today=AFTER, keys=keys)
    return tmp_path / "site", items


def verdict(page) -> tuple[str, str]:
    card = page.locator("#results .result").first
    card.wait_for(timeout=60_000)
    return card.get_attribute("data-verdict"), card.inner_text()


def test_a_certificates_address_opens_its_verdict(page, published):
    site, items = published
    for item, expected in ((items[0], "valid"), (items[2], "revoked")):
        sealed = Certificate.get(Certificate.serial == item.serial).payload
        page.goto(f"{(site / 'index.html').as_uri()}#{quote(sealed, safe=':/$*+-.%')}")
        got, text = verdict(page)
        assert got == expected and item.serial in text


def test_a_rendered_picture_and_the_pdf_of_a_certificate(page, published, tmp_path):
    site, items = published
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(items[0].pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "scan")], check=True)
    page.goto((site / "index.html").as_uri() + "?lang=fr")
    for upload in (tmp_path / "scan.png", pdf):
        page.evaluate("document.getElementById('results').replaceChildren()")
        page.set_input_files("#file", str(upload))
        got, text = verdict(page)
        assert got == "valid" and items[0].serial in text and "Certificat valide" in text, upload.name


def test_the_pdf_of_a_certificate_is_read_without_drawing_it(page, published, tmp_path):
    import pypdfium2

    site, items = published
    merged = pypdfium2.PdfDocument.new()
    for item in (items[0], items[2]):
        source = pypdfium2.PdfDocument(item.pdf)
        merged.import_pages(source)
    merged.save(tmp_path / "two.pdf")
    page.goto((site / "index.html").as_uri() + "?lang=en")
    page.set_input_files("#file", str(tmp_path / "two.pdf"))
    page.locator("#results .result").nth(1).wait_for(timeout=60_000)
    cards = page.locator("#results .result")
    assert [cards.nth(i).get_attribute("data-verdict") for i in range(cards.count())] == ["valid", "revoked"]
    assert items[0].serial in cards.nth(0).inner_text() and "page 2" in cards.nth(1).inner_text()
    # the code's text was found in the file: the QR decoder was never loaded
    assert page.evaluate("typeof TRQR") == "undefined"


def test_a_code_text_inside_a_compressed_object_stream_is_found(page, published, tmp_path):
    from tests.verifier import scans

    site, items = published
    sealed = Certificate.get(Certificate.serial == items[0].serial).payload
    (tmp_path / "saved-again.pdf").write_bytes(scans.object_stream_pdf(sealed))
    assert sealed.encode() not in (tmp_path / "saved-again.pdf").read_bytes()
    page.goto((site / "index.html").as_uri() + "?lang=ar")
    page.set_input_files("#file", str(tmp_path / "saved-again.pdf"))
    got, text = verdict(page)
    assert got == "valid" and items[0].serial in text and "شهادة صحيحة" in text


@pytest.mark.parametrize("storage", ["jpeg", "grey", "rgb-png", "bilevel"])
def test_a_scanned_pdf_is_read_from_its_pictures(page, published, tmp_path, storage):
    from PIL import Image

    from tests.verifier import scans

    site, items = published
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(items[0].pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "scan")], check=True)
    picture = Image.open(tmp_path / "scan.png")
    scanned = scans.jpeg_pdf(picture) if storage == "jpeg" else scans.flate_pdf(picture, storage)
    assert b"/Annots" not in scanned and b"TR3:" not in scanned
    (tmp_path / "scanned.pdf").write_bytes(scanned)
    page.goto((site / "index.html").as_uri() + "?lang=fr")
    page.set_input_files("#file", str(tmp_path / "scanned.pdf"))
    got, text = verdict(page)
    assert got == "valid" and items[0].serial in text and "Certificat valide" in text


def phone_photo(pdf, folder):
    """The certificate as a phone photographs it: about 1400 px across, a little blurred, turned a few
    degrees, JPEG."""
    from PIL import Image, ImageFilter

    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf), str(folder / "page")], check=True)
    page = Image.open(folder / "page.png").convert("RGB")
    photo = page.resize((1400, round(page.height * 1400 / page.width)), Image.Resampling.LANCZOS)
    photo = photo.rotate(3, expand=True, fillcolor=(190, 185, 170), resample=Image.Resampling.BICUBIC)
    photo = photo.filter(ImageFilter.GaussianBlur(0.8))
    photo.save(folder / "photo.jpg", "JPEG", quality=80)
    return folder / "photo.jpg"


def test_a_phone_photo_of_a_certificate(page, published, tmp_path):
    site, items = published
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(items[0].pdf)
    page.goto((site / "index.html").as_uri() + "?lang=ar")
    page.set_input_files("#file", str(phone_photo(pdf, tmp_path)))
    got, text = verdict(page)
    assert got == "valid" and items[0].serial in text and "شهادة صحيحة" in text
    assert page.evaluate("TRQR.engine") == "zxing-wasm"


def test_without_webassembly_jsqr_reads_the_code(browser, published, tmp_path):
    site, items = published
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(items[0].pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "scan")], check=True)
    context = browser.new_context()
    context.add_init_script("delete window.WebAssembly;")
    page = context.new_page()
    page.goto((site / "index.html").as_uri())
    page.set_input_files("#file", str(tmp_path / "scan.png"))
    got, text = verdict(page)
    assert got == "valid" and page.evaluate("TRQR.engine") == "jsQR"
    context.close()


def test_a_picture_without_a_code_says_so(page, published, tmp_path):
    from PIL import Image

    site, _ = published
    blank = tmp_path / "blank.png"
    Image.new("RGB", (800, 600), "white").save(blank)
    page.goto((site / "index.html").as_uri() + "?lang=en")
    page.set_input_files("#file", str(blank))
    page.locator("#status", has_text="No QR code could be read in blank.png").wait_for(timeout=60_000)


def test_a_certificate_carrying_the_verification_address(page, actor, closed_course, tmp_path):
    from dataclasses import replace

    from registry_app.services import centre

    course, _, keys = closed_course
    address = "https://verify.training-centre.example/"
    centre.save(actor, replace(centre.load(), verification_address=address))
    items = certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys).issued
    publishing.publish(actor, tmp_path / "site", PASSPHRASE, today=AFTER, keys=keys)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(items[0].pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "scan")], check=True)
    page.goto((tmp_path / "site" / "index.html").as_uri() + "?lang=en")
    page.set_input_files("#file", str(tmp_path / "scan.png"))
    got, text = verdict(page)
    assert got == "valid" and items[0].serial in text
    # as the phone opens it: the page at the address, the seal in the fragment
    sealed = Certificate.get(Certificate.serial == items[0].serial).payload
    page.goto(f"{(tmp_path / 'site' / 'index.html').as_uri()}#{quote(sealed, safe=':/$*+-.%')}")
    assert verdict(page)[0] == "valid"
