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
        # The path is isolated left-to-right, or an Arabic sentence would move its slashes about.
        path = f"\u2066{database_path}\u2069"
        self.ui.pathLabel.setText(self.tr("Register file: %1").replace("%1", path))

    def wants_demo(self) -> bool:
        return self.ui.demoRadio.isChecked()
