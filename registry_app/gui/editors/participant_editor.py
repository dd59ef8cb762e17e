"""The participant form: details and photo, the history of courses and certificates, duplicates."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QWidget

from ...domain import validation
from ...domain.names import listed_name
from ...services.actors import Actor
from ...services.register import duplicates, organisations, participants
from ...services.register.participant_history import history
from ...services.register.participants import KEEP_PHOTO, ParticipantData
from ...services.register.reference import country_choices
from ...services.versioning import ConflictError
from .. import labels
from ..dialogs.duplicates_dialog import DuplicatesDialog, MergeDialog
from ..errors import sentence
from ..forms.ui_participant_form import Ui_ParticipantForm
from .fields import make_date_optional
from .record_editor import RecordEditor, chosen

PHOTO_SIZE = (480, 600)  # enough for a roster or a badge; the register stores this, not the camera's file


class ParticipantEditor(RecordEditor):
    entity = "participant"

    def __init__(self, actor: Actor, record_id: int | None = None, parent: QWidget | None = None,
                 language: str = "en"):
        super().__init__(actor, Ui_ParticipantForm, record_id, parent, language)
        self._photo: bytes | None = None
        self._fill_choices()
        self._bind_fields()
        ui = self.ui
        ui.choosePhotoButton.clicked.connect(self.choose_photo)
        ui.removePhotoButton.clicked.connect(lambda: self.set_photo(None))
        ui.mergeButton.clicked.connect(self.merge_duplicate)
        self.resize(900, 680)
        self.load(record_id) if record_id is not None else self.start_new()

    def _fill_choices(self) -> None:
        ui = self.ui
        labels.fill(ui.sexCombo, labels.SEX, ("", None))
        ui.nationalityCombo.addItem("", None)
        for code, name in country_choices(self.language):
            ui.nationalityCombo.addItem(name, code)
        labels.fill(ui.preferred_languageCombo, labels.LANGUAGES)
        labels.fill(ui.id_document_typeCombo, labels.ID_DOCUMENTS, ("", ""))
        make_date_optional(ui.birth_dateDate)

    def _fill_organisations(self, include_id: int | None) -> None:
        combo = self.ui.organisationCombo
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for organisation_id, name, country in organisations.choices(include_id):
            combo.addItem(f"{name} — {country}", organisation_id)

    def _bind_fields(self) -> None:
        ui = self.ui
        self.bind("title", ui.titleEdit)
        self.bind("given_names", ui.given_namesEdit, lambda v: validation.required(v) or participants.unprintable(v))
        self.bind("family_name", ui.family_nameEdit, lambda v: validation.required(v) or participants.unprintable(v))
        self.bind("full_name_ar", ui.full_name_arEdit, participants.unprintable)
        self.bind("sex", ui.sexCombo, chosen(self.tr("Choose F or M.")))
        self.bind("birth_date", ui.birth_dateDate, validation.birth_date)
        self.bind("nationality", ui.nationalityCombo, chosen(self.tr("Choose the nationality.")))
        self.bind("organisation_id", ui.organisationCombo, None, "organisation")
        self.bind("rank", ui.rankEdit)
        self.bind("email", ui.emailEdit, validation.email)
        self.bind("phone", ui.phoneEdit, validation.phone)
        self.bind("preferred_language", ui.preferred_languageCombo)
        self.bind("id_document_type", ui.id_document_typeCombo)
        self.bind("id_document_number", ui.id_document_numberEdit)
        self.bind("notes", ui.notesText)

    # --- record <-> form ----------------------------------------------------------------------------

    def fetch(self, record_id: int) -> participants.Participant:
        return participants.get(record_id)

    def values_of(self, record: participants.Participant) -> dict:
        values = {name: getattr(record, name) for name in self._fields if name != "organisation_id"}
        values["nationality"] = record.nationality_id
        values["organisation_id"] = record.organisation_id
        return values

    def new_values(self) -> dict:
        return {"preferred_language": self.language}

    def title(self) -> str:
        record = self.current_record()
        if record is None:
            return self.tr("New participant")
        return f"{record.reference} — {listed_name(record.given_names, record.family_name)}"

    def set_values(self, values: dict) -> None:
        record = self.current_record()
        self._fill_organisations(values.get("organisation_id") or (record.organisation_id if record else None))
        super().set_values(values)

    def after_load(self, record: participants.Participant | None) -> None:
        self.set_photo(bytes(record.photo) if record is not None and record.photo else None, changed=False)
        self.ui.mergeButton.setEnabled(record is not None)
        self.ui.tabs.setTabEnabled(1, record is not None)
        self._show_history(record.id if record is not None else None)

    def say_choices_again(self, language: str) -> None:
        super().say_choices_again(language)
        record = self.current_record()
        self._show_history(record.id if record is not None else None)  # its columns fitted to the new words

    def extra_values(self) -> dict:
        return {"photo": hashlib.sha256(self._photo).hexdigest() if self._photo else None}

    def _data(self, values: dict) -> ParticipantData:
        photo_changed = self.extra_values()["photo"] != self._loaded_values.get("photo")
        photo = self._photo if self.record_id is None or photo_changed else KEEP_PHOTO
        return ParticipantData(**values, photo=photo)

    def write(self, values: dict, record_id: int | None, version: int | None) -> participants.Participant:
        if record_id is None:
            return participants.create(self.actor, self._data(values))
        return participants.update(self.actor, record_id, version, self._data(values))

    def write_archived(self, archived: bool) -> participants.Participant:
        return participants.archive(self.actor, self.record_id, self.version, archived)

    # --- duplicates ------------------------------------------------------------------------------------

    def before_save(self) -> bool:
        if self.record_id is not None:
            return True
        v = self.values()
        found = duplicates.probable_duplicates(v["given_names"], v["family_name"], v["full_name_ar"],
                                               v["birth_date"], v["nationality"] or "", v["id_document_number"])
        if not found:
            return True
        choice, participant_id = self.ask_about_duplicates(found)
        if choice == DuplicatesDialog.OPEN:
            self._loaded_values = {**self.values(), **self.extra_values()}  # the clerk chose to drop it
            self.load(participant_id)
            self.say(self.tr("This is the record already in the register; what you typed was not saved."))
            return False
        return choice == DuplicatesDialog.SAVE_ANYWAY

    def ask_about_duplicates(self, found) -> tuple[int, int | None]:
        dialog = DuplicatesDialog(found, self.language, self)
        return dialog.exec_choice()

    def merge_duplicate(self) -> None:
        if self.record_id is None:
            return
        if self.is_dirty():
            self.say(self.tr("Save or undo your changes before merging."))
            return
        record = self.current_record()
        found = duplicates.probable_duplicates(record.given_names, record.family_name, record.full_name_ar,
                                               record.birth_date, record.nationality_id,
                                               record.id_document_number, exclude_id=record.id)
        other_id = self.ask_which_to_merge(found)
        if other_id is None:
            return
        other = participants.get(other_id)
        try:
            duplicates.merge(self.actor, record.id, record.version, other.id, other.version)
        except (duplicates.MergeRefused, ConflictError) as error:
            self.say(sentence(error))
            return
        self.load(record.id)
        self.say(self.tr("%1 was merged into this record and archived.").replace("%1", other.reference))
        self.saved.emit(record.id)

    def ask_which_to_merge(self, found) -> int | None:
        dialog = MergeDialog(self.current_record(), found, self.language, self)
        return dialog.exec_choice()

    # --- photo -----------------------------------------------------------------------------------------

    def choose_photo(self) -> None:
        path = self.photo_file()
        if not path:
            return
        image = QImage(path)
        if image.isNull():
            self.ui.photoError.setText(self.tr("This file is not a picture that can be read."))
            return
        self.set_photo(self.scaled_jpeg(image))

    def photo_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        return path

    @staticmethod
    def scaled_jpeg(image: QImage) -> bytes:
        if image.width() > PHOTO_SIZE[0] or image.height() > PHOTO_SIZE[1]:
            image = image.scaled(*PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", 85)
        return bytes(data.data())

    def set_photo(self, photo: bytes | None, changed: bool = True) -> None:
        self._photo = photo
        self.ui.photoError.setText("")
        label = self.ui.photoLabel
        if photo:
            pixmap = QPixmap()
            pixmap.loadFromData(photo)
            label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        else:
            label.setPixmap(QPixmap())
            label.setText(self.tr("No photo"))
        self.ui.removePhotoButton.setEnabled(photo is not None)
        if changed:
            self._changed()

    # --- history ---------------------------------------------------------------------------------------

    def _show_history(self, participant_id: int | None) -> None:
        lines = history(participant_id, self.language) if participant_id is not None else []
        table = self.ui.historyTable
        headers = [self.tr("Course"), self.tr("Programme"), self.tr("Dates"), self.tr("Status"),
                   self.tr("Attendance"), self.tr("Pre-test"), self.tr("Post-test"), self.tr("Certificates")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(lines))
        locale = QLocale()
        for row, line in enumerate(lines):
            certificates = ", ".join(
                c.serial + ("" if c.status == "valid" else f" ({labels.label(labels.CERTIFICATE_STATUSES, c.status)})")
                for c in line.certificates)
            cells = [line.course_code, line.programme_title,
                     f"{line.start_date.isoformat()} – {line.end_date.isoformat()}",
                     labels.label(labels.ENROLMENT_STATUSES, line.status),
                     "" if line.attendance_pct is None else f"{line.attendance_pct} %",
                     _score(locale, line.pre_test), _score(locale, line.post_test), certificates]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        completed = sum(1 for line in lines if line.status == "completed")
        if not lines:
            summary = self.tr("Not nominated to any course yet.")
        else:
            summary = (self.tr("Nominated to %1 course(s); completed %2; %3 certificate(s).")
                       .replace("%1", str(len(lines))).replace("%2", str(completed))
                       .replace("%3", str(sum(len(line.certificates) for line in lines))))
        self.ui.historySummary.setText(summary)


def _score(locale: QLocale, value: float | None) -> str:
    return "" if value is None else locale.toString(float(value), "f", 0)
