"""Columns that fit the window: each list says the widths it would like; when the table is narrower
(a 1024x768 screen, the longer French headers) the wide text columns (titles, names, venues) give up
a share of their width, never below their header; the narrow ones (codes, dates, numbers) keep
theirs, since cut short they say nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView

HEADER_PADDING = 26  # the margins and the sort arrow around a header's text
NARROW = 160  # a column asked this wide or less holds codes, dates or numbers: it keeps its width


class _Fitter(QObject):
    def __init__(self, view: QAbstractItemView, widths: list[int]) -> None:
        super().__init__(view)
        self.view, self.widths = view, widths
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.headerDataChanged.connect(lambda *_: self.fit())
            model.modelReset.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def header_widths(self) -> list[int]:
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        model = self.view.model()
        return [metrics.horizontalAdvance(str(model.headerData(column, header.orientation()) or "")) + HEADER_PADDING
                for column in range(len(self.widths))]

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        floors = [max(header, wanted if wanted <= NARROW else 0)
                  for header, wanted in zip(self.header_widths(), self.widths)]
        for column, width in enumerate(fitted(self.widths, floors, self.view.viewport().width())):
            header.resizeSection(column, width)


def fitted(wanted: list[int], floors: list[int], available: int) -> list[int]:
    """The wanted widths, each at least its floor, shrunk in proportion above their floors to fit
    available (when even the floors do not fit, the floors)."""
    widths = [max(w, f) for w, f in zip(wanted, floors)]
    total = sum(widths)
    if total <= available or available <= 0:
        return widths
    room = sum(w - f for w, f in zip(widths, floors))
    if room <= 0:
        return widths
    cut = min(1.0, (total - available) / room)
    return [int(w - (w - f) * cut) for w, f in zip(widths, floors)]


def fit_columns(view: QAbstractItemView, widths: list[int]) -> None:
    """Keep view's first columns at widths, fitted to the view whenever it is resized."""
    fitter = _Fitter(view, widths)
    fitter.fit()


def fit_to_contents(view: QAbstractItemView, columns: range) -> None:
    """These columns as wide as their cells and never narrower than their heading (with its margins and
    sort arrow): for short lists whose cells are all read at once."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    model = view.model()
    for column in columns:
        view.resizeColumnToContents(column)
        wanted = metrics.horizontalAdvance(str(model.headerData(column, header.orientation()) or "")) + HEADER_PADDING
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
