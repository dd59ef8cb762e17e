"""The sign-in dialog before the window, the first administrator of a new register, a password change."""

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from registry_app.gui.dialogs.sign_in_dialog import ChangePasswordDialog, SignInDialog
from registry_app.services import actors
from registry_app.services.accounts import signing_in
from tests.conftest import TEST_PASSWORD


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_wrong_password_is_said_and_cleared_then_the_right_one_signs_in(qtbot, sqlite_database, sign_in_as):
    clerk = sign_in_as("clerk")
    actors.use(None)
    dialog = SignInDialog("SQLite: register.sqlite3", "clerk-under-test")
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong password")
    _ok(dialog)
    assert dialog.problem.text() == "The user name or the password is wrong."
    assert dialog.password.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    dialog.password.setText(TEST_PASSWORD)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor == clerk == actors.current()


def test_the_lock_dialog_unlocks_only_for_the_person_who_left(qtbot, sqlite_database, sign_in_as):
    clerk = sign_in_as("clerk")
    dialog = SignInDialog("SQLite: register.sqlite3", locked_for=clerk)
    qtbot.addWidget(dialog)
    assert dialog.username.isReadOnly() and dialog.username.text() == "clerk-under-test"
    dialog.password.setText(TEST_PASSWORD)
    _ok(dialog)
    assert dialog.actor == clerk


def test_changing_my_password(qtbot, sqlite_database, sign_in_as):
    clerk = sign_in_as("clerk")
    dialog = ChangePasswordDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.current.setText(TEST_PASSWORD)
    dialog.password.setText("my new long password")
    dialog.repeated.setText("my new long password")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with pytest.raises(Exception):
        signing_in.sign_in("clerk-under-test", TEST_PASSWORD)
    assert signing_in.sign_in("clerk-under-test", "my new long password") == clerk
