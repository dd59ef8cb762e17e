"""The window locks itself after the minutes set in Settings without a key pressed or the mouse moved:
it is hidden behind the sign-in dialog of the person who left it, who types their password to go on."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from ...services.accounts.idle import idle_minutes
from ...services.actors import Actor

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class IdleLock(QObject):
    def __init__(self, window: QMainWindow, actor: Actor, database_text: str, minutes: int | None = None):
        super().__init__(window)
        self.window = window
        self.actor = actor
        self.database_text = database_text
        self.minutes = minutes if minutes is not None else idle_minutes()
        self.last_activity = time.monotonic()
        self.locked = False
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and not self.locked:
            self.last_activity = time.monotonic()
        return False

    def check(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        if not self.window.isVisible():  # a window closed (or never shown) has nothing left to guard
            return
        if not self.locked and now - self.last_activity >= self.minutes * 60:
            self.lock()

    def lock(self, dialog: QDialog | None = None) -> bool:
        """Hide the window until its person signs in again; Cancel closes the program. Whether it unlocked."""
        from ..dialogs.sign_in_dialog import SignInDialog

        self.locked = True
        self.window.hide()
        dialog = dialog or SignInDialog(self.database_text, locked_for=self.actor)
        unlocked = dialog.exec() == QDialog.DialogCode.Accepted
        self.locked = False
        self.last_activity = time.monotonic()
        if unlocked:
            self.window.show()
        else:
            self.window.close()
        return unlocked
