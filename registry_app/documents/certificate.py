"""Certificates: landscape A4, one page each, in English, French, Arabic or two of them; the seal's
QR code drawn from segno's matrix as one path (ReportLab's own QR widget is far slower)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from io import BytesIO

import segno
import segno.consts
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas

from . import block, fonts, labels, layout, qr, text
from .block import Line
from .pdf_info import Info
from .text import script_of

PAGE = landscape(A4)
FRAME = (30, 30, PAGE[0] - 30, PAGE[1] - 30)  # the inner line of the border: nothing is drawn beyond it
SIDE = 70  # text lines keep this far from the page's edges
SIGNATURE_TOP = 156  # signatories below, the statement above
SMALLEST_NAME = 18  # a long name goes onto a second line rather than below this size (points)
SEAL_BOTTOM = 44  # the QR code's lower edge, quiet zone included; it grows upwards with the seal


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str  # in any language the titles below do not give
    signature: bytes | None = None  # PNG or JPEG
    titles: dict[str, str] = field(default_factory=dict)  # by language

    def title_in(self, language: str) -> str:
        return self.titles.get(language) or self.title


@dataclass(frozen=True)
class CertificateDocument:
    languages: tuple[str, ...]  # one or two of "en", "fr", "ar"; the first is the main one
    kind: str  # "completion" or "participation"
    centre: dict[str, str]  # by language
    programme: dict[str, str]  # by language
    name: str  # as printed, Latin script
    name_ar: str  # the name in a second script, any script (Arabic, Ge'ez, Tifinagh...)
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
    # invariant: no clock time and a document id from the content, so that printing an issued
    # certificate again gives the very bytes whose SHA-256 the register holds
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1, invariant=1)
    if certificates:
        described = info(certificates[0]) if len(certificates) == 1 else merged_info(certificates[0])
        canvas.setTitle(described.title)
        canvas.setSubject(described.subject)
        canvas.setAuthor(described.author)
    for certificate in certificates:
        draw(canvas, certificate)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def info(c: CertificateDocument) -> Info:
    """What a PDF viewer shows of one certificate: its kind and serial, the programme and the centre,
    in the certificate's language(s)."""
    kinds = " · ".join(labels.words(language)[c.kind] for language in c.languages)
    return Info(f"{kinds} {c.serial}", _in_languages(c.programme, c.languages), _in_languages(c.centre, c.languages))


def merged_info(c: CertificateDocument) -> Info:
    """What a PDF viewer shows of a course's certificates in one file (c one of them)."""
    title = " · ".join(labels.words(language)["certificates"] for language in c.languages)
    return Info(title, _in_languages(c.programme, c.languages), _in_languages(c.centre, c.languages))


def _in_languages(by_language: dict[str, str], languages: tuple[str, ...]) -> str:
    said = [by_language.get(language) or by_language.get("en", "") for language in languages]
    return " · ".join(dict.fromkeys(s for s in said if s))


def draw(canvas: Canvas, c: CertificateDocument) -> None:
    width, height = PAGE
    if c.background:
        canvas.drawImage(ImageReader(BytesIO(c.background)), 0, 0, width, height, preserveAspectRatio=False)
    else:
        _draw_frame(canvas, width, height)
    top = FRAME[3] - 14
    if c.logos:
        top = _draw_logos(canvas, c.logos, width, top) - 10
    seal = qr_size(c.seal)
    _draw_statement(canvas, c, top, max(SIGNATURE_TOP, SEAL_BOTTOM + seal) + 10)
    _draw_signatories(canvas, c, seal)
    _draw_seal(canvas, c, width)


