"""Selecting a table's rows from code, in either reading direction."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_rows(view: QAbstractItemView, rows: Iterable[int]) -> None:
    """Select these rows, and only these; the first becomes the current row, scrolled to.

    Not QTableView.selectRow: in a right-to-left window (Arabic) it selects nothing, and under
    extended selection each call drops the rows selected before."""
    model, selection_model = view.model(), view.selectionModel()
    rows = sorted(set(rows))
    chosen = QItemSelection()
    last_column = model.columnCount(view.rootIndex()) - 1
    for row in rows:
        chosen.select(model.index(row, 0, view.rootIndex()), model.index(row, last_column, view.rootIndex()))
    if rows:
        selection_model.setCurrentIndex(model.index(rows[0], 0, view.rootIndex()),
                                        QItemSelectionModel.SelectionFlag.NoUpdate)
    selection_model.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
