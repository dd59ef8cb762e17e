"""The first start on a PC: start with demo data, or empty."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ..forms.ui_first_run_dialog import Ui_FirstRunDialog


class FirstRunDialog(QDialog):
    def __init__(self, database_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.pathLabel.setText(self.tr("Register file: %1").replace("%1", str(database_path)))

    def wants_demo(self) -> bool:
        return self.ui.demoRadio.isChecked()