def _draw_logos(canvas: Canvas, logos: tuple[bytes, ...], width: float, top: float) -> float:
    """The logos side by side, centred under the top of the frame; returns their bottom."""
    readers = [ImageReader(BytesIO(logo)) for logo in logos]
    sizes = []
    for reader in readers:
        w, h = reader.getSize()
        scale = min(120 / w, 46 / h)
        sizes.append((w * scale, h * scale))
    gap = 24
    x = width / 2 - (sum(w for w, _ in sizes) + gap * (len(sizes) - 1)) / 2
    for reader, (w, h) in zip(readers, sizes, strict=True):
        canvas.drawImage(reader, x, top - h, w, h, mask="auto")
        x += w + gap
    return top - max(h for _, h in sizes)


def _draw_frame(canvas: Canvas, width: float, height: float) -> None:
    canvas.setStrokeColor(colors.HexColor("#1F3A5F"))
    canvas.setLineWidth(3)
    canvas.rect(22, 22, width - 44, height - 44)
    canvas.setLineWidth(0.8)
    canvas.rect(30, 30, width - 60, height - 60)


def _name_lines(c: CertificateDocument, lang: str, size: float, main: bool) -> list[Line]:
    """The name as the block's language writes it first (an Arabic block: the Arabic-script name),
    and, in the main block, the name in its other script beneath."""
    second = c.name_ar.strip()
    arabic_second = bool(second) and any(script_of(ch) == "arabic" for ch in second)
    first = second if lang == "ar" and arabic_second else c.name
    lines = [Line(first, size, True, space_before=size * 0.3, smallest=SMALLEST_NAME if main else 12)]
    other = c.name if first == second else second
    if main and other and other != first:
        lines.append(Line(other, size * 0.55, True, smallest=12))
    return lines


def _part(c: CertificateDocument, lang: str, scale: float, main: bool) -> list[Line]:
    words = labels.words(lang)
    title = words[c.kind] if lang == "ar" else words[c.kind].upper()
    dates = layout.date_range(c.start, c.end, lang)
    details = f"{words['held'].format(venue=c.venue, dates=dates)} · {words['hours'].format(hours=c.hours)}"
    statement = labels.typeset((c.wording or {}).get(lang) or words["completed" if c.kind == "completion" else
                                                                    "participated"], lang)
    lines = [
        Line(c.centre.get(lang) or c.centre.get("en", ""), 12 * scale, colour="#1F3A5F"),
        Line(title, 26 * scale, True, "#1F3A5F", 8 * scale),
        Line(words["certifies"], 12 * scale, space_before=6 * scale),
        *_name_lines(c, lang, 30 * scale, main),
        Line(statement, 12 * scale, space_before=4 * scale),
        Line(labels.typeset(c.programme.get(lang) or c.programme.get("en", ""), lang), 17 * scale, True,
             space_before=2 * scale),
        Line(details, 11 * scale, colour="#3A3A3A", space_before=2 * scale),
    ]
    if main and c.accreditation:
        lines.append(Line(c.accreditation, 9, colour="#555555", space_before=2))
    return lines


def _statement(c: CertificateDocument) -> list[Line]:
    single = len(c.languages) == 1
    lines: list[Line] = []
    for index, lang in enumerate(c.languages):
        part = _part(c, lang, (1.15 if single else 1.0) if index == 0 else 0.72, index == 0)
        if index:
            part[0] = replace(part[0], space_before=14)
        lines += part
    return lines


def _draw_statement(canvas: Canvas, c: CertificateDocument, top: float, bottom: float) -> None:
    """The statement in every language of the certificate, centred between top and bottom."""
    block.draw(canvas, block.fit(_statement(c), PAGE[0] - 2 * SIDE, top - bottom), PAGE[0] / 2, top, bottom)


