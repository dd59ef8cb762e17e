"""The roster for trainers: who is in the room, with photo, organisation, rank and contact (portrait A4)."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, SimpleDocTemplate, Table, TableStyle

from . import fonts, layout, letterhead, text
from . import labels as words

MARGIN = 28
PHOTO = (36, 44)

@dataclass(frozen=True)
class RosterRow:
    number: int
    name: str
    name_ar: str
    country: str
    organisation: str
    rank: str
    email: str
    phone: str
    photo: bytes | None = None


@dataclass(frozen=True)
class Roster:
    course: layout.CourseHeading
    rows: tuple[RosterRow, ...]
    identifier: str = ""

    @property
    def labels(self) -> dict[str, str]:
        return words.words(self.course.language)


def render(roster: Roster) -> bytes:
    fonts.register()
    labels = roster.labels
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 52,
                            bottomMargin=MARGIN + 14, title=f"{labels['roster']} {roster.course.code}",
                            author=roster.course.centre,
                            subject=f"{roster.course.programme} — {roster.course.dates}")
    decorate = lambda canvas, _doc: _draw_page(canvas, roster)  # noqa: E731
    doc.build([_table(roster)], onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=layout.numbered_canvas(labels["page"]))
    return buffer.getvalue()


def _draw_page(canvas, roster: Roster) -> None:
    labels = roster.labels
    width, height = A4
    top = height - MARGIN
    canvas.saveState()
    rtl = words.language(roster.course.language) == "ar"
    indent = letterhead.draw_logo(canvas, roster.course.logo, width - MARGIN if rtl else MARGIN, top, 42, 100, rtl)
    room = width - 2 * MARGIN - indent
    x, align = (width - MARGIN - indent, "right") if rtl else (MARGIN + indent, "left")
    text.draw(canvas, _clip(f"{labels['roster']} — {roster.course.code}", 13, room), 13, x, top - 12, True, align)
    text.draw(canvas, _clip(roster.course.programme, 9, room), 9, x, top - 27, False, align)
    text.draw(canvas, _clip(f"{roster.course.venue} · {roster.course.dates} · "
                            f"{labels['participants'].format(count=len(roster.rows))}", 9, room), 9, x, top - 40,
              False, align)
    canvas.line(MARGIN, top - 46, width - MARGIN, top - 46)
    text.draw(canvas, _clip(f"{roster.course.centre} · {roster.identifier}", 8, width - 2 * MARGIN - 90), 8, MARGIN, 16)
    canvas.restoreState()


class _NoPhoto(Flowable):
    """A frame where the photo would be, so that a missing one shows as missing."""

    def __init__(self, label: str):
        super().__init__()
        self.label = label

    def wrap(self, available_width, available_height):
        return PHOTO

    def draw(self):
        self.canv.setStrokeColor(colors.HexColor("#B8BDC6"))
        self.canv.setDash(1, 2)
        self.canv.rect(0, 0, *PHOTO)
        self.canv.setFillColor(colors.HexColor("#9AA0AA"))
        text.draw(self.canv, self.label, text.fit_size(self.label, 5, 3, PHOTO[0] - 2), PHOTO[0] / 2, PHOTO[1] / 2 - 2,
                  align="centre")


def _photo(photo: bytes | None, labels: dict):
    if not photo:
        return _NoPhoto(labels["no_photo"])
    reader = ImageReader(BytesIO(photo))
    width, height = reader.getSize()
    scale = min(PHOTO[0] / width, PHOTO[1] / height)
    return Image(BytesIO(photo), width * scale, height * scale)


def _clip(line: str, size: float, room: float) -> str:
    while line and text.width(line, size) > room:
        line = line[:-2] + "…"
    return line


class Cell(Flowable):
    """Lines of text in a table cell, each wrapped to the cell's width, in any script, a line that
    reads right to left on the cell's right. Each line: (text, size, bold, colour, where it may break
    inside a word: an e-mail address after "@" or ".")."""

    def __init__(self, *lines: tuple[str, float, bool, str, str], rtl: bool = False):
        super().__init__()
        self.lines = [line for line in lines if line[0]]
        self.rtl = rtl  # a table that reads from the right: every line on the right
        self.laid: list[tuple[str, float, bool, str]] = []

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.laid = [(row, size, bold, colour) for line, size, bold, colour, breaks in self.lines
                     for row in text.wrap(line, size, available_width, bold, breaks)]
        self.height = sum(size * 1.3 for _, size, _, _ in self.laid)
        return self.width, self.height

    def draw(self):
        y = self.height
        for row, size, bold, colour in self.laid:
            y -= size * 1.3
            self.canv.setFillColor(colors.HexColor(colour))
            right = self.rtl or text.is_right_to_left(row)
            text.draw(self.canv, row, size, self.width if right else 0, y + size * 0.3, bold,
                      "right" if right else "left")


def _table(roster: Roster) -> Table:
    labels = roster.labels
    black, grey = "#000000", "#444444"
    rtl = words.language(roster.course.language) == "ar"
    head = [Cell((h, 8, True, black, ""), rtl=rtl) for h in
            ("#", labels["photo"], labels["name"], labels["organisation_rank"], labels["contact"])]
    rows: list[list] = [head]
    for row in roster.rows:
        rows.append([str(row.number), _photo(row.photo, labels),
                     Cell((row.name, 9, True, black, ""), (row.name_ar, 9, False, black, ""),
                          (row.country, 8, False, black, ""), rtl=rtl),
                     Cell((row.organisation, 8, False, black, ""), (row.rank, 8, False, grey, ""), rtl=rtl),
                     Cell((row.email, 8, False, black, "@."), (row.phone, 8, False, black, ""), rtl=rtl)])
    widths = [22, 44, 170, 170, 133]
    if words.language(roster.course.language) == "ar":  # the columns read from the right
        rows, widths = [row[::-1] for row in rows], widths[::-1]
    table = Table(rows, colWidths=widths, repeatRows=1, minRowHeights=[0] + [PHOTO[1] + 6] * len(roster.rows))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A909A")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 1), (-1, -1), fonts.LATIN, 8),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6F7F9")]),
    ]))
    return table
