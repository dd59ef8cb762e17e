"""The Audit page: the trail filtered by user, record, action and dates; its verdict against the
signed checkpoints, with where it breaks; a checkpoint now, to note down and keep elsewhere; export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...services.actors import Actor
from ...services.audit_trail import checkpoints, events, verification
from .. import labels
from ..sayings import Sayings
from ..widgets.column_widths import fit_to_contents


def _translate(template: str) -> str:
    return QCoreApplication.translate("Validation", template)


class AuditPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.keys_dir: Path | None = None  # the signing keys' folder; None: the user's
        self.checkpoints_file: Path | None = None  # the file the last verification read
        self.say = Sayings()
        self._verdict: Callable[[], str] = lambda: self.tr("Not verified yet.")  # said again in another language
        self._counted = (0, 0)  # events found, and shown
        self._rows: list = []  # the events listed
        heading = QLabel(self)
        self.say(lambda: heading.setText(self.tr("Audit trail")))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.user = QComboBox(self)
        self.entity = QComboBox(self)
        self.action = QComboBox(self)
        for combo in (self.user, self.entity, self.action):  # as wide as their words, in any language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.entity_id = QLineEdit(self)
        self.say(lambda: self.entity_id.setPlaceholderText(self.tr("record id")))
        self.use_dates = QCheckBox(self)
        self.say(lambda: self.use_dates.setText(self.tr("&Between")))
        self.since = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self)
        self.say(lambda: self.show_button.setText(self.tr("&Show")))
        filters = QGridLayout()
        filters.addWidget(self._label(lambda: self.tr("User")), 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(self._label(lambda: self.tr("Record")), 0, 2)
        filters.addWidget(self.entity, 0, 3)
        filters.addWidget(self.entity_id, 0, 4)
        filters.addWidget(self._label(lambda: self.tr("Action")), 1, 0)
        filters.addWidget(self.action, 1, 1)
        filters.addWidget(self.use_dates, 1, 2)
        filters.addWidget(self.since, 1, 3)
        filters.addWidget(self.until, 1, 4)
        filters.addWidget(self.show_button, 1, 5)
        self.verdict = QLabel(self)
        self.say(lambda: self.verdict.setText(self._verdict()))
        self.verdict.setObjectName("verdictLabel")
        self.verdict.setWordWrap(True)
        self.last_checkpoint = QLabel("", self)
        self.last_checkpoint.setWordWrap(True)
        self.last_checkpoint.setTextInteractionFlags(self.last_checkpoint.textInteractionFlags()
                                                     | self.last_checkpoint.textInteractionFlags().TextSelectableByMouse)
        self.verify_button = QPushButton(self)
        self.checkpoint_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.file_button = QPushButton(self)
        self.say(lambda: (self.verify_button.setText(self.tr("&Verify…")),
                          self.checkpoint_button.setText(self.tr("&Checkpoint now…")),
                          self.export_button.setText(self.tr("E&xport…")),
                          self.file_button.setText(self.tr("Checkpoints &file…"))))
        self.say(lambda: self.file_button.setToolTip(self.tr(
            "Where every checkpoint is also written: a file kept away from the register (a USB stick, another "
            "server's share). Administrators.")))
        self.file_button.setEnabled(actor.may(Action.ADMINISTER))
        buttons = QHBoxLayout()
        for button in (self.verify_button, self.checkpoint_button, self.export_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count = QLabel("", self)
        self.table = QTableWidget(0, 7, self)
        self.say(lambda: self.table.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("When (UTC)"), self.tr("User"), self.tr("Action"), self.tr("Record"),
            self.tr("Before"), self.tr("After")]))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted to the events listed
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.verdict)
        layout.addWidget(self.last_checkpoint)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.show_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(lambda: self.verify())
        self.checkpoint_button.clicked.connect(lambda: self.checkpoint())
        self.file_button.clicked.connect(lambda: self.choose_file())
        self.export_button.clicked.connect(lambda: self.export())
        self._loaded = False  # read when first shown: not on every start of the window

    def _label(self, text: Callable[[], str]) -> QLabel:
        label = QLabel(self)
        self.say(lambda: label.setText(text()))
        return label

    def _tell(self, verdict: Callable[[], str]) -> None:
        """The verdict line, kept as its sentence to say it again in another language."""
        self._verdict = verdict
        self.verdict.setText(verdict())

    def speak(self, language: str) -> None:
        """The page in another language, on the same widgets: the filters, the events listed and the scroll
        stay as they were."""
        self.say.again()
        for combo, words in ((self.user, None), (self.entity, labels.AUDIT_RECORDS), (self.action, labels.AUDIT_ACTIONS)):
            for index in range(combo.count()):
                value = combo.itemData(index)
                if not value:
                    combo.setItemText(index, self.tr("(any)"))
                elif words is not None:
                    combo.setItemText(index, labels.label(words, value))
        if self._loaded:
            self._show_rows()
            self._say_count()
            self._say_last_checkpoint()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._loaded:
            self._loaded = True
            self._fill_choices()
            self.refresh()
        super().showEvent(event)

    def _fill_choices(self) -> None:
        names, entities, actions = events.choices(self.actor)
        for combo, values, words in ((self.user, names, None), (self.entity, entities, labels.AUDIT_RECORDS),
                                     (self.action, actions, labels.AUDIT_ACTIONS)):
            combo.clear()
            combo.addItem(self.tr("(any)"), "")
            for value in values:
                combo.addItem(value if words is None else labels.label(words, value), value)

    def filters(self) -> events.Filters:
        since = self.since.date().toPython() if self.use_dates.isChecked() else None
        until = self.until.date().toPython() if self.use_dates.isChecked() else None
        return events.Filters(self.user.currentData() or "", self.entity.currentData() or "",
                              self.entity_id.text(), self.action.currentData() or "", since, until)

    def refresh(self) -> None:
        rows, total = events.listing(self.actor, self.filters())
        self._rows = rows
        self._counted = (total, len(rows))
        self._say_count()
        self.table.setRowCount(len(rows))
        self._show_rows()
        self._say_last_checkpoint()

    def _show_rows(self) -> None:
        """The events listed, their actions and kinds of record in the interface's words; a cell already
        there takes its new text, so that the selection stays."""
        for number, row in enumerate(self._rows):
            values = (str(row.event_id), f"{row.at:%Y-%m-%d %H:%M:%S}", row.username,
                      labels.label(labels.AUDIT_ACTIONS, row.action),
                      f"{labels.label(labels.AUDIT_RECORDS, row.entity)} {row.entity_id}", row.before[:200],
                      row.after[:200])
            for column, text in enumerate(values):
                item = self.table.item(number, column)
                if item is None:
                    self.table.setItem(number, column, QTableWidgetItem(text))
                else:
                    item.setText(text)
        fit_to_contents(self.table, range(5))  # in the words of the moment

    def _say_count(self) -> None:
        total, shown = self._counted
        self.count.setText(self.tr("%1 event(s); the newest %2 shown.").replace("%1", str(total))
                           .replace("%2", str(shown)))

    def _say_last_checkpoint(self) -> None:
        last = checkpoints.latest()
        self.last_checkpoint.setText(
            (self.tr("Last signed checkpoint (note it down): %1").replace("%1", self._written_down(last)) if last
             else self.tr("No signed checkpoint yet: make one, and keep its file away from the register."))
            + "\n" + self.tr("Checkpoints are also written to %1.").replace(
                "%1", f"\u2066{checkpoints.checkpoint_file()}\u2069"))

    def _written_down(self, checkpoint: checkpoints.Checkpoint) -> str:
        return (self.tr("%1 UTC, %2 events, the last #%3, hash %4")
                .replace("%1", f"{checkpoint.at:%Y-%m-%d %H:%M}").replace("%2", str(checkpoint.event_count))
                .replace("%3", str(checkpoint.last_event_id)).replace("%4", f"\u2066{checkpoint.last_hash[:16]}…\u2069"))

    def verify(self, checkpoints_file: Path | None = None, ask: bool = True) -> verification.Verdict | None:
        if checkpoints_file is None and ask:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The checkpoints file kept elsewhere (or Cancel "
                                                                  "to use the register's own)"),
                                                    str(checkpoints.checkpoint_file().parent),
                                                    self.tr("Checkpoints (*.jsonl);;All files (*)"))
            checkpoints_file = Path(chosen) if chosen else None
        try:
            verdict = verification.verify(self.actor, checkpoints_file)
        except Refusal as refusal:
            self._tell(lambda r=refusal: r.sentence(_translate))
            return None
        colour = "#1b5e20" if verdict.sound else "#b00020"
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self._tell(lambda: "\n".join([verdict.summary(_translate)] + [p.sentence(_translate) for p in verdict.problems]))
        self.refresh()
        return verdict

    def checkpoint(self, passphrase: str | None = None, out: Path | None = None) -> bool:
        if passphrase is None:
            passphrase, given = QInputDialog.getText(self, self.tr("Signing key"),
                                                     self.tr("Passphrase of the signing key:"), QLineEdit.EchoMode.Password)
            if not given:
                return False
        try:
            made = checkpoints.make(self.actor, passphrase, out=out, keys_dir=self.keys_dir)
        except Refusal as refusal:
            self._tell(lambda r=refusal: r.sentence(_translate))
            return False
        self.verdict.setStyleSheet("")
        written = out or checkpoints.checkpoint_file()
        self._tell(lambda: self.tr("Checkpoint signed and written to %1; keep a copy of that file elsewhere.")
                   .replace("%1", f"\u2066{written}\u2069"))
        self._fill_choices()
        self.refresh()
        return made is not None

    def choose_file(self, path: Path | None = None) -> bool:
        """An administrator names the file kept away from the register that every checkpoint goes to."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Where to keep the checkpoints"),
                                                    str(checkpoints.checkpoint_file()),
                                                    self.tr("Checkpoints (*.jsonl);;All files (*)"))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            checkpoints.choose_checkpoint_file(self.actor, path)
        except Refusal as refusal:
            self._tell(lambda r=refusal: r.sentence(_translate))
            return False
        self.refresh()
        return True

    def export(self, path: Path | None = None) -> int:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), "audit-trail.csv",
                                                    self.tr("CSV (*.csv)"))
            if not chosen:
                return 0
            path = Path(chosen)
        try:
            count = events.export_csv(self.actor, self.filters(), path)
        except Refusal as refusal:
            self._tell(lambda r=refusal: r.sentence(_translate))
            return 0
        self.refresh()
        return count
