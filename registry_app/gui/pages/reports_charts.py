"""The Reports page's charts (Qt Charts): officials trained by region (bars), women and men by thematic
area (stacked bars), officials trained by quarter (a line), places by agency type (bars). A click on a
bar or a point says which row of which breakdown it is, so that the page lists the people behind it."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from ...services.reports.dataset import Group, ReportDataset

BLUE, ORANGE = QColor("#1F5F8B"), QColor("#E07A1F")


class ReportCharts(QWidget):
    clicked = Signal(str, str, str, str)  # dimension, key, sex ('' for both), the row's name

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.views: dict[str, QChartView] = {}
        for index, name in enumerate(("region", "thematic_area", "quarter", "agency_type")):
            view = QChartView(QChart(), self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)  # ten agency types' names need it; the page scrolls
            self.views[name] = view
            layout.addWidget(view, index // 2, index % 2)

    def show_dataset(self, dataset: ReportDataset) -> None:
        b = dataset.breakdowns
        self._bars("region", self.tr("Officials trained by region"), b["region"], [(self.tr("Officials trained"),
                   "people", "", BLUE)])
        self._bars("thematic_area", self.tr("Women and men by thematic area"), b["thematic_area"],
                   [(self.tr("Women"), "women", "F", BLUE), (self.tr("Men"), "men", "M", ORANGE)])
        self._line("quarter", self.tr("Officials trained by quarter"), sorted(b["quarter"], key=lambda g: g.key))
        self._bars("agency_type", self.tr("Training places by agency type"), b["agency_type"],
                   [(self.tr("Training places"), "places", "", BLUE)])

    def _fresh(self, name: str, title: str) -> QChart:
        """A new chart in the view: one whose series and axes were removed keeps drawing old labels."""
        view = self.views[name]
        old = view.chart()
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(name == "thematic_area")
        chart.setMargins(QMargins(0, 0, 0, 0))
        view.setChart(chart)
        old.deleteLater()
        return chart

    def _bars(self, name: str, title: str, groups: tuple[Group, ...], sets: list[tuple[str, str, str, QColor]]) -> None:
        chart = self._fresh(name, title)
        shown = list(reversed(groups))  # the largest on top
        series = QHorizontalStackedBarSeries() if len(sets) > 1 else QHorizontalBarSeries()
        for label, field, sex, colour in sets:
            bar_set = QBarSet(label)
            bar_set.setColor(colour)
            bar_set.append([float(getattr(g, field)) for g in shown])
            bar_set.clicked.connect(
                lambda index, s=sex, rows=shown: self.clicked.emit(name, rows[index].key, s, rows[index].label(self.language)))
            series.append(bar_set)
        series.setLabelsVisible(len(sets) == 1 and len(shown) <= 6)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([g.label(self.language) for g in shown] or [""])
        font = categories.labelsFont()
        font.setPointSizeF(8 if len(shown) <= 6 else 7)
        categories.setLabelsFont(font)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setMin(0)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _line(self, name: str, title: str, groups: list[Group]) -> None:
        chart = self._fresh(name, title)
        series = QLineSeries()
        series.setName(self.tr("Officials trained"))
        series.setPointsVisible(True)
        series.setColor(BLUE)
        for index, g in enumerate(groups):
            series.append(QPointF(index, g.people))

        def clicked(point: QPointF) -> None:
            index = min(max(round(point.x()), 0), len(groups) - 1)
            if groups:
                self.clicked.emit(name, groups[index].key, "", groups[index].key)

        series.clicked.connect(clicked)
        chart.addSeries(series)
        # One label a year under its quarters: 24 quarters' labels do not fit side by side.
        categories = QCategoryAxis()
        categories.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        categories.setRange(-0.5, max(len(groups), 1) - 0.5)
        years = sorted({g.key[:4] for g in groups})
        for year in years:
            last = max(i for i, g in enumerate(groups) if g.key.startswith(year))
            categories.append(year if len(groups) > 4 else " ".join(g.key for g in groups if g.key.startswith(year)),
                              last + 0.5)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setMin(0)
        values.setMax(max([g.people for g in groups] or [1]) * 1.1)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
