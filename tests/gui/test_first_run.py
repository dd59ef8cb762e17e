"""The first start: one dialog for the choice between demo data and an empty register and the first
administrator (checked there, refusals said there), the register made with its administrator, the demo fill."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from registry_app.gui import app as gui_app
from registry_app.gui.app import use_language
from registry_app.gui.dialogs.demo_progress import demo_task, fill_with_demo
from registry_app.gui.dialogs.first_run_dialog import FirstRunDialog
from registry_app.services.accounts import signing_in
from registry_app.services.actors import current
from registry_app.store.database import db
from registry_app.store.models import AuditEvent, Participant, User
from registry_app.store.schema import init_db

GOOD = "a long enough password"


def _fill(dialog, username="director", name="Amina Director", password=GOOD, again=GOOD):
    for edit, text in ((dialog.ui.usernameEdit, username), (dialog.ui.displayNameEdit, name),
                       (dialog.ui.passwordEdit, password), (dialog.ui.repeatedEdit, again)):
        edit.clear()
        QTest.keyClicks(edit, text)


def _ok(dialog):
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_dialog_offers_demo_data_first_names_the_file_and_asks_for_the_administrator(qtbot, tmp_path):
    dialog = FirstRunDialog(str(tmp_path / "register.sqlite3"))
    qtbot.addWidget(dialog)
    assert dialog.wants_demo()
    assert str(tmp_path / "register.sqlite3") in dialog.ui.pathLabel.text()
    dialog.ui.emptyRadio.setChecked(True)
    assert not dialog.wants_demo()
    for edit in (dialog.ui.usernameEdit, dialog.ui.displayNameEdit):
        assert edit.echoMode() == QLineEdit.EchoMode.Normal
    for edit in (dialog.ui.passwordEdit, dialog.ui.repeatedEdit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.parametrize(("typed", "said"), [
    (dict(username="a"), "A user name is 2 to 60"),
    (dict(username="amina director"), "A user name is 2 to 60"),
    (dict(password="short", again="short"), "at least 10 characters"),
    (dict(again=GOOD + "!"), "The two passwords differ."),
    (dict(name="   ", username="  "), "A user name is 2 to 60"),
])
def test_what_is_wrong_is_said_in_the_dialog_which_stays_open(qtbot, tmp_path, typed, said):
    dialog = FirstRunDialog(str(tmp_path / "register.sqlite3"))
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, **typed)
    _ok(dialog)
    assert said in dialog.ui.problemLabel.text()
    assert dialog.isVisible() and dialog.administrator is None
    assert not (tmp_path / "register.sqlite3").exists()  # nothing is created before OK is accepted
    _fill(dialog)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert (dialog.administrator.username, dialog.administrator.display_name) == ("director", "Amina Director")
    assert GOOD not in repr(dialog.administrator)  # never in a log or a traceback


@pytest.mark.parametrize(("language", "said"), [("fr", "Les deux mots de passe diffèrent."),
                                                 ("ar", "كلمتا المرور مختلفتان.")])
def test_the_refusal_is_said_in_the_language_of_the_interface(qtbot, qapp, tmp_path, language, said):
    use_language(qapp, language)
    try:
        dialog = FirstRunDialog(str(tmp_path / "register.sqlite3"))
        qtbot.addWidget(dialog)
        _fill(dialog, again=GOOD + "?")
        _ok(dialog)
        assert dialog.ui.problemLabel.text() == said
        assert dialog.ui.administratorBox.title() != "The first administrator: you"
    finally:
        use_language(qapp, "en")


def test_a_register_without_user_makes_its_administrator_in_the_same_dialog(qtbot, db_url):
    database = init_db(db_url)
    try:
        dialog = FirstRunDialog("PostgreSQL: registry", offer_demo=False, create_now=True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.ui.demoRadio.isVisible() and not dialog.wants_demo()
        assert "has no user yet" in dialog.ui.introLabel.text()
        _fill(dialog, again="something else entirely")
        _ok(dialog)
        assert "differ" in dialog.ui.problemLabel.text() and not signing_in.has_users()
        _fill(dialog)
        _ok(dialog)
        assert dialog.actor.role == "admin" and current() == dialog.actor
        made = User.get(User.username == "director")
        assert made.display_name == "Amina Director" and made.password_hash.startswith("$argon2id$")
        assert AuditEvent.get(AuditEvent.action == "create-first-administrator").user_id == made.id
    finally:
        database.close()


def _answer(kind, act):
    """Acts on the modal dialog of kind once it is open (the application's own exec() shows it)."""
    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, look)
    QTimer.singleShot(0, look)


def test_the_first_start_makes_the_register_and_its_administrator_from_the_one_dialog(qtbot, monkeypatch):
    from registry_app import paths
    from registry_app.gui.widgets.centre_form import CentreDialog

    def first_run(dialog):
        dialog.ui.emptyRadio.setChecked(True)
        _fill(dialog, again="not the same one")
        _ok(dialog)
        assert "differ" in dialog.ui.problemLabel.text()
        _fill(dialog)
        _answer(CentreDialog, centre_later)  # the centre step of an empty register comes next
        _ok(dialog)

    centre_asked = []

    def centre_later(dialog):
        centre_asked.append(dialog.windowTitle())
        dialog.reject()

    _answer(FirstRunDialog, first_run)
    monkeypatch.setattr(gui_app, "_run_event_loop", lambda app: 0)  # the window closes at once
    assert not paths.default_database_path().exists()
    assert gui_app.run() == 0
    assert paths.default_database_path().exists() and centre_asked == ["Your centre"]
    admin = User.get()
    assert (admin.username, admin.role, admin.display_name) == ("director", "admin", "Amina Director")
    assert current().username == "director"
    assert [e.action for e in AuditEvent.select().order_by(AuditEvent.id)][0] == "create-first-administrator"
    for widget in QApplication.topLevelWidgets():
        widget.close()
    db.close()


def test_cancelling_the_first_run_creates_nothing(qtbot, monkeypatch):
    from registry_app import paths

    _answer(FirstRunDialog, lambda dialog: dialog.reject())
    assert gui_app.run() == 0
    assert not paths.default_database_path().exists()


def test_demo_data_is_made_off_the_gui_thread_with_progress(qtbot, sqlite_database):
    task = fill_with_demo(current(), participants=120)
    assert task.result is not None and task.problem == ""
    assert Participant.select().count() == 120


def test_a_cancelled_demo_fill_writes_nothing(qtbot, sqlite_database):
    task = demo_task(current(), participants=120)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=30_000):
        task.start()
    assert task.result is None and task.problem == ""
    assert Participant.select().count() == 0
    assert not AuditEvent.select().where(AuditEvent.action == "demo-data").exists()
