"""A block of text in any mix of scripts for the results pack: wrapped on its logical
words to the width it is given, each line shaped and put in visual order, each run of one script in
its own font, aligned left or, in an Arabic pack, right."""

from __future__ import annotations

from reportlab.platypus import Flowable

from . import text as texts


def line_width(line: str, size: float, bold: bool = False) -> float:
    return texts.width(line, size, bold)


def wrap(text: str, size: float, room: float, bold: bool = False) -> list[str]:
    """Logical lines that each fit in room points; a word longer than room stands alone on its line
    (and is drawn smaller, see Text)."""
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        current: list[str] = []
        for word in paragraph.split(" "):
            if not word:
                continue
            candidate = " ".join([*current, word])
            if current and line_width(candidate, size, bold) > room:
                lines.append(" ".join(current))
                current = [word]
            else:
                current.append(word)
        lines.append(" ".join(current))
    return lines


def draw_line(canvas, line: str, size: float, x: float, y: float, bold: bool = False) -> None:
    """Draw a logical line starting (visually) at x, each run of one script in its own font."""
    texts.draw(canvas, line, size, x, y, bold)


class Text(Flowable):
    """Wrapped text; align is 'left', 'right' or 'centre'."""

    def __init__(self, text: str, size: float = 9, bold: bool = False, align: str = "left",
                 colour: str = "#1B1B1B", space_after: float = 0):
        super().__init__()
        self.text, self.size, self.bold, self.align, self.colour = text, size, bold, align, colour
        self.spaceAfter = space_after
        self.lines: list[tuple[str, float]] = []
        self.leading = size * 1.35

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        self.room = availWidth
        self.lines = []
        for line in wrap(self.text, self.size, availWidth, self.bold):
            size = self.size
            while size > 4 and line_width(line, size, self.bold) > availWidth:  # one word too long: smaller
                size -= 0.5
            self.lines.append((line, size))
        # Arabic letters reach below the baseline further than Latin ones.
        return availWidth, self.leading * len(self.lines) + self.size * 0.25

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.colour)
        y = self.leading * len(self.lines) - self.size + self.size * 0.25
        for line, size in self.lines:
            width = line_width(line, size, self.bold)
            x = {"left": 0.0, "right": self.room - width, "centre": (self.room - width) / 2}[self.align]
            draw_line(canvas, line, size, x, y, self.bold)
            y -= self.leading