def _draw_signatories(canvas: Canvas, c: CertificateDocument, seal_size: float) -> None:
    """Side by side between the serial's margin and the seal: signature, line, name, title in each
    language of the certificate (one title per language, without repeating one)."""
    count = len(c.signatories)
    if not count:
        return
    left, right = FRAME[0] + 40, PAGE[0] - 48 - seal_size - 16
    span = (right - left) / count
    room = span - 12
    for index, person in enumerate(c.signatories):
        centre = left + span * (index + 0.5)
        if person.signature:
            reader = ImageReader(BytesIO(person.signature))
            w, h = reader.getSize()
            scale = min(min(110, room) / w, 38 / h)
            canvas.drawImage(reader, centre - w * scale / 2, 112, w * scale, h * scale, mask="auto")
        canvas.setStrokeColor(colors.HexColor("#444444"))
        canvas.setLineWidth(0.6)
        canvas.line(centre - min(80, room / 2), 108, centre + min(80, room / 2), 108)
        canvas.setFillColor(colors.black)
        text.draw(canvas, person.name, text.fit_size(person.name, 10, 6, room, True), centre, 96, True, "centre")
        y = 85.0
        for row, size in _title_lines(person, c.languages, room):
            text.draw(canvas, row, size, centre, y, align="centre")
            y -= size + 1.5


def _title_lines(person: Signatory, languages: tuple[str, ...], room: float) -> list[tuple[str, float]]:
    """The signatory's title in each language of the certificate (once if they are the same), made
    smaller down to 6.5 points, then onto a second line: four lines fit above the serial."""
    titles = list(dict.fromkeys(person.title_in(lang) for lang in languages))
    for smallest in (6.5, 5.5):
        size = min(text.fit_size(title, 8.5, smallest, room) for title in titles)  # one size for all
        lines = [(row, size) for title in titles for row in text.wrap(title, size, room)]
        if len(lines) <= 4:
            break
    return lines


def _draw_seal(canvas: Canvas, c: CertificateDocument, width: float) -> None:
    words = labels.words(c.languages[0])
    canvas.setFillColor(colors.black)
    text.draw(canvas, words["serial"].format(serial=c.serial), 9, 48, 46)
    if c.duplicate:
        canvas.setFillColor(colors.HexColor("#A01818"))
        text.draw(canvas, words["duplicate"], 9, 48, 35, bold=True)
        canvas.setFillColor(colors.black)
    size = qr_size(c.seal)
    draw_qr(canvas, c.seal, width - 48 - size, SEAL_BOTTOM)
    if "TR3:" in c.seal:  # older seals: their certificates print again byte for byte as first printed
        link_seal(canvas, c.seal, (width - 48 - size, SEAL_BOTTOM, width - 48, SEAL_BOTTOM + size))


def printed_names(c: CertificateDocument) -> tuple[str, ...]:
    """The name as this certificate prints it, in each script it is printed in, in the order of its
    main language's block: what the seal states."""
    return tuple(line.text for line in _name_lines(c, c.languages[0], 1.0, True))


def with_printed_names(c: CertificateDocument, printed: tuple[str, ...]) -> CertificateDocument:
    """The certificate printing these names (as printed_names gives them): an issued certificate drawn
    again as it was, whatever was corrected in the register since."""
    if len(printed) == 2 and c.languages[0] == "ar" and any(script_of(ch) == "arabic" for ch in printed[0]):
        return replace(c, name=printed[1], name_ar=printed[0])
    return replace(c, name=printed[0], name_ar=printed[1] if len(printed) > 1 else "")


MODULE = 0.85 * mm  # zbar reads a whole-page photo of 1,400 px (4.7 px a mm), slightly blurred and turned, from 0.85 mm modules
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def qr_content(text: str) -> list[tuple[str, int | None]]:
    """The code's segments, each in the densest mode its characters allow. A version 3 seal ("TR3:"
    and digits): its digits in numeric mode; before them the verification address's scheme in byte
    mode, its capital host (and as much of the path as fits) in alphanumeric mode, the rest, '#' and
    "TR3:" in byte mode. Older seals: the address and '#' in a byte segment, the seal (base45) after it
    in alphanumeric mode, as they were first printed."""
    address, hash_sign, seal = text.rpartition("#")
    if seal.startswith("TR3:"):
        return _address_segments(address + hash_sign + "TR3:") + [(seal[4:], segno.consts.MODE_NUMERIC)]
    if "#" in text:
        address, seal = text.rsplit("#", 1)
        return [(address + "#", segno.consts.MODE_BYTE), (seal, None)]
    return [(text, None)]


