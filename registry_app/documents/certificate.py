"""Certificates: landscape A4, one page each, in English, French, Arabic or two of them; the seal's
QR code drawn from segno's matrix as one path (ReportLab's own QR widget is far slower)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from io import BytesIO

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import fonts, layout
from .text import draw_centred, mixed_width

PAGE = landscape(A4)
WORDS = {
    "en": dict(completion="Certificate of completion", participation="Certificate of participation",
               certifies="This is to certify that", completed="has successfully completed the programme",
               participated="has participated in the programme", held="held in {venue}, {dates}",
               hours="{hours} hours of training", serial="Serial", duplicate="DUPLICATE",
               verify="Verify: scan the code"),
    "fr": dict(completion="Certificat de réussite", participation="Attestation de participation",
               certifies="Il est certifié que", completed="a suivi avec succès le programme",
               participated="a participé au programme", held="tenu à {venue}, {dates}",
               hours="{hours} heures de formation", serial="Numéro", duplicate="DUPLICATA",
               verify="Vérifier : scanner le code"),
    "ar": dict(completion="شهادة إتمام", participation="شهادة مشاركة", certifies="يشهد بأن",
               completed="قد أتم بنجاح برنامج", participated="قد شارك في برنامج", held="المنعقد في {venue}، {dates}",
               hours="{hours} ساعة تدريبية", serial="الرقم", duplicate="نسخة طبق الأصل", verify="للتحقق: امسح الرمز"),
}


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str
    signature: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class CertificateDocument:
    languages: tuple[str, ...]  # one or two of "en", "fr", "ar"; the first is the main one
    kind: str  # "completion" or "participation"
    centre: dict[str, str]  # by language
    programme: dict[str, str]  # by language
    name: str  # as printed, Latin script
    name_ar: str
    venue: str
    start: date
    end: date
    hours: int
    accreditation: str
    signatories: tuple[Signatory, ...]
    serial: str
    seal: str
    duplicate: bool = False
    wording: dict[str, str] | None = None  # by language: replaces "has successfully completed the programme"
    background: bytes | None = None  # drawn under everything, the whole page
    logos: tuple[bytes, ...] = ()  # side by side, top centre


def render(certificates: list[CertificateDocument] | tuple[CertificateDocument, ...]) -> bytes:
    """All the certificates, one page each, in one PDF."""
    fonts.register()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1)
    canvas.setTitle("Certificates")
    for certificate in certificates:
        draw(canvas, certificate)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw(canvas: Canvas, c: CertificateDocument) -> None:
    width, height = PAGE
    if c.background:
        canvas.drawImage(ImageReader(BytesIO(c.background)), 0, 0, width, height, preserveAspectRatio=False)
    else:
        _draw_frame(canvas, width, height)
    single = len(c.languages) == 1
    y = height - (120 if single else 80)  # one language fills the page, two share it
    if c.logos:
        _draw_logos(canvas, c.logos, width, height)
        y -= 40
    for index, lang in enumerate(c.languages):
        size = (1.15 if single else 1.0) if index == 0 else 0.72
        y = _draw_block(canvas, c, lang, y, size)
        y -= 10
    _draw_signatories(canvas, c, width)
    _draw_seal(canvas, c, width)


def _draw_logos(canvas: Canvas, logos: tuple[bytes, ...], width: float, height: float) -> None:
    readers = [ImageReader(BytesIO(logo)) for logo in logos]
    sizes = []
    for reader in readers:
        w, h = reader.getSize()
        scale = min(120 / w, 46 / h)
        sizes.append((w * scale, h * scale))
    gap = 24
    x = width / 2 - (sum(w for w, _ in sizes) + gap * (len(sizes) - 1)) / 2
    for reader, (w, h) in zip(readers, sizes, strict=True):
        canvas.drawImage(reader, x, height - 44 - h, w, h, mask="auto")
        x += w + gap


def _draw_frame(canvas: Canvas, width: float, height: float) -> None:
    canvas.setStrokeColor(colors.HexColor("#1F3A5F"))
    canvas.setLineWidth(3)
    canvas.rect(22, 22, width - 44, height - 44)
    canvas.setLineWidth(0.8)
    canvas.rect(30, 30, width - 60, height - 60)


def _line(canvas: Canvas, text: str, font: str, size: float, y: float, colour="#1B1B1B") -> None:
    """One centred line; a long one (a long name) is made smaller until it fits, not cut."""
    width = PAGE[0]
    bold = "Bold" in font
    latin, arabic = (fonts.LATIN_BOLD, fonts.ARABIC_BOLD) if bold else (fonts.LATIN, fonts.ARABIC)
    room, smallest = width - 140, max(7, size * 0.45)
    while size > smallest and mixed_width(text, latin, arabic, size) > room:
        size -= 0.5
    canvas.setFillColor(colors.HexColor(colour))
    draw_centred(canvas, text, latin, arabic, size, width / 2, y)


def _draw_block(canvas: Canvas, c: CertificateDocument, lang: str, y: float, scale: float) -> float:
    words = WORDS[lang]
    main = scale >= 1.0
    _line(canvas, c.centre.get(lang, c.centre.get("en", "")), fonts.LATIN, 12 * scale, y, "#1F3A5F")
    y -= 34 * scale
    _line(canvas, words[c.kind].upper() if lang != "ar" else words[c.kind], fonts.LATIN_BOLD, 26 * scale, y, "#1F3A5F")
    y -= 30 * scale
    _line(canvas, words["certifies"], fonts.LATIN, 12 * scale, y)
    y -= 34 * scale
    name = c.name_ar if lang == "ar" and c.name_ar else c.name
    _line(canvas, name, fonts.LATIN_BOLD, 30 * scale, y)
    if main and c.name_ar and lang != "ar" and "ar" not in c.languages:
        y -= 24
        _line(canvas, c.name_ar, fonts.ARABIC, 16, y)
    y -= 28 * scale
    default = words["completed" if c.kind == "completion" else "participated"]
    _line(canvas, (c.wording or {}).get(lang) or default, fonts.LATIN, 12 * scale, y)
    y -= 24 * scale
    _line(canvas, c.programme.get(lang, c.programme.get("en", "")), fonts.LATIN_BOLD, 17 * scale, y)
    y -= 22 * scale
    dates = layout.date_range(c.start, c.end, "fr" if lang == "fr" else "en") if lang != "ar" else \
        f"{c.start:%d/%m/%Y} – {c.end:%d/%m/%Y}"
    details = f"{words['held'].format(venue=c.venue, dates=dates)} · {words['hours'].format(hours=c.hours)}"
    _line(canvas, details, fonts.LATIN, 11 * scale, y, "#3A3A3A")
    if main and c.accreditation:
        y -= 20
        _line(canvas, c.accreditation, fonts.LATIN, 9, y, "#555555")
    return y - 18 * scale


def _draw_signatories(canvas: Canvas, c: CertificateDocument, width: float) -> None:
    count = len(c.signatories)
    if not count:
        return
    span = (width - 300) / count
    for index, person in enumerate(c.signatories):
        centre = 150 + span * (index + 0.5)
        if person.signature:
            reader = ImageReader(BytesIO(person.signature))
            w, h = reader.getSize()
            scale = min(110 / w, 38 / h)
            canvas.drawImage(reader, centre - w * scale / 2, 112, w * scale, h * scale, mask="auto")
        canvas.setStrokeColor(colors.HexColor("#444444"))
        canvas.setLineWidth(0.6)
        canvas.line(centre - 80, 108, centre + 80, 108)
        canvas.setFillColor(colors.black)
        draw_centred(canvas, person.name, fonts.LATIN_BOLD, fonts.ARABIC_BOLD, 10, centre, 95)
        draw_centred(canvas, person.title, fonts.LATIN, fonts.ARABIC, 8.5, centre, 83)


def _draw_seal(canvas: Canvas, c: CertificateDocument, width: float) -> None:
    words = WORDS[c.languages[0]]
    canvas.setFillColor(colors.black)
    canvas.setFont(fonts.LATIN, 9)
    canvas.drawString(48, 52, f"{'Serial' if c.languages[0] == 'ar' else words['serial']}: {c.serial}")
    if c.duplicate:
        canvas.setFont(fonts.LATIN_BOLD, 9)
        canvas.setFillColor(colors.HexColor("#A01818"))
        canvas.drawString(48, 40, WORDS["en"]["duplicate"] if c.languages[0] == "ar" else words["duplicate"])
        canvas.setFillColor(colors.black)
    draw_qr(canvas, c.seal, width - 48 - 92, 44, 92)


@lru_cache(maxsize=1024)
def _qr_matrix(text: str) -> tuple[tuple[int, ...], ...]:
    # A fixed mask: choosing the "best" of eight takes segno ~70 ms a code, for no gain in reading it.
    return tuple(tuple(row) for row in segno.make(text, error="m", micro=False, mask=4).matrix)


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code of text as one filled path, quiet zone included in size."""
    matrix = _qr_matrix(text)
    modules = len(matrix) + 8  # four modules of quiet zone each side
    step = size / modules
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 4 + 1) * step
        run_start = None
        for col_index, dark in enumerate(list(row) + [0]):
            if dark and run_start is None:
                run_start = col_index
            elif not dark and run_start is not None:
                path.rect(x + (run_start + 4) * step, top, (col_index - run_start) * step, step)
                run_start = None
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


def _render_chunk(chunk: list[CertificateDocument]) -> list[bytes]:
    return [render([document]) for document in chunk]


def render_each(documents: list[CertificateDocument], merged: bool = True) -> tuple[list[bytes], bytes | None]:
    """One PDF per certificate, and the merged one, drawn by worker processes on every core when
    there are many (drawing is CPU-bound, and one Python process uses one core)."""
    import os

    if len(documents) < 40 or (os.cpu_count() or 1) < 2:
        return [render([d]) for d in documents], (render(documents) if merged else None)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = min(4, os.cpu_count() or 2)
    size = -(-len(documents) // (workers * 4))
    chunks = [documents[i:i + size] for i in range(0, len(documents), size)]
    # spawn: a fresh interpreter, which holds none of the register's open connections
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        whole = pool.submit(render, documents) if merged else None
        singles = [pdf for chunk in pool.map(_render_chunk, chunks) for pdf in chunk]
        return singles, whole.result() if whole else None
