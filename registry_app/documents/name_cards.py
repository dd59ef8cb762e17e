"""Name cards (table tents): one A4 sheet per participant, folded along the middle to stand on the
table; the name reads the right way up from both sides, so the upper half is drawn upside down."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from . import block, fonts, letterhead, text
from . import labels as words
from .block import Line

SIDE_MARGIN = 36
LOGO_HEIGHT = 26  # the centre's logo, above the name (which starts 40 points under the fold)
FOOTER = 18  # the centre and the course, small, at the foot of each face


@dataclass(frozen=True)
class NameCard:
    given_names: str
    family_name: str
    name_ar: str = ""  # the name in a second script, any script
    organisation: str = ""
    country: str = ""


@dataclass(frozen=True)
class NameCards:
    course_code: str
    centre: str
    cards: tuple[NameCard, ...]
    language: str = "en"  # of the file's title
    programme: str = ""  # the course's programme, in that language
    logo: bytes = b""  # the centre's: small, at the top of each face


def render(cards: NameCards) -> bytes:
    fonts.register()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{words.words(cards.language)['name_cards']} {cards.course_code}")
    canvas.setAuthor(cards.centre)
    canvas.setSubject(cards.programme)
    width, height = A4
    for card in cards.cards:
        canvas.setDash(2, 3)
        canvas.setLineWidth(0.3)
        canvas.line(12, height / 2, width - 12, height / 2)  # the fold
        canvas.setDash()
        _draw_half(canvas, card, cards, width, height / 2)
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)
        _draw_half(canvas, card, cards, width, height / 2)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _lines(card: NameCard) -> list[Line]:
    """Given names and family name large and alike, the second-script name beneath, then where the
    person comes from; a long name goes onto more lines rather than below a size read across a room."""
    room = A4[0] - 2 * SIDE_MARGIN
    size = min(text.fit_size(card.given_names, 54, 28, room, True),
               text.fit_size(card.family_name.upper(), 60, 28, room, True))
    where = " · ".join(p for p in (card.organisation, card.country) if p)
    return [Line(card.given_names, size, True, smallest=size), Line(card.family_name.upper(), size, True, smallest=size),
            Line(card.name_ar, 30, True, space_before=12, smallest=18),
            Line(where, 14, colour="#333333", space_before=14, smallest=9)]


def _draw_half(canvas: Canvas, card: NameCard, cards: NameCards, width: float, half: float) -> None:
    """One face of the card, in the lower half of the page (the half a reader faces)."""
    letterhead.draw_logo_centred(canvas, cards.logo, width / 2, half - 8, LOGO_HEIGHT, 90)
    top, bottom = half - 40, FOOTER + 20
    laid = block.fit(_lines(card), width - 2 * SIDE_MARGIN, top - bottom, steps=12)
    block.draw(canvas, laid, width / 2, top, bottom)
    footer = f"{cards.centre} · {cards.course_code}"
    canvas.setFillColorRGB(0, 0, 0)
    text.draw(canvas, footer, text.fit_size(footer, 7, 5, width - 2 * SIDE_MARGIN), width / 2, FOOTER, align="centre")
