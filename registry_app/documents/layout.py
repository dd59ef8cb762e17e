"""What every document shares: page numbering "page x of y", paragraph styles, dates in words
(in English, French and Arabic)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from . import fonts, labels, text


@dataclass(frozen=True)
class CourseHeading:
    """What heads every document of a course."""

    centre: str
    programme: str
    code: str
    venue: str
    start: date
    end: date
    language: str  # of the labels: "en", "fr" or "ar"
    logo: bytes = b""  # the centre's, PNG or JPEG: at the start of the heading (none: the text begins there)

    @property
    def dates(self) -> str:
        return date_range(self.start, self.end, self.language)


def long_date(day: date, language: str) -> str:
    return f"{labels.weekday(day.weekday(), language)} {day.day} {labels.month(day.month, language)} {day.year}"


def weekday_short(day: date, language: str) -> str:
    """The weekday in a grid's heading: three letters in English and French, the word in Arabic."""
    name = labels.weekday(day.weekday(), language)
    return name if labels.language(language) == "ar" else name[:3]


def short_date(day: date, language: str) -> str:
    return f"{weekday_short(day, language)} {day.day} {labels.month(day.month, language)[:3]}"


def date_range(start: date, end: date, language: str) -> str:
    def month(day: date) -> str:
        return labels.month(day.month, language)

    if start == end:
        return f"{start.day} {month(start)} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {month(end)} {end.year}"
    if start.year == end.year:
        return f"{start.day} {month(start)} – {end.day} {month(end)} {end.year}"
    return f"{start.day} {month(start)} {start.year} – {end.day} {month(end)} {end.year}"


def style(name: str, size: float = 9, bold: bool = False, leading: float | None = None, **extra) -> ParagraphStyle:
    fonts.register()
    return ParagraphStyle(name, fontName=fonts.LATIN_BOLD if bold else fonts.LATIN, fontSize=size,
                          leading=leading or size * 1.25, **extra)


def numbered_canvas(page_label: str):
    """A canvas class that writes "page x of y" once the number of pages is known.

    page_label is a format with {page} and {pages}; the text is drawn at the bottom right."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_page_number(total)
                super().showPage()
            super().save()

        def _draw_page_number(self, total: int) -> None:
            width, _ = self._pagesize
            text.draw(self, page_label.format(page=self._pageNumber, pages=total), 8, width - 28, 16, align="right")

    return NumberedCanvas
