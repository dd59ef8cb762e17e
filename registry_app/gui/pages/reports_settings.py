"""Settings of reports: under which count a breakdown's cell is hidden in what leaves the building."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...services.reports import privacy
from ..errors import show_refusal


class ReportSettings(QGroupBox):
    def __init__(self, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Reports"))
        self.actor = actor
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.threshold = QSpinBox(self)
        self.threshold.setRange(0, 100)
        self.threshold.setValue(privacy.threshold())
        row.addWidget(self.threshold)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(actor is None or actor.may(Action.ADMINISTER))
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(self.tr("Hide counts of fewer people than"), row)
        self.note = QLabel(self.tr("In reports that leave the building (PDF, workbook, CSV) a smaller count is "
                                   "shown as \"< N\"; 0 hides nothing."), self)
        self.note.setWordWrap(True)
        form.addRow("", self.note)

    def save(self) -> None:
        try:
            privacy.set_threshold(self.actor, self.threshold.value())
        except Refusal as refusal:
            show_refusal(self, self.tr("Reports"), refusal)
            return
        self.note.setText(self.tr("Saved: counts under %1 are hidden.").replace("%1", str(self.threshold.value())))
