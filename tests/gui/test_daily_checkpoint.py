"""The daily checkpoint of the audit trail in the window: asked of whoever may sign it when it is due
(at sign-in, by the half-hourly timer of a window left open, at closing), with an injected clock, and
written to the file the administrator chose."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from registry_app.gui.main_window import MainWindow
from registry_app.gui.pages.audit_page import AuditPage
from registry_app.gui.widgets.daily_checkpoint import DailyCheckpoint
from registry_app.services.audit_trail import checkpoints
from registry_app.services.certificates import keys as sealing
from registry_app.store.models import AuditCheckpoint

PASSPHRASE = "the centre's key passphrase"
MORNING = datetime(2026, 12, 1, 8, 0)


class Prompts:
    """Stands in for the blocking passphrase dialog: notes what it was asked and answers."""

    def __init__(self, answer: str | None = PASSPHRASE):
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent, title, text, echo):
        self.asked.append(text)
        return (self.answer or "", self.answer is not None)


@pytest.fixture
def prompts(monkeypatch):
    answering = Prompts()
    monkeypatch.setattr(QInputDialog, "getText", answering)
    return answering


@pytest.fixture
def centre_key(actor):
    """The centre's key, on this PC, in the user's keys folder."""
    sealing.new_key(actor, PASSPHRASE, date(2020, 1, 1))
    return actor


def test_the_daily_checkpoint_is_asked_once_a_day_by_the_clock(qtbot, centre_key, prompts):
    now = [MORNING]
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    daily = DailyCheckpoint(holder, centre_key, clock=lambda: now[0])
    assert daily.offer() and len(prompts.asked) == 1  # none yet: asked at once
    assert AuditCheckpoint.get().at == MORNING and AuditCheckpoint.get().reason == "daily"
    for later in (timedelta(hours=1), timedelta(hours=23, minutes=59)):
        now[0] = MORNING + later
        daily.timer.timeout.emit()  # the half-hourly look of a window left open
        assert len(prompts.asked) == 1
    now[0] = MORNING + timedelta(days=1)
    daily.timer.timeout.emit()
    assert len(prompts.asked) == 2 and AuditCheckpoint.select().count() == 2
    assert [c.at for c in checkpoints.from_file(checkpoints.checkpoint_file())] == [MORNING, now[0]]


def test_a_skipped_checkpoint_is_asked_again_hours_later_not_at_every_look(qtbot, centre_key,
                                                                           prompts):
    now = [MORNING]
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    daily = DailyCheckpoint(holder, centre_key, clock=lambda: now[0])
    prompts.answer = None  # Cancel
    assert not daily.offer()
    now[0] = MORNING + timedelta(hours=3)
    assert not daily.offer() and len(prompts.asked) == 1
    prompts.answer = PASSPHRASE
    now[0] = MORNING + timedelta(hours=4)
    assert daily.offer() and len(prompts.asked) == 2


def test_a_wrong_passphrase_is_said_and_nothing_is_signed(qtbot, centre_key, prompts, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    prompts.answer = "not the passphrase"
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    assert not DailyCheckpoint(holder, centre_key, clock=lambda: MORNING).offer()
    assert "passphrase" in said[0] and AuditCheckpoint.select().count() == 0


def test_nobody_is_asked_who_may_not_sign_or_lacks_the_key_on_this_pc(qtbot, centre_key, prompts,
                                                                     sign_in_as, tmp_path):
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    assert not DailyCheckpoint(holder, centre_key, keys_dir=tmp_path / "another-pc").offer()
    clerk = sign_in_as("clerk")
    assert not DailyCheckpoint(holder, clerk, clock=lambda: MORNING).offer()
    registrar = sign_in_as("registrar")
    assert DailyCheckpoint(holder, registrar, clock=lambda: MORNING).offer()
    assert len(prompts.asked) == 1


def test_the_window_asks_when_it_opens_and_at_closing_into_the_administrators_file(qtbot,
                                                                                  centre_key, prompts, tmp_path):
    kept = tmp_path / "usb-stick" / "audit.jsonl"
    page = AuditPage(centre_key)
    qtbot.addWidget(page)
    assert page.file_button.isEnabled() and page.choose_file(kept)
    assert str(kept) in page.last_checkpoint.text()
    window = MainWindow("SQLite: register", "--db", 2, centre_key)
    qtbot.addWidget(window)
    window.show()
    window.daily_checkpoint.start()  # as the application does once someone signed in
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert "is due" in prompts.asked[0] and str(kept) in prompts.asked[0]
    window.close()
    assert len(prompts.asked) == 1  # closing the same day: the day's checkpoint is made
    AuditCheckpoint.update(at=MORNING - timedelta(days=2)).execute()  # as if signed two days ago
    window = MainWindow("SQLite: register", "--db", 2, centre_key)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert len(prompts.asked) == 2 and prompts.asked[1].startswith("Before closing")
    assert [c.reason for c in checkpoints.in_register()] == ["daily", "closing"]
    assert [c.reason for c in checkpoints.from_file(kept)] == ["daily", "closing"]


def test_a_locked_window_asks_nothing(qtbot, centre_key, prompts):
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    daily = DailyCheckpoint(holder, centre_key, clock=lambda: MORNING)
    holder.hide()  # what the idle lock does while it waits for the password
    daily.timer.timeout.emit()
    assert not daily.offer("closing") and prompts.asked == []
    holder.show()
    assert daily.offer() and len(prompts.asked) == 1


def test_only_an_administrator_chooses_the_checkpoints_file(qtbot, database, sign_in_as, tmp_path):
    registrar = sign_in_as("registrar")
    page = AuditPage(registrar)
    qtbot.addWidget(page)
    assert not page.file_button.isEnabled()
    assert not page.choose_file(tmp_path / "mine.jsonl")
    assert "may not administer" in page.verdict.text()
    assert checkpoints.checkpoint_file() == checkpoints.default_file()
