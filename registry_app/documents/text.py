"""Text as ReportLab must draw it. ReportLab lays glyphs out left to right, one by one: Arabic must
reach it already shaped (joined letter forms, arabic-reshaper) and in visual order (python-bidi),
and in a font that has the Arabic glyphs. Each run of one script gets its own font."""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts

_ARABIC_RUN = re.compile(r"([\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
                         r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\s\u0640]*)")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_RUN.search(text or ""))


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """Arabic text shaped and in the order it is drawn; anything else unchanged."""
    if not has_arabic(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))


def runs(text: str) -> list[tuple[str, bool]]:
    """The text cut into (run, is_arabic), in logical order."""
    parts = [p for p in _ARABIC_RUN.split(text or "") if p]
    return [(p, bool(_ARABIC_RUN.fullmatch(p))) for p in parts]


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for text that may mix scripts: each Arabic run shaped, in the Arabic font.

    A line with Arabic and Latin runs keeps the Latin runs in reading order around the Arabic ones,
    which is how registers write "Fatima Zahra / فاطمة الزهراء"."""
    arabic_font = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    out = []
    for part, arabic in runs(text):
        if arabic:
            out.append(f'<font name="{arabic_font}">{escape(visual(part.strip()))}</font>'
                       + (" " if part.endswith(" ") else ""))
        else:
            out.append(escape(part))
    inner = "".join(out)
    return f"<b>{inner}</b>" if bold else inner


def width(text: str, font: str, size: float) -> float:
    return stringWidth(visual(text), fonts.ARABIC if has_arabic(text) else font, size)


def fit_size(text: str, font: str, largest: float, smallest: float, room: float) -> float:
    """The largest size, down to smallest, at which text fits in room points."""
    size = largest
    while size > smallest and width(text, font, size) > room:
        size -= 0.5
    return size


def wrap_arabic(text: str, font: str, size: float, room: float) -> list[str]:
    """Arabic text cut into lines that fit in room points, each shaped and in visual order. The cut
    is made on the logical words, before reordering, so that each line reads right to left."""
    words = text.split()
    lines: list[str] = []
    current: list[str] = []
    for word in words:
        candidate = " ".join(current + [word])
        if current and stringWidth(visual(candidate), font, size) > room:
            lines.append(visual(" ".join(current)))
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(visual(" ".join(current)))
    return lines


_ARABIC_GLYPH = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def visual_runs(text: str) -> list[tuple[str, bool]]:
    """The text in the order it is drawn, cut into runs of Arabic glyphs and of anything else, so
    that each run is drawn in a font that has its glyphs (the Arabic font has no Latin letters)."""
    shown = visual(text)
    runs_: list[tuple[str, bool]] = []
    for ch in shown:
        arabic = bool(_ARABIC_GLYPH.match(ch)) or (ch == " " and runs_ and runs_[-1][1])
        if runs_ and runs_[-1][1] == arabic:
            runs_[-1] = (runs_[-1][0] + ch, arabic)
        else:
            runs_.append((ch, arabic))
    return runs_


def mixed_width(text: str, latin_font: str, arabic_font: str, size: float) -> float:
    return sum(stringWidth(run, arabic_font if arabic else latin_font, size) for run, arabic in visual_runs(text))


def draw_centred(canvas, text: str, latin_font: str, arabic_font: str, size: float, x: float, y: float) -> None:
    """Draw a line of any mix of scripts centred on x, each run in its own font."""
    x -= mixed_width(text, latin_font, arabic_font, size) / 2
    for run, arabic in visual_runs(text):
        font = arabic_font if arabic else latin_font
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)
