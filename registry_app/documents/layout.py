"""What every document shares: page numbering "page x of y", paragraph styles, dates in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from . import fonts

_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}
_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
}


@dataclass(frozen=True)
class CourseHeading:
    """What heads every document of a course."""

    centre: str
    programme: str
    code: str
    venue: str
    start: date
    end: date
    language: str  # of the labels: "en" or "fr"

    @property
    def dates(self) -> str:
        return date_range(self.start, self.end, self.language)


def long_date(day: date, language: str) -> str:
    lang = "fr" if language == "fr" else "en"
    return f"{_WEEKDAYS[lang][day.weekday()]} {day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def short_date(day: date, language: str) -> str:
    lang = "fr" if language == "fr" else "en"
    return f"{_WEEKDAYS[lang][day.weekday()][:3]} {day.day} {_MONTHS[lang][day.month - 1][:3]}"


def date_range(start: date, end: date, language: str) -> str:
    lang = "fr" if language == "fr" else "en"
    months = _MONTHS[lang]
    if start == end:
        return f"{start.day} {months[start.month - 1]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {months[end.month - 1]} {end.year}"
    return f"{start.day} {months[start.month - 1]} – {end.day} {months[end.month - 1]} {end.year}"


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
            self.setFont(fonts.LATIN, 8)
            self.drawRightString(width - 28, 16, page_label.format(page=self._pageNumber, pages=total))

    return NumberedCanvas
