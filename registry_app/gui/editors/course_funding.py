"""The course's funding tab: one row per donor with the grant the course is charged to, saved with the
course (its Save button, its transaction). Donors already named elsewhere are offered as one types."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidgetItem,
    QWidget,
)

from ...domain.errors import Refusal
from ...services.courses import funding as course_funding
from ...services.courses.funding import FundingSource
from ..errors import sentence

DONOR, GRANT = 0, 1
LENGTHS = {DONOR: 200, GRANT: 100}  # the columns' lengths in the register


class _FundingDelegate(QStyledItemDelegate):
    """A line edit as long as the column allows, offering the known donors in the donor column."""

    def __init__(self, donors: list[str], parent: QObject):
        super().__init__(parent)
        self.donors = donors

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(LENGTHS[index.column()])
        if index.column() == DONOR and self.donors:
            completer = QCompleter(self.donors, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        # what is typed counts at once (checked, and saved by Save) without first leaving the cell
        editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor


class FundingPanel(QObject):
    changed = Signal()

    def __init__(self, ui, parent: QWidget):
        super().__init__(parent)
        self.ui = ui
        table = ui.fundingTable
        table.setColumnCount(2)
        self.speak()
        table.horizontalHeader().setSectionResizeMode(DONOR, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(GRANT, QHeaderView.ResizeMode.Stretch)
        self.delegate = _FundingDelegate(course_funding.known_donors(), self)
        table.setItemDelegate(self.delegate)
        table.itemChanged.connect(self._edited)
        ui.addFundingButton.clicked.connect(self.add_row)
        ui.removeFundingButton.clicked.connect(self.remove_row)
        self.show_error("")

    def speak(self) -> None:
        """The table's headers in the language now installed."""
        self.ui.fundingTable.setHorizontalHeaderLabels([self.tr("Donor"), self.tr("Grant reference")])

    def show(self, sources: list[FundingSource]) -> None:
        table = self.ui.fundingTable
        self._close_editor()
        table.blockSignals(True)
        table.setRowCount(0)
        for source in sources:
            self._append(source.donor, source.grant_reference)
        table.blockSignals(False)
        self.show_error("")

    def _append(self, donor: str, grant: str) -> int:
        table = self.ui.fundingTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, DONOR, QTableWidgetItem(donor))
        table.setItem(row, GRANT, QTableWidgetItem(grant))
        return row

    def add_row(self, donor: str = "", grant: str = "") -> None:
        """A new row, its donor cell open for typing (the Add button; the tests give the values)."""
        table = self.ui.fundingTable
        table.blockSignals(True)
        row = self._append(donor, grant)
        table.blockSignals(False)
        table.setCurrentCell(row, DONOR)
        if not donor:
            table.editItem(table.item(row, DONOR))
        self._edited()

    def remove_row(self) -> None:
        table = self.ui.fundingTable
        row = table.currentRow()
        if row >= 0:
            self._close_editor()
            table.removeRow(row)
            self._edited()

    def _close_editor(self) -> None:
        """Close a cell being typed in (its text already counts) before its row goes."""
        table = self.ui.fundingTable
        editor = table.indexWidget(table.currentIndex())
        if editor is not None:
            table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def sources(self) -> list[FundingSource]:
        """Every row as typed; the service leaves out the empty ones."""
        table = self.ui.fundingTable
        return [FundingSource(self._text(row, DONOR), self._text(row, GRANT)) for row in range(table.rowCount())]

    def value(self) -> tuple[tuple[str, str], ...]:
        """What counts as a change: the rows that say something, trimmed."""
        return tuple((s.donor.strip(), s.grant_reference.strip()) for s in self.sources()
                     if s.donor.strip() or s.grant_reference.strip())

    def _text(self, row: int, column: int) -> str:
        item = self.ui.fundingTable.item(row, column)
        return item.text() if item is not None else ""

    def _edited(self, _item: QTableWidgetItem | None = None) -> None:
        self.check()
        self.changed.emit()

    def check(self) -> str:
        """Say what is wrong with the rows as they are typed (the service says it again on saving)."""
        try:
            course_funding.cleaned(self.sources())
        except Refusal as refusal:
            self.show_error(sentence(refusal))
            return str(refusal)
        self.show_error("")
        return ""

    def show_error(self, text: str) -> None:
        self.ui.fundingError.setText(text)
        self.ui.fundingError.setVisible(bool(text))

    def error(self) -> str:
        return self.ui.fundingError.text()
