"""The charts of the results pack, drawn with ReportLab's own graphics: horizontal bars, stacked bars
and a line. Labels in Arabic script are shaped and drawn in the Arabic font."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from . import fonts
from .report_pack_text import line_width
from .text import has_arabic, visual

COLOURS = (colors.HexColor("#1F5F8B"), colors.HexColor("#E07A1F"), colors.HexColor("#4C9A2A"))


@dataclass(frozen=True)
class Chart:
    kind: str  # "bars", "stacked" or "line"
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]  # (name, one value per category)


def _shown(label: str) -> tuple[str, str]:
    """The label as drawn, and its font."""
    return (visual(label), fonts.ARABIC) if has_arabic(label) else (label, fonts.LATIN)


def _label_size(labels: tuple[str, ...], room: float, largest: float = 8) -> float:
    size = largest
    while size > 5 and any(line_width(label, size) > room for label in labels):
        size -= 0.5
    return size


def drawing(chart: Chart, width: float, height: float) -> Drawing:
    if chart.kind == "line":
        return _line(chart, width, height)
    return _bars(chart, width, height)


def _bars(chart: Chart, width: float, height: float) -> Drawing:
    """Horizontal bars, one row per category (the longest labels fit on the left); stacked when asked."""
    d = Drawing(width, height)
    legend_room = 18 if len(chart.series) > 1 else 0
    label_room = min(width * 0.42, max(line_width(c, 8) for c in chart.categories) + 8) if chart.categories else 40
    size = _label_size(chart.categories, label_room - 8)
    bars = HorizontalBarChart()
    bars.x, bars.y = label_room, 18 + legend_room
    bars.width, bars.height = width - label_room - 30, height - 24 - legend_room
    bars.data = [list(values) for _, values in chart.series] or [[0]]
    bars.categoryAxis.categoryNames = [_shown(c)[0] for c in chart.categories] or [""]
    bars.categoryAxis.reverseDirection = 1  # the largest on top
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.fontSize = size
    for index, category in enumerate(chart.categories):
        bars.categoryAxis.labels[index].fontName = _shown(category)[1]
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontName = fonts.LATIN
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.forceZero = 1
    bars.barLabelFormat = "%d" if len(chart.series) == 1 else None
    bars.barLabels.fontName = fonts.LATIN
    bars.barLabels.fontSize = 6
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 2
    if len(chart.series) > 1:
        bars.categoryAxis.style = "stacked"
    for index in range(len(chart.series)):
        bars.bars[index].fillColor = COLOURS[index % len(COLOURS)]
        bars.bars[index].strokeColor = None
    d.add(bars)
    if len(chart.series) > 1:
        d.add(_legend(chart, label_room, 4))
    return d


def _legend(chart: Chart, x: float, y: float) -> Legend:
    legend = Legend()
    names = [_shown(name) for name, _ in chart.series]
    legend.colorNamePairs = [(COLOURS[i % len(COLOURS)], shown) for i, (shown, _) in enumerate(names)]
    legend.fontName = names[0][1]
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.x, legend.y = x, y + 6
    legend.dxTextSpace = 4
    return legend


def _line(chart: Chart, width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    line = HorizontalLineChart()
    line.x, line.y = 36, 40
    line.width, line.height = width - 50, height - 50
    line.data = [list(values) for _, values in chart.series] or [[0]]
    line.categoryAxis.categoryNames = list(chart.categories) or [""]
    line.categoryAxis.labels.fontName = fonts.LATIN
    line.categoryAxis.labels.fontSize = 6 if len(chart.categories) > 12 else 7
    line.categoryAxis.labels.angle = 90 if len(chart.categories) > 12 else 0
    line.categoryAxis.labels.boxAnchor = "e" if len(chart.categories) > 12 else "n"
    line.categoryAxis.labels.dy = -2
    line.valueAxis.valueMin = 0
    line.valueAxis.forceZero = 1
    line.valueAxis.labels.fontName = fonts.LATIN
    line.valueAxis.labels.fontSize = 7
    line.lines[0].strokeColor = COLOURS[0]
    line.lines[0].strokeWidth = 1.5
    line.joinedLines = 1
    d.add(line)
    if not chart.categories:
        d.add(String(width / 2, height / 2, "—", fontName=fonts.LATIN, fontSize=10, textAnchor="middle"))
    return d
