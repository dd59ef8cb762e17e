"""Graduation: who gets which certificate and why, who already holds one, then every certificate
issued at once, off the GUI thread, with a progress dialog whose Cancel leaves nothing issued; and
the originals of the course's certificates printed again, as first printed, into a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.actors import Actor
from ...services.certificates import graduation as certificates
from ...services.courses import lookup
from ..errors import sentence, translated
from ..labels import CERTIFICATE_STATUSES, label
from ..widgets.background_task import BackgroundTask, run_with_progress
from ..widgets.course_picker import CoursePicker

PARTICIPANT, CERTIFICATE, HOLDS, WHY = range(4)


class GraduationDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None, keys=None, language: str = "en"):
        super().__init__(parent)
        self.actor, self.keys = actor, keys
        self.course_id: int | None = None
        self.course_code = ""
        self._pending = 0
        self._closed = False
        self.setWindowTitle(self.tr("Graduation"))
        self.resize(900, 600)
        self.course = QLineEdit(self)
        self.course.setObjectName("courseEdit")
        self.course.setPlaceholderText(self.tr("Code or title of the course"))
        self.picker = CoursePicker(self.course, language)
        self.picker.reload()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.zip = QCheckBox(self.tr("Also put the single PDFs in one .zip"), self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Participant"), self.tr("Certificate"),
                                              self.tr("Already holds"), self.tr("Why")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel(self)
        self.message.setObjectName("graduationMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Course"), self.course)
        form.addRow(self.tr("&Passphrase of the signing key"), self.passphrase)
        form.addRow("", self.zip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.issue_button = buttons.addButton(self.tr("&Issue the certificates…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("Print the &originals again…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printAgainButton")
        self.print_button.setToolTip(self.tr("The course's valid certificates written again into a folder, the very "
                                             "files first printed (not duplicates)"))
        for button in buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field never issues nor closes: Issue is clicked
            button.setDefault(False)
        self.issue_button.setEnabled(False)
        self.print_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        self.issue_button.clicked.connect(lambda: self.issue())
        self.print_button.clicked.connect(lambda: self.print_again())
        self.picker.chosen.connect(lambda course: self.load(course.code))
        self.picker.refused.connect(self.message.setText)
        self.passphrase.textChanged.connect(lambda _: self._enable_issue())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def load(self, code: str) -> bool:
        try:
            course = lookup.find_course(code)
        except lookup.CourseNotFound as missing:
            self.message.setText(sentence(missing))
            self.picker.show(self.course_code or None)
            return False
        self.picker.show(course.code)
        self.course_id, self.course_code = course.id, course.code
        rows = certificates.eligibility(course.id)
        held = certificates.certificates_held(course.id)
        self.table.setRowCount(len(rows))
        kinds = {"completion": self.tr("completion"), "participation": self.tr("participation")}
        for row, item in enumerate(rows):
            kind = kinds[item.kind.value] if item.kind else self.tr("none")
            holds = held.get(item.enrolment_id)
            holds_text = f"{holds.serial} ({label(CERTIFICATE_STATUSES, holds.status)})" if holds else ""
            for column, value in enumerate((item.name, kind, holds_text, item.said.sentence(translated))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._closed = course.status == "closed"
        self._pending = sum(1 for r in rows if r.kind and r.enrolment_id not in held)
        self.print_button.setEnabled(any(h.status == "valid" for h in held.values()))
        self._say_who_is_left(len(held))
        self._enable_issue()
        return True

    def _say_who_is_left(self, holders: int) -> None:
        if not self._closed:
            text = self.tr("Close the course on the Attendance page before issuing its certificates.")
        elif self._pending:
            text = self.tr("%1 certificate(s) to issue.").replace("%1", str(self._pending))
        else:
            text = self.tr("Nobody is left to issue: everyone eligible already holds a certificate. A revoked "
                           "certificate is replaced by a correction in the certificate register, with its reason.")
        if holders and self._closed and self._pending:
            text += " " + self.tr("%1 participant(s) already hold one and are left out.").replace("%1", str(holders))
        self.message.setText(text)

    def _enable_issue(self) -> None:
        self.issue_button.setEnabled(self._closed and self._pending > 0 and bool(self.passphrase.text()))

    def issue(self, folder: str | None = None) -> BackgroundTask | None:
        if self.course_id is None or not self.issue_button.isEnabled():
            return None
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Where to put the PDFs"))
        if not folder:
            return None
        course_id, passphrase, keys = self.course_id, self.passphrase.text(), self.keys
        out, zipped = Path(folder), self.zip.isChecked()
        task = run_with_progress(  # the files are written before the certificates are recorded
            lambda progress: certificates.issue(self.actor, course_id, passphrase, keys=keys, out=out, zipped=zipped,
                                                progress=lambda done, total: progress(done, total, "")),
            self.tr("Graduation"), self.tr("Issuing the certificates…"), self)
        self._finish(task, Path(folder))
        return task

    def print_again(self) -> BackgroundTask | None:
        """The originals of the course's valid certificates, into a folder the registrar chooses."""
        if self.course_id is None or not self.print_button.isEnabled():
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the originals"))
        if not folder:
            return None
        from ...services.certificates import printing

        course_id, out, zipped = self.course_id, Path(folder), self.zip.isChecked()
        task = run_with_progress(
            lambda progress: printing.print_again(self.actor, course_id, out, zipped=zipped,
                                                  progress=lambda done, total: progress(done, total, "")),
            self.tr("Print the originals again"), self.tr("Printing the originals again…"), self)
        if task.problem:
            QMessageBox.warning(self, self.tr("Print the originals again"), task.problem)
        elif task.result is not None:
            text = (self.tr("%1 original(s) printed again, as first issued, in %2")
                    .replace("%1", str(len(task.result.serials))).replace("%2", str(folder))
                    if task.result.serials else self.tr("The course has no valid certificate to print."))
            QMessageBox.information(self, self.tr("Print the originals again"), text)
        return task

    def _finish(self, task: BackgroundTask, folder: Path) -> None:
        if task.problem:
            QMessageBox.warning(self, self.tr("Graduation"), task.problem)
            return
        if task.result is None:
            return  # cancelled: nothing was issued
        issued = task.result.issued
        QMessageBox.information(self, self.tr("Graduation"),
                                self.tr("%1 certificate(s) issued, in %2").replace("%1", str(len(issued)))
                                .replace("%2", str(folder)))
        self.load(self.course_code)

