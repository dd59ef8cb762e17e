"""Starting the window: the application object, the register, the first-run choice."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import APP_NAME, __version__
from ..domain.errors import Refusal
from ..services import opening, settings
from ..services.opening import Choice

DEMO_PARTICIPANTS = 2000
_OPEN_ERRORS = (Refusal, OSError)


def _use_offscreen_without_display() -> None:
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        print("registry-app: no display found; the window is drawn offscreen.", file=sys.stderr)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def create_application(language: str = "en") -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    use_language(app, language)
    return app


def use_language(app: QApplication, language: str) -> None:
    """Qt's own strings (OK, Cancel...) and ours in this language, and the layout's direction; the
    translators of the language used before are removed."""
    for translator in app.findChildren(QTranslator, "interfaceLanguage"):
        app.removeTranslator(translator)
        translator.deleteLater()
    locale = QLocale(language)
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("registry", str(settings.translations_dir()))):
        translator = QTranslator(app)
        translator.setObjectName("interfaceLanguage")
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)


def _fatal(title: str, message: str) -> int:
    print(f"registry-app: {message}", file=sys.stderr)
    QMessageBox.critical(None, title, message)
    return 2


def _first_run_choice(choice: Choice) -> bool | None:
    """True for demo data, False for an empty register, None if the user cancelled."""
    from .dialogs.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog(choice.path)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    return dialog.wants_demo()


def _sign_in(database_text: str, username: str | None, smoke_test: bool, password: str | None):
    """The signed-in actor: the first administrator of a new register, or whoever signs in; None if the
    person cancelled. A smoke test signs in with the password the command line read when --user is
    given, and otherwise only shows the dialog."""
    from ..services.accounts import signing_in
    from .dialogs.sign_in_dialog import FirstAdministratorDialog, SignInDialog

    if smoke_test and username and password is not None:
        return signing_in.sign_in(username, password)
    if signing_in.has_users():
        dialog = SignInDialog(database_text, username or "")
    else:
        dialog = FirstAdministratorDialog(database_text)
    if smoke_test:
        QTimer.singleShot(0, dialog.reject)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if smoke_test:
            print(f"smoke test: the {'sign-in' if signing_in.has_users() else 'first administrator'} "
                  f"dialog opened on {database_text}")
        return None
    return dialog.actor


def run(db_url: str | None = None, smoke_test: bool = False, username: str | None = None,
        password: str | None = None) -> int:
    _use_offscreen_without_display()
    try:
        language = str(settings.read_settings().get("language", "en"))
    except settings.SettingsError:
        language = "en"
    app = create_application(language)
    from .errors import install_excepthook

    install_excepthook()
    title = app.translate("app", "The register cannot be opened")
    try:
        choice = opening.choose(db_url)
    except _OPEN_ERRORS as exc:
        return _fatal(title, str(exc))
    demo = False
    if choice.is_new_default and not smoke_test:
        wants_demo = _first_run_choice(choice)
        if wants_demo is None:
            return 0
        demo = wants_demo
    try:
        register = opening.open_register(choice)
    except _OPEN_ERRORS as exc:
        return _fatal(title, str(exc))
    from .main_window import MainWindow

    actor = _sign_in(register.description, username, smoke_test, password)
    if actor is None:
        return 0
    if demo:
        from .dialogs.demo_progress import fill_with_demo

        task = fill_with_demo(actor, DEMO_PARTICIPANTS)
        if task.problem:
            return _fatal(app.translate("app", "Demo data"), task.problem)
    window = MainWindow(register.description, register.source, register.schema_version, actor, language)
    window.show()
    if smoke_test:
        QTimer.singleShot(0, app.quit)
        code = app.exec()
        print(f"smoke test: the main window opened on {register.description}")
        return code
    return app.exec()
