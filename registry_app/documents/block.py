"""A block of centred lines that must fit a box: each line has the size it would like and the least
it may take; the block shrinks as a whole until it fits, a line too wide for the box goes onto more
lines (between words) rather than below its least size. Certificates and name cards are laid out so."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors

from . import text

LEADING = 1.3  # Naskh's ascenders and Ge'ez's marks need more than Latin's 1.2
DESCENT = 0.32  # of the size: the baseline sits this far above the bottom of its line


@dataclass(frozen=True)
class Line:
    text: str
    size: float
    bold: bool = False
    colour: str = "#1B1B1B"
    space_before: float = 0.0
    smallest: float = 0.0  # 0: shrinks with the rest; else never below it: fitted to the width, then wrapped


Laid = list[tuple[Line, list[str]]]


def fit(lines: list[Line], room: float, height: float, steps: int = 9) -> Laid:
    """Every line at the largest common scale (1, 0.95, ...) at which the block fits in height, each
    wrapped into room points."""
    laid: Laid = []
    for step in range(steps):
        scale = 1 - step * 0.05
        laid = [_fit_line(line, scale, room) for line in lines if line.text]
        if height_of(laid) <= height:
            break
    return laid


def _fit_line(line: Line, scale: float, room: float) -> tuple[Line, list[str]]:
    size = line.size * scale
    if line.smallest:  # never below its smallest size, whatever the scale: wrapped instead
        floor = min(line.size, line.smallest)
        size = text.fit_size(line.text, max(size, floor), floor, room, line.bold)
    fitted = replace(line, size=size, space_before=line.space_before * scale)
    return fitted, text.wrap(line.text, size, room, line.bold) or [""]


def height_of(laid: Laid) -> float:
    return sum(line.space_before + len(rows) * line.size * LEADING for line, rows in laid)


def draw(canvas: Any, laid: Laid, centre: float, top: float, bottom: float) -> None:
    """The block centred on x = centre, and between top and bottom."""
    y = top - max(0.0, (top - bottom - height_of(laid)) / 2)
    for line, rows in laid:
        y -= line.space_before
        canvas.setFillColor(colors.HexColor(line.colour))
        for row in rows:
            y -= line.size * LEADING
            text.draw(canvas, row, line.size, centre, y + line.size * DESCENT, line.bold, align="centre")
