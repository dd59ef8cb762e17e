"""TextTableView paints what QTableView would: the same texts in the same places, the same colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QAbstractItemView, QTableView

from registry_app.gui.widgets.text_table_view import TextTableView

ROWS = [
    ("P-000001", "Touré", "سيكو توري", "Police nationale"),
    ("P-000002", "El Amrani", "محمد العمراني", "Direction générale de l'administration pénitentiaire et de la réinsertion"),
    ("P-000003", "Ouédraogo", "", ""),
    ("P-000004", "Mahamadou Issoufou Abdourahamane", "محمود عبد الرحمن", "Ministry of the Interior"),
]
ARABIC = 2
WIDTHS = (90, 120, 140, 160)


class Register(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(WIDTHS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return ROWS[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ARABIC:
            return int(self.text_alignment(ARABIC))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return f"Column {section}" if role == Qt.ItemDataRole.DisplayRole else None

    def row_texts(self, first, last):
        return ROWS[first:last + 1]

    def text_alignment(self, column):
        if column == ARABIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        return None


def _shown(qtbot, view: QTableView, model, direction: Qt.LayoutDirection) -> QTableView:
    view.setLayoutDirection(direction)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    for column, width in enumerate(WIDTHS):
        view.horizontalHeader().resizeSection(column, width)
    view.resize(560, 160)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    # not selectRow(): in a right-to-left table QTableView looks for the first column one pixel off the edge
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(model.index(1, 0), flags)
    return view


def _ink(image: QImage, rect: QRect) -> tuple[QColor, QRect | None]:
    """The cell's background, and the box around what is drawn on it."""
    background = image.pixelColor(rect.left() + 1, rect.top() + 1)
    left = top = 10**6
    right = bottom = -1
    for y in range(rect.top() + 1, rect.bottom() - 1):
        for x in range(rect.left() + 1, rect.right() - 1):
            colour = image.pixelColor(x, y)
            if abs(colour.lightness() - background.lightness()) > 60:
                left, right, top, bottom = min(left, x), max(right, x), min(top, y), max(bottom, y)
    return background, (QRect(left, top, right - left + 1, bottom - top + 1) if right >= 0 else None)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_each_cell_is_painted_where_and_as_qtableview_paints_it(qtbot, direction):
    model = Register()
    fast = _shown(qtbot, TextTableView(), model, direction)
    plain = _shown(qtbot, QTableView(), model, direction)
    assert fast.selectionModel().isRowSelected(1) and plain.selectionModel().isRowSelected(1)
    fast_image, plain_image = fast.viewport().grab().toImage(), plain.viewport().grab().toImage()
    for row in range(len(ROWS)):
        for column in range(len(WIDTHS)):
            rect = plain.visualRect(model.index(row, column))
            assert fast.visualRect(model.index(row, column)) == rect
            fast_background, fast_ink = _ink(fast_image, rect)
            plain_background, plain_ink = _ink(plain_image, rect)
            where = f"row {row}, column {column}"
            assert fast_background == plain_background, where
            around = rect.adjusted(-1, -1, 1, 1)  # the grid lines about the cell
            for x, y in ((around.left(), rect.center().y()), (around.right(), rect.center().y()),
                         (rect.center().x(), around.bottom())):
                if fast_image.rect().contains(x, y):
                    assert fast_image.pixelColor(x, y) == plain_image.pixelColor(x, y), (where, x, y)
            assert (fast_ink is None) == (plain_ink is None) == (ROWS[row][column] == ""), where
            if fast_ink is not None:
                # the same text, elided alike: within a few pixels on every side
                assert abs(fast_ink.left() - plain_ink.left()) <= 3, where
                assert abs(fast_ink.right() - plain_ink.right()) <= 3, where
                assert abs(fast_ink.center().y() - plain_ink.center().y()) <= 2, where


def test_a_larger_font_is_shaped_anew(qtbot):
    view = _shown(qtbot, TextTableView(), Register(), Qt.LayoutDirection.LeftToRight)
    cell = view.visualRect(view.model().index(0, 0))
    _, before = _ink(view.viewport().grab().toImage(), cell)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    _, after = _ink(view.viewport().grab().toImage(), cell)
    assert after.height() > before.height() and after.width() > before.width()


def test_a_model_without_row_texts_is_painted_by_qtableview(qtbot):
    class Plain(Register):
        row_texts = None

    view = _shown(qtbot, TextTableView(), Plain(), Qt.LayoutDirection.LeftToRight)
    _, ink = _ink(view.viewport().grab().toImage(), view.visualRect(view.model().index(0, 1)))
    assert ink is not None
