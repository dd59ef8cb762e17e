"""What every form of the register does: fields checked as the clerk types and again on save, errors
next to their fields, unsaved changes guarded, a stale save shown as a conflict, archiving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from ...domain.enrolment import TransitionRefused
from ...domain.permissions import PermissionDenied
from ...services.actors import Actor
from ...services.register.reference import country_choices
from ...services.register.saving import InvalidRecord
from ...services.versioning import ConflictError
from .. import labels
from ..dialogs.conflict_dialog import ConflictDialog
from ..errors import sentence, translated
from . import fields

Check = Callable[[object], "str | None"]


def chosen(message: str) -> Check:
    """The check of a list in which something must be chosen: message while nothing is."""
    return lambda value: None if value else message


class RecordEditor(QDialog):
    """A form around one record. Subclasses bind their fields and say how a record is read,
    turned into values, saved and archived."""

    saved = Signal(int)  # the record's id, after each save
    entity = ""  # the key the main window files open editors under

    def __init__(self, actor: Actor, form_class, record_id: int | None = None,
                 parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.actor = actor
        self.language = language
        self.form = QWidget(self)
        self.ui = form_class()
        self.ui.setupUi(self.form)
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        self._fields: dict[str, tuple[QWidget, Check | None, QLabel]] = {}
        self._aliases: dict[str, str] = {}
        self.record_id: int | None = None
        self.version: int | None = None
        self._loaded_values: dict = {}
        self._loading = False
        self._connect_buttons()
        self._shortcuts()

    # --- binding ---------------------------------------------------------------------------------

    def bind(self, name: str, widget: QWidget, check: Check | None = None, *aliases: str) -> None:
        """Tie a field to its widget; ``check`` runs as the clerk types; errors the services report
        under any of ``aliases`` are shown on this field too."""
        error = fields.add_error_label(self.form, widget)
        self._fields[name] = (widget, check, error)
        for alias in aliases:
            self._aliases[alias] = name
        fields.changed_signal(widget).connect(lambda *_: self._field_changed(name))

    def widget(self, name: str) -> QWidget:
        return self._fields[name][0]

    def values(self) -> dict:
        return {name: fields.value_of(widget) for name, (widget, _, _) in self._fields.items()}

    def set_values(self, values: dict) -> None:
        self._loading = True
        try:
            for name, value in values.items():
                if name in self._fields:
                    fields.set_value(self._fields[name][0], value)
        finally:
            self._loading = False
        for name in self._fields:
            self.show_field_error(name, "")

    def _field_changed(self, name: str) -> None:
        if self._loading:
            return
        self.check_field(name)
        self._changed()

    def _changed(self) -> None:
        self.setWindowModified(self.is_dirty())
        self.ui.saveButton.setEnabled(self.is_dirty() or self.record_id is None)

    def check_field(self, name: str) -> str | None:
        widget, check, _ = self._fields[name]
        problem = check(fields.value_of(widget)) if check else None
        self.show_field_error(name, translated(problem) if problem else "")
        return problem

    def show_field_error(self, name: str, text: str) -> None:
        name = self._aliases.get(name, name)
        if name in self._fields:
            fields.show_error(self._fields[name][2], text)

    def field_error(self, name: str) -> str:
        return self._fields[name][2].text()

    def label_of(self, name: str) -> str:
        return fields.label_text(self.form, self._fields[name][0])

    # --- what subclasses provide -------------------------------------------------------------------

    def fetch(self, record_id: int):
        raise NotImplementedError

    def values_of(self, record) -> dict:
        raise NotImplementedError

    def new_values(self) -> dict:
        return {}

    def write(self, values: dict, record_id: int | None, version: int | None):
        """Save through the service; return the record as saved."""
        raise NotImplementedError

    def write_archived(self, archived: bool):
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def after_load(self, record) -> None:
        """Fill what is not a field (history, photo, enrolment...)."""

    def extra_values(self) -> dict:
        """State outside the bound fields that counts as an unsaved change."""
        return {}

    # --- loading and saving ------------------------------------------------------------------------

    def start_new(self) -> None:
        self.record_id, self.version, self._record = None, None, None
        self.set_values(self.new_values())
        self.after_load(None)
        self._mark_clean()

    def load(self, record_id: int) -> None:
        record = self.fetch(record_id)
        self.record_id, self.version, self._record = record.id, record.version, record
        self.set_values(self.values_of(record))
        self.after_load(record)
        self._mark_clean()

    def current_record(self):
        return self._record

    # --- another language ------------------------------------------------------------------------

    def speak(self, language: str) -> None:
        """The form in another language, in place: what the clerk typed and has not saved stays, and
        so do the errors shown (said again in the new language)."""
        values = self.values()
        wrong = [name for name, (_widget, _check, error) in self._fields.items() if error.text()]
        self.language = language
        self._loading = True
        try:
            self.ui.retranslateUi(self.form)
            for combo in self.form.findChildren(QComboBox):
                labels.say_again(combo)
            self.say_choices_again(language)
            for name, value in values.items():
                fields.set_value(self._fields[name][0], value)
        finally:
            self._loading = False
        for name in wrong:
            self.check_field(name)
        self._show_title()
        self.setWindowModified(self.is_dirty())

    def say_choices_again(self, language: str) -> None:
        """Choices named in the interface's language (countries, programmes): read again in it."""
        for combo in self.form.findChildren(QComboBox):
            if combo.objectName() in ("countryCombo", "nationalityCombo"):
                _refill(combo, country_choices(language))

    def _mark_clean(self) -> None:
        self._loaded_values = {**self.values(), **self.extra_values()}
        self.message.setText("")
        self._show_title()
        self._changed()

    def _show_title(self) -> None:
        title = self.title()
        self.ui.headerLabel.setText(title)
        self.setWindowTitle(f"{title}[*]")
        archived = bool(getattr(self._record, "archived", False))
        if hasattr(self.ui, "archivedLabel"):
            self.ui.archivedLabel.setText(self.tr("Archived: this record is kept for its history but left out "
                                                  "of lists and choices.") if archived else "")
            self.ui.archivedLabel.setVisible(archived)
        if hasattr(self.ui, "archiveButton"):
            self.ui.archiveButton.setText(self.tr("Bring back") if archived else self.tr("Archive"))
            self.ui.archiveButton.setEnabled(self.record_id is not None)

    def is_dirty(self) -> bool:
        return {**self.values(), **self.extra_values()} != self._loaded_values

    def check_all(self) -> list[str]:
        """Check every field; the names of those in error, in form order."""
        return [name for name in self._fields if self.check_field(name)]

    def save(self) -> bool:
        """Save the form; True when saved. Errors are shown next to their fields."""
        wrong = self.check_all()
        if wrong:
            self.widget(wrong[0]).setFocus(Qt.FocusReason.OtherFocusReason)
            self.say(self.tr("Correct the fields marked in red, then save again."))
            return False
        if not self.before_save():
            return False
        try:
            record = self.write(self.values(), self.record_id, self.version)
        except InvalidRecord as error:
            self.show_field_error(error.field, sentence(error))
            target = self._aliases.get(error.field, error.field)
            if target in self._fields:
                self.widget(target).setFocus(Qt.FocusReason.OtherFocusReason)
            self.say(sentence(error))
            return False
        except ConflictError as error:
            return self._resolve_conflict(error)
        except (TransitionRefused, PermissionDenied) as error:
            self.say(sentence(error))
            return False
        self.load(record.id)
        self.say(self.tr("Saved."))
        self.saved.emit(record.id)
        return True

    def before_save(self) -> bool:
        """A last word before writing (the duplicate check); False stops the save."""
        return True

    def say(self, text: str) -> None:
        self.message.setText(text)

    # --- conflicts -----------------------------------------------------------------------------------

    def _resolve_conflict(self, error: ConflictError) -> bool:
        if error.current is None:
            self.say(sentence(error))
            return False
        mine = self.values()
        theirs = self.values_of(error.current)
        changed = [(self.label_of(name), self.shown(name, mine.get(name)), self.shown(name, theirs.get(name)))
                   for name in self._fields if mine.get(name) != theirs.get(name)]
        choice = self.ask_conflict(changed)
        if choice == ConflictDialog.RELOAD:
            self.load(error.current.id)
            self.say(self.tr("Reloaded: the form shows the record as it is now saved."))
        elif choice == ConflictDialog.KEEP_MINE:
            self.version = error.current.version
            self._record = error.current
            return self.save()
        else:
            self.say(self.tr("Not saved: someone else changed this record. Reload it before saving."))
        return False

    def ask_conflict(self, changed: list[tuple[str, str, str]]) -> int:
        dialog = ConflictDialog(changed, self)
        return dialog.exec_choice()

    def shown(self, name: str, value) -> str:
        """A field's value as the form shows it (the label of a choice, not its code)."""
        widget = self._fields[name][0]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            return widget.itemText(index) if index >= 0 else ""
        if value is None:
            return ""
        return str(value)

    # --- archiving -------------------------------------------------------------------------------------

    def toggle_archived(self) -> None:
        if self.record_id is None:
            return
        if self.is_dirty():
            self.say(self.tr("Save or undo your changes before archiving."))
            return
        archived = not bool(getattr(self._record, "archived", False))
        try:
            record = self.write_archived(archived)
        except ConflictError as error:
            self._resolve_conflict(error)
            return
        self.load(record.id)
        self.say(self.tr("Archived.") if archived else self.tr("Brought back from the archive."))
        self.saved.emit(record.id)

    # --- closing ---------------------------------------------------------------------------------------

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.windowTitle().replace("[*]", ""),
            self.tr("This form has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def may_close(self) -> bool:
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:
        if self.may_close():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:  # Escape: the same guard as closing the window
        self.close()

    def _connect_buttons(self) -> None:
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.close)
        if hasattr(self.ui, "archiveButton"):
            self.ui.archiveButton.clicked.connect(self.toggle_archived)

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.ui.saveButton.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))


def _refill(combo: QComboBox, choices) -> None:
    """The combo's choices anew, its blank first one kept (the value chosen is set back by the caller)."""
    combo.clear()
    combo.addItem("", None)
    for data, text in choices:
        combo.addItem(text, data)
