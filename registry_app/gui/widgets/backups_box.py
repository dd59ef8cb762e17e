"""The Settings page's backups: when the last one was made, "Back up now" and "Restore…"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
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
    QSpinBox,
    QWidget,
)

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...services.backups import copies, health, restoring
from ..errors import sentence, show_refusal
from ..sayings import Sayings
from .background_task import BackgroundTask

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
        self.say = Sayings()
        self.say(lambda: self.setTitle(self.tr("Backups")))
        self.actor = actor
        self.restored = restored
        self.ask: Ask = _confirm  # tests answer for the clerk
        self.tell: Callable[[QWidget, str, str], object] = QMessageBox.information
        self.choose_file: Callable[[str], str] = self._choose_file
        form = QFormLayout(self)
        self.latest_label = QLabel(self)
        self.latest_label.setWordWrap(True)
        self.latest_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add_row(form, lambda: self.tr("Latest backup"), self.latest_label)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.say(lambda: (self.backup_button.setText(self.tr("Back up now")),
                          self.restore_button.setText(self.tr("Restore…"))))
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.restore_button.clicked.connect(lambda: self.restore())
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        note = QLabel(self, wordWrap=True)
        self.say(lambda: note.setText(self.tr(
            "A backup is made when the window closes (once a day) and before every update of the register; the "
            "last 7 days, 4 weeks and 12 months are kept.")))
        form.addRow("", note)
        self._add_full_check(form)
        self.show_latest()

    def _add_row(self, form: QFormLayout, label: Callable[[], str], field: QWidget) -> None:
        caption = QLabel(self)
        self.say(lambda: caption.setText(label()))
        form.addRow(caption, field)

    def speak(self) -> None:
        """Captions, buttons and what the backups are, in the language now installed."""
        self.say.again()
        self.show_latest()
        self.show_full_check()

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

    # The scheduled full check (services.backups.health): run on a worker thread when due.

    def _add_full_check(self, form: QFormLayout) -> None:
        self.warn: Callable[[QWidget, str, str], object] = QMessageBox.warning  # tests read what the clerk is told
        self.full_check_task: BackgroundTask | None = None
        self.window_closed = False
        self.days_box = QSpinBox(self)
        self.days_box.setRange(1, health.MAX_DAYS)
        self.say(lambda: self.days_box.setSuffix(self.tr(" days")))
        self.days_box.setValue(health.interval_days())
        self.days_box.setEnabled(self.actor.may(Action.ADMINISTER))
        self.days_box.valueChanged.connect(self._interval_changed)
        self._add_row(form, lambda: self.tr("Full check every"), self.days_box)
        self.full_check_label = QLabel(self)
        self.full_check_label.setWordWrap(True)
        self._add_row(form, lambda: self.tr("Last full check"), self.full_check_label)
        self.show_full_check()

    def _interval_changed(self, days: int) -> None:
        try:
            health.set_interval_days(self.actor, days)
        except Refusal as refusal:
            show_refusal(self, self.tr("Full check"), refusal)

    def show_full_check(self) -> None:
        try:
            previous = health.last()
        except Refusal as refusal:
            self.full_check_label.setText(sentence(refusal))
            return
        if previous is None:
            self.full_check_label.setText(self.tr("Not yet run on this computer."))
        elif previous.sound:
            self.full_check_label.setText(self.tr("%1: the register and its newest backup are sound.")
                                          .replace("%1", previous.at.strftime("%Y-%m-%d %H:%M")))
        else:
            self.full_check_label.setText(self.tr("%1: problems found.")
                                          .replace("%1", previous.at.strftime("%Y-%m-%d %H:%M")))

    def check_if_due(self, now: datetime | None = None) -> BackgroundTask | None:
        """Start the full check on a worker thread if it is due; the thread, or None."""
        if self.full_check_task is not None and self.full_check_task.isRunning():
            return None
        try:
            if not health.due(now):
                return None
        except Refusal:
            return None  # a register that cannot be backed up (held in memory) has no schedule either
        task = BackgroundTask(lambda _progress: health.run(self.actor, now))
        task.finished.connect(lambda: self._full_check_done(task))
        self.full_check_task = task
        task.start()
        return task

    def wait_for_full_check(self) -> None:
        if self.full_check_task is not None:
            self.full_check_task.wait()

    def window_closes(self) -> None:
        """The check's thread must not outlive the window, nor its verdict pop up once the window is gone
        (a damaged register stays written on the Settings page, read again at the next open)."""
        self.window_closed = True
        self.wait_for_full_check()

    def _full_check_done(self, task: BackgroundTask) -> None:
        if self.window_closed:
            return
        self.show_full_check()
        result = task.result
        if task.problem:
            self.warn(self, self.tr("Full check"), task.problem)
            return
        if task.bug is not None:
            from ..errors import show_bug

            show_bug(self, task.bug, "full check")
            return
        if not isinstance(result, health.FullCheck) or result.sound:
            return  # the clerk is told only when something is wrong
        if result.register_problems:
            self.warn(self, self.tr("Full check"), self.tr(
                "The full check found the register damaged (%1). Stop working in it, restore the latest good "
                "backup (Settings, Restore…) and ask for help.").replace("%1", result.register_problems[0]))
        else:
            self.warn(self, self.tr("Full check"), self.tr(
                "The newest backup, %1, is damaged (%2). Make a new backup now (Settings, Back up now) and "
                "check the disk that holds the backups.").replace("%1", _isolated(result.backup))
                .replace("%2", result.backup_problems[0]))
