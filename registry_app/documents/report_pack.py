"""The results pack for donors and management, A4 portrait: a cover, the summary, charts, the tables
of the breakdowns and a note on how each figure is counted. In an Arabic pack every line is right to
left and the columns of tables run from the right."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Image, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from . import fonts, letterhead
from .report_pack_charts import Chart, drawing
from .report_pack_text import Text, draw_line, line_width

MARGIN = 42
WIDTH = A4[0] - 2 * MARGIN
NAVY = "#1F3A5F"
FOOTER_LOGO = 14  # points high: the logo beside the centre's name at the foot of every page but the cover


@dataclass(frozen=True)
class PackTable:
    title: str
    header: tuple[str, ...]  # the first column is the group's name, the others numbers
    rows: tuple[tuple[str, ...], ...]
    more: str = ""  # a line under the table, e.g. how many rows were left to the workbook


@dataclass(frozen=True)
class ReportPack:
    language: str
    centre: str
    title: str
    cover_lines: tuple[str, ...]  # period, filters, when prepared, the privacy rule
    headings: dict[str, str]  # summary, charts, tables, note, page
    summary: tuple[tuple[str, str], ...]  # (figure, value)
    charts: tuple[Chart, ...]
    tables: tuple[PackTable, ...]
    notes: tuple[str, ...]
    logo: bytes = b""  # the centre's: on the cover above its name, and small beside the name on every page

    @property
    def rtl(self) -> bool:
        return self.language == "ar"


def render(pack: ReportPack) -> bytes:
    fonts.register()
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 10, title=pack.title, author=pack.centre,
                            subject=" · ".join(pack.cover_lines[:1]))  # the period the figures cover
    story: list = []
    _cover(story, pack)
    _summary(story, pack)
    _charts(story, pack)
    for table in pack.tables:
        story.extend(_table(table, pack))
    story.append(PageBreak())
    story.append(_heading(pack.headings["note"], pack))
    for note in pack.notes:
        story.append(Text(note, 9.5, align=_align(pack), space_after=7))
    doc.build(story, onFirstPage=lambda c, d: None, onLaterPages=lambda c, d: _footer(c, d, pack))
    return buffer.getvalue()


def _align(pack: ReportPack) -> str:
    return "right" if pack.rtl else "left"


def _heading(text: str, pack: ReportPack, size: float = 14) -> Text:
    return Text(text, size, bold=True, align=_align(pack), colour=NAVY, space_after=8)


def _cover(story: list, pack: ReportPack) -> None:
    width, height = letterhead.logo_size(pack.logo, 80, 200)
    if width:
        story.append(Spacer(1, 150 - height - 16))
        story.append(Image(BytesIO(pack.logo), width, height))
        story.append(Spacer(1, 16))
    else:
        story.append(Spacer(1, 150))
    story.append(Text(pack.centre, 13, align="centre", colour=NAVY, space_after=28))
    story.append(Text(pack.title, 28, bold=True, align="centre", colour=NAVY, space_after=30))
    for line in pack.cover_lines:
        story.append(Text(line, 11, align="centre", space_after=8))
    story.append(PageBreak())


def _summary(story: list, pack: ReportPack) -> None:
    story.append(_heading(pack.headings["summary"], pack))
    rows = [(Text(label, 10, align=_align(pack)), Text(value, 10, bold=True, align=_align(pack)))
            for label, value in pack.summary]
    widths = [WIDTH * 0.62, WIDTH * 0.38]
    if pack.rtl:
        rows = [row[::-1] for row in rows]
        widths = widths[::-1]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C8CED6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.extend([table, Spacer(1, 14)])


def _charts(story: list, pack: ReportPack) -> None:
    # A period without courses has nothing to chart (and ReportLab's axes cannot be drawn over nothing).
    charts = [chart for chart in pack.charts if chart.categories and chart.series]
    if charts:
        story.append(_heading(pack.headings["charts"], pack))
    for chart in charts:
        rows = max(len(chart.categories), 1)
        height = 190 if chart.kind == "line" else min(330, 40 + 15 * rows * (1 if len(chart.series) == 1 else 1.2))
        story.append(KeepTogether([Text(chart.title, 10.5, bold=True, align=_align(pack), space_after=4),
                                   drawing(chart, WIDTH, height), Spacer(1, 14)]))
    story.append(PageBreak())


def _table(table: PackTable, pack: ReportPack) -> list:
    label_width = WIDTH * 0.40
    number_width = (WIDTH - label_width) / max(1, len(table.header) - 1)
    align = _align(pack)
    header = [Text(table.header[0], 8, bold=True, align=align)] + [
        Text(h, 8, bold=True, align="right") for h in table.header[1:]]
    body = [[Text(row[0], 8, align=align)] + list(row[1:]) for row in table.rows]
    rows = [header, *body]
    widths = [label_width] + [number_width] * (len(table.header) - 1)
    numbers = (1, -1)
    if pack.rtl:
        rows = [row[::-1] for row in rows]
        widths = widths[::-1]
        numbers = (0, -2)
    grid = Table(rows, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), fonts.LATIN, 8),
        ("ALIGN", (numbers[0], 1), (numbers[1], -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EAF1")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C8CED6")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    parts = [_heading(table.title, pack, 12), grid]
    if table.more:
        parts.append(Text(table.more, 8, align=align, colour="#555555"))
    parts.append(Spacer(1, 14))
    return parts


def _footer(canvas, doc, pack: ReportPack) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#555555"))
    page = pack.headings["page"].format(page=doc.page)
    title = f"{pack.centre} — {pack.title}"
    # The logo starts the title's side: the left, or the right of an Arabic pack.
    edge = A4[0] - MARGIN if pack.rtl else MARGIN
    indent = letterhead.draw_logo(canvas, pack.logo, edge, MARGIN + 8, FOOTER_LOGO, 60, pack.rtl)
    size = 7.5
    while size > 5 and line_width(title, size) > WIDTH - 80 - indent:
        size -= 0.5
    if pack.rtl:
        draw_line(canvas, page, size, MARGIN, MARGIN - 4)
        draw_line(canvas, title, size, A4[0] - MARGIN - indent - line_width(title, size), MARGIN - 4)
    else:
        draw_line(canvas, title, size, MARGIN + indent, MARGIN - 4)
        draw_line(canvas, page, size, A4[0] - MARGIN - line_width(page, size), MARGIN - 4)
    canvas.restoreState()
