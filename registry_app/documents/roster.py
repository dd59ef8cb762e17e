"""The roster for trainers: who is in the room, with photo, organisation, rank and contact (portrait A4)."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Table, TableStyle

from . import fonts, layout
from .text import markup

MARGIN = 28
PHOTO = (36, 44)

LABELS = {
    "en": dict(title="Roster", photo="Photo", name="Name", organisation="Organisation and rank",
               contact="Contact", country="Country", page="Page {page} of {pages}", participants="participants",
               no_photo="no photo"),
    "fr": dict(title="Liste des participants", photo="Photo", name="Nom", organisation="Organisme et grade",
               contact="Contact", country="Pays", page="Page {page} sur {pages}", participants="participants",
               no_photo="pas de photo"),
}


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
    def labels(self) -> dict:
        return LABELS["fr" if self.course.language == "fr" else "en"]


def render(roster: Roster) -> bytes:
    fonts.register()
    labels = roster.labels
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 52,
                            bottomMargin=MARGIN + 14, title=f"{labels['title']} {roster.course.code}",
                            author=roster.course.centre)
    decorate = lambda canvas, _doc: _draw_page(canvas, roster)  # noqa: E731
    doc.build([_table(roster)], onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=layout.numbered_canvas(labels["page"]))
    return buffer.getvalue()


def _draw_page(canvas, roster: Roster) -> None:
    labels = roster.labels
    width, height = A4
    top = height - MARGIN
    canvas.saveState()
    canvas.setFont(fonts.LATIN_BOLD, 13)
    canvas.drawString(MARGIN, top - 12, f"{labels['title']} — {roster.course.code}")
    canvas.setFont(fonts.LATIN, 9)
    canvas.drawString(MARGIN, top - 27, roster.course.programme[:110])
    canvas.drawString(MARGIN, top - 40, f"{roster.course.venue} · {roster.course.dates}"
                      f" · {len(roster.rows)} {labels['participants']}")
    canvas.line(MARGIN, top - 46, width - MARGIN, top - 46)
    canvas.setFont(fonts.LATIN, 8)
    canvas.drawString(MARGIN, 16, f"{roster.course.centre} · {roster.identifier}"[:120])
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
        self.canv.setFont(fonts.LATIN, 5)
        self.canv.drawCentredString(PHOTO[0] / 2, PHOTO[1] / 2 - 2, self.label)


def _photo(photo: bytes | None, labels: dict):
    if not photo:
        return _NoPhoto(labels["no_photo"])
    reader = ImageReader(BytesIO(photo))
    width, height = reader.getSize()
    scale = min(PHOTO[0] / width, PHOTO[1] / height)
    return Image(BytesIO(photo), width * scale, height * scale)


def _table(roster: Roster) -> Table:
    labels = roster.labels
    small = layout.style("small", 8, leading=10)
    name = layout.style("name", 9, leading=11.5)
    arabic = layout.style("arabic", 9, leading=12, alignment=TA_RIGHT)
    head = layout.style("head", 8, bold=True)
    rows = [[Paragraph(h, head) for h in ("#", labels["photo"], labels["name"], labels["organisation"], labels["contact"])]]
    for row in roster.rows:
        names = [Paragraph(markup(row.name, bold=True), name)]
        if row.name_ar:
            names.append(Paragraph(markup(row.name_ar), arabic))
        names.append(Paragraph(row.country, small))
        organisation = [Paragraph(row.organisation, small)] + ([Paragraph(f"<i>{row.rank}</i>", small)] if row.rank else [])
        contact = [Paragraph(row.email, small), Paragraph(row.phone, small)]
        rows.append([str(row.number), _photo(row.photo, labels), names, organisation, contact])
    table = Table(rows, colWidths=[22, 44, 170, 170, 133], repeatRows=1,
                  minRowHeights=[0] + [PHOTO[1] + 6] * len(roster.rows))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A909A")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 1), (0, -1), fonts.LATIN, 8),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6F7F9")]),
    ]))
    return table
