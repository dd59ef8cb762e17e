"""Settings: which register is open and where it comes from, and the centre's settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.permissions import Action, may
from ...services import centre
from ...services import settings as config
from ..errors import sentence
from ..sayings import Sayings

LANGUAGES = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))


class SettingsPage(QWidget):
    languageChosen = Signal(str)  # the interface's language the person chose (en, fr, ar)
    def __init__(self, database_text: str, database_source: str, schema_version: int | None,
                 parent: QWidget | None = None, language: str = "en", actor=None):
        super().__init__(parent)
        self.actor = actor
        self.keys_dir = None  # the signing keys' folder; None: the user's
        self.say = Sayings()
        self._added: list = []  # sections added by the window (backups) that say their texts again
        # The page scrolls: at 1024x768 the centre, certificates and reports do not fit one screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(scroll)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        self.layout().setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(content)
        self.sections = layout
        heading = QLabel(content)
        self.say(lambda: heading.setText(self.tr("Settings")))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)
        def sources() -> dict[str, str]:
            return {"--db": self.tr("the --db option"), "REGISTRY_DB": self.tr("the REGISTRY_DB environment variable"),
                    "settings": self.tr("the settings file"), "default": self.tr("the default file of this user")}

        self.values: dict[str, QLabel] = {}
        settings = centre.load()
        for key, label, value in (
            ("database", lambda: self.tr("Register"), lambda: database_text),
            ("source", lambda: self.tr("Chosen by"), lambda: sources().get(database_source, database_source)),
            ("schema", lambda: self.tr("Schema version"), lambda: str(schema_version)),
            ("settings_file", lambda: self.tr("Settings file"), lambda: str(config.settings_path())),
        ):
            widget = QLabel(content)
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(widget.textInteractionFlags() | widget.textInteractionFlags().TextSelectableByMouse)
            self.values[key] = widget
            self.say(lambda w=widget, v=value: w.setText(v()))
            self._add_row(form, label, widget)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.currentIndexChanged.connect(self._choose_language)
        self._add_row(form, lambda: self.tr("Interface language"), self.language_combo)
        self.language_note = QLabel("")
        form.addRow("", self.language_note)
        self._idle_lock_setting(form)
        self._centre_settings(layout)
        self._certificate_settings(layout, settings)
        from .reports_settings import ReportSettings

        self.report_settings = ReportSettings(actor, self)
        layout.addWidget(self.report_settings)
        layout.addStretch(1)

    def _add_row(self, form: QFormLayout, label: Callable[[], str], field: QWidget | QLayout) -> None:
        """A row of a form whose label is said again in another language."""
        caption = QLabel(self)
        self.say(lambda: caption.setText(label()))
        form.addRow(caption, field)

    def speak(self, language: str) -> None:
        """The page in another language, on the same widgets: what was typed and not saved yet stays, and
        so does the scroll."""
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.blockSignals(False)
        self.say.again()
        self._show_keys()
        if self.language_note.text():
            self.language_note.setText(self.tr("Saved."))
        for section in (self.centre_form, self.report_settings, *self._added):
            section.speak()

    def _idle_lock_setting(self, form) -> None:
        from PySide6.QtWidgets import QSpinBox

        from ...services.accounts import idle

        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(1, idle.LONGEST)
        self.say(lambda: self.idle_minutes.setSuffix(" " + self.tr("min")))
        self.idle_minutes.setValue(idle.idle_minutes())
        self.idle_minutes.setEnabled(self.actor is not None and may(self.actor.role, Action.ADMINISTER))
        self.idle_minutes.editingFinished.connect(self.save_idle_minutes)
        self._add_row(form, lambda: self.tr("Lock the window after, unused"), self.idle_minutes)

    def save_idle_minutes(self) -> bool:
        from ...services.accounts import idle

        if self.actor is None or self.idle_minutes.value() == idle.idle_minutes():
            return False
        idle.set_idle_minutes(self.actor, self.idle_minutes.value())
        return True

    def add_section(self, widget: QWidget) -> None:
        """Another group of settings, at the end of the page (above its closing stretch)."""
        self.sections.insertWidget(self.sections.count() - 1, widget)
        if hasattr(widget, "speak"):
            self._added.append(widget)

    def _centre_settings(self, layout: QVBoxLayout) -> None:
        from ..widgets.centre_form import CentreForm

        box = QGroupBox(self)
        self.say(lambda: box.setTitle(self.tr("The centre")))
        box_layout = QVBoxLayout(box)
        self.centre_form = CentreForm(self.actor, box)
        box_layout.addWidget(self.centre_form)
        self.save_centre_button = QPushButton(box)
        self.say(lambda: self.save_centre_button.setText(self.tr("Save the centre")))
        self.save_centre_button.setEnabled(self.centre_form.edits["name_en"].isEnabled())
        self.save_centre_button.clicked.connect(self.centre_form.save)
        box_layout.addWidget(self.save_centre_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(box)

    def _certificate_settings(self, layout: QVBoxLayout, settings) -> None:
        box = QGroupBox(self)
        self.say(lambda: box.setTitle(self.tr("Certificates")))
        form = QFormLayout(box)
        self.edits = {}
        for key, label in (("serial_prefix", lambda: self.tr("Serial prefix")),
                           ("serial_pattern", lambda: self.tr("Serial pattern")),
                           ("certificate_file_pattern", lambda: self.tr("File names")),
                           ("verification_address", lambda: self.tr("Verification address"))):
            edit = QLineEdit(getattr(settings, key), box)
            self.edits[key] = edit
            self._add_row(form, label, edit)
        self.edits["verification_address"].setPlaceholderText("https://verify.example.org/")
        fields_note = QLabel(box)
        self.say(lambda: fields_note.setText(self.tr(
            "Fields: {prefix} {year} {seq:05d} {check} in serials; {serial} {family} {given} {course} in file names.")))
        form.addRow("", fields_note)
        address_note = QLabel(box)
        self.say(lambda: address_note.setText(self.tr(
            "Verification address: where the verifier page is published. Certificates issued from now on carry it "
            "in their QR code, so that a phone's camera opens the page; leave it empty for the seal alone.")))
        address_note.setWordWrap(True)
        form.addRow("", address_note)
        self.save_button = QPushButton(box)
        self.say(lambda: self.save_button.setText(self.tr("Save")))
        self.save_button.clicked.connect(self.save_certificate_settings)
        form.addRow("", self.save_button)
        self.key_label = QLabel(box)
        self.key_label.setWordWrap(True)
        self._add_row(form, lambda: self.tr("Signing key"), self.key_label)
        keys = QHBoxLayout()
        self.new_key_button = QPushButton(box)
        self.export_trust_button = QPushButton(box)
        self.new_key_button.clicked.connect(lambda: self.create_key())
        self.export_trust_button.clicked.connect(lambda: self.export_trust())
        self.publish_button = QPushButton(box)
        self.say(lambda: (self.new_key_button.setText(self.tr("Create a new signing key…")),
                          self.export_trust_button.setText(self.tr("Export the trust file…")),
                          self.publish_button.setText(self.tr("Publish the verifier page…"))))
        self.say(lambda: self.publish_button.setToolTip(self.tr(
            "A folder to copy to the verification address: the page that checks certificates in any browser, the "
            "trust file, the programmes and the signed list of revoked certificates.")))
        self.publish_button.clicked.connect(lambda: self.publish_verifier())
        self.publish_button.setEnabled(self.actor is None or may(self.actor.role, Action.ADMINISTER))
        keys.addWidget(self.new_key_button)
        keys.addWidget(self.export_trust_button)
        keys.addWidget(self.publish_button)
        form.addRow("", keys)
        layout.addWidget(box)
        self._show_keys()

    def _show_keys(self) -> None:
        from ...services.certificates import keys as sealing

        trust = sealing.trust_list()
        try:
            active = sealing.active_kid()
        except sealing.NoSigningKey:
            active = None
        if not trust.keys:
            self.key_label.setText(self.tr("None yet: create one before the first graduation."))
            return
        lines = [f"{k.kid} — {k.valid_from:%d/%m/%Y}" + (f" – {k.valid_until:%d/%m/%Y}" if k.valid_until else "")
                 + (" ✓" if k.kid == active else "") for k in trust.keys]
        self.key_label.setText("\n".join(lines))

    def create_key(self, passphrase: str | None = None) -> bool:
        """A new key pair; the passphrase is asked twice. Older keys stay trusted."""
        from ...domain.errors import Refusal
        from ...services.certificates import keys as sealing

        if passphrase is None:
            first, accepted = QInputDialog.getText(self, self.tr("New signing key"),
                                                   self.tr("Passphrase (8 characters at least):"),
                                                   QLineEdit.EchoMode.Password)
            if not accepted:
                return False
            again, accepted = QInputDialog.getText(self, self.tr("New signing key"), self.tr("The same again:"),
                                                   QLineEdit.EchoMode.Password)
            if not accepted or again != first:
                QMessageBox.warning(self, self.tr("Settings"), self.tr("The two passphrases differ; no key was made."))
                return False
            passphrase = first
        try:
            sealing.new_key(self.actor, passphrase, directory=self.keys_dir)
        except (Refusal, OSError) as refusal:
            self.last_message = sentence(refusal)
            QMessageBox.warning(self, self.tr("Settings"), sentence(refusal))
            return False
        self._show_keys()
        return True

    def export_trust(self, path: str | None = None) -> bool:
        from ...services.certificates import keys as sealing

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Trust file to publish"), "trust.json", "JSON (*.json)")
        if not path:
            return False
        with open(path, "w", encoding="utf-8") as out:
            out.write(sealing.trust_list().to_json())
        return True

    def publish_verifier(self, folder: str | None = None, passphrase: str | None = None) -> bool:
        """The verifier site into a folder; the passphrase signs the revocation list published with it."""
        from ...domain.errors import Refusal
        from ...services.certificates import publishing
        from ..errors import show_refusal

        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the verifier page"))
        if not folder:
            return False
        if passphrase is None:
            passphrase, accepted = QInputDialog.getText(self, self.tr("Publish the verifier page"),
                                                        self.tr("Passphrase of the signing key:"),
                                                        QLineEdit.EchoMode.Password)
            if not accepted:
                return False
        try:
            site = publishing.publish(self.actor, Path(folder), passphrase, keys=self.keys_dir)
        except Refusal as refusal:
            self.last_message = sentence(refusal)
            show_refusal(self, self.tr("Publish the verifier page"), refusal)
            return False
        self.last_message = self.tr("The verifier page is in {folder}: copy the folder to the verification "
                                    "address.").replace("{folder}", str(site.folder))
        QMessageBox.information(self, self.tr("Publish the verifier page"), self.last_message)
        return True

    def save_certificate_settings(self) -> bool:
        changed = replace(centre.load(), **{key: edit.text().strip() for key, edit in self.edits.items()})
        try:
            centre.save(self.actor, changed)
        except (centre.InvalidSettings, PermissionError) as refusal:
            self.last_message = sentence(refusal)
            QMessageBox.warning(self, self.tr("Settings"), sentence(refusal))
            return False
        self.language_note.setText(self.tr("Saved."))
        return True

    def _choose_language(self) -> None:
        """Saved for this user, and the window speaks it at once (the main window is laid out anew)."""
        language = self.language_combo.currentData()
        config.write_settings({"language": language})
        self.languageChosen.emit(language)
