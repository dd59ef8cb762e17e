"""The centre's name (in English, French and Arabic), city, logo and signatory, as every document
prints them: set by an administrator in Settings, and on a new register in a first-run step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.permissions import Action, may
from ...services import centre
from ..errors import sentence
from ..sayings import Sayings

FIELDS = ("name_en", "name_fr", "name_ar", "city", "head_name", "head_title")


class CentreForm(QWidget):
    def __init__(self, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.settings = centre.load()
        self.say = Sayings()
        form = QFormLayout(self)

        def labels() -> dict[str, str]:
            return {"name_en": self.tr("Name in English"), "name_fr": self.tr("Name in French"),
                    "name_ar": self.tr("Name in Arabic"), "city": self.tr("City"),
                    "head_name": self.tr("Signed by (name)"), "head_title": self.tr("Signed by (title)"),
                    "logo": self.tr("Logo")}

        self.edits: dict[str, QLineEdit] = {}
        captions: dict[str, QLabel] = {}
        for key in FIELDS:
            edit = QLineEdit(getattr(self.settings, key), self)
            edit.setObjectName(f"{key}Edit")
            self.edits[key] = edit
            captions[key] = QLabel(self)
            form.addRow(captions[key], edit)
        self.edits["name_ar"].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.picture = self.settings.logo_bytes()
        self.logo_view = QLabel(self)
        self.logo_view.setObjectName("logoView")
        self.logo_view.setFixedHeight(64)
        self.choose_logo_button = QPushButton(self)
        self.choose_logo_button.clicked.connect(lambda: self.choose_logo())
        self.remove_logo_button = QPushButton(self)
        self.say(lambda: (self.choose_logo_button.setText(self.tr("Choose a logo…")),
                          self.remove_logo_button.setText(self.tr("No logo"))))
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(b""))
        row = QHBoxLayout()
        row.addWidget(self.logo_view, 1)
        row.addWidget(self.choose_logo_button)
        row.addWidget(self.remove_logo_button)
        captions["logo"] = QLabel(self)
        form.addRow(captions["logo"], row)
        self.say(lambda: [captions[key].setText(text) for key, text in labels().items()])
        self.message = QLabel(self)
        self.message.setObjectName("centreMessage")
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        self._show_logo()
        allowed = actor is not None and may(actor.role, Action.ADMINISTER)
        for widget in (*self.edits.values(), self.choose_logo_button, self.remove_logo_button):
            widget.setEnabled(allowed)
        self._said: Callable[[], str] | None = None  # what the message says, in the language of the moment
        if not allowed:
            self._tell(lambda: self.tr("Only an administrator changes the centre's settings."))

    def _tell(self, message: Callable[[], str] | None) -> None:
        self._said = message
        self.message.setText("" if message is None else message())

    def speak(self) -> None:
        """Captions, buttons and message in the language now installed; what was typed stays."""
        self.say.again()
        self._show_logo()
        if self._said is not None:
            self.message.setText(self._said())

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.picture and pixmap.loadFromData(self.picture):
            self.logo_view.setPixmap(pixmap.scaledToHeight(60, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("No logo: certificates print the logos of their template only."))

    def choose_logo(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("The centre's logo"), "",
                                                  self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return False
        try:
            self.set_logo(Path(path).read_bytes())
        except OSError as problem:
            self._tell(lambda p=problem: sentence(p))
            return False
        return True

    def set_logo(self, picture: bytes) -> None:
        self.picture = picture
        self._show_logo()

    def chosen(self) -> centre.CentreSettings:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        return centre.with_logo(replace(centre.load(), **values), self.picture)

    def save(self) -> bool:
        try:
            centre.save(self.actor, self.chosen())
        except (centre.InvalidSettings, PermissionError) as refusal:
            self._tell(lambda r=refusal: sentence(r))
            return False
        self._tell(lambda: self.tr("Saved: the documents print these from now on."))
        return True


class CentreDialog(QDialog):
    """The first-run step on a new register: the centre as its documents will print it."""

    def __init__(self, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your centre"))
        intro = QLabel(self.tr("Every document prints the centre's name, city and logo, and the certificates "
                               "its signatory. Set them now; an administrator can change them later in "
                               "Settings."), self)
        intro.setWordWrap(True)
        self.form = CentreForm(actor, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _save(self) -> None:
        if self.form.save():
            self.accept()
