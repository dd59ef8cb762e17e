"""Verifying a certificate: from the text of its QR code, a picture or PDF of it, or its serial.
The signature needs only the trust list; whether the certificate was revoked or superseded comes
from the register, where there is one, or from the centre's signed revocation list; without
either, the verdict says that revocation was not checked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...seal import revocation
from ...seal.envelope import Verification, verify
from ...seal.keys import TrustList
from ...seal.payload import CertificatePayload
from ...seal.revocation import RevocationList
from ...store.models import Certificate
from .. import audit
from ..actors import requiring

MAX_PIXELS = 60_000_000  # a photo or a scan at 600 dpi is far below; beyond, not decoded at all
MAX_REVOCATION_FILE = 50_000_000


class NoCodeFound(Refusal, ValueError):
    pass


class UnreadableFile(Refusal, ValueError):
    pass


class Verdict(Enum):
    VALID = "valid"  # signature good, and neither revoked nor superseded by the register or the list
    VALID_UNCHECKED = "valid, revocation unknown"  # signature good; no register, no revocation list
    NOT_VALID = "not valid"  # forged, altered, unknown key, revoked or superseded


@dataclass(frozen=True)
class Report:
    seal: Verification | None  # None when only the serial was looked up
    register_status: str | None  # valid, revoked, superseded; "unknown" if the register has no such serial
    reason: str = ""  # why revoked or superseded
    revocations: RevocationList | None = None  # the list it was checked against, if any

    @property
    def verdict(self) -> Verdict:
        if self.seal is None or not self.seal.valid:
            return Verdict.NOT_VALID
        if self.register_status in ("revoked", "superseded"):
            return Verdict.NOT_VALID
        if self.register_status == "valid" or (self.revocations is not None and self.register_status is None):
            # the register says valid, or the revocation list does not list it
            return Verdict.VALID
        return Verdict.VALID_UNCHECKED


def qr_texts(path: Path) -> list[str]:
    """The QR codes found on a picture (PNG, JPEG...) or on the pages of a PDF."""
    texts = list(read_codes(path))
    if not texts:
        raise NoCodeFound("No QR code could be read on {file}: scan it again, straight and sharp.", file=path.name)
    return texts


def read_codes(path: Path) -> Iterator[str]:
    """Each QR code's text, a page at a time (a PDF of a hundred certificates is never in memory whole)."""
    try:
        with path.open("rb") as file:
            head = file.read(5)
    except OSError as exc:
        raise UnreadableFile("{name} cannot be read: {problem}.", name=path.name, problem=exc.strerror or exc) from None
    if head == b"%PDF-":
        yield from _pdf_codes(path)
    else:
        yield from _codes(_picture(path))


def _picture(path: Path) -> object:
    import warnings

    from PIL import Image, UnidentifiedImageError

    too_large = UnreadableFile("{name} is a picture far too large to be a photo or scan of a certificate.",
                               name=path.name)
    try:
        with path.open("rb") as file, warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = Image.open(file)
            if picture.width * picture.height > MAX_PIXELS:
                raise too_large
            picture.load()
        return picture
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_large from None
    except UnidentifiedImageError:
        raise UnreadableFile("{name} is neither a picture (PNG, JPEG...) nor a PDF.", name=path.name) from None
    except (OSError, SyntaxError, ValueError):
        raise UnreadableFile("{name} is damaged or cut short: it cannot be read as a picture.", name=path.name) \
            from None


def _pdf_codes(path: Path) -> Iterator[str]:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        raise UnreadableFile("{name} is damaged or cut short: it cannot be read as a PDF.", name=path.name) from None
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                found = _page_codes(page)
            finally:
                page.close()
            yield from found
    except pypdfium2.PdfiumError:
        raise UnreadableFile("{name} is damaged: a page of it cannot be drawn.", name=path.name) from None
    finally:
        pdf.close()


