"""The main window: navigation on the side, one page per section, the open register in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..services import overview
from ..services.actors import Actor
from .forms.ui_main_window import Ui_MainWindow
from .pages.attendance_page import AttendancePage
from .pages.certificates_page import CertificatesPage
from .pages.participants_page import ParticipantsPage
from .pages.settings_page import SettingsPage
from .pages.summary_page import SummaryPage

PARTICIPANTS, ORGANISATIONS, PROGRAMMES, COURSES, ATTENDANCE, CERTIFICATES, REPORTS, SETTINGS = range(8)


class MainWindow(QMainWindow):
    def __init__(self, database_text: str, database_source: str, schema_version: int | None,
                 actor: Actor, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.actor = actor
        self.setWindowTitle(f"{APP_NAME} — {database_text}")
        self.participants_page = ParticipantsPage(self, language=language)
        self.attendance_page = AttendancePage(actor, self)
        self.certificates_page = CertificatesPage(actor, self)
        self._add_pages(database_text, database_source, schema_version, language)
        self._status(database_text)
        self._connect()
        self.ui.navigation.setCurrentRow(PARTICIPANTS)

    def _add_pages(self, database_text: str, database_source: str, schema_version: int | None,
                   language: str) -> None:
        sections = [
            (self.tr("Participants"), self.participants_page),
            (self.tr("Organisations"), SummaryPage(
                self.tr("Organisations"),
                self.tr("The list and form of the nominating agencies come here: search, filters by "
                   "country and type, and archiving. Meanwhile, the agencies in the register by type:"),
                overview.organisations_by_kind, self.tr("Type"))),
            (self.tr("Programmes"), SummaryPage(
                self.tr("Programmes"),
                self.tr("The accredited programmes, their titles in three languages, hours and completion "
                   "rules will be edited here. The programmes in the register and their courses:"),
                overview.programmes, self.tr("Programme"))),
            (self.tr("Courses"), SummaryPage(
                self.tr("Courses"),
                self.tr("Courses, their schedule, trainers and nominations will be managed here. "
                   "The courses in the register by status:"),
                overview.courses_by_status, self.tr("Status"))),
            (self.tr("Attendance"), self.attendance_page),
            (self.tr("Certificates"), self.certificates_page),
            (self.tr("Reports"), SummaryPage(
                self.tr("Reports"),
                self.tr("Figures for donors (participants by country, agency, sex and thematic area) come "
                   "here. The register holds:"),
                lambda: list(overview.totals().items()), self.tr("Records"))),
            (self.tr("Settings"), SettingsPage(database_text, database_source, schema_version, self, language, self.actor)),
        ]
        for label, page in sections:
            QListWidgetItem(label, self.ui.navigation)
            self.ui.pages.addWidget(page)

    def _status(self, database_text: str) -> None:
        self.database_label = QLabel(database_text)
        self.database_label.setObjectName("databaseLabel")
        self.ui.statusBar.addPermanentWidget(self.database_label)
        self.ui.statusBar.addPermanentWidget(QLabel(self.tr("User: %1").replace("%1", self.actor.display_name)))

    def _connect(self) -> None:
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionFind.triggered.connect(self.find_participant)
        self.ui.actionAbout.triggered.connect(self._about)

    def find_participant(self) -> None:
        self.ui.navigation.setCurrentRow(PARTICIPANTS)
        self.participants_page.focus_search()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About %1").replace("%1", APP_NAME),
                          f"{APP_NAME} {__version__}\n\n{self.database_label.text()}")

    def current_section(self) -> int:
        return self.ui.pages.currentIndex()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.current_section() == PARTICIPANTS:
            self.participants_page.ui.searchEdit.clear()
            return
        super().keyPressEvent(event)
