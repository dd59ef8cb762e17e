"""A phone's photo of a whole printed page, and the two decoders a verifier's phone or scanner is
likely to run (zbar, ZXing): what the certificates' QR codes must survive."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pypdfium2
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image, ImageFilter
from pyzbar import pyzbar

from registry_app.documents.certificate import CertificateDocument, printed_names
from registry_app.seal.envelope import seal
from registry_app.seal.payload import CertificatePayload
from registry_app.services import centre

KEY = Ed25519PrivateKey.from_private_bytes(bytes([7]) * 32)


def sealed(doc: CertificateDocument, address: str = "") -> CertificateDocument:
    """The certificate with a real seal of what it prints (and the verification address before it)."""
    payload = CertificatePayload(doc.serial, printed_names(doc), "INV-101", "INV-101/2026-03", doc.start, doc.end,
                                 doc.hours, doc.kind, date(2026, 3, 20), tuple(doc.languages))
    return replace(doc, seal=centre.qr_text(seal(payload, KEY), centre.CentreSettings(verification_address=address)))


def phone_photo(pdf: bytes, width: int = 1400, blur: float = 1.0, angle: float = 3.0, quality: int = 80) -> Image.Image:
    """The first page as a phone would take it: the whole page about width pixels across, slightly
    out of focus, turned a few degrees, saved as JPEG."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        picture = page.render(scale=width / page.get_width()).to_pil().convert("L")
    finally:
        document.close()
    picture = picture.filter(ImageFilter.GaussianBlur(blur))
    picture = picture.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue()))


def zxing_reads(picture: Image.Image, text: str) -> bool:
    return any(code.text == text for code in zxingcpp.read_barcodes(picture))


def zbar_reads(picture: Image.Image, text: str) -> bool:
    return any(found.data.decode("utf-8", "replace") == text
               for found in pyzbar.decode(picture, symbols=[pyzbar.ZBarSymbol.QRCODE]))
