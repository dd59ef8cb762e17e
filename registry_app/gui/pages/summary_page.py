"""A page of a section whose full screens are still to come: what it will hold, and the register's
live figures for it meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class SummaryPage(QWidget):
    def __init__(self, title: str, coming: str, figures: Callable[[], list[tuple[str, int]]] | None,
                 figures_heading: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._figures = figures
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(heading)
        note = QLabel(coming)
        note.setWordWrap(True)
        note.setObjectName("comingLabel")
        layout.addWidget(note)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([figures_heading or self.tr("In the register"), self.tr("Count")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setVisible(figures is not None)
        layout.addWidget(self.table, 1)

    def showEvent(self, event) -> None:  # figures are read when the page is opened, not at start-up
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._figures is None:
            return
        rows = self._figures()
        self.table.setRowCount(len(rows))
        for row, (label, count) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            number = QTableWidgetItem(f"{count:,}")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, number)
        self.table.resizeColumnToContents(0)
        header = self.table.horizontalHeader()
        title = str(self.table.horizontalHeaderItem(0).text())
        header.resizeSection(0, max(header.sectionSize(0), header.fontMetrics().horizontalAdvance(title) + 30))
