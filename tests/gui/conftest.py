import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from registry_app import paths
from registry_app.gui.widgets.backups_box import BackupsBox
from registry_app.gui.widgets.idle_lock import IdleLock
from registry_app.services.actors import current
from registry_app.services.demo import generate


@pytest.fixture
def demo_register(sqlite_database):
    """A demo register of realistic shape, on SQLite (the window's embedded default)."""
    actor = current()  # the administrator sqlite_database signed in
    generate(actor, participants=1500, seed=3)
    return actor


@pytest.fixture(autouse=True)
def nothing_left_running():
    """A window a test leaves behind must not lock itself minutes later, nor report its full check, in
    another test, behind a dialog that nobody answers."""
    yield
    app = QApplication.instance()
    for widget in app.topLevelWidgets() if app else []:
        for lock in widget.findChildren(IdleLock):
            lock.timer.stop()
        for box in widget.findChildren(BackupsBox):
            box.window_closes()  # its verdict must not open a message box in another test


@pytest.fixture
def translated(qapp):
    """Installs the program's translation of a language (English is the source: nothing to install) and its
    direction; all removed after the test."""
    installed = []

    def install(language: str) -> None:
        if language == "en":
            return
        translator = QTranslator()
        assert translator.load(QLocale(language), "registry", "_", str(paths.resources_dir() / "translations")), \
            language
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
