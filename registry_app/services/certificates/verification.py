"""Verifying a certificate: from the text of its QR code, a picture or PDF of it, or its serial.
The signature needs only the trust list; the register, where there is one, adds whether the
certificate is still valid, revoked or superseded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...seal.envelope import Verification, verify
from ...seal.keys import TrustList
from ...store.models import Certificate
from ...domain.errors import Refusal


class NoCodeFound(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class Report:
    seal: Verification | None  # None when only the serial was looked up
    register_status: str | None  # valid, revoked, superseded; "unknown" if the register has no such serial
    reason: str = ""  # why revoked or superseded


def qr_texts(path: Path) -> list[str]:
    """The QR codes found on a picture (PNG, JPEG...) or on the pages of a PDF."""
    import zxingcpp
    from PIL import Image

    if path.suffix.lower() == ".pdf":
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        images = [page.render(scale=2.5).to_pil() for page in document]
    else:
        images = [Image.open(path)]
    texts = [code.text for image in images for code in zxingcpp.read_barcodes(image)
             if code.format == zxingcpp.BarcodeFormat.QRCode]
    if not texts:
        raise NoCodeFound("No QR code could be read on {file}: scan it again, straight and sharp.", file=path.name)
    return texts


def register_status(serial: str) -> tuple[str, str]:
    certificate = Certificate.get_or_none(Certificate.serial == serial)
    if certificate is None:
        return "unknown", ""
    return certificate.status, certificate.reason


def check_text(text: str, trust: TrustList, with_register: bool = True) -> Report:
    text = text.strip().rsplit("#", 1)[-1]  # the seal, after the centre's verification address if any
    result = verify(text, trust)
    status, reason = (None, "")
    if with_register and result.payload is not None:
        status, reason = register_status(result.payload.serial)
    return Report(result, status, reason)


def check_serial(serial: str, trust: TrustList) -> Report:
    certificate = Certificate.get_or_none(Certificate.serial == serial.strip().upper())
    if certificate is None:
        return Report(None, "unknown")
    return Report(verify(certificate.payload, trust), certificate.status, certificate.reason)
