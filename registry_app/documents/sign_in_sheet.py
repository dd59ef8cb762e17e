"""The sign-in sheet (feuille d'émargement): landscape A4, one row per participant, a signature box
per half-day. Either one sheet per day (morning and afternoon boxes) or the whole course on one grid.

The layout is computed first (``paginate``: rows measured and wrapped, pages filled), then drawn
straight on the canvas by small ``_draw_*`` helpers: a course of 1,000 participants over ten days is
800 pages, and ReportLab's table splitting is quadratic in the rows. Every page repeats the column
header and carries the sheet's identifier, the trainer's signature line and "page x of y"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from . import fonts, layout, letterhead
from . import labels as words
from . import text as texts

PAGE = landscape(A4)
MARGIN = 28
HEADER_HEIGHT = 70
LOGO_HEIGHT, LOGO_WIDTH = 58, 120  # the centre's logo, above the line under the heading
FOOTER_HEIGHT = 44
TITLE_ROW = 16
PADDING = 5
MIN_ROW = 28  # room to sign
LEADING = 11
SMALL = 8
NORMAL = 9

GRID = colors.HexColor("#5A6270")
HEAD_FILL = colors.HexColor("#E8ECF2")
STRIPE = colors.HexColor("#F6F7F9")
NO_SESSION_FILL = colors.HexColor("#D9DCE1")

@dataclass(frozen=True)
class HalfDay:
    slot: str  # "AM" or "PM"
    excluded: bool = False


@dataclass(frozen=True)
class SheetDay:
    number: int
    day: date
    half_days: tuple[HalfDay, ...]


@dataclass(frozen=True)
class SheetRow:
    number: int
    name: str  # as printed: FAMILY Given names
    name_ar: str = ""
    country: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class SignInSheet:
    course: layout.CourseHeading
    trainers: tuple[str, ...]
    days: tuple[SheetDay, ...]
    rows: tuple[SheetRow, ...]
    whole_course: bool = False  # one grid of every half-day instead of one sheet per day
    blank_rows: int = 0  # empty rows for walk-ins, after the names (or alone on a blank sheet)
    arabic_title: bool = False
    identifier: str = ""

    @property
    def labels(self) -> dict[str, str]:
        return words.words(self.course.language)


# -- layout --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    heading: str
    width: float
    signature: bool = False
    excluded: bool = False


@dataclass(frozen=True)
class Line:
    text: str  # in reading order; drawn run by run (texts.runs)
    size: float
    bold: bool = False
    right: bool = False  # right-to-left lines sit on the right of their cell


@dataclass(frozen=True)
class LaidRow:
    number: str
    cells: tuple[tuple[Line, ...], ...]  # one tuple of lines per text column after the number
    height: float


@dataclass(frozen=True)
class Page:
    title: str  # "Day 2 — Tuesday 3 March 2026" or "Whole course"
    columns: tuple[Column, ...]
    headings: tuple[tuple[str, ...], ...]  # each column's heading, in lines
    header_height: float
    rows: tuple[LaidRow, ...]


def _columns(sheet: SignInSheet, day: SheetDay | None) -> list[Column]:
    labels = sheet.labels
    available = PAGE[0] - 2 * MARGIN
    blank = not sheet.rows
    if day is None:
        fixed = [Column(labels["number"], 24), Column(labels["name"], 190), Column(labels["country"], 70)]
        halves = [(f"{layout.weekday_short(d.day, sheet.course.language)} {d.day.day}/{d.day.month} {labels[h.slot]}",
                   h.excluded) for d in sheet.days for h in d.half_days]
    else:
        fixed = [Column(labels["number"], 24), Column(labels["name"], 210 if not blank else 200),
                 Column(labels["country"], 80), Column(labels["organisation"], 190 if not blank else 140)]
        if blank:
            fixed.append(Column(labels["contact"], 120))
        halves = [(labels["morning"] if h.slot == "AM" else labels["afternoon"], h.excluded) for h in day.half_days]
    box = (available - sum(c.width for c in fixed)) / max(1, len(halves))
    return fixed + [Column(heading, box, signature=True, excluded=excluded) for heading, excluded in halves]


def _wrap(text: str, size: float, width: float, bold: bool = False) -> list[Line]:
    right = texts.is_right_to_left(text)
    return [Line(line, size, bold, right) for line in texts.wrap(text, size, width, bold)]


def _lay_row(row: SheetRow, columns: list[Column], whole_course: bool) -> LaidRow:
    name_width = columns[1].width - 2 * PADDING
    name = _wrap(row.name, NORMAL, name_width, bold=True)
    name += _wrap(row.name_ar, NORMAL, name_width)
    if whole_course:
        name += _wrap(row.organisation, SMALL, name_width)
        cells = (tuple(name), tuple(_wrap(row.country, SMALL, columns[2].width - 2 * PADDING)))
    else:
        cells = (tuple(name), tuple(_wrap(row.country, SMALL, columns[2].width - 2 * PADDING)),
                 tuple(_wrap(row.organisation, SMALL, columns[3].width - 2 * PADDING)))
    lines = max(len(c) for c in cells)
    return LaidRow(str(row.number), cells, max(MIN_ROW, lines * LEADING + 2 * PADDING))


def _block_rows(sheet: SignInSheet, columns: list[Column]) -> list[LaidRow]:
    rows = [_lay_row(row, columns, sheet.whole_course) for row in sheet.rows]
    text_columns = len([c for c in columns if not c.signature]) - 1
    for offset in range(sheet.blank_rows):
        rows.append(LaidRow(str(len(sheet.rows) + 1 + offset), ((),) * text_columns, MIN_ROW + 2))
    return rows


def _headings(columns: list[Column]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(texts.wrap(c.heading, SMALL, c.width - 2 * PADDING, bold=True)) for c in columns)


def paginate(sheet: SignInSheet) -> list[Page]:
    """Every page of the sheet, with its rows measured: what _draw_page draws."""
    fonts.register()
    labels = sheet.labels
    blocks = [None] if sheet.whole_course or not sheet.days else list(sheet.days)
    room = PAGE[1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT
    pages: list[Page] = []
    laid_once: dict[tuple, list[LaidRow]] = {}
    for day in blocks:
        columns = _columns(sheet, day)
        widths = tuple(c.width for c in columns[:4])
        if widths not in laid_once:  # the same rows every day: measured once
            laid_once[widths] = _block_rows(sheet, columns)
        rows = laid_once[widths]
        title = labels["whole_course"] if day is None else \
            labels["day"].format(number=day.number, date=layout.long_date(day.day, sheet.course.language))
        headings = _headings(columns)
        header = TITLE_ROW + max(len(h) for h in headings) * 10 + 2 * PADDING
        current: list[LaidRow] = []
        used = 0.0
        for row in rows:
            if current and used + row.height > room - header:
                pages.append(Page(title, tuple(columns), headings, header, tuple(current)))
                current, used = [], 0.0
            current.append(row)
            used += row.height
        pages.append(Page(title, tuple(columns), headings, header, tuple(current)))
    return pages


# -- drawing -------------------------------------------------------------------------------------

def render(sheet: SignInSheet) -> bytes:
    pages = paginate(sheet)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(f"{sheet.labels['sheet']} {sheet.course.code}")
    canvas.setAuthor(sheet.course.centre)
    canvas.setSubject(f"{sheet.course.programme} — {sheet.course.dates}")
    for number, page in enumerate(pages, start=1):
        _draw_page_frame(canvas, sheet, number, len(pages))
        _draw_table(canvas, sheet, page)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _Side:
    """Left to right, or mirrored for a sheet in Arabic: boxes are given as if from the left, and
    placed from the right when the sheet reads right to left."""

    def __init__(self, sheet: SignInSheet):
        self.rtl = words.language(sheet.course.language) == "ar"

    def left(self, left: float, width: float) -> float:
        return PAGE[0] - left - width if self.rtl else left

    def start(self, left: float, width: float, padding: float = 0) -> tuple[float, str]:
        """Where a line of text starts in a box, and how it is aligned there."""
        return (PAGE[0] - left - padding, "right") if self.rtl else (left + padding, "left")

    def end(self, left: float, width: float, padding: float = 0) -> tuple[float, str]:
        return (left + padding, "left") if self.rtl else (left + width - padding, "right")

    def line(self, canvas: Canvas, left: float, width: float, y: float) -> None:
        x = self.left(left, width)
        canvas.line(x, y, x + width, y)


def _draw_page_frame(canvas: Canvas, sheet: SignInSheet, number: int, total: int) -> None:
    labels, side = sheet.labels, _Side(sheet)
    width, height = PAGE
    room = width - 2 * MARGIN
    top = height - MARGIN
    logo_edge = width - MARGIN if side.rtl else MARGIN
    indent = letterhead.draw_logo(canvas, sheet.course.logo, logo_edge, top, LOGO_HEIGHT, LOGO_WIDTH, side.rtl)
    room -= indent
    x, align = side.start(MARGIN + indent, room)
    texts.draw(canvas, labels["sheet"], 13, x, top - 12, True, align)
    if sheet.arabic_title and not side.rtl:
        texts.draw(canvas, words.words("ar")["sheet"], 13, width - MARGIN, top - 12, bold=True, align="right")
    texts.draw(canvas, _clip(sheet.course.centre, 9, room=room), 9, x, top - 28, False, align)
    heading = f"{sheet.course.code} — {sheet.course.programme}"
    texts.draw(canvas, _clip(heading, 10, True, room), 10, x, top - 43, True, align)
    details = (f"{labels['venue'].format(venue=sheet.course.venue)}   ·   {sheet.course.dates}"
               f"   ·   {labels['trainers'].format(trainers=', '.join(sheet.trainers) or '—')}")
    texts.draw(canvas, _clip(details, 9, room=room), 9, x, top - 57, False, align)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 64, width - MARGIN, top - 64)
    base = MARGIN + 8
    side.line(canvas, MARGIN, 260, base + 20)
    signature_x, signature_align = side.start(MARGIN, 260)
    texts.draw(canvas, labels["trainer_signature"], 9, signature_x, base + 8, align=signature_align)
    side.line(canvas, MARGIN + 300, 120, base + 20)
    date_x, date_align = side.start(MARGIN + 300, 120)
    texts.draw(canvas, labels["date"], 9, date_x, base + 8, align=date_align)
    texts.draw(canvas, sheet.identifier, 8, width / 2, 16, align="centre")
    page_x, page_align = side.end(MARGIN, width - 2 * MARGIN)
    texts.draw(canvas, labels["page"].format(page=number, pages=total), 8, page_x, 16, align=page_align)


def _clip(text: str, size: float, bold: bool = False, room: float = PAGE[0] - 2 * MARGIN) -> str:
    if texts.width(text, size, bold) <= room:
        return text
    while text and texts.width(text + "…", size, bold) > room:
        text = text[:-1]
    return text + "…"


def _draw_table(canvas: Canvas, sheet: SignInSheet, page: Page) -> None:
    columns, side = page.columns, _Side(sheet)
    left = MARGIN
    right = left + sum(c.width for c in columns)
    top = PAGE[1] - MARGIN - HEADER_HEIGHT
    header = page.header_height
    bottom = top - header - sum(r.height for r in page.rows)
    _draw_header(canvas, page, side, left, right, top, header)
    y = top - header
    text = canvas.beginText()
    text.setFillColor(colors.black)
    separators = []
    for index, row in enumerate(page.rows):
        _draw_row(canvas, text, sheet, side, columns, row, left, y, index % 2 == 1)
        y -= row.height
        separators.append(y)
    canvas.drawText(text)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    for y in separators:
        side.line(canvas, left, right - left, y)
    canvas.setLineWidth(0.5)
    x = left
    for column in columns[:-1]:
        x += column.width
        rule = side.left(x, 0)
        canvas.line(rule, top - TITLE_ROW, rule, bottom)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.rect(side.left(left, right - left), bottom, right - left, top - bottom)


def _draw_header(canvas: Canvas, page: Page, side: _Side, left: float, right: float, top: float,
                 height: float) -> None:
    canvas.setFillColor(HEAD_FILL)
    canvas.rect(side.left(left, right - left), top - height, right - left, height, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    x, align = side.start(left, right - left, PADDING)
    texts.draw(canvas, page.title, SMALL + 1, x, top - TITLE_ROW + 5, True, align)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    side.line(canvas, left, right - left, top - TITLE_ROW)
    side.line(canvas, left, right - left, top - height)
    x = left
    for column, lines in zip(page.columns, page.headings):
        start, align = side.start(x, column.width, PADDING)
        for n, line in enumerate(lines):
            texts.draw(canvas, line, SMALL, start, top - TITLE_ROW - PADDING - 8 - n * 10, True, align)
        x += column.width


def _draw_row(canvas: Canvas, text, sheet: SignInSheet, side: _Side, columns: tuple[Column, ...], row: LaidRow,
              left: float, top: float, striped: bool) -> None:
    """Fills and lines go on the canvas; the strings go into text, the page's one text object."""
    bottom = top - row.height
    text_width = sum(c.width for c in columns if not c.signature)
    if striped:
        canvas.setFillColor(STRIPE)
        canvas.rect(side.left(left, text_width), bottom, text_width, row.height, stroke=0, fill=1)
    start, align = side.start(left, columns[0].width, PADDING)
    texts.draw(text, row.number, SMALL, start, top - PADDING - 8, align=align)
    x = left + columns[0].width
    for column, lines in zip(columns[1:], row.cells):
        for n, line in enumerate(lines):
            baseline = top - PADDING - 8 - n * LEADING
            start, align = side.end(x, column.width, PADDING) if line.right and not side.rtl else \
                side.start(x, column.width, PADDING)
            texts.draw(text, line.text, line.size, start, baseline, line.bold, align)
        x += column.width
    x = left + text_width
    for column in columns:
        if column.signature and column.excluded:
            canvas.setFillColor(NO_SESSION_FILL)
            canvas.rect(side.left(x, column.width), bottom, column.width, row.height, stroke=0, fill=1)
            text.setFillColor(GRID)
            label = sheet.labels["no_session"]
            if texts.width(label, 6) > column.width - 4:
                label = "—"
            centre = side.left(x, column.width) + column.width / 2
            texts.draw(text, label, 6, centre, bottom + row.height / 2 - 2, align="centre")
            text.setFillColor(colors.black)
        if column.signature:
            x += column.width
