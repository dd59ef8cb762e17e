"""Settings of reports: under which count a breakdown's cell is hidden in what leaves the building."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...services.reports import privacy
from ..errors import show_refusal
from ..sayings import Sayings


class ReportSettings(QGroupBox):
    def __init__(self, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.say = Sayings()
        self.say(lambda: self.setTitle(self.tr("Reports")))
        self.actor = actor
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.threshold = QSpinBox(self)
        self.threshold.setRange(0, 100)
        self.threshold.setValue(privacy.threshold())
        row.addWidget(self.threshold)
        self.save_button = QPushButton(self)
        self.say(lambda: self.save_button.setText(self.tr("Save")))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(actor is None or actor.may(Action.ADMINISTER))
        row.addWidget(self.save_button)
        row.addStretch(1)
        caption = QLabel(self)
        self.say(lambda: caption.setText(self.tr("Hide counts of fewer people than")))
        form.addRow(caption, row)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form.addRow("", self.note)
        self._saved: int | None = None  # the threshold saved from this page, said in the note
        self._say_note()

    def _say_note(self) -> None:
        if self._saved is None:
            self.note.setText(self.tr("In reports that leave the building (PDF, workbook, CSV) a smaller count is "
                                      "shown as \"< N\"; 0 hides nothing."))
        else:
            self.note.setText(self.tr("Saved: counts under %1 are hidden.").replace("%1", str(self._saved)))

    def speak(self) -> None:
        self.say.again()
        self._say_note()

    def save(self) -> None:
        try:
            privacy.set_threshold(self.actor, self.threshold.value())
        except Refusal as refusal:
            show_refusal(self, self.tr("Reports"), refusal)
            return
        self._saved = self.threshold.value()
        self._say_note()
