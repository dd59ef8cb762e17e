"""The main window: navigation on the side, one page per section, the open register in the status bar."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..domain.errors import Refusal
from ..domain.permissions import Action
from ..services.actors import Actor
from ..services.backups import copies as backups
from .errors import show_bug, show_refusal
from .forms.ui_main_window import Ui_MainWindow
from .pages.attendance_page import AttendancePage
from .pages.certificates_page import CertificatesPage
from .pages.participants_page import ParticipantsPage
from .pages.record_list_page import RecordListPage
from .pages.register_pages import courses_spec, organisations_spec, programmes_spec, trainers_spec
from .pages.reports_page import ReportsPage
from .pages.settings_page import SettingsPage
from .widgets.backups_box import BackupsBox

PARTICIPANTS, ORGANISATIONS, PROGRAMMES, COURSES, TRAINERS, ATTENDANCE, CERTIFICATES, REPORTS, SETTINGS = range(9)

# Imported when a form is first opened: the forms are a tenth of a second of start-up otherwise.
EDITORS = {"participant": ("participant_editor", "ParticipantEditor"),
           "organisation": ("simple_editors", "OrganisationEditor"),
           "programme": ("simple_editors", "ProgrammeEditor"),
           "course": ("course_editor", "CourseEditor"),
           "trainer": ("simple_editors", "TrainerEditor")}
SPECS = {"organisation": organisations_spec, "programme": programmes_spec, "course": courses_spec,
         "trainer": trainers_spec}
# What a save in one kind of form may change in the lists (counts of members, of courses, of seats).
REFRESHES = {"participant": ("participant", "organisation"), "organisation": ("organisation", "participant"),
             "programme": ("programme", "course"), "course": ("course", "programme", "trainer"),
             "trainer": ("trainer",)}


class MainWindow(QMainWindow):
    def __init__(self, database_text: str, database_source: str, schema_version: int | None,
                 actor: Actor, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.actor = actor
        self.opened_on = (database_text, database_source, schema_version)  # for the window in another language
        self.replacement: MainWindow | None = None
        self.reopen = False  # closed to reopen on a restored register (see app.run)
        self.setWindowTitle(f"{APP_NAME} — {database_text}")
        self.language = language
        self.participants_page = ParticipantsPage(self, language=language)
        self.register_pages = {entity: RecordListPage(spec(language), self) for entity, spec in SPECS.items()}
        self.editors: dict[tuple[str, int], QWidget] = {}  # the forms open on saved records
        self.attendance_page = AttendancePage(actor, self, language=language)
        self.certificates_page = CertificatesPage(actor, self, language)
        self.reports_page = ReportsPage(actor, self, language)
        self._add_pages(database_text, database_source, schema_version, language)
        self._status(database_text)
        self._connect()
        self.ui.navigation.setCurrentRow(PARTICIPANTS)

    def _add_pages(self, database_text: str, database_source: str, schema_version: int | None,
                   language: str) -> None:
        self.settings_page = SettingsPage(database_text, database_source, schema_version, self, language, self.actor)
        self.settings_page.languageChosen.connect(self.speak)
        self.backups_box = BackupsBox(self.actor, self.reopen_after_restore, self.settings_page)
        self.settings_page.add_section(self.backups_box)
        sections = [
            (self.tr("Participants"), self.participants_page),
            (self.tr("Organisations"), self.register_pages["organisation"]),
            (self.tr("Programmes"), self.register_pages["programme"]),
            (self.tr("Courses"), self.register_pages["course"]),
            (self.tr("Trainers"), self.register_pages["trainer"]),
            (self.tr("Attendance"), self.attendance_page),
            (self.tr("Certificates"), self.certificates_page),
            (self.tr("Reports"), self.reports_page),
            (self.tr("Settings"), self.settings_page),
        ]
        # The window shows only what the signed-in person's role may use; the services refuse the rest.
        self._hide_what_the_role_may_not_do()
        self.users_page = self.audit_page = None
        if self.actor.may(Action.ADMINISTER):
            from .pages.users_page import UsersPage

            self.users_page = UsersPage(self.actor, self)
            sections.append((self.tr("Users"), self.users_page))
        if self.actor.may(Action.VIEW_AUDIT):
            from .pages.audit_page import AuditPage

            self.audit_page = AuditPage(self.actor, self)
            sections.append((self.tr("Audit"), self.audit_page))
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
        self.ui.actionFind.triggered.connect(self.find)
        self.ui.actionNew.triggered.connect(self.new_record)
        self.participants_page.participantActivated.connect(lambda pid: self.open_record("participant", pid))
        self.participants_page.newRequested.connect(lambda: self.open_record("participant", None))
        for entity, page in self.register_pages.items():
            page.recordActivated.connect(lambda record_id, e=entity: self.open_record(e, record_id))
            page.newRequested.connect(lambda e=entity: self.open_record(e, None))
        self.ui.actionAbout.triggered.connect(self._about)
        self.password_action = self.ui.fileMenu.addAction(self.tr("Change my &password…"))
        self.password_action.triggered.connect(self.change_password)
        self.ui.actionGuide.triggered.connect(self.show_guide)

    def _hide_what_the_role_may_not_do(self) -> None:
        self.ui.actionNew.setVisible(self.actor.may(Action.EDIT_REGISTER))
        needs = {"graduation": Action.ISSUE_CERTIFICATES, "reprint": Action.ISSUE_CERTIFICATES,
                 "correct": Action.ISSUE_CERTIFICATES, "revoke": Action.ISSUE_CERTIFICATES,
                 "revocations": Action.ISSUE_CERTIFICATES, "template": Action.ISSUE_CERTIFICATES,
                 "export": Action.EXPORT}
        for key, action in needs.items():
            button = getattr(self.certificates_page, "buttons", {}).get(key)
            if button is not None:
                button.setVisible(self.actor.may(action))
        for page in (self.participants_page, *self.register_pages.values()):
            new_button = getattr(getattr(page, "ui", None), "newButton", None)
            if new_button is not None:
                new_button.setVisible(self.actor.may(Action.EDIT_REGISTER))

    def change_password(self) -> None:
        from .dialogs.sign_in_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.actor, self).exec()

    def find_participant(self) -> None:
        self.ui.navigation.setCurrentRow(PARTICIPANTS)
        self.participants_page.focus_search()

    def _page_entity(self) -> str | None:
        page = self.ui.pages.currentWidget()
        if page is self.participants_page:
            return "participant"
        return next((entity for entity, p in self.register_pages.items() if p is page), None)

    def find(self) -> None:
        """Ctrl+F: the search field of the list shown, or of the participants from any other page."""
        entity = self._page_entity()
        if entity in self.register_pages:
            self.register_pages[entity].focus_search()
        else:
            self.find_participant()

    def new_record(self) -> None:
        """Ctrl+N: a new record of the list shown; a new participant from any other page."""
        self.open_record(self._page_entity() or "participant", None)

    def open_record(self, entity: str, record_id: int | None):
        """Open a record's form, or bring forward the one already open for it."""
        key = (entity, record_id)
        editor = self.editors.get(key)
        if editor is None:
            module, name = EDITORS[entity]
            editor_class = getattr(importlib.import_module(f"{__package__}.editors.{module}"), name)
            editor = editor_class(self.actor, record_id, self, self.language)
            editor.setWindowFlag(Qt.WindowType.Window)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.saved.connect(lambda _id, e=entity: self._saved(e))
            if record_id is not None:
                self.editors[key] = editor
                editor.destroyed.connect(lambda _obj=None, k=key: self.editors.pop(k, None))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _saved(self, entity: str) -> None:
        for refreshed in REFRESHES[entity]:
            if refreshed == "participant":
                self.participants_page.refresh()
            else:
                self.register_pages[refreshed].refresh()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About %1").replace("%1", APP_NAME),
                          f"{APP_NAME} {__version__}\n\n{self.database_label.text()}")

    def show_guide(self):
        """F1: the user guide, open at the page on the section shown."""
        from ..services.guide import SECTIONS
        from .dialogs.help_dialog import HelpDialog

        section = self.current_section()
        dialog = HelpDialog(SECTIONS[section] if section < len(SECTIONS) else "index", self.language, self)
        dialog.setModal(False)
        dialog.show()
        self.guide = dialog
        return dialog

    def speak(self, language: str) -> MainWindow | None:
        """The window in another language, without a restart: Qt's and our translators are swapped and
        the window is laid out anew (right to left for Arabic) on the same register, signed in as the
        same person, on the same page; this one closes, after its open forms (which may ask to save)."""
        from .app import use_language

        if language == self.language or not self.may_close_forms():
            return None
        use_language(QApplication.instance(), language)
        window = MainWindow(*self.opened_on, self.actor, language)
        window.setGeometry(self.geometry())
        window.ui.navigation.setCurrentRow(self.current_section())
        window.show()
        self.replacement = window
        self.close()
        return window

    def may_close_forms(self) -> bool:
        from .editors.record_editor import RecordEditor

        return all(not editor.isVisible() or editor.may_close() for editor in self.findChildren(RecordEditor))

    def current_section(self) -> int:
        return self.ui.pages.currentIndex()

    def closeEvent(self, event) -> None:
        """Quitting closes the open forms first, each asking about its unsaved changes."""
        from .editors.record_editor import RecordEditor

        for editor in self.findChildren(RecordEditor):
            if editor.isVisible() and not editor.may_close():
                event.ignore()
                return
        if not self.reopen and self.replacement is None:  # not closed for a restore or another language
            self._back_up_on_close()
        super().closeEvent(event)

    def _back_up_on_close(self) -> None:
        """The routine backup, once a day; a failure is said, and the window closes all the same."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backups.back_up_on_close()
        except Refusal as refusal:
            QApplication.restoreOverrideCursor()
            show_refusal(self, self.tr("The daily backup failed"), refusal)
            return
        except Exception as error:  # noqa: BLE001 - the window closes whatever happens; the bug is logged
            QApplication.restoreOverrideCursor()
            show_bug(self, error, "backup on close")
            return
        QApplication.restoreOverrideCursor()

    def reopen_after_restore(self) -> None:
        """After a restore the window is built again on the restored register."""
        self.reopen = True
        self.close()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.current_section() == PARTICIPANTS:
            self.participants_page.ui.searchEdit.clear()
            return
        super().keyPressEvent(event)
