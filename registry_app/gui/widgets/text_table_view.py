"""A table view for long lists of one-line plain text, painted fast enough to follow a clerk's typing.

Every keystroke in a search box repaints every visible cell. Painted the usual way, each of some 250
cells costs seven calls from C++ into the Python model and a text layout shaped twice through the
style: 12-20 ms on a 2-core machine, most of a keystroke's budget. This view asks its model once per
repaint for the visible rows' texts and draws each text from a QStaticText it keeps, shaped once:
3-4 ms, most of it shaping the texts not seen before.

The model offers ``row_texts(first, last)``: for each row from first to last, its cells' texts; and
``text_alignment(column)``: a Qt.AlignmentFlag, or None for the reading direction's start; and, if
it likes, ``is_alike(row)``: whether the row is only a near match (tinted, and a line drawn above the
first of them). A model without row_texts is painted by QTableView. Everything but painting (selection, keyboard, sorting,
tooltips, accessibility) is QTableView's own.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionFocusRect, QStyleOptionViewItem, QTableView

# Texts kept shaped: a few searches' worth; past that the cache starts again.
_MAX_SHAPED = 6000

_RIGHT = int(Qt.AlignmentFlag.AlignRight)
_ALIKE_TINT = QColor(255, 244, 214)  # near matches: a pale amber, readable with the palette's text colour
_ABSOLUTE = int(Qt.AlignmentFlag.AlignAbsolute)


def _on_the_right(alignment, right_to_left: bool) -> bool:
    """Whether text with this alignment sits against the cell's right edge."""
    if alignment is None:
        return right_to_left
    flags = int(alignment)
    right = bool(flags & _RIGHT)
    return right if flags & _ABSOLUTE else right != right_to_left


class _Look(NamedTuple):
    """What the rows of one repaint share."""

    palette: QPalette
    group: QPalette.ColorGroup
    left: int  # where the cells start and how wide they are: rows are painted as far as their cells
    width: int
    margin: int  # between a cell's edge and its text, as the style has it
    grid: int
    line_height: int
    alternate: bool


