"""Probable duplicates: before a new participant is saved, and when merging two records of one person."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.names import listed_name
from ...services.register import participants
from ...services.register.reference import country_name
from ..selection import select_rows

_REASONS = {
    "same-document": QT_TRANSLATE_NOOP("DuplicatesDialog", "same ID document number"),
    "same-name-birth-nationality": QT_TRANSLATE_NOOP(
        "DuplicatesDialog", "name that sounds the same, same date of birth and nationality"),
}


def _people_table(parent: QWidget, rows: list[tuple[participants.Participant, str]], language: str) -> QTableWidget:
    table = QTableWidget(len(rows), 6, parent)
    table.setObjectName("candidates")
    table.setHorizontalHeaderLabels([
        QCoreApplication.translate("DuplicatesDialog", "Reference"),
        QCoreApplication.translate("DuplicatesDialog", "Name"),
        QCoreApplication.translate("DuplicatesDialog", "Name in another script"),
        QCoreApplication.translate("DuplicatesDialog", "Date of birth"),
        QCoreApplication.translate("DuplicatesDialog", "Nationality"),
        QCoreApplication.translate("DuplicatesDialog", "Why")])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # "Why", read whole
    table.setWordWrap(True)
    for row, (person, reason) in enumerate(rows):
        cells = [person.reference, listed_name(person.given_names, person.family_name), person.full_name_ar,
                 person.birth_date.isoformat() if person.birth_date else "",
                 country_name(person.nationality_id, language),
                 QCoreApplication.translate("DuplicatesDialog", _REASONS.get(reason, reason)) if reason else ""]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            table.setItem(row, column, item)
    table.resizeRowsToContents()
    if rows:
        select_rows(table, [0])
    return table


def _selected_id(table: QTableWidget) -> int | None:
    items = table.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


class DuplicatesDialog(QDialog):
    """The person may already be in the register: open that record, or save a new one anyway."""

    CANCEL, OPEN, SAVE_ANYWAY = range(3)

    def __init__(self, found, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Already in the register?"))
        self.choice, self.chosen_id = self.CANCEL, None
        text = QLabel(self.tr("This person may already be in the register. Open the existing record "
                              "rather than create a second one, unless it is someone else."), self)
        text.setWordWrap(True)
        self.table = _people_table(self, [(d.participant, d.reason) for d in found], language)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open the existing record"))
        self.save_button = QPushButton(self.tr("Save a new person anyway"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(lambda: self._choose(self.OPEN))
        self.save_button.clicked.connect(lambda: self._choose(self.SAVE_ANYWAY))
        cancel.clicked.connect(lambda: self._choose(self.CANCEL))
        self.table.doubleClicked.connect(lambda _: self._choose(self.OPEN))
        self.open_button.setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (text, self.table, buttons):
            layout.addWidget(widget)
        self.resize(760, 300)

    def _choose(self, choice: int) -> None:
        self.choice, self.chosen_id = choice, _selected_id(self.table)
        self.accept() if choice != self.CANCEL else self.reject()

    def exec_choice(self) -> tuple[int, int | None]:
        self.exec()
        return self.choice, self.chosen_id


class MergeDialog(QDialog):
    """Choose the other record of this person; it is merged into the open one."""

    def __init__(self, keep: participants.Participant, found, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a duplicate"))
        self.language = language
        self.chosen_id: int | None = None
        self.keep = keep
        text = QLabel(self.tr("Choose the other record of %1. Its courses, attendance and certificates move "
                              "to this record; it is then archived. The merge is written in the audit "
                              "trail.").replace("%1", listed_name(keep.given_names, keep.family_name)), self)
        text.setWordWrap(True)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("referenceEdit")
        self.reference_edit.setPlaceholderText(self.tr("Or type the other record's reference, e.g. P-000123"))
        self.reference_edit.textChanged.connect(self._look_up)
        self.table = _people_table(self, [(d.participant, d.reason) for d in found], language)
        self.merge_button = QPushButton(self.tr("Merge into this record"))
        self.merge_button.clicked.connect(self._merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.table, self.reference_edit, buttons):
            layout.addWidget(widget)
        self.resize(760, 320)

    def _look_up(self, text: str) -> None:
        person = participants.find_by_reference(text)
        if person is None or person.id == self.keep.id:
            return
        self.table.setParent(None)
        self.table = _people_table(self, [(person, "")], self.language)
        self.layout().insertWidget(1, self.table)

    def _merge(self) -> None:
        self.chosen_id = _selected_id(self.table)
        if self.chosen_id is not None:
            self.accept()

    def exec_choice(self) -> int | None:
        return self.chosen_id if self.exec() == QDialog.DialogCode.Accepted else None
