"""The Attendance page: a course's grid entered from the keyboard, closing, and its printed documents."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from ...domain.enums import AttendanceStatus
from ...services.actors import Actor
from ...services.courses import closing
from ...services.courses import lookup as courses
from ..dialogs.closing_dialog import ClosingDialog
from ..errors import sentence
from ..forms.ui_attendance_page import Ui_AttendancePage
from ..labels import COURSE_STATUSES, label
from ..models.attendance_model import AttendanceModel
from ..widgets.course_picker import CoursePicker

KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_L: AttendanceStatus.LATE,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    # The same by number, whatever the keyboard's layout (Arabic, AZERTY...).
    Qt.Key.Key_1: AttendanceStatus.PRESENT,
    Qt.Key.Key_2: AttendanceStatus.LATE,
    Qt.Key.Key_3: AttendanceStatus.EXCUSED,
    Qt.Key.Key_4: AttendanceStatus.ABSENT,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}


class AttendancePage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None, today: date | None = None,
                 language: str = "en"):
        super().__init__(parent)
        self.ui = Ui_AttendancePage()
        self.ui.setupUi(self)
        self.actor = actor
        self.today = today
        self.language = language
        self.course_id: int | None = None
        self.course_code = ""
        self.model = AttendanceModel(actor, self, today)
        self.ui.grid.setModel(self.model)
        self.ui.grid.installEventFilter(self)
        self.picker = CoursePicker(self.ui.courseEdit, language)
        self._connect()
        self._sheet_menu()
        self._enable(False)

    def showEvent(self, event) -> None:  # the courses are read again each time the page is opened
        super().showEvent(event)
        self.picker.reload()
        if self.course_id is None:
            latest = courses.latest_with_attendance(self.today)
            if latest:
                self.open_course(latest)

    def _connect(self) -> None:
        ui = self.ui
        self.picker.chosen.connect(lambda course: self.open_course(course.code))
        self.picker.refused.connect(self._refused)
        ui.allPresentButton.clicked.connect(self.all_present)
        ui.closeCourseButton.clicked.connect(self.close_course)
        ui.rosterButton.clicked.connect(lambda: self.preview("roster"))
        ui.nameCardsButton.clicked.connect(lambda: self.preview("name-cards"))
        self.model.refused.connect(self._refused)

    def _sheet_menu(self) -> None:
        menu = self.ui.signInButton.menu() or QMenu(self)
        menu.clear()  # said again in another language
        menu.addAction(self.tr("One sheet per day"), lambda: self.preview("sign-in-sheet"))
        menu.addAction(self.tr("Whole course on one grid"), lambda: self.preview("sign-in-sheet", whole_course=True))
        menu.addAction(self.tr("Blank sheet for walk-ins"), lambda: self.preview("sign-in-sheet", blank=True))
        self.ui.signInButton.setMenu(menu)

    def speak(self, language: str) -> None:
        """The page in another language, on the same course, at the same cell."""
        current = self.ui.grid.currentIndex()
        self.language = self.picker.language = language
        enabled = self.ui.rosterButton.isEnabled()
        self.ui.retranslateUi(self)
        self._sheet_menu()
        self.picker.reload()
        if self.course_id is not None:
            self.open_course(self.course_code)
            self.ui.grid.setCurrentIndex(self.model.index(current.row(), current.column()))
        else:
            self.picker.show(None)
        self._enable(enabled)

    def _enable(self, enabled: bool) -> None:
        for button in (self.ui.allPresentButton, self.ui.closeCourseButton, self.ui.signInButton,
                       self.ui.rosterButton, self.ui.nameCardsButton):
            button.setEnabled(enabled)

    def open_course(self, code: str) -> bool:
        """Show this course's grid; a code that names no course leaves the page on the course it shows."""
        try:
            course = courses.find_course(code)
        except courses.CourseNotFound as missing:
            self._refused(sentence(missing))
            self.picker.show(self.course_code or None)
            return False
        self.course_id, self.course_code = course.id, course.code
        self.picker.show(course.code)
        self.ui.messageLabel.clear()
        self.model.load(course.id)
        grid = self.model.grid
        values = {"%1": grid.titles.get(self.language) or grid.title, "%2": f"{course.start_date:%d/%m/%Y}",
                  "%3": f"{course.end_date:%d/%m/%Y}", "%4": str(len(grid.rows)),
                  "%5": label(COURSE_STATUSES, course.status)}
        text = self.tr("%1 — %2 to %3, %4 participant(s) in the room, status: %5")
        for mark, value in values.items():
            # Each value isolated, so that a title in another script or a date keeps its place in the line
            text = text.replace(mark, f"\u2068{value}\u2069")
        self.ui.courseTitle.setText(text)
        self._size_columns()
        self._enable(True)
        return True

    def _size_columns(self) -> None:
        header = self.ui.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 240)
        metrics = header.fontMetrics()
        for column in range(1, self.model.columnCount()):
            lines = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "").split("\n")
            wanted = max(metrics.horizontalAdvance(line) for line in lines) + 14  # "après-midi" whole
            header.resizeSection(column, max(wanted, 46 if self.model.half_day_at(column) else 80))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.grid and event.type() == QEvent.Type.KeyPress and event.key() in KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return self.mark_current(KEYS[event.key()])
        return super().eventFilter(watched, event)

    def mark_current(self, status: AttendanceStatus | None) -> bool:
        index = self.ui.grid.currentIndex()
        if not index.isValid() or self.model.half_day_at(index.column()) is None:
            return False
        if not self.model.set_mark(index, status):
            return True
        self.ui.messageLabel.clear()
        if index.row() + 1 < self.model.rowCount():
            # Down the column: a signed sheet is read one half-day at a time.
            self.ui.grid.setCurrentIndex(self.model.index(index.row() + 1, index.column()))
        return True

    def all_present(self) -> int:
        column = self.ui.grid.currentIndex().column()
        if self.model.half_day_at(column) is None:
            self._refused(self.tr("Choose a half-day first: click a cell of its column."))
            return 0
        return self.model.mark_all_present(column)

    def closing_dialog(self) -> ClosingDialog | None:
        """The closing dialog of the course shown, or None (and why, beside the grid) when it cannot close."""
        if self.course_id is None:
            return None
        try:
            closing.check_closable(self.course_id, self.today)
        except closing.ClosingRefused as refusal:
            self._refused(sentence(refusal))
            return None
        return ClosingDialog(self.course_code, closing.propose(self.course_id), self,
                             closing.missing_scores(self.course_id))

    def close_course(self) -> bool:
        dialog = self.closing_dialog()
        if dialog is None or dialog.exec() != ClosingDialog.DialogCode.Accepted:
            return False
        return self.apply_closing(dialog.overrides, dialog.without_scores)

    def apply_closing(self, overrides: dict, without_scores: bool = False) -> bool:
        try:
            closing.close(self.actor, self.course_id, overrides, today=self.today, without_scores=without_scores)
        except closing.ClosingRefused as refusal:
            self._refused(sentence(refusal))
            return False
        self.open_course(self.course_code)
        return True

    def preview(self, document: str, whole_course: bool = False, blank: bool = False):
        from ...services.courses import (
            documents as course_documents,  # ReportLab and QtPdf are loaded when a document is shown
        )
        from ..dialogs.pdf_preview import PdfPreviewDialog

        if self.course_id is None:
            return None
        code = self.course_code
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = course_documents.pdf(document, code, whole_course=whole_course, blank=blank)
        finally:
            QGuiApplication.restoreOverrideCursor()
        name = f"{document}-{code.replace('/', '_')}.pdf"
        dialog = PdfPreviewDialog(f"{code} — {document}", pdf, name, self)
        self.last_preview = dialog
        dialog.open()
        return dialog

    def _refused(self, message: str) -> None:
        """Said once, beside the grid: a box for each refused key would stop the typing at every key."""
        self.last_refusal = message
        self.ui.messageLabel.setText(message)
