"""The Settings page's backups: when the last one was made, "Back up now" and "Restore…"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ...domain.errors import Refusal
from ...services.backups import copies, restoring
from ..errors import sentence, show_refusal

Ask = Callable[[QWidget, str, str], bool]


def _isolated(path: object) -> str:
    """A path kept left to right inside a right-to-left sentence."""
    return f"\u2066{path}\u2069"


def _confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class BackupsBox(QGroupBox):
    """restored() is called after a restore: the window then reopens on the restored register."""

    def __init__(self, actor, restored: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.actor = actor
        self.restored = restored
        self.ask: Ask = _confirm  # tests answer for the clerk
        self.tell: Callable[[QWidget, str, str], object] = QMessageBox.information
        self.choose_file: Callable[[str], str] = self._choose_file
        form = QFormLayout(self)
        self.latest_label = QLabel(self)
        self.latest_label.setWordWrap(True)
        self.latest_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Latest backup"), self.latest_label)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.restore_button.clicked.connect(lambda: self.restore())
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", QLabel(self.tr("A backup is made when the window closes (once a day) and before every "
                                       "update of the register; the last 7 days, 4 weeks and 12 months are kept."),
                               self, wordWrap=True))
        self.show_latest()

    def show_latest(self) -> None:
        try:
            found = copies.backups()
        except Refusal as refusal:
            self.latest_label.setText(sentence(refusal))
            return
        if not found:
            self.latest_label.setText(self.tr("None yet."))
            return
        latest = found[0]
        self.latest_label.setText(self.tr("%1, %2 MB (%3 kept in %4)")
                                  .replace("%1", latest.made.strftime("%Y-%m-%d %H:%M"))
                                  .replace("%2", f"{latest.size / 1_000_000:.1f}")
                                  .replace("%3", str(len(found)))
                                  .replace("%4", _isolated(latest.path.parent)))

    def back_up_now(self) -> Path | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = copies.back_up_now(self.actor)
        except Refusal as refusal:
            show_refusal(self, self.tr("Back up now"), refusal)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.show_latest()
        self.latest_label.setText(self.tr("Backed up and checked: %1").replace("%1", _isolated(made.path)))
        return made.path

    def _choose_file(self, folder: str) -> str:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), folder,
                                                self.tr("Backups (*.sqlite3 *.dump);;All files (*)"))
        return chosen

    def restore(self) -> bool:
        try:
            folder = str(copies.open_register().folder)
        except Refusal as refusal:
            show_refusal(self, self.tr("Restore"), refusal)
            return False
        chosen = self.choose_file(folder)
        if not chosen:
            return False
        question = self.tr("Replace the register by the backup %1? The register as it is now is kept aside "
                           "and backed up first.").replace("%1", _isolated(Path(chosen).name))
        if not self.ask(self, self.tr("Restore"), question):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = restoring.restore(self.actor, Path(chosen))
        except Refusal as refusal:
            QApplication.restoreOverrideCursor()
            show_refusal(self, self.tr("Restore"), refusal)
            return False
        QApplication.restoreOverrideCursor()
        self.tell(self, self.tr("Restore"),
                                self.tr("The register is restored. The register as it was is kept as %1.")
                                .replace("%1", _isolated(done.kept_aside)))
        self.restored()
        return True
