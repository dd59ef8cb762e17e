"""The daily checkpoint of the audit trail while the window is open: whoever may sign it (a registrar or an
administrator, on a PC that holds the centre's key) is asked for the key's passphrase when they sign in
and the last checkpoint is a day old, again while the window stays open past a day, and at closing.

The key stays wrapped: the program never signs unattended, so a checkpoint vouches that a person who
holds the passphrase saw the trail at that moment. Skipping (Cancel) is allowed and asked again a few
hours later, never more often."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ...domain.errors import Refusal
from ...services.actors import Actor
from ...services.audit_trail import checkpoints

LOOK_EVERY_MS = 30 * 60 * 1000  # a window left open overnight asks the next morning, not at once
ASK_AGAIN_AFTER = timedelta(hours=4)  # after a Cancel


class DailyCheckpoint(QObject):
    def __init__(self, window: QWidget, actor: Actor, clock: Callable[[], datetime] = checkpoints.clock,
                 keys_dir: Path | None = None):
        super().__init__(window)
        self.window, self.actor, self.clock, self.keys_dir = window, actor, clock, keys_dir
        self.skipped_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.offer("daily"))

    def start(self) -> None:
        """Look now (once the window is on screen) and then every half hour."""
        QTimer.singleShot(0, lambda: self.offer("daily"))
        self.timer.start()

    def offer(self, reason: str = "daily") -> bool:
        """Ask for the passphrase when a checkpoint is due; True once one is signed. Never over a locked
        (hidden) window: whoever is at the PC has not proved who they are."""
        if not self.window.isVisible():
            return False
        now = self.clock()
        try:
            if not checkpoints.due_for(self.actor, now, self.keys_dir):
                return False
            if reason == "daily" and self.skipped_at and now - self.skipped_at < ASK_AGAIN_AFTER:
                return False
            passphrase = self._ask(reason)
            if passphrase is None:
                self.skipped_at = now
                return False
            checkpoints.make(self.actor, passphrase, reason=reason, keys_dir=self.keys_dir, now=now)
        except Refusal as refusal:
            from ..errors import show_refusal

            self.skipped_at = now
            show_refusal(self.window, self.tr("Audit checkpoint"), refusal)
            return False
        return True

    def _ask(self, reason: str) -> str | None:
        text = (self.tr("The daily checkpoint of the audit trail is due: its head is signed with the centre's "
                        "key and written to %1.\n\nPassphrase of the signing key (Cancel to skip):")
                .replace("%1", f"\u2066{checkpoints.checkpoint_file()}\u2069"))
        if reason == "closing":
            text = self.tr("Before closing: %1").replace("%1", text)
        passphrase, given = QInputDialog.getText(self.window, self.tr("Audit checkpoint"), text,
                                                 QLineEdit.EchoMode.Password)
        return passphrase if given else None
