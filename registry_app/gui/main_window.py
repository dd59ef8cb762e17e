"""The main window: navigation on the side, one page per section, the open register in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from .. import APP_NAME, __version__
from ..domain.errors import Refusal
from ..domain.permissions import Action
from ..services.actors import Actor
from .forms.ui_main_window import Ui_MainWindow
from .pages.participants_page import ParticipantsPage
from .record_forms import RecordForms

if TYPE_CHECKING:
    from .pages.attendance_page import AttendancePage
    from .pages.audit_page import AuditPage
    from .pages.certificates_page import CertificatesPage
    from .pages.record_list_page import RecordListPage
    from .pages.reports_page import ReportsPage
    from .pages.settings_page import SettingsPage
    from .pages.users_page import UsersPage
    from .widgets.backups_box import BackupsBox
    from .widgets.daily_checkpoint import DailyCheckpoint

PARTICIPANTS, ORGANISATIONS, PROGRAMMES, COURSES, TRAINERS, ATTENDANCE, CERTIFICATES, REPORTS, SETTINGS = range(9)
REGISTER_SECTIONS = {ORGANISATIONS: "organisation", PROGRAMMES: "programme", COURSES: "course", TRAINERS: "trainer"}

SPECS = {"organisation": "organisations_spec", "programme": "programmes_spec", "course": "courses_spec",
         "trainer": "trainers_spec"}


class MainWindow(QMainWindow):
    """The window opens on the participants; every other section's page (and the code behind it) is
    built the first time it is shown or asked for, which halves the start-up."""

    def __init__(self, database_text: str, database_source: str, schema_version: int | None,
                 actor: Actor, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.actor = actor
        self.opened_on = (database_text, database_source, schema_version)
        self.reopen = False  # closed to reopen on a restored register (see app.run)
        self.next_url = ""  # or on the register chosen in Settings
        self.setWindowTitle(f"{APP_NAME} — {database_text}")
        self.language = language
        self.participants_page = ParticipantsPage(self, language=language)
        self.forms = RecordForms(self)
        self._built: dict[int, QWidget] = {PARTICIPANTS: self.participants_page}
        self._register_pages: dict[str, RecordListPage] = {}  # the lists of the register built so far
        self._add_sections()
        self._hide_what_the_role_may_not_do()
        self._status(database_text)
        self._connect()
        self.ui.navigation.setCurrentRow(PARTICIPANTS)
        self._daily_checkpoint: DailyCheckpoint | None = None

    @property
    def daily_checkpoint(self) -> DailyCheckpoint:
        """Asks for the audit trail's daily checkpoint (built when first needed: it loads the signing code,
        which start-up does without)."""
        if self._daily_checkpoint is None:
            from .widgets.daily_checkpoint import DailyCheckpoint

            self._daily_checkpoint = DailyCheckpoint(self, self.actor)
        return self._daily_checkpoint

    def _add_sections(self) -> None:
        sections: list[tuple[str, Callable[[], QWidget] | None]] = [
            (QT_TRANSLATE_NOOP("MainWindow", "Participants"), None),
            (QT_TRANSLATE_NOOP("MainWindow", "Organisations"), lambda: self._register_page("organisation")),
            (QT_TRANSLATE_NOOP("MainWindow", "Programmes"), lambda: self._register_page("programme")),
            (QT_TRANSLATE_NOOP("MainWindow", "Courses"), lambda: self._register_page("course")),
            (QT_TRANSLATE_NOOP("MainWindow", "Trainers"), lambda: self._register_page("trainer")),
            (QT_TRANSLATE_NOOP("MainWindow", "Attendance"), self._attendance_page),
            (QT_TRANSLATE_NOOP("MainWindow", "Certificates"), self._certificates_page),
            (QT_TRANSLATE_NOOP("MainWindow", "Reports"), self._reports_page),
            (QT_TRANSLATE_NOOP("MainWindow", "Settings"), self._settings_page),
        ]
        # The window shows only what the signed-in person's role may use; the services refuse the rest.
        self._users_section = self._audit_section = None
        if self.actor.may(Action.ADMINISTER):
            self._users_section = len(sections)
            sections.append((QT_TRANSLATE_NOOP("MainWindow", "Users"), self._users_page))
        if self.actor.may(Action.VIEW_AUDIT):
            self._audit_section = len(sections)
            sections.append((QT_TRANSLATE_NOOP("MainWindow", "Audit"), self._audit_page))
        self.section_names = [name for name, _build in sections]  # said again when the language changes
        self._builders = [build for _label, build in sections]
        for name, build in sections:
            QListWidgetItem(self.tr(name), self.ui.navigation)
            self.ui.pages.addWidget(self.participants_page if build is None else QWidget())

    def page(self, section: int) -> Any:
        """The section's page, built (in place of the empty widget that stood for it) when first wanted."""
        page = self._built.get(section)
        if page is not None:
            return page
        build = self._builders[section]
        assert build is not None  # only the participants' page has no builder, and it is built at once
        page = build()
        self._built[section] = page
        stack = self.ui.pages
        stand_in, shown = stack.widget(section), stack.currentWidget()
        stack.insertWidget(section, page)
        stack.removeWidget(stand_in)
        stand_in.deleteLater()
        stack.setCurrentWidget(page if shown is stand_in else shown)
        return page

    def _show_section(self, section: int) -> None:
        if section >= 0:
            self.page(section)
            self.ui.pages.setCurrentIndex(section)

    def _register_page(self, entity: str) -> RecordListPage:
        from .pages import register_pages
        from .pages.record_list_page import RecordListPage

        page = RecordListPage(getattr(register_pages, SPECS[entity])(self.language), self)
        page.recordActivated.connect(lambda record_id: self.open_record(entity, record_id))
        page.newRequested.connect(lambda: self.open_record(entity, None))
        page.ui.newButton.setVisible(self.actor.may(Action.EDIT_REGISTER))
        self._register_pages[entity] = page
        return page

    def _attendance_page(self) -> AttendancePage:
        from .pages.attendance_page import AttendancePage

        return AttendancePage(self.actor, self, language=self.language)

    def _certificates_page(self) -> CertificatesPage:
        from .pages.certificates_page import CertificatesPage

        page = CertificatesPage(self.actor, self, self.language)
        needs = {"graduation": Action.ISSUE_CERTIFICATES, "reprint": Action.ISSUE_CERTIFICATES,
                 "correct": Action.ISSUE_CERTIFICATES, "revoke": Action.ISSUE_CERTIFICATES,
                 "revocations": Action.ISSUE_CERTIFICATES, "template": Action.ISSUE_CERTIFICATES,
                 "export": Action.EXPORT}
        for key, action in needs.items():
            button = page.buttons.get(key)
            if button is not None:
                button.setVisible(self.actor.may(action))
        return page

    def _reports_page(self) -> ReportsPage:
        from .pages.reports_page import ReportsPage

        return ReportsPage(self.actor, self, self.language)

    def _settings_page(self) -> SettingsPage:
        from .pages.settings_page import SettingsPage
        from .widgets.backups_box import BackupsBox

        database_text, database_source, schema_version = self.opened_on
        page = SettingsPage(database_text, database_source, schema_version, self, self.language, self.actor)
        page.languageChosen.connect(self.speak)
        self._backups_box = BackupsBox(self.actor, self.reopen_after_restore, page)
        page.add_section(self._backups_box)
        another = QPushButton(page)
        another.setObjectName("openAnotherRegister")
        page.say(lambda: another.setText(self.tr("Open another register…")))
        another.clicked.connect(lambda: self.open_another_register())
        page.sections.insertWidget(2, another, 0, Qt.AlignmentFlag.AlignLeading)
        return page

    def open_another_register(self) -> bool:
        """The register chooser (a file, or a server with the password asked); the window then closes,
        with the day's backup of this register, and the program opens the one chosen as --db would."""
        from .dialogs.register_chooser import RegisterChooser

        chooser = RegisterChooser(self)
        if self.choose_register(chooser) != QDialog.DialogCode.Accepted or not self.may_close_forms():
            return False
        self.next_url = chooser.chosen_url
        self.reopen = True
        self.close()
        return True

    def choose_register(self, chooser: QDialog) -> int:
        return chooser.exec()  # tests fill the form and press Open instead

    def _users_page(self) -> UsersPage:
        from .pages.users_page import UsersPage

        return UsersPage(self.actor, self)

    def _audit_page(self) -> AuditPage:
        from .pages.audit_page import AuditPage

        return AuditPage(self.actor, self)

    # Each page by name, built if it was not yet (tests and the window's own actions ask for them).
    @property
    def register_pages(self) -> dict[str, RecordListPage]:
        return {entity: self.page(section) for section, entity in REGISTER_SECTIONS.items()}

    @property
    def attendance_page(self) -> AttendancePage:
        return self.page(ATTENDANCE)

    @property
    def certificates_page(self) -> CertificatesPage:
        return self.page(CERTIFICATES)

    @property
    def reports_page(self) -> ReportsPage:
        return self.page(REPORTS)

    @property
    def settings_page(self) -> SettingsPage:
        return self.page(SETTINGS)

    @property
    def backups_box(self) -> BackupsBox:
        self.page(SETTINGS)
        return self._backups_box

    @property
    def users_page(self) -> UsersPage | None:
        return None if self._users_section is None else self.page(self._users_section)

    @property
    def audit_page(self) -> AuditPage | None:
        return None if self._audit_section is None else self.page(self._audit_section)

    def _status(self, database_text: str) -> None:
        self.database_label = QLabel(database_text)
        self.database_label.setObjectName("databaseLabel")
        self.ui.statusBar.addPermanentWidget(self.database_label)
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.actor.display_name))
        self.ui.statusBar.addPermanentWidget(self.user_label)

    def _connect(self) -> None:
        self.ui.navigation.currentRowChanged.connect(self._show_section)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionFind.triggered.connect(self.find)
        self.ui.actionNew.triggered.connect(self.new_record)
        self.participants_page.participantActivated.connect(lambda pid: self.open_record("participant", pid))
        self.participants_page.newRequested.connect(lambda: self.open_record("participant", None))
        self.ui.actionAbout.triggered.connect(self._about)
        self.password_action = self.ui.fileMenu.addAction(self.tr("Change my &password…"))
        self.password_action.triggered.connect(self.change_password)
        self.ui.actionGuide.triggered.connect(self.show_guide)

    def _hide_what_the_role_may_not_do(self) -> None:
        """The pages built later hide their own buttons in the same way (see _certificates_page...)."""
        self.ui.actionNew.setVisible(self.actor.may(Action.EDIT_REGISTER))
        self.participants_page.ui.newButton.setVisible(self.actor.may(Action.EDIT_REGISTER))

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
        return next((entity for entity, p in self._register_pages.items() if p is page), None)

    def find(self) -> None:
        """Ctrl+F: the search field of the list shown, or of the participants from any other page."""
        entity = self._page_entity()
        if entity in self._register_pages:
            self._register_pages[entity].focus_search()
        else:
            self.find_participant()

    def new_record(self) -> None:
        """Ctrl+N: a new record of the list shown; a new participant from any other page."""
        self.open_record(self._page_entity() or "participant", None)

    def open_record(self, entity: str, record_id: int | None) -> Any:
        """Open a record's form, or bring forward the one already open for it."""
        return self.forms.show(entity, record_id)

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

    def speak(self, language: str) -> bool:
        """The window in another language, without a restart and in place: Qt's and our translators are
        swapped, the layout turns (right to left for Arabic), and every page, menu and open form says its
        texts again, keeping what the clerk was doing (the page, what was typed and chosen, the selected
        rows, the course open, unsaved fields)."""
        from .language_change import speak

        if language == self.language:
            return False
        speak(self, language)
        return True

    def may_close_forms(self) -> bool:
        return self.forms.may_all_close()

    def current_section(self) -> int:
        return self.ui.pages.currentIndex()

    def closeEvent(self, event) -> None:
        """Quitting closes the open forms first, each asking about its unsaved changes."""
        if not self.forms.may_all_close():
            event.ignore()
            return
        if getattr(self, "_backups_box", None) is not None:
            self._backups_box.window_closes()
        # Not closed for a restore; closed for another register, it is backed up.
        if (not self.reopen or self.next_url):
            self.daily_checkpoint.offer("closing")  # before the backup, which then holds it
            self._back_up_on_close()
        super().closeEvent(event)

    def _back_up_on_close(self) -> None:
        """The routine backup, once a day; a failure is said, and the window closes all the same."""
        from ..services.backups import copies as backups
        from .errors import show_bug, show_refusal

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
