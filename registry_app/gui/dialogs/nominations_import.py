"""Importing a nomination file into a course: the preview of every row, every problem located (file,
sheet, row, column, value, why), the clerk's fixes, matches and skipped rows; nothing is written until
Import, which writes everything in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import nominations
from ...services.actors import Actor
from ...services.nominations.checking import ImportRow, MappingNeeded, Preview
from ...services.nominations.headers import Layout
from ...services.register import organisations
from .. import labels
from ..errors import translated
from ..widgets.background_task import run_with_progress
from .column_mapping import ColumnMappingDialog, field_label

SHOWN_FIELDS = ("family_name", "given_names", "full_name_ar", "sex", "birth_date", "nationality", "organisation",
                "id_document_number")
_TINTS = {"error": "#F8D7DA", "skipped": "#E2E3E5", "already": "#FFF3CD", "existing": "#D1E7DD", "new": "#FFFFFF"}


class NominationsImportDialog(QDialog):
    def __init__(self, actor: Actor, course_code: str, path: Path | str, parent: QWidget | None = None,
                 ask: bool = True):
        super().__init__(parent)
        self.actor, self.course_code, self.path = actor, course_code, Path(path)
        self.ask = ask  # False under tests: no modal dialog of its own
        self.preview: Preview | None = None
        self.result: nominations.ImportResult | None = None
        self.setWindowTitle(self.tr("Import nominations into %1").replace("%1", course_code))
        self.resize(1180, 720)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.sender = QComboBox(self)
        self.sender.addItem(self.tr("(not said)"), None)
        for organisation_id, name, country in organisations.choices():
            self.sender.addItem(f"{name} — {country}", organisation_id)
        self.sender.currentIndexChanged.connect(lambda _: self.load())
        self.rows = self._table([self.tr("Row"), self.tr("Status")] + [field_label(f) for f in SHOWN_FIELDS]
                                + [self.tr("Match")], "rowsTable")
        self.rows.cellDoubleClicked.connect(self._cell_activated)
        self.problems = self._table([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
                                     self.tr("Problem")], "problemsTable")
        self.problems.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.problems.cellClicked.connect(self._problem_clicked)
        self._build_buttons()
        self._lay_out()

    def _table(self, headings: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headings), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headings)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        return table

    def _build_buttons(self) -> None:
        self.fix_button = QPushButton(self.tr("&Fix the value…"), self)
        self.match_button = QPushButton(self.tr("&Pick the match…"), self)
        self.skip_button = QPushButton(self.tr("&Skip the row / take it back"), self)
        self.map_button = QPushButton(self.tr("&Map the columns…"), self)
        self.fix_button.clicked.connect(lambda: self.fix_selected())
        self.match_button.clicked.connect(lambda: self.pick_match())
        self.skip_button.clicked.connect(lambda: self.toggle_skip())
        self.map_button.clicked.connect(lambda: self.map_columns())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sent by:"), self))
        top.addWidget(self.sender, 1)
        top.addWidget(self.map_button)
        actions = QHBoxLayout()
        for button in (self.fix_button, self.match_button, self.skip_button):
            actions.addWidget(button)
        actions.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.rows)
        split.addWidget(self.problems)
        split.setSizes([440, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)

    # --- reading and checking ----------------------------------------------------------------------

    def load(self, layout: Layout | None = None, sheet: str | None = None) -> bool:
        """Read and check the file (off the window's thread); ask for a mapping when the headings need one."""
        sender = self.sender.currentData()

        def work(progress):
            return nominations.prepare(self.actor, self.course_code, self.path, sheet_name=sheet, layout=layout,
                                       sender_id=sender, progress=progress)
        task = run_with_progress(work, self.tr("Import nominations"), self.tr("Reading %1…").replace(
            "%1", self.path.name), self)
        if task.result is None:
            if isinstance(task.refusal, MappingNeeded):
                return self.map_columns(task.refusal)
            if task.problem:
                self._refused(task.problem)
            return False
        self.preview = task.result
        self.show_preview()
        return True

    def _refused(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #9B1C1C;")
        self.import_button.setEnabled(False)
        if self.ask:
            QMessageBox.warning(self, self.tr("Import nominations"), text)

    def map_columns(self, needed: MappingNeeded | None = None) -> bool:
        sheets = needed.sheets if needed is not None else [self.preview.sheet] if self.preview else []
        if not sheets:
            return False
        dialog = ColumnMappingDialog(sheets, needed.missing if needed is not None else [], self)
        self.mapping_dialog = dialog
        if not self.ask:  # the tests answer it, then call load with its layout
            return False
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.load(dialog.layout_chosen(), dialog.sheet.sheet or None)

    # --- the preview --------------------------------------------------------------------------------

    def show_preview(self) -> None:
        preview = self.preview
        assert preview is not None
        counts = preview.counts()
        blocking = len(preview.blocking())
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("%1 (sheet %2): %3 rows — %4 new participants, %5 in the register, %6 already "
                                     "on the course, %7 with problems, %8 skipped.")
                             .replace("%1", preview.file_name).replace("%2", preview.sheet.sheet or "—")
                             .replace("%3", str(len(preview.rows))).replace("%4", str(counts["new"]))
                             .replace("%5", str(counts["existing"])).replace("%6", str(counts["already"]))
                             .replace("%7", str(counts["error"])).replace("%8", str(counts["skipped"])))
        self.rows.setRowCount(len(preview.rows))
        for row in preview.rows:
            self._show_row(row)
        self._show_problems()
        for table in (self.rows, self.problems):
            table.resizeColumnsToContents()
            for column in range(table.columnCount() - 1):
                table.setColumnWidth(column, min(table.columnWidth(column), 240))
        ready = counts["new"] + counts["existing"]
        self.import_button.setEnabled(blocking == 0 and ready > 0)
        self.import_button.setText(self.tr("&Import %1 rows").replace("%1", str(ready)))

    def _show_row(self, row: ImportRow) -> None:
        status = {"error": self.tr("problem"), "skipped": self.tr("skipped"), "already": self.tr("already on the course"),
                  "existing": self.tr("in the register"), "new": self.tr("new")}[row.status]
        values = [str(row.row), status] + [self._value(row, f) for f in SHOWN_FIELDS] + [self._match(row)]
        tint = QBrush(QColor(_TINTS[row.status]))
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setBackground(tint)
            self.rows.setItem(row.index, column, item)

    def _value(self, row: ImportRow, field: str) -> str:
        text = self._cell(row, field)
        # A sex read (or fixed) as its code is said in the interface's words; a cell not understood stays as written.
        return labels.label(labels.SEX_IN_LISTS, text) if field == "sex" else text

    def _cell(self, row: ImportRow, field: str) -> str:
        if field in row.edits:
            return row.edits[field]
        if row.values and field in row.values and field != "organisation":
            value = row.values[field]
            return value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else str(value or "")
        assert self.preview is not None
        index = self.preview.layout.column_of(field)
        if index is None or index >= len(row.cells):
            return ""
        value = row.cells[index]
        if hasattr(value, "strftime"):
            return value.strftime("%d/%m/%Y")
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)[:80]

    def _match(self, row: ImportRow) -> str:
        picked = next((c for c in row.candidates if c.participant_id == row.match), None)
        if picked is not None:
            return f"{picked.reference} {picked.name}"
        return self.tr("%1 candidates").replace("%1", str(len(row.candidates))) if row.candidates else ""

    def _show_problems(self) -> None:
        assert self.preview is not None
        shown = self.preview.problems()
        self.problems.setRowCount(len(shown))
        self.problem_rows = []
        for number, problem in enumerate(shown):
            texts = [problem.sheet, str(problem.row or ""), problem.column, problem.value, problem.sentence(translated)]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if not problem.blocking:
                    item.setForeground(QBrush(QColor("#555555")))
                self.problems.setItem(number, column, item)
            self.problem_rows.append(problem.row)

    def _problem_clicked(self, number: int, _column: int) -> None:
        assert self.preview is not None
        sheet_row = self.problem_rows[number]
        for row in self.preview.rows:
            if row.row == sheet_row:
                self.rows.selectRow(row.index)
                self.rows.scrollToItem(self.rows.item(row.index, 0))

    # --- the clerk's decisions -----------------------------------------------------------------------

    def selected(self) -> ImportRow | None:
        indexes = self.rows.selectionModel().selectedRows() if self.rows.selectionModel() else []
        if not indexes or self.preview is None:
            return None
        return self.preview.rows[indexes[0].row()]

    def _cell_activated(self, row_index: int, column: int) -> None:
        if 2 <= column < 2 + len(SHOWN_FIELDS):
            self.fix_selected(SHOWN_FIELDS[column - 2])
        elif column == 2 + len(SHOWN_FIELDS):
            self.pick_match()

    def fix_selected(self, field: str | None = None, text: str | None = None) -> None:
        row = self.selected()
        if row is None or self.preview is None:
            return
        if field is None:
            field = self._field_at_fault(row)
        if text is None:
            text, ok = QInputDialog.getText(self, self.tr("Fix the value"), field_label(field) + ":",
                                            text=self._value(row, field))
            if not ok:
                return
        self.preview.fix(row.index, field, text)
        self.show_preview()
        self.rows.selectRow(row.index)

    def _field_at_fault(self, row: ImportRow) -> str:
        assert self.preview is not None
        for problem in row.problems:
            for index, field in self.preview.layout.mapping.items():
                if problem.column == self.preview.layout.column_name(index):
                    return field
        return "family_name"

    def pick_match(self, participant_id: int | None | str = "ask") -> None:
        row = self.selected()
        if row is None or self.preview is None or not row.candidates:
            return
        if participant_id == "ask":
            choices = [self.tr("A new participant")] + [f"{c.reference} — {c.name} ({c.birth_date or ''}, "
                                                        f"{c.nationality})" for c in row.candidates]
            text, ok = QInputDialog.getItem(self, self.tr("Who is this?"), self.tr("This row is:"), choices, 0, False)
            if not ok:
                return
            position = choices.index(text)
            participant_id = None if position == 0 else row.candidates[position - 1].participant_id
        self.preview.choose(row.index, participant_id if isinstance(participant_id, int) else None)
        self.show_preview()
        self.rows.selectRow(row.index)

    def toggle_skip(self) -> None:
        row = self.selected()
        if row is None or self.preview is None:
            return
        self.preview.skip(row.index, not row.skipped)
        self.show_preview()
        self.rows.selectRow(row.index)

    # --- writing -------------------------------------------------------------------------------------

    def commit(self) -> None:
        preview = self.preview
        if preview is None:
            return
        task = run_with_progress(lambda progress: nominations.commit(self.actor, preview, progress),
                                 self.tr("Import nominations"), self.tr("Writing the nominations…"), self)
        if task.result is None:
            if task.problem:
                self._refused(task.problem)
            return
        self.result = task.result
        self.accept()
