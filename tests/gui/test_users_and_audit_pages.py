"""The Users page, the Audit page, the idle lock and what the window shows each role."""

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from registry_app.gui.main_window import MainWindow
from registry_app.gui.pages.audit_page import AuditPage
from registry_app.gui.pages.users_page import NewUserDialog, UsersPage
from registry_app.gui.widgets.idle_lock import IdleLock
from registry_app.services.accounts import idle, signing_in
from registry_app.services.certificates import keys as sealing
from registry_app.store import audit_guard
from registry_app.store.database import db
from registry_app.store.models import AuditEvent, User
from tests.conftest import TEST_PASSWORD

PASSWORD = "a long enough password"


def test_an_administrator_adds_a_user_changes_the_role_and_deactivates(qtbot, sqlite_database, actor):
    page = UsersPage(actor)
    qtbot.addWidget(page)
    dialog = NewUserDialog(actor, page)
    dialog.username.setText("awa")
    dialog.display_name.setText("Awa Traoré")
    dialog.password.setText(PASSWORD)
    dialog.repeated.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.added.role == "clerk"
    page.refresh()
    page.select(dialog.added.user_id)
    assert page.change_role("viewer")
    assert User.get(User.username == "awa").role == "viewer"
    assert page.toggle_active()
    assert not User.get(User.username == "awa").active
    page.select(actor.user_id)
    assert not page.change_role("clerk")  # the last administrator
    assert "at least one active administrator" in page.problem.text()
    assert page.table.rowCount() == 2


def test_the_audit_page_filters_verifies_checkpoints_and_exports(qtbot, sqlite_database, actor, tmp_path):
    sealing.new_key(actor, PASSWORD, date(2020, 1, 1), tmp_path / "keys")
    page = AuditPage(actor)
    qtbot.addWidget(page)
    page.keys_dir = tmp_path / "keys"
    out = tmp_path / "kept" / "checkpoints.jsonl"
    assert page.checkpoint(PASSWORD, out)
    assert "note it down" in page.last_checkpoint.text()
    verdict = page.verify(out)
    assert verdict.sound and "intact" in page.verdict.text()
    page.action.setCurrentIndex(page.action.findData("create-key"))
    page.refresh()
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == "Signing key created"
    assert page.export(tmp_path / "trail.csv") == 1
    audit_guard.remove(db.obj)
    first = AuditEvent.select().order_by(AuditEvent.id).first()
    AuditEvent.delete().where(AuditEvent.id == first.id).execute()
    verdict = page.verify(out)
    assert not verdict.sound and "tampered" in page.verdict.text()


def test_the_window_shows_users_and_audit_only_to_those_who_may(qtbot, sqlite_database, actor, sign_in_as):
    window = MainWindow("SQLite: x", "default", 4, actor)
    qtbot.addWidget(window)
    assert window.users_page is not None and window.audit_page is not None
    clerk = sign_in_as("clerk")
    clerk_window = MainWindow("SQLite: x", "default", 4, clerk)
    qtbot.addWidget(clerk_window)
    assert clerk_window.users_page is None and clerk_window.audit_page is None
    labels = [clerk_window.ui.navigation.item(n).text() for n in range(clerk_window.ui.navigation.count())]
    assert "Users" not in labels and "Audit" not in labels
    assert clerk_window.certificates_page.buttons["revoke"].isHidden()
    assert not clerk_window.certificates_page.buttons["export"].isHidden()
    viewer_window = MainWindow("SQLite: x", "default", 4, sign_in_as("viewer"))
    qtbot.addWidget(viewer_window)
    assert viewer_window.certificates_page.buttons["export"].isHidden()
    assert not viewer_window.ui.actionNew.isVisible()


def test_the_window_locks_after_the_idle_minutes_and_unlocks_with_the_password(qtbot, sqlite_database, actor):
    idle.set_idle_minutes(actor, 5)
    window = MainWindow("SQLite: x", "default", 4, actor)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, actor, "SQLite: x")
    assert lock.minutes == 5
    from registry_app.gui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog("SQLite: x", locked_for=actor)
    qtbot.addWidget(dialog)

    def type_password():
        assert not window.isVisible()
        dialog.password.setText(TEST_PASSWORD)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, type_password)
    assert lock.lock(dialog)
    assert window.isVisible()
    lock.check(now=lock.last_activity + 4 * 60)
    assert not lock.locked and window.isVisible()
    assert signing_in.has_users()


def test_a_window_closed_does_not_lock_itself_later(qtbot, sqlite_database, actor):
    idle.set_idle_minutes(actor, 5)
    window = MainWindow("SQLite: x", "default", 4, actor)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, actor, "SQLite: x")
    window.close()
    lock.check(now=lock.last_activity + 6 * 60)  # would open a sign-in dialog and wait for ever
    assert not lock.locked