class TextTableView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._shaped: dict[str, tuple[QStaticText, float]] = {}
        self._elided: dict[tuple[str, int], tuple[QStaticText, float]] = {}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_shapes()
        super().changeEvent(event)

    def _forget_shapes(self) -> None:
        self._shaped.clear()
        self._elided.clear()

    def paintEvent(self, event) -> None:
        model = self.model()
        if (getattr(model, "row_texts", None) is None or model.rowCount() == 0
                or self.selectionBehavior() != QAbstractItemView.SelectionBehavior.SelectRows):
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.setFont(self.font())  # the font the texts were shaped in
        try:
            self._paint_rows(painter, event.rect(), model)
        finally:
            painter.end()

    # -- what is painted -----------------------------------------------------------------------------
    def _visible_columns(self, area: QRect, model) -> list[tuple[int, int, int, bool]]:
        """(column, x, width, text on the right) of each column the area crosses."""
        header = self.horizontalHeader()
        right_to_left = self.isRightToLeft()
        columns = []
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            x, width = header.sectionViewportPosition(column), header.sectionSize(column)
            if x + width > area.left() and x <= area.right():
                columns.append((column, x, width, _on_the_right(model.text_alignment(column), right_to_left)))
        return columns

    def _paint_rows(self, painter: QPainter, area: QRect, model) -> None:
        columns = self._visible_columns(area, model)
        if not columns:
            return
        first = max(self.rowAt(area.top()), 0)
        last = self.rowAt(area.bottom())
        last = model.rowCount() - 1 if last < 0 else last
        look = self._look(columns)
        selection, root = self.selectionModel(), self.rootIndex()
        is_alike = getattr(model, "is_alike", None)
        for row, texts in enumerate(model.row_texts(first, last), start=first):
            selected = selection is not None and selection.isRowSelected(row, root)
            alike = is_alike is not None and is_alike(row)
            if alike and not selected:
                painter.fillRect(look.left, self.rowViewportPosition(row), look.width, self.rowHeight(row), _ALIKE_TINT)
            self._draw_row(painter, row, texts, columns, look, selected, tinted=alike)
            if alike and (row == 0 or not is_alike(row - 1)):
                self._draw_separator(painter, row, look)
        if look.grid:
            self._draw_grid(painter, area, columns, look, first, last)
        self._draw_focus(painter, first, last)

    def _draw_separator(self, painter: QPainter, row: int, look: _Look) -> None:
        """Above the first near match: where the exact matches end."""
        painter.save()
        painter.setPen(QPen(look.palette.color(look.group, QPalette.ColorRole.Highlight), 2))
        y = self.rowViewportPosition(row)
        painter.drawLine(look.left, y + 1, look.left + look.width - 1, y + 1)
        painter.restore()

    def _look(self, columns) -> _Look:
        left = min(x for _column, x, _width, _right in columns)
        return _Look(self.palette(), self._colour_group(), left,
                     max(x + width for _column, x, width, _right in columns) - left,
                     self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1,
                     1 if self.showGrid() else 0, QFontMetrics(self.font()).height(), self.alternatingRowColors())

    def _draw_row(self, painter: QPainter, row: int, texts, columns, look: _Look, selected: bool,
                  tinted: bool = False) -> None:
        y, height = self.rowViewportPosition(row), self.rowHeight(row)
        background = (QPalette.ColorRole.Highlight if selected
                      else QPalette.ColorRole.AlternateBase if look.alternate and row % 2 and not tinted else None)
        if background is not None:  # the base colour is the viewport's own
            painter.fillRect(look.left, y, look.width, height, look.palette.brush(look.group, background))
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(look.palette.color(look.group, role))
        top = y + (height - look.grid - look.line_height) // 2
        for column, x, width, on_the_right in columns:
            self._draw_text(painter, texts[column], x + look.margin, width - look.grid - 2 * look.margin, top,
                            on_the_right)

    def _draw_text(self, painter: QPainter, text: str, left: int, room: int, top: int, on_the_right: bool) -> None:
        if not text or room <= 0:
            return
        static, text_width = self._shape(text, room)
        painter.drawStaticText(left + room - text_width if on_the_right else left, top, static)

    def _shape(self, text: str, room: int) -> tuple[QStaticText, float]:
        shaped = self._shaped.get(text)
        if shaped is None:
            if len(self._shaped) > _MAX_SHAPED:
                self._forget_shapes()
            shaped = self._shaped[text] = self._static(text)
        if shaped[1] <= room:
            return shaped
        elided = self._elided.get((text, room))
        if elided is None:
            shown = QFontMetrics(self.font()).elidedText(text, self.textElideMode(), room)
            elided = self._elided[(text, room)] = self._static(shown)
        return elided

    def _static(self, text: str) -> tuple[QStaticText, float]:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), self.font())
        return static, static.size().width()

    def _draw_grid(self, painter: QPainter, area: QRect, columns, look: _Look, first: int, last: int) -> None:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        colour = QColor.fromRgba(self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
                                 & 0xFFFFFFFF)
        painter.setPen(QPen(colour, 0, self.gridStyle()))
        bottom = self.rowViewportPosition(last) + self.rowHeight(last) - 1
        for _column, x, column_width, _right in columns:
            edge = x if self.isRightToLeft() else x + column_width - 1
            painter.drawLine(edge, area.top(), edge, bottom)
        left, right = max(area.left(), look.left), min(area.right(), look.left + look.width - 1)
        for row in range(first, last + 1):
            y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
            painter.drawLine(left, y, right, y)

    def _draw_focus(self, painter: QPainter, first: int, last: int) -> None:
        current = self.currentIndex()
        if not self.hasFocus() or not current.isValid() or not first <= current.row() <= last:
            return
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        grid = 1 if self.showGrid() else 0
        option.rect = self.visualRect(current).adjusted(0, 0, -grid, -grid)
        option.state |= QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_HasFocus
        selection = self.selectionModel()
        selected = selection is not None and selection.isRowSelected(current.row(), self.rootIndex())
        option.backgroundColor = self.palette().color(
            self._colour_group(), QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)

    def _colour_group(self) -> QPalette.ColorGroup:
        if not self.isEnabled():
            return QPalette.ColorGroup.Disabled
        return QPalette.ColorGroup.Active if self.isActiveWindow() else QPalette.ColorGroup.Inactive
