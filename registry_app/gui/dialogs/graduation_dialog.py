"""Graduation: who gets which certificate and why, then every certificate issued at once, off the
GUI thread, with a progress dialog whose Cancel leaves nothing issued."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLineEdit, QMessageBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...services.certificates import graduation as certificates
from ...services.courses import lookup as courses
from ...services.actors import Actor
from ..widgets.background_task import BackgroundTask, run_with_progress


class GraduationDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None, keys=None):
        super().__init__(parent)
        self.actor, self.keys = actor, keys
        self.course_id: int | None = None
        self.setWindowTitle(self.tr("Graduation"))
        self.resize(900, 600)
        self.course = QLineEdit(self)
        self.course.setPlaceholderText(self.tr("Course code, e.g. INV-101/2026-03"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.zip = QCheckBox(self.tr("Also put the single PDFs in one .zip"), self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Participant"), self.tr("Certificate"), self.tr("Why")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("&Course"), self.course)
        form.addRow(self.tr("&Passphrase of the signing key"), self.passphrase)
        form.addRow("", self.zip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.issue_button = buttons.addButton(self.tr("&Issue the certificates…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        self.issue_button.clicked.connect(self.issue)
        self.course.returnPressed.connect(lambda: self.load(self.course.text()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def load(self, code: str) -> bool:
        try:
            course = courses.find_course(code)
        except courses.CourseNotFound as missing:
            QMessageBox.warning(self, self.tr("Graduation"), str(missing))
            return False
        self.course_id = course.id
        self.course.setText(course.code)
        rows = certificates.eligibility(course.id)
        self.table.setRowCount(len(rows))
        labels = {"completion": self.tr("completion"), "participation": self.tr("participation")}
        for row, item in enumerate(rows):
            kind = labels[item.kind.value] if item.kind else self.tr("none")
            for column, value in enumerate((item.name, kind, item.reason)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.issue_button.setEnabled(course.status == "closed" and any(r.kind for r in rows))
        return True

    def issue(self, folder: str | None = None) -> BackgroundTask | None:
        if self.course_id is None:
            return None
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Where to put the PDFs"))
        if not folder:
            return None
        course_id, passphrase, keys = self.course_id, self.passphrase.text(), self.keys
        task = run_with_progress(
            lambda progress: certificates.issue(self.actor, course_id, passphrase, keys=keys,
                                                progress=lambda done, total: progress(done, total, "")),
            self.tr("Graduation"), self.tr("Issuing the certificates…"), self)
        self._finish(task, Path(folder))
        return task

    def _finish(self, task: BackgroundTask, folder: Path) -> None:
        if task.problem:
            QMessageBox.warning(self, self.tr("Graduation"), task.problem)
            return
        if task.result is None:
            return  # cancelled: nothing was issued
        issued = task.result.issued
        task.result.write(folder, self.course.text(), zipped=self.zip.isChecked())
        QMessageBox.information(self, self.tr("Graduation"),
                                self.tr("%1 certificate(s) issued, in %2").replace("%1", str(len(issued)))
                                .replace("%2", str(folder)))
        self.load(self.course.text())
