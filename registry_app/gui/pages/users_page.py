"""The administrator's Users page: who may use the register and as what; passwords reset, accounts
deactivated, and each person's own login on a shared server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Role
from ...domain.errors import Refusal
from ...services.accounts import database_logins, users
from ...services.accounts.users import UserRow
from ...services.actors import Actor
from ..dialogs.sign_in_dialog import _PasswordDialog
from ..sayings import Sayings
from ..selection import select_rows


def _translate(template: str) -> str:
    return QCoreApplication.translate("Validation", template)


def role_names() -> dict[Role, str]:
    return {Role.ADMIN: QCoreApplication.translate("UsersPage", "Administrator"),
            Role.REGISTRAR: QCoreApplication.translate("UsersPage", "Registrar"),
            Role.CLERK: QCoreApplication.translate("UsersPage", "Registry clerk"),
            Role.TRAINER: QCoreApplication.translate("UsersPage", "Trainer"),
            Role.VIEWER: QCoreApplication.translate("UsersPage", "Viewer")}


class NewUserDialog(_PasswordDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(self.tr("Add a user"), self.tr(
            "The person signs in with this user name and password, and may change the password afterwards."), parent)
        self.actor = actor
        self.username = self._line(self.tr("&User name"), name="usernameEdit")
        self.display_name = self._line(self.tr("&Full name"), name="displayNameEdit")
        self.role = QComboBox(self)
        for role, name in role_names().items():
            self.role.addItem(name, role.value)
        self.role.setCurrentIndex(self.role.findData(Role.CLERK.value))
        self.form.addRow(self.tr("&Role"), self.role)
        self.password = self._line(self.tr("&Password"), secret=True, name="passwordEdit")
        self.repeated = self._line(self.tr("The password &again"), secret=True, name="repeatedEdit")
        self.added: UserRow | None = None

    def _act(self) -> None:
        assert self.actor is not None
        self.added = users.add_user(self.actor, self.username.text(), self.display_name.text(),
                                    self.role.currentData(), self.password.text(), self.repeated.text())


class NewPasswordDialog(_PasswordDialog):
    """A password an administrator sets: the user's (reset) or their server login's."""

    def __init__(self, title: str, text: str, act, parent: QWidget | None = None):
        super().__init__(title, text, parent)
        self.password = self._line(self.tr("&New password"), secret=True, name="passwordEdit")
        self.repeated = self._line(self.tr("The new password &again"), secret=True, name="repeatedEdit")
        self._do = act

    def _act(self) -> None:
        self._do(self.password.text(), self.repeated.text())


class UsersPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.rows: list[UserRow] = []
        self.say = Sayings()
        heading = QLabel(self)
        self.say(lambda: heading.setText(self.tr("Users")))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        note = QLabel(self)
        self.say(lambda: note.setText(self.tr("Who may use the register, and as what. The register always keeps "
                                              "one active administrator; a deactivated person can no longer sign in.")))
        note.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.say(lambda: self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"),
                                                               self.tr("Role"), self.tr("State"),
                                                               self.tr("Server login")]))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self)
        self.role_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.active_button = QPushButton(self)
        self.login_button = QPushButton(self)
        self.say(lambda: (self.add_button.setText(self.tr("&Add…")), self.role_button.setText(self.tr("Change &role…")),
                          self.reset_button.setText(self.tr("Reset &password…")),
                          self.login_button.setText(self.tr("Server &login…"))))
        self._refusal: Refusal | None = None  # the last refusal, said under the table
        self.login_button.setVisible(database_logins.available())
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button, self.active_button, self.login_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.login_button.clicked.connect(self.server_login)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._loaded = False  # read when first shown: not on every start of the window
        self._selection_changed()

    def speak(self, language: str) -> None:
        """The page in another language, on the same widgets, the same person selected."""
        self.say.again()
        if self._loaded:
            self._show_rows(self.selected())
        self._selection_changed()
        if self._refusal is not None:
            self.problem.setText(self._refusal.sentence(_translate))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        chosen = self.selected()
        self.rows = users.list_users(self.actor)
        self._show_rows(chosen)

    def _show_rows(self, chosen: UserRow | None) -> None:
        """The people in the table, their roles and states in the interface's language, chosen selected."""
        names = role_names()
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            state = self.tr("active") if row.active else self.tr("deactivated")
            if row.locked_until is not None:
                state += " · " + self.tr("locked until %1 UTC").replace("%1", f"{row.locked_until:%H:%M}")
            for column, text in enumerate((row.username, row.display_name, names[row.role], state,
                                           row.database_login or "—")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.user_id)
                self.table.setItem(number, column, item)
        if chosen is not None:
            self.select(chosen.user_id)
        self._selection_changed()

    def select(self, user_id: int) -> None:
        select_rows(self.table, [n for n, row in enumerate(self.rows) if row.user_id == user_id])

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.reset_button, self.active_button, self.login_button):
            button.setEnabled(row is not None)
        self.active_button.setText(self.tr("&Reactivate") if row is not None and not row.active
                                   else self.tr("&Deactivate"))

    def _try(self, action) -> bool:
        try:
            action()
        except Refusal as refusal:
            self._refusal = refusal
            self.problem.setText(refusal.sentence(_translate))
            self.refresh()
            return False
        self._refusal = None
        self.problem.clear()
        self.refresh()
        return True

    def add(self) -> None:
        dialog = NewUserDialog(self.actor, self)
        if dialog.exec() and dialog.added is not None:
            self.refresh()
            self.select(dialog.added.user_id)

    def change_role(self, role: Role | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        if role is None:
            names = role_names()
            labels = list(names.values())
            label, chosen = QInputDialog.getItem(self, self.tr("Change role"), self.tr("Role of %1:").replace(
                "%1", row.display_name), labels, labels.index(names[row.role]), False)
            if not chosen:
                return False
            role = next(r for r, name in names.items() if name == label)
        return self._try(lambda: users.set_role(self.actor, row.user_id, row.version, role))

    def toggle_active(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        return self._try(lambda: users.set_active(self.actor, row.user_id, row.version, not row.active))

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = NewPasswordDialog(self.tr("Reset the password"), self.tr(
            "A new password for %1; give it to them, and they change it after signing in. It also lifts a lock."
        ).replace("%1", row.display_name), lambda p, r: users.reset_password(self.actor, row.user_id, row.version,
                                                                           p, r), self)
        dialog.exec()
        self.refresh()

    def server_login(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = NewPasswordDialog(self.tr("Server login"), self.tr(
            "%1 gets a PostgreSQL login of their own, in the group of their role: the server then refuses them "
            "what their role may not do, even outside this program.").replace("%1", row.display_name),
            lambda p, r: database_logins.create_login(self.actor, row.user_id, p, r), self)
        if dialog.exec():
            QMessageBox.information(self, self.tr("Server login"), self.tr("%1 signs in to the server as %2.")
                                    .replace("%1", row.display_name).replace("%2", users.get_user(
                                        self.actor, row.user_id).database_login))
        self.refresh()


