"""Choosing the register to open: a file on this PC (SQLite) or a register on a PostgreSQL server
(server, port, database, user, and the password, asked each time and never stored). The address is
checked as the command line's --db is; the register itself is then opened, and checked, as --db's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Refusal
from ...services.opening import ServerAddress, address_of, server_url, sqlite_url
from ..errors import sentence


class RegisterChooser(QDialog):
    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a register"))
        self.setMinimumWidth(520)
        self.chosen_url = ""
        layout = QVBoxLayout(self)
        self.file_choice = QRadioButton(self.tr("A register file on this computer (SQLite)"), self)
        self.server_choice = QRadioButton(self.tr("A register on a PostgreSQL server"), self)
        layout.addWidget(self.file_choice)
        layout.addLayout(self._file_form())
        layout.addWidget(self.server_choice)
        layout.addLayout(self._server_form())
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file_choice.toggled.connect(self._enable)
        self._fill(current)

    def _file_form(self) -> QFormLayout:
        form = QFormLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("register.sqlite3"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("File"), row)
        return form

    def _server_form(self) -> QFormLayout:
        form = QFormLayout()
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText("registry.example.org")
        self.port_box = QSpinBox(self)
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(5432)
        self.database_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for label, widget in ((self.tr("Server"), self.host_edit), (self.tr("Port"), self.port_box),
                              (self.tr("Database"), self.database_edit), (self.tr("User"), self.user_edit),
                              (self.tr("Password"), self.password_edit)):
            form.addRow(label, widget)
        self.server_widgets = (self.host_edit, self.port_box, self.database_edit, self.user_edit, self.password_edit)
        return form

    def _fill(self, current: str | None) -> None:
        address = address_of(current)
        if address is None:
            self.file_choice.setChecked(True)
            if current and ("://" not in current or current.startswith("sqlite:///")):
                self.path_edit.setText(current.removeprefix("sqlite:///"))
        else:
            self.server_choice.setChecked(True)
            self.host_edit.setText(address.host)
            self.port_box.setValue(address.port)
            self.database_edit.setText(address.database)
            self.user_edit.setText(address.user)
        self._enable()

    def _enable(self) -> None:
        on_file = self.file_choice.isChecked()
        self.path_edit.setEnabled(on_file)
        self.browse_button.setEnabled(on_file)
        for widget in self.server_widgets:
            widget.setEnabled(not on_file)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Choose a register"), str(Path.home()),
                                                self.tr("Registers (*.sqlite3 *.db);;All files (*)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path_edit.setText(chosen)

    def url(self) -> str:
        """The register's URL from the form (with the password typed, kept in memory only); raises a
        Refusal that says what is missing or wrong."""
        if self.file_choice.isChecked():
            return sqlite_url(self.path_edit.text())
        address = ServerAddress(self.host_edit.text(), self.port_box.value(), self.database_edit.text(),
                                self.user_edit.text())
        return server_url(address, self.password_edit.text())

    def check_and_accept(self) -> None:
        try:
            self.chosen_url = self.url()
        except Refusal as refusal:
            self.problem.setText(sentence(refusal))
            return
        self.accept()
