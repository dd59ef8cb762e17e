"""Every screen a clerk can see, built on a demo register in one language: the window's pages, the
record forms (each tab) and the dialogs. Shared by the tests that look at all of them at once (the small
screen, the untranslated texts, the language changed in place)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from registry_app import paths
from registry_app.gui.main_window import MainWindow
from registry_app.store.models import Course, Organisation, Participant, Programme, Trainer

TRANSLATIONS = paths.resources_dir() / "translations"
# How the screens name the register they are opened on (as the program would describe it).
REGISTER_FILE = "/srv/registry/register.sqlite3"
ON_SQLITE, ON_SERVER = f"SQLite: {REGISTER_FILE}", "PostgreSQL: registry on server"


class Language:
    """The interface's language for a test: our translator, and the direction of the layout."""

    def __init__(self, app: QApplication):
        self.app = app

    def use(self, language: str) -> None:
        """As the program does: Qt's own translations (Cancel, Close) and ours, and the direction."""
        from registry_app.gui.app import use_language

        use_language(self.app, language)
        assert language == "en" or QCoreApplication.translate("MainWindow", "&File") != "&File", language

    def reset(self) -> None:
        self.use("en")


def _editors(actor, language: str) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    from registry_app.gui.editors.course_editor import CourseEditor
    from registry_app.gui.editors.participant_editor import ParticipantEditor
    from registry_app.gui.editors.simple_editors import OrganisationEditor, ProgrammeEditor, TrainerEditor

    def first(model) -> int:
        return int(model.select(model.id).order_by(model.id).first().id)

    yield "participant form (new)", lambda: ParticipantEditor(actor, None, None, language)
    yield "participant form", lambda: ParticipantEditor(actor, first(Participant), None, language)
    yield "organisation form", lambda: OrganisationEditor(actor, first(Organisation), None, language)
    yield "programme form", lambda: ProgrammeEditor(actor, first(Programme), None, language)
    yield "trainer form", lambda: TrainerEditor(actor, first(Trainer), None, language)
    yield "course form", lambda: CourseEditor(actor, first(Course), None, language)


def _dialogs(actor, language: str) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    from registry_app.gui.dialogs.closing_dialog import ClosingDialog
    from registry_app.gui.dialogs.conflict_dialog import ConflictDialog
    from registry_app.gui.dialogs.duplicates_dialog import DuplicatesDialog
    from registry_app.gui.dialogs.first_run_dialog import FirstRunDialog
    from registry_app.gui.dialogs.graduation_dialog import GraduationDialog
    from registry_app.gui.dialogs.help_dialog import HelpDialog
    from registry_app.gui.dialogs.sign_in_dialog import ChangePasswordDialog, SignInDialog
    from registry_app.gui.dialogs.template_dialog import TemplateDialog
    from registry_app.gui.dialogs.verify_dialog import VerifyDialog
    from registry_app.gui.pages.users_page import NewUserDialog
    from registry_app.gui.widgets.centre_form import CentreDialog
    from registry_app.services.courses import closing
    from registry_app.services.register.duplicates import probable_duplicates

    def closing_dialog() -> QWidget:
        course = Course.select().where(Course.end_date < date.today()).order_by(Course.id).first()
        return ClosingDialog(course.code, closing.propose(course.id), None, closing.missing_scores(course.id))

    def duplicates_dialog() -> QWidget:
        person = Participant.select().where(Participant.birth_date.is_null(False)).order_by(Participant.id).first()
        found = probable_duplicates(person.given_names, person.family_name, person.full_name_ar or "",
                                    person.birth_date, person.nationality)
        return DuplicatesDialog(found, language)

    yield "graduation dialog", lambda: GraduationDialog(actor, None, None, language)
    yield "template dialog", lambda: TemplateDialog(actor, None, language)
    yield "verify dialog", lambda: VerifyDialog()
    yield "help dialog", lambda: HelpDialog("index", language)
    yield "first-run dialog", lambda: FirstRunDialog(REGISTER_FILE)
    yield "sign-in dialog", lambda: SignInDialog(ON_SQLITE)
    yield "first administrator dialog", lambda: FirstRunDialog(ON_SERVER, offer_demo=False,
                                                               create_now=True)
    yield "change password dialog", lambda: ChangePasswordDialog(actor)
    yield "new user dialog", lambda: NewUserDialog(actor)
    rank = QCoreApplication.translate("ParticipantForm", "&Rank or position").replace("&", "")  # as the form says it
    yield "conflict dialog", lambda: ConflictDialog([(rank, "Commissaire", "Commissaire divisionnaire")])
    yield "closing dialog", closing_dialog
    yield "duplicates dialog", duplicates_dialog
    yield "centre dialog", lambda: CentreDialog(actor)


def main_window(actor, language: str) -> MainWindow:
    return MainWindow(ON_SQLITE, "default", 1, actor, language)


def pages(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each section of the window, shown in turn."""
    for section in range(window.ui.navigation.count()):
        window.ui.navigation.setCurrentRow(section)
        QApplication.processEvents()
        yield f"page {section}", window.ui.pages.currentWidget()


def tabs(widget: QWidget) -> Iterator[None]:
    """Each tab of a form's tab widgets shown in turn (a form without tabs: once)."""
    tab_widgets = widget.findChildren(QTabWidget)
    if not tab_widgets:
        yield
        return
    for tab_widget in tab_widgets:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            QApplication.processEvents()
            yield


def forms_and_dialogs(actor, language: str) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    yield from _editors(actor, language)
    yield from _dialogs(actor, language)
