"""The forms of organisations, trainers and programmes: fields only, saved and archived alike."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from ...domain import validation
from ...domain.names import listed_name
from ...services.actors import Actor
from ...services.register import organisations, programmes, trainers
from ...services.register.organisations import OrganisationData
from ...services.register.programmes import ProgrammeData
from ...services.register.reference import country_choices
from ...services.register.trainers import TrainerData
from .. import labels
from ..forms.ui_organisation_form import Ui_OrganisationForm
from ..forms.ui_programme_form import Ui_ProgrammeForm
from ..forms.ui_trainer_form import Ui_TrainerForm
from .record_editor import RecordEditor, chosen


def _fields_of(record, names) -> dict:
    return {name: getattr(record, name) for name in names}


class OrganisationEditor(RecordEditor):
    entity = "organisation"

    def __init__(self, actor: Actor, record_id: int | None = None, parent: QWidget | None = None,
                 language: str = "en"):
        super().__init__(actor, Ui_OrganisationForm, record_id, parent, language)
        ui = self.ui
        labels.fill(ui.kindCombo, labels.ORGANISATION_KINDS, ("", None))
        ui.countryCombo.addItem("", None)
        for code, name in country_choices(language):
            ui.countryCombo.addItem(name, code)
        self.bind("name", ui.nameEdit, validation.required)
        self.bind("acronym", ui.acronymEdit)
        self.bind("kind", ui.kindCombo, chosen(self.tr("Choose the type of organisation.")))
        self.bind("country", ui.countryCombo, chosen(self.tr("Choose the country.")))
        self.resize(560, 360)
        self.load(record_id) if record_id is not None else self.start_new()

    def fetch(self, record_id):
        return organisations.get(record_id)

    def values_of(self, record) -> dict:
        return {**_fields_of(record, ("name", "acronym", "kind")), "country": record.country_id}

    def title(self) -> str:
        record = self.current_record()
        return record.name if record else self.tr("New organisation")

    def after_load(self, record) -> None:
        members = organisations.member_count(record.id) if record else 0
        self.ui.membersLabel.setText(
            self.tr("%1 participant(s) of this organisation in the register.").replace("%1", QLocale().toString(members))
            if record else "")

    def write(self, values, record_id, version):
        return organisations.save_organisation(self.actor, OrganisationData(**values), record_id, version)

    def write_archived(self, archived):
        return organisations.archive(self.actor, self.record_id, self.version, archived)


class TrainerEditor(RecordEditor):
    entity = "trainer"

    def __init__(self, actor: Actor, record_id: int | None = None, parent: QWidget | None = None,
                 language: str = "en"):
        super().__init__(actor, Ui_TrainerForm, record_id, parent, language)
        ui = self.ui
        labels.fill(ui.sexCombo, labels.SEX, ("", None))
        self.bind("title", ui.titleEdit)
        self.bind("given_names", ui.given_namesEdit, validation.required)
        self.bind("family_name", ui.family_nameEdit, validation.required)
        self.bind("full_name_ar", ui.full_name_arEdit)
        self.bind("sex", ui.sexCombo, chosen(self.tr("Choose F or M.")))
        self.bind("affiliation", ui.affiliationEdit)
        self.bind("expertise", ui.expertiseEdit)
        self.bind("email", ui.emailEdit, validation.email)
        self.bind("phone", ui.phoneEdit, validation.phone)
        self.resize(560, 420)
        self.load(record_id) if record_id is not None else self.start_new()

    def fetch(self, record_id):
        return trainers.get(record_id)

    def values_of(self, record) -> dict:
        return _fields_of(record, self._fields)

    def title(self) -> str:
        record = self.current_record()
        return listed_name(record.given_names, record.family_name) if record else self.tr("New trainer")

    def write(self, values, record_id, version):
        return trainers.save_trainer(self.actor, TrainerData(**values), record_id, version)

    def write_archived(self, archived):
        return trainers.archive(self.actor, self.record_id, self.version, archived)


class ProgrammeEditor(RecordEditor):
    entity = "programme"

    def __init__(self, actor: Actor, record_id: int | None = None, parent: QWidget | None = None,
                 language: str = "en"):
        super().__init__(actor, Ui_ProgrammeForm, record_id, parent, language)
        ui = self.ui
        ui.thematic_areaCombo.addItem("", None)
        for area_id, title in programmes.thematic_areas(language):
            ui.thematic_areaCombo.addItem(title, area_id)
        labels.fill(ui.excused_policyCombo, labels.EXCUSED_POLICIES)
        ui.pass_markSpin.setSpecialValueText(self.tr("No test"))
        for name in ("code", "title_en", "title_fr", "title_ar"):
            self.bind(name, getattr(ui, f"{name}Edit"), validation.required)
        self.bind("thematic_area_id", ui.thematic_areaCombo,
                  chosen(self.tr("Choose the thematic area.")), "thematic_area")
        self.bind("nominal_hours", ui.nominal_hoursSpin, validation.positive)
        self.bind("min_attendance_pct", ui.min_attendance_pctSpin, validation.percent)
        self.bind("pass_mark", ui.pass_markSpin)
        self.bind("excused_policy", ui.excused_policyCombo)
        self.bind("accreditation_body", ui.accreditation_bodyEdit)
        self.bind("accreditation_reference", ui.accreditation_referenceEdit)
        self.resize(640, 520)
        self.load(record_id) if record_id is not None else self.start_new()

    def fetch(self, record_id):
        return programmes.get(record_id)

    def values_of(self, record) -> dict:
        values = _fields_of(record, [n for n in self._fields if n != "thematic_area_id"])
        return {**values, "thematic_area_id": record.thematic_area_id}

    def new_values(self) -> dict:
        return {"min_attendance_pct": 80, "pass_mark": None}

    def title(self) -> str:
        record = self.current_record()
        if record is None:
            return self.tr("New programme")
        return f"{record.code} — {getattr(record, 'title_' + self.language, record.title_en)}"

    def write(self, values, record_id, version):
        return programmes.save_programme(self.actor, ProgrammeData(**values), record_id, version)

    def write_archived(self, archived):
        return programmes.archive(self.actor, self.record_id, self.version, archived)
