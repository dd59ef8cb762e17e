"""Starting the window: the application object, the register, the first-run choice."""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from .. import APP_NAME, __version__
from ..domain.errors import Refusal
from ..services import opening, settings
from ..services.opening import Choice

DEMO_PARTICIPANTS = 2000


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


def _first_run_choice(choice: Choice):
    """(demo data wanted, the first administrator checked) from the first-run dialog; None if the person
    cancelled (nothing is created then)."""
    from .dialogs.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog(str(choice.path))
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    return dialog.wants_demo(), dialog.administrator


def _sign_in(database_text: str, username: str | None, smoke_test: bool, password: str | None,
             administrator=None, demo: bool = False):
    """The signed-in actor: the first administrator of a new register (taken by the first-run dialog,
    or asked now when a register has no user), or whoever signs in; None if the person cancelled; the
    damage the register's quick check found, if it did. A smoke test signs in with the password the
    command line read when --user is given, and otherwise only shows the dialog."""
    from ..services.accounts import signing_in
    from .dialogs.first_run_dialog import FirstRunDialog
    from .dialogs.sign_in_dialog import SignInDialog

    if smoke_test:  # nobody types: the verdict of the register's quick check is waited for at once
        damage = opening.damage_found()
        if damage is not None:
            return damage
        if username and password is not None:
            return signing_in.sign_in(username, password)
    if administrator is not None and not signing_in.has_users():
        actor = signing_in.create_first_administrator(administrator.username, administrator.display_name,
                                                      administrator.password)
        return _after_first_administrator(actor, demo)
    try:
        has_users = signing_in.has_users()
    except Exception:  # a damaged register can fail this first read: the quick check's verdict says why
        damage = opening.damage_found()
        if damage is not None:
            return damage
        raise
    if has_users:
        dialog: QDialog = SignInDialog(database_text, username or "")
    else:  # a register without users: its first administrator is written as the dialog closes
        damage = opening.damage_found()
        if damage is not None:
            return damage
        dialog = FirstRunDialog(database_text, offer_demo=False, create_now=True)
    if smoke_test:
        QTimer.singleShot(0, dialog.reject)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        damage = getattr(dialog, "damage", None) or opening.damage_found()
        if damage is not None:  # found by the check while the person typed, or before they gave up
            return damage
        if smoke_test:
            print(f"smoke test: the {'sign-in' if signing_in.has_users() else 'first administrator'} "
                  f"dialog opened on {database_text}")
        return None
    if isinstance(dialog, FirstRunDialog):
        return _after_first_administrator(dialog.actor, demo)
    return dialog.actor  # type: ignore[attr-defined]


def _after_first_administrator(actor, demo: bool):
    """A new register's administrator sets the centre next, unless the demo sets its own."""
    step = None if demo else centre_step(actor)
    if step is not None:
        step.exec()
    return actor


def centre_step(actor):
    """The first-run step of a new register: its administrator sets the centre as documents print it.
    None once the centre is set (a demo register sets its own), or for anyone but an administrator."""
    from ..domain.permissions import Action, may
    from ..services import centre
    from .widgets.centre_form import CentreDialog

    if centre.is_set() or not may(actor.role, Action.ADMINISTER):
        return None
    return CentreDialog(actor)


def _run_event_loop(app: QApplication) -> int:
    """The window's life, until it closes (a test stands in for it: a quit ends the application's
    loops for good, the test suite's too)."""
    return app.exec()


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
    url, first = db_url, True
    while True:
        opened = _open(url, smoke_test, first)
        first = False
        if isinstance(opened, int):
            return opened
        if isinstance(opened, str):
            url = opened  # another register, chosen by the clerk
            continue
        register, demo, administrator = opened
        window = _show(app, register, demo, language, username=username, smoke_test=smoke_test, password=password,
                       administrator=administrator)
        if isinstance(window, opening.DamagedRegister):
            after = _after_failure(window, url, smoke_test)
            if isinstance(after, int):
                return after
            url = after
            continue
        if isinstance(window, int):
            return window
        if smoke_test:
            # Shown and painted, then hidden without app.quit(): a quit leaves later event loops of
            # the same application (a test suite's) returning at once.
            app.processEvents()
            window.hide()
            app.processEvents()
            print(f"smoke test: the main window opened on {register.description}")
            return 0
        code = _run_event_loop(app)
        if not window.reopen:  # a restore closes the window to open it again on the restored register
            return code
        url = window.next_url or url  # or another register, chosen in Settings


