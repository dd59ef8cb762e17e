"""The centre's logo at the head of a document: scaled into a box, placed at the start of the
heading's lines (the left, or the right on a right-to-left page), which then begin beside it."""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from typing import Any

from reportlab.lib.utils import ImageReader

GAP = 8  # between the logo and the heading's text


@lru_cache(maxsize=4)
def _reader(logo: bytes) -> ImageReader:
    """Read once: a sheet of 100 pages draws the same logo on each (the PDF holds it once)."""
    return ImageReader(BytesIO(logo))


def logo_size(logo: bytes, height: float, max_width: float) -> tuple[float, float]:
    """The logo's width and height scaled into height x max_width; (0, 0) without a logo."""
    if not logo:
        return 0.0, 0.0
    width, tall = _reader(logo).getSize()
    scale = min(height / tall, max_width / width)
    return width * scale, tall * scale


def draw_logo(canvas: Any, logo: bytes, edge: float, top: float, height: float, max_width: float,
              from_the_right: bool = False) -> float:
    """The logo under top, against edge (its left edge, or its right one from_the_right); returns how
    far the heading's text must move away from that edge (0 without a logo)."""
    width, tall = logo_size(logo, height, max_width)
    if not width:
        return 0.0
    x = edge - width if from_the_right else edge
    canvas.drawImage(_reader(logo), x, top - tall, width, tall, mask="auto")
    return width + GAP


def draw_logo_centred(canvas: Any, logo: bytes, centre: float, top: float, height: float, max_width: float) -> float:
    """The logo centred on x = centre, under top; returns its bottom (top without a logo)."""
    width, tall = logo_size(logo, height, max_width)
    if width:
        canvas.drawImage(_reader(logo), centre - width / 2, top - tall, width, tall, mask="auto")
    return top - tall
