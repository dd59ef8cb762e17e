"""Signing in before the window opens, a password change, and unlocking a window that locked itself
while nobody used it. (A new register's first administrator is made in the first-run dialog.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Refusal
from ...services import opening
from ...services.accounts import signing_in
from ...services.actors import Actor


def _translate(template: str) -> str:
    return QCoreApplication.translate("Validation", template)


class _PasswordDialog(QDialog):
    """A form above an explanation, a line for what went wrong, OK and Cancel."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.actor: Actor | None = None
        self.damage: opening.DamagedRegister | None = None  # the register failed its check at open
        self.form = QFormLayout()
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.problem = QLabel("", self)
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _line(self, label: str, secret: bool = False, name: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        return edit

    def _try(self) -> None:
        # The register's quick check ran while the person typed: a damaged register is not signed
        # into (that writes), the window says what is wrong and offers its latest good backup instead.
        self.damage = opening.damage_found()
        if self.damage is not None:
            self.reject()
            return
        try:
            self._act()
        except Refusal as refusal:
            self.problem.setText(refusal.sentence(_translate))
            self._after_refusal()
            return
        self.accept()

    def _act(self) -> None:
        raise NotImplementedError

    def _after_refusal(self) -> None:
        pass


class SignInDialog(_PasswordDialog):
    """The user name and password that open the window; with `locked_for`, the signed-in person
    unlocks the window they left (the user name is theirs and cannot be changed)."""

    def __init__(self, database_text: str, username: str = "", locked_for: Actor | None = None,
                 parent: QWidget | None = None):
        if locked_for is None:
            title, text = self.tr("Sign in"), self.tr("Sign in to the register %1.")
        else:
            title, text = self.tr("Locked"), self.tr(
                "The window locked itself while nobody used it. Type your password to go on, or Cancel "
                "to close the program. Register: %1.")
        super().__init__(title, text.replace("%1", f"\u2066{database_text}\u2069"), parent)
        self.username = self._line(self.tr("&User name"), name="usernameEdit")
        self.password = self._line(self.tr("&Password"), secret=True, name="passwordEdit")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Sign in") if locked_for is None else self.tr("&Unlock"))
        self.username.setText(locked_for.username if locked_for else username)
        self.username.setReadOnly(locked_for is not None)
        (self.password if self.username.text() else self.username).setFocus()

    def _act(self) -> None:
        self.actor = signing_in.sign_in(self.username.text(), self.password.text())

    def _after_refusal(self) -> None:
        self.password.clear()
        self.password.setFocus()


class ChangePasswordDialog(_PasswordDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(self.tr("Change my password"),
                         self.tr("Your new password must have at least 10 characters."), parent)
        self.actor = actor
        self.current = self._line(self.tr("&Current password"), secret=True, name="currentEdit")
        self.password = self._line(self.tr("&New password"), secret=True, name="passwordEdit")
        self.repeated = self._line(self.tr("The new password &again"), secret=True, name="repeatedEdit")

    def _act(self) -> None:
        assert self.actor is not None
        signing_in.change_password(self.actor, self.current.text(), self.password.text(), self.repeated.text())
