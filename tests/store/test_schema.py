"""The register's tables and their constraints, on SQLite and PostgreSQL."""

from datetime import date

import pytest
from peewee import IntegrityError

from registry_app.store.migrations import SchemaVersion, current_version, latest, migrate
from registry_app.store.models import (
    MODELS,
    Country,
    Course,
    Enrolment,
    Organisation,
    Participant,
    Programme,
    ThematicArea,
    VersionedModel,
)


def _participant(**overrides) -> dict:
    values = dict(reference="P-999999", given_names="Awa", family_name="Diallo", sex="F",
                  nationality="SN", sort_name="diallo awa")
    values.update(overrides)
    return values


def test_every_table_exists_and_the_schema_version_is_recorded(database):
    tables = set(database.get_tables())
    assert {m._meta.table_name for m in MODELS} <= tables
    assert current_version(database) == latest()
    assert migrate(database) == []  # nothing left to apply


def test_countries_hold_every_african_member_state_in_three_languages(database):
    african = Country.select().where(Country.african_member_state == True)  # noqa: E712
    assert african.count() == 54
    assert Country.get_by_id("CD").name_fr == "République démocratique du Congo"
    assert Country.get_by_id("MA").name_ar == "المغرب"
    assert Country.get_by_id("FR").region == "Europe"
    assert Country.select().count() >= 249


def test_references_are_unique(database):
    Participant.create(**_participant())
    with pytest.raises(IntegrityError), database.atomic():
        Participant.create(**_participant(given_names="Other"))


def test_a_participant_needs_a_known_nationality(database):
    with pytest.raises(IntegrityError), database.atomic():
        Participant.create(**_participant(nationality="XX"))


def test_sex_is_checked_by_the_database(database):
    with pytest.raises(IntegrityError), database.atomic():
        Participant.create(**_participant(sex="X"))


def _programme() -> Programme:
    area = ThematicArea.create(code="INV", title_en="Investigations", title_fr="Enquêtes", title_ar="التحقيقات")
    return Programme.create(code="INV-101", title_en="t", title_fr="t", title_ar="t", thematic_area=area,
                            nominal_hours=40)


def test_a_course_cannot_end_before_it_starts(database):
    programme = _programme()
    with pytest.raises(IntegrityError), database.atomic():
        Course.create(code="INV-101/2026-03", programme=programme, start_date=date(2026, 3, 9),
                      end_date=date(2026, 3, 2), venue="Rabat", capacity=25)


def test_a_participant_is_enrolled_once_per_course(database):
    programme = _programme()
    course = Course.create(code="INV-101/2026-03", programme=programme, start_date=date(2026, 3, 2),
                           end_date=date(2026, 3, 6), venue="Rabat", capacity=25)
    participant = Participant.create(**_participant())
    Enrolment.create(participant=participant, course=course, status="nominated", nominated_on=date(2026, 1, 5))
    with pytest.raises(IntegrityError), database.atomic():
        Enrolment.create(participant=participant, course=course, status="confirmed",
                         nominated_on=date(2026, 1, 6))


def test_an_unknown_enrolment_status_is_refused(database):
    programme = _programme()
    course = Course.create(code="C1", programme=programme, start_date=date(2026, 3, 2),
                           end_date=date(2026, 3, 6), venue="Rabat", capacity=25)
    participant = Participant.create(**_participant())
    with pytest.raises(IntegrityError), database.atomic():
        Enrolment.create(participant=participant, course=course, status="graduated",
                         nominated_on=date(2026, 1, 5))


def test_records_in_use_cannot_be_deleted(database):
    organisation = Organisation.create(name="Police nationale", kind="police", country="SN")
    Participant.create(**_participant(organisation=organisation))
    with pytest.raises(IntegrityError), database.atomic():
        organisation.delete_instance()


def test_editable_tables_carry_a_version(database):
    editable = [m for m in MODELS if issubclass(m, VersionedModel)]
    assert {m.__name__ for m in editable} >= {
        "Participant", "Organisation", "Programme", "Course", "Trainer", "Enrolment", "Certificate", "User",
    }
    organisation = Organisation.create(name="Police nationale", kind="police", country="SN")
    assert Organisation.get_by_id(organisation.id).version == 1


def test_schema_version_rows_name_what_they_applied(database):
    rows = list(SchemaVersion.select().order_by(SchemaVersion.version))
    assert [r.version for r in rows] == list(range(1, latest() + 1))
    assert all(r.description for r in rows)
