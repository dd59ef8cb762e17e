"""Mapping a sheet's columns by hand, when its headings name nothing the import knows: the clerk sees
the sheet's first rows, says which row holds the headings and what each column is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.nominations.headers import Layout, column_letter, field_of, layout_with
from ...services.nominations.reading import SourceSheet

SHOWN_ROWS = 12
FIELDS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "given_names": QT_TRANSLATE_NOOP("Fields", "Given names"),
    "full_name_ar": QT_TRANSLATE_NOOP("Fields", "Full name in Arabic script"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("Fields", "Nationality"),
    "organisation": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "organisation_kind": QT_TRANSLATE_NOOP("Fields", "Agency type"),
    "organisation_acronym": QT_TRANSLATE_NOOP("Fields", "Acronym of the organisation"),
    "rank": QT_TRANSLATE_NOOP("Fields", "Rank / position"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "id_document_type": QT_TRANSLATE_NOOP("Fields", "ID document type"),
    "id_document_number": QT_TRANSLATE_NOOP("Fields", "ID document number"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
}


def field_label(field: str) -> str:
    return QCoreApplication.translate("Fields", FIELDS.get(field, field))


class ColumnMappingDialog(QDialog):
    def __init__(self, sheets: list[SourceSheet], missing: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column holds what?"))
        self.resize(980, 560)
        self.sheets = sheets
        self.sheetCombo = QComboBox(self)
        for sheet in sheets:
            self.sheetCombo.addItem(sheet.sheet or sheet.file_name)
        self.headerSpin = QSpinBox(self)
        self.headerSpin.setRange(1, 40)
        intro = QLabel(self.tr("The headings of this file name no column the register knows, or miss some. Say on "
                               "which row the headings are and choose, under each column, what it holds. The "
                               "choice is remembered for the organisation that sent the file."), self)
        intro.setWordWrap(True)
        if missing:
            lacking = QLabel(self.tr("Not found: %1.").replace("%1", ", ".join(field_label(f) for f in missing)), self)
            lacking.setStyleSheet("color: #9B1C1C;")
        self.table = QTableWidget(self)
        self.table.setObjectName("mappingTable")
        form = QFormLayout()
        form.addRow(self.tr("Sheet:"), self.sheetCombo)
        form.addRow(self.tr("Headings on row:"), self.headerSpin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if missing:
            layout.addWidget(lacking)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.combos: list[QComboBox] = []
        self.sheetCombo.currentIndexChanged.connect(lambda _: self._show())
        self.headerSpin.valueChanged.connect(lambda _: self._guess())
        self.headerSpin.setValue(self._likely_header_row() + 1)
        self._show()

    @property
    def sheet(self) -> SourceSheet:
        return self.sheets[self.sheetCombo.currentIndex()]

    def _likely_header_row(self) -> int:
        """The first row with three or more cells filled: headings under a title."""
        for number, row in enumerate(self.sheet.rows[:40]):
            if sum(1 for cell in row if str(cell).strip()) >= 3:
                return number
        return 0

    def _show(self) -> None:
        rows = self.sheet.rows[:SHOWN_ROWS]
        width = max((len(r) for r in rows), default=0)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(rows) + 1)
        self.table.setHorizontalHeaderLabels([column_letter(i) for i in range(width)])
        self.table.setVerticalHeaderLabels([self.tr("Holds")] + [str(n + 1) for n in range(len(rows))])
        self.combos = []
        for column in range(width):
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(not read)"), None)
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for r, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                shown = value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else str(value)[:80]
                self.table.setItem(r, column, QTableWidgetItem(shown))
        self.table.resizeColumnsToContents()
        for column in range(width):
            self.table.setColumnWidth(column, max(150, min(self.table.columnWidth(column), 240)))
        self._guess()

    def _guess(self) -> None:
        """Each column's field as its heading names it, where it does."""
        headings = self.sheet.rows[self.headerSpin.value() - 1] if self.headerSpin.value() <= len(self.sheet.rows) else []
        for column, combo in enumerate(self.combos):
            found = field_of(headings[column]) if column < len(headings) else None
            combo.setCurrentIndex(max(0, combo.findData(found)) if found else 0)

    def set_field(self, column: int, field: str | None) -> None:
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(field)))

    def layout_chosen(self) -> Layout:
        mapping = {column: combo.currentData() for column, combo in enumerate(self.combos) if combo.currentData()}
        return layout_with(self.sheet, self.headerSpin.value() - 1, mapping)
