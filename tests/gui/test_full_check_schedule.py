"""The window runs the full check on a worker thread when it is due (injected clock), records it, and
tells the clerk only when something is wrong."""

from __future__ import annotations

from datetime import datetime, timedelta

from registry_app.gui.main_window import MainWindow
from registry_app.services.actors import current
from registry_app.services.backups import copies, health
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from tests.store.test_backup_check import stale_index

MONDAY = datetime(2026, 11, 30, 9, 0)


def _box(qtbot):
    window = MainWindow("SQLite: register", "--db", 2, current())
    qtbot.addWidget(window)
    box = window.backups_box
    told: list[str] = []
    box.warn = lambda parent, title, text: told.append(text)
    return box, told


def _finished(qtbot, task):
    assert task is not None
    qtbot.waitUntil(lambda: task.isFinished(), timeout=30_000)
    qtbot.wait(50)  # the finished signal's slot runs in the window's thread


def test_the_full_check_runs_when_due_and_says_nothing_when_all_is_sound(qtbot, sqlite_database):
    participants.create(current(), ParticipantData("Awa", "Traoré", "F", "ML"))
    copies.make("manual")
    box, told = _box(qtbot)
    assert "Not yet run" in box.full_check_label.text()
    _finished(qtbot, box.check_if_due(MONDAY))
    assert told == [] and "sound" in box.full_check_label.text() and health.last().at == MONDAY
    assert box.check_if_due(MONDAY + timedelta(days=6)) is None
    box.days_box.setValue(3)  # Settings: every 3 days
    assert health.interval_days() == 3
    _finished(qtbot, box.check_if_due(MONDAY + timedelta(days=3)))
    assert told == [] and health.last().at == MONDAY + timedelta(days=3)


def test_a_damaged_backup_is_said_to_the_clerk(qtbot, sqlite_database):
    for n in range(40):
        participants.create(current(), ParticipantData(f"Awa {n}", f"Traoré {n}", "F", "ML", rank=f"Rank {n}"))
    made = copies.make("manual")
    stale_index(made.path)
    box, told = _box(qtbot)
    _finished(qtbot, box.check_if_due(MONDAY))
    assert len(told) == 1 and made.path.name in told[0] and "Back up now" in told[0]
    assert "problems found" in box.full_check_label.text()


def test_a_check_that_ends_after_the_window_closed_says_nothing(qtbot, sqlite_database):
    copies.make("manual")
    box, told = _box(qtbot)
    shown: list[bool] = []
    box.show_full_check = lambda: shown.append(True)
    task = box.check_if_due(MONDAY)
    box.window().close()  # waits for the thread; its verdict arrives after
    _finished(qtbot, task)
    assert shown == [] and told == []  # no message box over a window that is gone
