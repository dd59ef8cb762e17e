"""The sign-in sheet (feuille d'émargement): landscape A4, one row per participant, a signature box
per half-day. Either one sheet per day (morning and afternoon boxes) or the whole course on one grid.
The table header repeats on every page; the footer carries the sheet's identifier, the trainer's
signature line and "page x of y"."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from . import fonts, layout
from .text import markup

PAGE = landscape(A4)
MARGIN = 28
HEADER_HEIGHT = 70
FOOTER_HEIGHT = 40

LABELS = {
    "en": dict(title="Sign-in sheet", number="No.", name="Name", country="Country",
               organisation="Organisation", am="Morning", pm="Afternoon", day="Day",
               no_session="no session", trainer="Trainer's signature", date="Date", page="Page {page} of {pages}",
               venue="Venue", trainers="Trainer(s)", contact="E-mail or phone", whole="Whole course"),
    "fr": dict(title="Feuille d'émargement", number="N°", name="Nom", country="Pays",
               organisation="Organisme", am="Matin", pm="Après-midi", day="Jour",
               no_session="pas de séance", trainer="Signature du formateur", date="Date",
               page="Page {page} sur {pages}", venue="Lieu", trainers="Formateur(s)", contact="Courriel ou téléphone",
               whole="Toute la session"),
}
ARABIC_TITLE = "ورقة الحضور"


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
    centre: str
    programme: str
    course_code: str
    venue: str
    start: date
    end: date
    trainers: tuple[str, ...]
    language: str  # labels: "en" or "fr"; an Arabic course gets English labels and the Arabic title
    days: tuple[SheetDay, ...]
    rows: tuple[SheetRow, ...]
    whole_course: bool = False  # one grid of every half-day instead of one sheet per day
    blank_rows: int = 0  # empty rows for walk-ins, after the names (or alone on a blank sheet)
    arabic_title: bool = False
    identifier: str = ""
    generated: date = field(default_factory=date.today)

    @property
    def labels(self) -> dict:
        return LABELS["fr" if self.language == "fr" else "en"]


def render(sheet: SignInSheet) -> bytes:
    fonts.register()
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + HEADER_HEIGHT, bottomMargin=MARGIN + FOOTER_HEIGHT,
                            title=f"{sheet.labels['title']} {sheet.course_code}", author=sheet.centre)
    story = []
    blocks = [None] if sheet.whole_course or not sheet.days else list(sheet.days)
    for index, day in enumerate(blocks):
        if index:
            story.append(PageBreak())
        story.append(_table(sheet, day))
    decorate = lambda canvas, _doc: _draw_page(canvas, sheet)  # noqa: E731
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=layout.numbered_canvas(sheet.labels["page"]))
    return buffer.getvalue()


def _draw_page(canvas, sheet: SignInSheet) -> None:
    labels = sheet.labels
    width, height = PAGE
    top = height - MARGIN
    canvas.saveState()
    canvas.setFont(fonts.LATIN_BOLD, 13)
    canvas.drawString(MARGIN, top - 12, labels["title"])
    if sheet.arabic_title:
        from .text import visual

        canvas.setFont(fonts.ARABIC_BOLD, 13)
        canvas.drawRightString(width - MARGIN, top - 12, visual(ARABIC_TITLE))
    canvas.setFont(fonts.LATIN, 9)
    canvas.drawString(MARGIN, top - 28, sheet.centre)
    canvas.setFont(fonts.LATIN_BOLD, 10)
    canvas.drawString(MARGIN, top - 43, f"{sheet.course_code} — {sheet.programme}"[:150])
    canvas.setFont(fonts.LATIN, 9)
    details = (f"{labels['venue']}: {sheet.venue}   ·   {layout.date_range(sheet.start, sheet.end, sheet.language)}"
               f"   ·   {labels['trainers']}: {', '.join(sheet.trainers) or '—'}")
    canvas.drawString(MARGIN, top - 57, details[:190])
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 64, width - MARGIN, top - 64)
    bottom = MARGIN
    canvas.line(MARGIN, bottom + 30, MARGIN + 260, bottom + 30)
    canvas.drawString(MARGIN, bottom + 18, f"{labels['trainer']}")
    canvas.line(MARGIN + 300, bottom + 30, MARGIN + 420, bottom + 30)
    canvas.drawString(MARGIN + 300, bottom + 18, labels["date"])
    canvas.setFont(fonts.LATIN, 8)
    canvas.drawCentredString(width / 2, 16, sheet.identifier)
    canvas.restoreState()


def _name_cell(row: SheetRow, style, arabic_style) -> list:
    cell = [Paragraph(markup(row.name, bold=True), style)]
    if row.name_ar:
        cell.append(Paragraph(markup(row.name_ar), arabic_style))
    return cell


def _table(sheet: SignInSheet, day: SheetDay | None) -> Table:
    labels = sheet.labels
    small = layout.style("cell", 8, leading=10)
    name_style = layout.style("name", 9, leading=11.5)
    arabic_style = layout.style("arabic", 9, leading=12, alignment=TA_RIGHT)
    head = layout.style("head", 8, bold=True, leading=10)
    half_days = _columns(sheet, day)
    blank = not sheet.rows
    available = PAGE[0] - 2 * MARGIN
    if day is None:
        fixed = [22, 170, 70]
        box = max(18.0, (available - sum(fixed)) / max(1, len(half_days)))
        widths = fixed + [box] * len(half_days)
        header = [labels["number"], labels["name"], labels["country"]]
    else:
        fixed = [24, 210, 80, 190] if not blank else [24, 200, 80, 140, 120]
        box = (available - sum(fixed)) / max(1, len(half_days))
        widths = fixed + [box] * len(half_days)
        header = [labels["number"], labels["name"], labels["country"], labels["organisation"]]
        if blank:
            header.append(labels["contact"])
    header = [Paragraph(h, head) for h in header] + [Paragraph(h, head) for _, h in half_days]
    title = f"{labels['whole']}" if day is None else \
        f"{labels['day']} {day.number} — {layout.long_date(day.day, sheet.language)}"
    rows = [[Paragraph(f"<b>{title}</b>", head)] + [""] * (len(widths) - 1), header]
    for row in sheet.rows:
        cells = [str(row.number), _name_cell(row, name_style, arabic_style), Paragraph(row.country, small)]
        if day is None:
            if row.organisation:
                cells[1].append(Paragraph(row.organisation, small))
        else:
            cells.append(Paragraph(row.organisation, small))
        rows.append(cells + [_box(excluded, labels) for excluded, _ in half_days])
    heights: list[float | None] = [None] * len(rows)
    for offset in range(sheet.blank_rows):
        rows.append([str(len(sheet.rows) + 1 + offset)] + [""] * (len(fixed) - 1)
                    + [_box(excluded, labels) for excluded, _ in half_days])
        heights.append(30)  # room for a name written by hand
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=2)
    table.setStyle(_table_style(len(fixed), half_days))
    return table


def _columns(sheet: SignInSheet, day: SheetDay | None) -> list[tuple[bool, str]]:
    """(excluded, heading) for each signature column."""
    labels = sheet.labels
    if day is not None:
        return [(h.excluded, labels["am"] if h.slot == "AM" else labels["pm"]) for h in day.half_days]
    return [(h.excluded, f"{layout.short_date(d.day, sheet.language)} {h.slot}")
            for d in sheet.days for h in d.half_days]


def _box(excluded: bool, labels: dict):
    return labels["no_session"] if excluded else ""


def _table_style(fixed_columns: int, half_days: list[tuple[bool, str]]) -> TableStyle:
    commands = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E8ECF2")),
        ("GRID", (0, 1), (-1, -1), 0.5, colors.HexColor("#5A6270")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 2), (0, -1), fonts.LATIN, 8),
        ("FONT", (fixed_columns, 2), (-1, -1), fonts.LATIN, 6),
        ("TEXTCOLOR", (fixed_columns, 2), (-1, -1), colors.HexColor("#7A808A")),
        ("ALIGN", (fixed_columns, 2), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 2), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 2), (-1, -1), 7),
        ("ROWBACKGROUNDS", (0, 2), (fixed_columns - 1, -1), [colors.white, colors.HexColor("#F6F7F9")]),
    ]
    for index, (excluded, _) in enumerate(half_days):
        if excluded:
            column = fixed_columns + index
            commands.append(("BACKGROUND", (column, 2), (column, -1), colors.HexColor("#D9DCE1")))
    return TableStyle(commands)
