"""Text as ReportLab must draw it. ReportLab lays glyphs out left to right, one by one, in one font:
Arabic must reach it already shaped (joined letter forms, arabic-reshaper) and in visual order
(python-bidi), and every run of one script goes in the font of that script (fonts.SCRIPT_FONTS).

ReportLab 5 can shape through HarfBuzz (uharfbuzz), but without its bidi module, which is not on PyPI,
it lays Arabic letters out left to right; shaped word by word in our order, its ligatures (lam-alef)
come out of the PDF as private-use characters. The reshaper's presentation forms, mapped back to
letters in the PDF (fonts._to_unicode_cmap), both draw and extract right.

A line is cut into runs, each drawn in one font; runs are measured once at size 1 and cached.

Text extraction. Both poppler (pdftotext, most Linux viewers) and pdfium (Chrome, pypdfium2) read the
glyphs in the order they stand on the line and apply a bidi algorithm of their own to give the
logical order back; runs drawn in logical order, or with /ActualText, are reordered all the same
(tried: the words come out reversed). What each gets right and wrong, measured on our certificates:
- Arabic words, and Latin, Ge'ez and Tifinagh names, come out in logical order from both, with the
  one help below;
- poppler 22.12 does not count Tifinagh letters as left-to-right: on a page where Arabic has the
  majority it reversed "ⵜⴰⵙⵍⵉⵎⵜ ⴰⵎⴰⵣⵉⵖ" into "ⵖⵉⵣⴰⵎⴰ ⵜⵎⵉⵍⵙⴰⵜ" (Ge'ez and Latin were kept). A
  LEFT-TO-RIGHT MARK (U+200E, no width, drawn in the Latin font, which has it) at the end of every
  Tifinagh run is a left-to-right letter to poppler, which then keeps the run in order; pdfium
  already did, and keeps it so (the mark comes out after the name, as a search ignores it);
- a line that mixes an Arabic phrase with a Latin one keeps each phrase whole, but not their order:
  pdfium takes a line as right-to-left only when it has at least as many right-to-left segments as
  left-to-right ones, digits counting as left-to-right and hyphens splitting segments, so that
  "الرقم: RBT-2026-00017-K" (one Arabic segment, four Latin ones) comes out as
  "RBT-2026-00017-K :الرقم" whatever the order of drawing; poppler gives
  "الرقمRBT-2026-00017-K :", the colon and space going with the Latin run. No drawing order
  changes either: it is their reordering of what the line shows."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.errors import Refusal
from . import fonts

_SCRIPTS = (  # the blocks drawn by a font of their own; anything else is Latin's (or whoever has it)
    ("arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("ethiopic", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))),
    ("tifinagh", ((0x2D30, 0x2D7F),)),
)


_LEFT_TO_RIGHT_MARK = "\u200e"
_BREAKABLE_SPACES = re.compile("[ \t\r\n]+")  # not the no-break space (French "Lieu\u00a0: ...")


class UndrawableText(Refusal, ValueError):
    """A text with characters that no font shipped with the documents can draw."""


class Run(NamedTuple):
    text: str  # as drawn: shaped, in visual order
    font: str
    unit_width: float  # at size 1

    def width(self, size: float) -> float:
        return self.unit_width * size


def script_of(char: str) -> str | None:
    code = ord(char)
    for script, blocks in _SCRIPTS:
        if any(low <= code <= high for low, high in blocks):
            return script
    return None


def _invisible(char: str) -> bool:
    """Controls and format characters (bidi marks, joiners): they steer the drawing, draw nothing."""
    return unicodedata.category(char) in ("Cc", "Cf")


@lru_cache(maxsize=8192)  # a few hundred characters make up every name: an import checks thousands of names
def _font_for(char: str, bold: bool, previous: str | None) -> str | None:
    code = ord(char)
    script = script_of(char)
    if script:
        font = fonts.SCRIPT_FONTS[script][bold]
        return font if code in fonts.coverage(font) else None
    if previous and unicodedata.category(char)[0] in "ZPNSM" and code in fonts.coverage(previous):
        return previous  # spaces, punctuation, digits and marks stay in the run they are in
    for regular_bold in fonts.SCRIPT_FONTS.values():
        if code in fonts.coverage(regular_bold[bold]):
            return regular_bold[bold]
    return None


def uncovered(text: str) -> str:
    """The characters of text that no shipped font draws, each once, in order ("" when all are)."""
    if text.isascii() and text.isprintable() and _ascii_drawn():
        return ""  # most names of an import: each different, so remembering them would not help
    return _uncovered(text)


@lru_cache(maxsize=1)
def _ascii_drawn() -> bool:
    """Whether the shipped fonts draw every printable ASCII character (they do; checked, not assumed)."""
    return not _uncovered("".join(map(chr, range(0x20, 0x7F))))


@lru_cache(maxsize=16384)
def _uncovered(text: str) -> str:
    missing: dict[str, None] = {}
    for char in unicodedata.normalize("NFC", text or ""):
        if not _invisible(char) and _font_for(char, False, None) is None:
            missing[char] = None
    return "".join(missing)


def require_drawable(text: str) -> None:
    """Refuses text that would print with blanks where letters are."""
    missing = uncovered(text)
    if missing:
        raise UndrawableText("“{text}” cannot be printed: no font of the documents has {characters}.",
                             text=text, characters=" ".join(missing))


def has_arabic(text: str) -> bool:
    return any(script_of(char) == "arabic" for char in text or "")


def is_right_to_left(text: str) -> bool:
    """Whether the first letter of text is of a right-to-left script (Arabic here)."""
    for char in text or "":
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """The text shaped and in the order it is drawn, without the invisible characters."""
    text = unicodedata.normalize("NFC", text)
    if any(script_of(c) == "arabic" for c in text):
        import arabic_reshaper
        from bidi.algorithm import get_display

        text = get_display(arabic_reshaper.reshape(text))
    elif any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        from bidi.algorithm import get_display

        text = get_display(text)
    return "".join(c for c in text if not _invisible(c))


@lru_cache(maxsize=16384)
def runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """The line in drawing order, cut into runs of one font each; refused if a character has none."""
    require_drawable(text)
    pieces: list[list[str]] = []  # [font, text]
    for char in visual(text):
        previous = pieces[-1][0] if pieces else None
        font = _font_for(char, bold, previous) or fonts.LATIN  # a shaped form the font lacks: never here
        if font == previous:
            pieces[-1][1] += char
        else:
            pieces.append([font, char])
    drawn: list[Run] = []
    for font, piece in pieces:
        drawn.append(Run(piece, font, stringWidth(piece, font, 1)))
        if font in fonts.SCRIPT_FONTS["tifinagh"]:
            drawn.append(Run(_LEFT_TO_RIGHT_MARK, fonts.LATIN, 0.0))  # for poppler: see the docstring
    return tuple(drawn)


def width(text: str, size: float, bold: bool = False) -> float:
    return sum(run.unit_width for run in runs(text, bold)) * size


def fit_size(text: str, largest: float, smallest: float, room: float, bold: bool = False) -> float:
    """The largest size, down to smallest, at which text fits in room points."""
    require_drawable(text)
    unit = width(text, 1, bold)
    return max(smallest, min(largest, room / unit)) if unit else largest


def draw(canvas: Any, text: str, size: float, x: float, y: float, bold: bool = False,
         align: str = "left") -> float:
    """Draw one line of any mix of scripts at x (its left, centre or right as align says), each run
    in its own font, on a canvas or a text object. Returns the line's width."""
    line = runs(text, bold)
    total = sum(run.unit_width for run in line) * size
    x -= {"left": 0, "centre": total / 2, "right": total}[align]
    text_object = hasattr(canvas, "textOut")
    for run in line:
        canvas.setFont(run.font, size)
        if text_object:
            canvas.setTextOrigin(x, y)
            canvas.textOut(run.text)
        else:
            canvas.drawString(x, y, run.text)
        x += run.unit_width * size
    return total


def wrap(text: str, size: float, room: float, bold: bool = False, breaks: str = "") -> list[str]:
    """text cut into lines that fit in room points, between words; a word too long for a line is
    cut after one of breaks (an e-mail address after "@" or "."), else where it must. The cut is
    made in reading order, so that each line of Arabic reads right to left, the first on top."""
    require_drawable(text)
    lines: list[str] = []
    current = ""
    for word in _BREAKABLE_SPACES.split(text or ""):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if width(candidate, size, bold) <= room:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for piece in _cut_word(word, size, room, bold, breaks):
            if current:
                lines.append(current)
            current = piece
    if current:
        lines.append(current)
    return lines


def _cut_word(word: str, size: float, room: float, bold: bool, breaks: str) -> list[str]:
    pieces = []
    while width(word, size, bold) > room and len(word) > 1:
        fits = max((i for i in range(1, len(word)) if width(word[:i], size, bold) <= room), default=1)
        preferred = [i + 1 for i in range(fits) if word[i] in breaks]
        cut = preferred[-1] if preferred and preferred[-1] < len(word) else fits
        pieces.append(word[:cut])
        word = word[cut:]
    return pieces + [word]
