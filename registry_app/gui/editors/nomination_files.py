"""The course form's nomination files: the workbook to send to member states, and a member state's
file imported into the course, from the button or dropped onto the form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...domain.errors import Refusal
from ...services import nominations
from ...services.actors import Actor
from ..dialogs.nominations_import import NominationsImportDialog
from ..errors import sentence

READABLE = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def droppable(urls: list[QUrl]) -> Path | None:
    """The one local spreadsheet among what is dragged over the form, if there is one."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    found = [p for p in paths if p.suffix.lower() in READABLE]
    return found[0] if len(found) == 1 else None


class NominationFiles(QObject):
    imported = Signal()

    def __init__(self, actor: Actor, ui, form: QWidget):
        super().__init__(form)
        self.actor, self.ui, self.form = actor, ui, form
        self.course_code: str | None = None
        self.last_dialog: NominationsImportDialog | None = None
        ui.importNominationsButton.clicked.connect(lambda: self.choose_and_import())
        ui.workbookButton.clicked.connect(lambda: self.save_workbook())
        ui.exportNominationsButton.clicked.connect(lambda: self.export("nominations"))
        ui.exportAttendanceButton.clicked.connect(lambda: self.export("attendance"))

    def export(self, which: str, target: Path | None = None) -> Path | None:
        """The course's nominations and enrolment, or its attendance grid, to .xlsx or .csv."""
        from ...services.nominations import lists_out
        from ..list_export import save_list

        if self.course_code is None:
            return None
        code = self.course_code
        make = lists_out.nominations if which == "nominations" else lists_out.attendance
        return save_list(self.form, lambda: make(self.actor, code), f"{code.replace('/', '-')}-{which}.xlsx", target)

    def choose_and_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self.form, self.tr("Import nominations"), "",
                                                self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"))
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path, ask: bool = True) -> NominationsImportDialog | None:
        if self.course_code is None:
            QMessageBox.information(self.form, self.tr("Import nominations"),
                                    self.tr("Save the course first, then import its nominations."))
            return None
        dialog = NominationsImportDialog(self.actor, self.course_code, path, self.form, ask=ask)
        self.last_dialog = dialog
        if not dialog.load():
            return dialog
        if ask:
            dialog.exec()
        if dialog.result is not None:
            self.imported.emit()
        return dialog

    def save_workbook(self, target: Path | None = None) -> Path | None:
        if self.course_code is None:
            return None
        if target is None:
            name = self.course_code.replace("/", "-") + "-nominations.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(self.form, self.tr("Nomination workbook"), name,
                                                    self.tr("Workbooks (*.xlsx)"))
            if not chosen:
                return None
            target = Path(chosen)
        try:
            data = nominations.workbook(self.actor, self.course_code)
        except Refusal as refusal:
            QMessageBox.warning(self.form, self.tr("Nomination workbook"), sentence(refusal))
            return None
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        partial.replace(target)
        return target
