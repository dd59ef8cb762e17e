"""Someone else saved the record first: what they changed beside what this clerk typed, and a choice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ConflictDialog(QDialog):
    CANCEL, RELOAD, KEEP_MINE = range(3)

    def __init__(self, changed: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = self.CANCEL
        text = QLabel(self.tr(
            "Someone else saved this record while you were editing it. Nothing has been overwritten. "
            "Where your form and the saved record differ:"), self)
        text.setWordWrap(True)
        self.table = QTableWidget(len(changed), 3, self)
        self.table.setObjectName("differences")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In your form"), self.tr("Saved now")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(changed):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("Reload the saved record (your changes are dropped)"))
        self.keep_button = QPushButton(self.tr("Keep my values and save them over it"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.clicked.connect(lambda: self._choose(self.RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        cancel.clicked.connect(lambda: self._choose(self.CANCEL))
        self.reload_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept() if choice != self.CANCEL else self.reject()

    def exec_choice(self) -> int:
        self.exec()
        return self.choice
