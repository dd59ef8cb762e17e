"""The window's backups (Settings: Back up now, Restore…, the backup on close) and what it does when a
register cannot be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from registry_app.gui import app as gui_app
from registry_app.gui.dialogs import open_failure_dialog
from registry_app.gui.dialogs.open_failure_dialog import Decision, failure_box
from registry_app.gui.main_window import MainWindow
from registry_app.services import opening
from registry_app.services.actors import current
from registry_app.services.backups import copies
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.database import db
from registry_app.store.models import Participant


def _window(qtbot, actor) -> MainWindow:
    window = MainWindow("SQLite: register", "--db", 2, actor)
    qtbot.addWidget(window)
    return window


def test_back_up_now_and_restore_from_the_settings_page(qtbot, sqlite_database, tmp_path):
    actor = current()
    participants.create(actor, ParticipantData("Awa", "Before", "F", "ML"))
    window = _window(qtbot, actor)
    box = window.backups_box
    assert "None yet" in box.latest_label.text()
    made = box.back_up_now()
    assert made is not None and made.exists() and "Backed up and checked" in box.latest_label.text()
    participants.create(actor, ParticipantData("Awa", "After", "F", "ML"))

    told = []
    box.choose_file = lambda folder: str(made)
    box.ask = lambda parent, title, question: "kept aside" in question
    box.tell = lambda parent, title, text: told.append(text)
    assert box.restore()
    assert [p.family_name for p in Participant.select()] == ["Before"]
    assert "restored" in told[0] and window.reopen and not window.isVisible()


def test_the_window_backs_up_when_it_closes_once_a_day(qtbot, sqlite_database):
    actor = current()
    window = _window(qtbot, actor)
    window.show()
    window.close()
    assert [b.reason for b in copies.backups()] == ["daily"]
    again = _window(qtbot, actor)
    again.show()
    again.close()
    assert len(copies.backups()) == 1


def test_a_damaged_register_offers_its_latest_good_backup(qtbot, tmp_path):
    from tests.reliability.registers import corrupt_pages, fill

    path = fill(tmp_path / "register.sqlite3")
    choice = opening.choose(str(path))
    opening.open_register(choice)
    from tests.actors import signed_in

    copies.back_up_now(signed_in("admin-under-test"))
    db.close()
    corrupt_pages(path)
    try:
        opening.open_register(choice)
    except opening.DamagedRegister as damaged:
        box = failure_box(damaged)
    qtbot.addWidget(box)
    names = [b.objectName() for b in box.buttons()]
    assert set(names) == {"another", "restore", "quit"}
    assert "is damaged" in box.text()


def test_a_register_that_cannot_be_opened_lets_the_clerk_choose_another(qtbot, tmp_path, monkeypatch):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a register")
    other = tmp_path / "other.sqlite3"
    asked = []

    def ask(refusal, parent=None, current=None):
        asked.append(str(refusal))
        return Decision("another", f"sqlite:///{other}")

    shown = []
    real_show = gui_app._show

    def show_and_note(app, register, demo, language, **signing_in):
        window = real_show(app, register, demo, language, **signing_in)
        shown.append(register.description)
        return window

    monkeypatch.setattr(open_failure_dialog, "ask", ask)
    from tests.actors import signed_in

    monkeypatch.setattr(gui_app, "_sign_in", lambda *args: signed_in("admin-under-test"))  # no dialog
    monkeypatch.setattr(gui_app, "centre_step", lambda actor: None)  # nor the new centre's settings
    monkeypatch.setattr(gui_app, "_show", show_and_note)
    monkeypatch.setattr(gui_app, "_run_event_loop", lambda app: 0)  # the window closes at once
    assert gui_app.run(str(text_file)) == 0
    assert "is a text file" in asked[0]
    assert shown == [f"SQLite: {other}"] and Path(other).exists()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    db.close()


def _damaged_with_a_backup(folder: Path) -> Path:
    from tests.actors import signed_in
    from tests.reliability.registers import corrupt_pages, fill

    path = fill(folder / "register.sqlite3")
    opening.open_register(opening.choose(str(path)))
    copies.back_up_now(signed_in("admin-under-test"))
    db.close()
    corrupt_pages(path)
    return path


def test_a_register_found_damaged_while_the_clerk_signs_in_is_not_signed_into(qtbot, tmp_path, monkeypatch):
    """The window's open leaves the quick check to a thread; when the clerk signs in, its verdict is
    in: a damaged register is not signed into (nothing is written to it) and its latest good backup is
    offered, as when the check runs before the window."""
    from registry_app.gui.dialogs.sign_in_dialog import SignInDialog
    from tests.reliability.registers import state

    path = _damaged_with_a_backup(tmp_path)
    before = state(tmp_path)
    asked, signed = [], []

    def type_and_sign_in(dialog):
        dialog.username.setText("filler")
        dialog.password.setText("register filler password")
        dialog._try()
        signed.append(dialog.actor)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", type_and_sign_in)
    monkeypatch.setattr(open_failure_dialog, "ask", lambda refusal, parent=None, **_: asked.append(refusal) or Decision("quit"))
    monkeypatch.setattr(gui_app, "_run_event_loop", lambda app: 0)
    assert gui_app.run(str(path)) == 2
    assert signed == [None] and isinstance(asked[0], opening.DamagedRegister)
    assert "is damaged" in str(asked[0]) and asked[0].backup is not None
    assert state(tmp_path) == before  # not a byte written, no -wal left beside it
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_a_clerk_who_cancels_the_sign_in_still_hears_the_register_is_damaged(qtbot, tmp_path, monkeypatch):
    from registry_app.gui.dialogs.sign_in_dialog import SignInDialog

    path = _damaged_with_a_backup(tmp_path)
    asked = []
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: SignInDialog.DialogCode.Rejected)
    monkeypatch.setattr(open_failure_dialog, "ask", lambda refusal, parent=None, **_: asked.append(refusal) or Decision("quit"))
    assert gui_app.run(str(path)) == 2
    assert isinstance(asked[0], opening.DamagedRegister) and asked[0].backup is not None
