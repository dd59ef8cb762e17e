"""Settings: which register is open and where it comes from, and the centre's settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ... import config, paths
from ...services import centre

LANGUAGES = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))


class SettingsPage(QWidget):
    def __init__(self, database_text: str, database_source: str, schema_version: int | None,
                 parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Settings"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)
        sources = {
            "--db": self.tr("the --db option"),
            "REGISTRY_DB": self.tr("the REGISTRY_DB environment variable"),
            "settings": self.tr("the settings file"),
            "default": self.tr("the default file of this user"),
        }
        self.values: dict[str, QLabel] = {}
        settings = centre.load()
        for key, label, value in (
            ("database", self.tr("Register"), database_text),
            ("source", self.tr("Chosen by"), sources.get(database_source, database_source)),
            ("schema", self.tr("Schema version"), str(schema_version)),
            ("settings_file", self.tr("Settings file"), str(paths.settings_path())),
            ("centre", self.tr("Centre"), settings.name_en),
            ("city", self.tr("City"), settings.city),
            ("serials", self.tr("Certificate serials"),
             settings.serial_pattern.replace("{prefix}", settings.serial_prefix)),
        ):
            widget = QLabel(value)
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(widget.textInteractionFlags() | widget.textInteractionFlags().TextSelectableByMouse)
            self.values[key] = widget
            form.addRow(label, widget)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.currentIndexChanged.connect(self._choose_language)
        form.addRow(self.tr("Interface language"), self.language_combo)
        self.language_note = QLabel("")
        form.addRow("", self.language_note)
        layout.addStretch(1)

    def _choose_language(self) -> None:
        """Saved for this user; Qt lays out the whole window right-to-left or not at start-up."""
        config.write_settings({"language": self.language_combo.currentData()})
        self.language_note.setText(self.tr("The new language applies the next time the program starts."))