def _address_segments(head: str) -> list[tuple[str, int | None]]:
    if head == "TR3:":
        return [(head, segno.consts.MODE_ALPHANUMERIC)]
    scheme_end = head.find("://") + 3 if "://" in head else 0
    dense_end = scheme_end
    while dense_end < len(head) and head[dense_end] in ALPHANUMERIC:
        dense_end += 1
    segments = [(head[:scheme_end], segno.consts.MODE_BYTE), (head[scheme_end:dense_end], segno.consts.MODE_ALPHANUMERIC),
                (head[dense_end:], segno.consts.MODE_BYTE)]
    return [segment for segment in segments if segment[0]]


@lru_cache(maxsize=1024)
def _qr_matrix(text: str) -> tuple[tuple[int, ...], ...]:
    return qr.matrix(qr_content(text))


def qr_version(text: str) -> int:
    return (len(_qr_matrix(text)) - 17) // 4


def qr_size(text: str) -> float:
    """The printed width of the code with its quiet zone: the code grows with the seal, its modules
    never shrink."""
    return (len(_qr_matrix(text)) + 2 * QUIET_ZONE) * MODULE


@lru_cache(maxsize=1024)
def _qr_path(text: str) -> str:
    """The dark modules as PDF path operators in module units, origin at the code's lower left
    corner (quiet zone included): one rectangle a run of dark modules in a row, made once a code."""
    matrix = _qr_matrix(text)
    side = len(matrix) + 2 * QUIET_ZONE
    runs = []
    for row_index, row in enumerate(matrix):
        bottom = side - QUIET_ZONE - 1 - row_index
        run_start = None
        for col_index, dark in enumerate((*row, 0)):
            if dark and run_start is None:
                run_start = col_index
            elif not dark and run_start is not None:
                runs.append(f"{run_start + QUIET_ZONE} {bottom} {col_index - run_start} 1 re")
                run_start = None
    return "\n".join(runs) + "\nf"


def link_seal(canvas: Canvas, text: str, rect: tuple[float, float, float, float]) -> None:
    """The QR code's text in an annotation over the code, as its /Contents: the verifier page finds it
    in the PDF's bytes without drawing the page. With the verification address it is a link (a click
    in a PDF reader opens the page); without, a hidden note (a link going nowhere troubles readers).
    Annotations stay with their page when the shards are cut into single certificates."""
    entries = {"Type": PDFName("Annot"), "Rect": PDFArray(list(rect)), "Contents": PDFString(text)}
    if text.startswith(("https://", "http://")):
        entries |= {"Subtype": PDFName("Link"), "Border": PDFArray([0, 0, 0]),
                    "A": PDFDictionary({"S": PDFName("URI"), "URI": PDFString(text)})}
    else:
        entries |= {"Subtype": PDFName("Text"), "F": 2}  # 2: hidden
    annotation = PDFDictionary(entries)
    canvas._addAnnotation(annotation)  # noqa: SLF001 - ReportLab's own annotations take no /Contents with /URI


def draw_qr(canvas: Canvas, text: str, x: float, y: float) -> None:
    """The QR code of text as one filled path on white, quiet zone included, lower left corner at x, y.
    The path is written in module units under a scaling (ReportLab's path objects take ~2.5 ms a
    code, this a few microseconds)."""
    size = qr_size(text)
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.saveState()
    canvas.transform(MODULE, 0, 0, MODULE, x, y)
    canvas.setFillColor(colors.black)
    canvas.addLiteral(_qr_path(text))
    canvas.restoreState()
