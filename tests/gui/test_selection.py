"""Rows selected from code stay selected, in a left-to-right or a right-to-left (Arabic) window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from registry_app.gui.selection import select_rows


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_rows_asked_for_are_selected_and_the_first_is_current(qtbot, direction):
    model = QStandardItemModel(6, 3)
    for row in range(6):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    view = QTableView()
    view.setLayoutDirection(direction)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    qtbot.addWidget(view)
    view.show()
    select_rows(view, [4, 1])
    assert sorted(index.row() for index in view.selectionModel().selectedRows()) == [1, 4]
    assert view.currentIndex().row() == 1
    select_rows(view, [2])
    assert [index.row() for index in view.selectionModel().selectedRows()] == [2]
