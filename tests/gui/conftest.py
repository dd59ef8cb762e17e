import pytest
from PySide6.QtWidgets import QApplication

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
def no_idle_lock_left_running():
    """A window a test leaves behind must not lock itself minutes later, in another test, behind a
    sign-in dialog that nobody answers."""
    yield
    app = QApplication.instance()
    for widget in app.topLevelWidgets() if app else []:
        for lock in widget.findChildren(IdleLock):
            lock.timer.stop()