def _page_codes(page: object) -> list[str]:
    """The page's QR codes, looked for where it is cheapest first: the lower right part of the page,
    where certificates print theirs (a few milliseconds), then the whole page, then the whole page
    finer and with every effort of the decoder."""
    width, height = page.get_size()  # type: ignore[attr-defined]
    corner = (width * 0.5, 0, 0, height * 0.4)  # cut from the left, bottom, right, top (points)
    for crop, scale, thorough in ((corner, 1.6, False), ((0, 0, 0, 0), 1.6, False), ((0, 0, 0, 0), 3.0, True)):
        picture = page.render(scale=scale, grayscale=True, crop=crop).to_pil()  # type: ignore[attr-defined]
        found = list(_codes(picture, thorough))
        if found:
            return found
    return []


def _codes(picture: object, thorough: bool = True) -> Iterator[str]:
    """The QR codes' texts on a picture; thorough for photos and scans (turned, blurred, small), not
    for a page drawn straight from a PDF."""
    import zxingcpp

    codes = zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode,  # type: ignore[arg-type]
                                   try_rotate=thorough, try_downscale=thorough)
    for code in codes:
        if code.text:
            yield code.text


def read_revocations(path: Path, trust: TrustList) -> RevocationList:
    """The centre's signed revocation list from a file, its signature checked against the trust file."""
    try:
        if path.stat().st_size > MAX_REVOCATION_FILE:
            raise revocation.BadRevocationList("{name} is far too large to be a revocation list.", name=path.name)
        text = path.read_text(encoding="ascii")
    except OSError as exc:
        raise UnreadableFile("{name} cannot be read: {problem}.", name=path.name, problem=exc.strerror or exc) from None
    except UnicodeDecodeError:
        raise revocation.BadRevocationList("{name} is not a revocation list of a centre.", name=path.name) from None
    return revocation.read(text, trust)


def register_status(serial: str) -> tuple[str, str]:
    requiring(Action.VIEW)
    certificate = Certificate.get_or_none(Certificate.serial == serial)
    if certificate is None:
        return "unknown", ""
    return certificate.status, certificate.reason


def check_text(text: str, trust: TrustList, with_register: bool = True,
               revocations: RevocationList | None = None) -> Report:
    """The seal verified; withdrawn or not by the register (when it knows the serial), else by the
    revocation list when one is given."""
    result = verify(text, trust)
    status: str | None = None
    reason = ""
    if with_register and result.payload is not None:
        actor = requiring(Action.VIEW)
        status, reason = register_status(result.payload.serial)
        audit.record_alone(actor, "verify-certificate", "certificate", result.payload.serial,
                           {"signature": "valid" if result.valid else "not valid", "register": status})
    if revocations is not None and result.payload is not None and status in (None, "unknown"):
        withdrawn = revocations.find(result.payload.serial)
        status, reason = (withdrawn.status, withdrawn.reason) if withdrawn else (None, "")
    return Report(result, status, reason, revocations)


def check_serial(serial: str, trust: TrustList) -> Report:
    actor = requiring(Action.VIEW)
    certificate = Certificate.get_or_none(Certificate.serial == serial.strip().upper())
    audit.record_alone(actor, "verify-certificate", "certificate", serial.strip().upper(),
                       {"register": certificate.status if certificate else "unknown"})
    if certificate is None:
        return Report(None, "unknown")
    return Report(verify(certificate.payload, trust), certificate.status, certificate.reason)


@dataclass(frozen=True)
class AsPrinted:
    """What the certificate prints, as its seal states it, in the words a verifier reads."""
    serial: str
    names: tuple[str, ...]  # every script printed
    programmes: tuple[tuple[str, str], ...]  # (language, title) in the certificate's languages
    programme_code: str
    course: str
    start: date
    end: date
    hours: int
    outcome: str
    issued: date


def as_printed(payload: CertificatePayload, trust: TrustList) -> AsPrinted:
    if payload.version == 1:  # the seal held the English title itself
        titles: tuple[tuple[str, str], ...] = (("en", payload.programme),)
        code = ""
    else:
        titles = tuple((lang, trust.programme_title(payload.programme, lang)) for lang in payload.languages)
        titles = tuple((lang, title) for lang, title in titles if title)
        code = payload.programme
    return AsPrinted(payload.serial, payload.names, titles, code, payload.course, payload.start, payload.end,
                     payload.hours, payload.outcome, payload.issued)
