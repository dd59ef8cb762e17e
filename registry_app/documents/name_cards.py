"""Name cards (table tents): one A4 sheet per participant, folded along the middle to stand on the
table; the name reads the right way up from both sides, so the upper half is drawn upside down."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .text import fit_size, has_arabic, visual

SIDE_MARGIN = 36


@dataclass(frozen=True)
class NameCard:
    given_names: str
    family_name: str
    name_ar: str = ""
    organisation: str = ""
    country: str = ""


@dataclass(frozen=True)
class NameCards:
    course_code: str
    centre: str
    cards: tuple[NameCard, ...]


def render(cards: NameCards) -> bytes:
    fonts.register()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"Name cards {cards.course_code}")
    canvas.setAuthor(cards.centre)
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


def _centred(canvas, text: str, font: str, size: float, x: float, y: float) -> None:
    canvas.setFont(fonts.ARABIC_BOLD if has_arabic(text) and font == fonts.LATIN_BOLD else
                   fonts.ARABIC if has_arabic(text) else font, size)
    canvas.drawCentredString(x, y, visual(text))


def _draw_half(canvas, card: NameCard, cards: NameCards, width: float, half: float) -> None:
    """One face of the card, in the lower half of the page (the half a reader faces)."""
    room = width - 2 * SIDE_MARGIN
    middle = width / 2
    given = card.given_names
    family = card.family_name.upper()
    size = min(fit_size(given, fonts.LATIN_BOLD, 54, 20, room), fit_size(family, fonts.LATIN_BOLD, 60, 20, room))
    y = half * 0.62
    _centred(canvas, given, fonts.LATIN_BOLD, size, middle, y)
    _centred(canvas, family, fonts.LATIN_BOLD, size, middle, y - size * 1.1)
    below = y - size * 1.1 - 34
    if card.name_ar:
        arabic_size = fit_size(card.name_ar, fonts.ARABIC_BOLD, 30, 14, room)
        _centred(canvas, card.name_ar, fonts.ARABIC_BOLD, arabic_size, middle, below)
        below -= arabic_size + 12
    line = " · ".join(p for p in (card.organisation, card.country) if p)
    if line:
        _centred(canvas, line, fonts.LATIN, fit_size(line, fonts.LATIN, 14, 7, room), middle, max(below, 40))
    canvas.setFont(fonts.LATIN, 7)
    canvas.drawCentredString(middle, 18, f"{cards.centre} · {cards.course_code}"[:140])