def _open(url: str | None, smoke_test: bool, first: bool) -> tuple[opening.OpenedRegister, bool, Any] | str | int:
    """The register opened, whether to fill it with demo data and its first administrator (on the first
    start, from the first-run dialog); or the URL of another register the clerk chose after a failure;
    or the exit code when they gave up."""
    try:
        choice = opening.choose(url)
        demo, administrator = False, None
        if first and choice.is_new_default and not smoke_test:
            first_start = _first_run_choice(choice)
            if first_start is None:
                return 0
            demo, administrator = first_start
        return opening.open_register(choice, check_later=True), demo, administrator
    except Refusal as refusal:
        return _after_failure(refusal, url, smoke_test)
    except OSError as error:  # a file the system refuses to read or write: said as such
        problem = Refusal("The register cannot be opened: {problem}.", problem=error.strerror or error)
        return _after_failure(problem, url, smoke_test)
    except Exception as error:  # noqa: BLE001 - a bug while opening is logged and said, never a silent exit
        from .errors import show_bug

        show_bug(None, error, "opening the register")
        return 70


def _after_failure(refusal: Refusal, url: str | None, smoke_test: bool) -> str | int:
    from .dialogs import open_failure_dialog
    from .errors import sentence, show_refusal

    print(f"registry-app: {refusal}", file=sys.stderr)
    if smoke_test:
        return 2
    decision = open_failure_dialog.ask(refusal, current=url)
    if decision.action == "another":
        return decision.url
    if decision.action == "restore" and isinstance(refusal, opening.DamagedRegister) and refusal.backup:
        from ..services.backups import restoring

        name, given = QInputDialog.getText(None, QApplication.translate("app", "Restore"), QApplication.translate(
            "app", "Nobody can sign in to a damaged register. Your name, for the audit trail:"))
        if not given or not name.strip():
            return 2
        try:
            restoring.restore_damaged(refusal.path, refusal.backup.path, name.strip())
        except Refusal as failed:
            show_refusal(None, QApplication.translate("app", "Restore"), failed)
            print(f"registry-app: {sentence(failed)}", file=sys.stderr)
            return 2
        return url or ""
    return 2


def _show(app: QApplication, register: opening.OpenedRegister, demo: bool, language: str,
          username: str | None = None, smoke_test: bool = False, password: str | None = None, administrator=None):
    """The main window on the register, once someone signed in; or the exit code when nobody did."""
    from .main_window import MainWindow

    actor = _sign_in(register.description, username, smoke_test, password, administrator, demo)
    if actor is None or isinstance(actor, opening.DamagedRegister):
        return 0 if actor is None else actor
    if demo:
        from .dialogs.demo_progress import fill_with_demo

        task = fill_with_demo(actor, DEMO_PARTICIPANTS)
        if task.problem:
            return _fatal(app.translate("app", "Demo data"), task.problem)
    window = MainWindow(register.description, register.source, register.schema_version, actor, language)
    window.show()
    from .widgets.idle_lock import IdleLock

    window.idle_lock = IdleLock(window, actor, register.description)
    QTimer.singleShot(0, lambda: window.daily_checkpoint.start())  # once the window is on screen
    if not smoke_test:  # the scheduled full check, on a worker thread; said only if wrong. Asked once the
        # window is on screen: the Settings page it reports on is built for it.
        QTimer.singleShot(0, lambda: window.backups_box.check_if_due())
    return window
