"""Organisations, programmes, trainers and courses: saved with validation, versions and the audit."""

from datetime import date, timedelta

import pytest

from registry_app.services.attendance import marks as attendance
from registry_app.services.courses import details as course_records
from registry_app.services.courses.details import CourseData, Schedule
from registry_app.services.register import organisations, programmes, trainers
from registry_app.services.register.organisations import OrganisationData
from registry_app.services.register.programmes import ProgrammeData
from registry_app.services.register.saving import InvalidRecord
from registry_app.services.register.trainers import TrainerData
from registry_app.services.versioning import ConflictError
from registry_app.store.models import AuditEvent, CourseDay, CourseHalfDay, CourseTrainer, Organisation, ThematicArea

POLICE = OrganisationData("Direction générale de la Sûreté nationale", "police", "MA", "DGSN")


def test_an_organisation_is_saved_searchable_and_audited(actor):
    saved = organisations.save_organisation(actor, POLICE)
    assert saved.search_key == "direction generale de la surete nationale dgsn"
    changed = organisations.save_organisation(actor, OrganisationData("DGSN Maroc", "police", "MA"),
                                              saved.id, saved.version)
    assert changed.version == 2
    assert [e.action for e in AuditEvent.select().where(AuditEvent.entity == "organisation")] == ["create", "update"]


def test_a_second_organisation_of_the_same_name_and_country_is_refused_on_its_field(actor):
    organisations.save_organisation(actor, POLICE)
    with pytest.raises(InvalidRecord) as refused:
        organisations.save_organisation(actor, POLICE)
    assert refused.value.field == "name"
    assert Organisation.select().count() == 1
    organisations.save_organisation(actor, OrganisationData(POLICE.name, "police", "SN"))  # another country


def test_archiving_keeps_the_record_and_checks_the_version(actor):
    saved = organisations.save_organisation(actor, POLICE)
    archived = organisations.archive(actor, saved.id, saved.version)
    assert archived.archived and Organisation.get_by_id(saved.id)
    with pytest.raises(ConflictError):
        organisations.archive(actor, saved.id, saved.version, archived=False)
    assert organisations.choices() == []
    assert [c[0] for c in organisations.choices(include_id=saved.id)] == [saved.id]


@pytest.mark.parametrize("changes, field", [
    ({"code": " "}, "code"),
    ({"title_ar": ""}, "title_ar"),
    ({"nominal_hours": 0}, "nominal_hours"),
    ({"min_attendance_pct": 120}, "min_attendance_pct"),
    ({"pass_mark": -1}, "pass_mark"),
    ({"thematic_area_id": None}, "thematic_area"),
])
def test_programme_fields_are_checked(actor, changes, field):
    area = ThematicArea.create(code="PRS", title_en="Prisons", title_fr="Prisons", title_ar="السجون")
    good = dict(code="PRS-101", title_en="Prison management", title_fr="Gestion pénitentiaire",
                title_ar="إدارة السجون", thematic_area_id=area.id, nominal_hours=30)
    with pytest.raises(InvalidRecord) as refused:
        programmes.save_programme(actor, ProgrammeData(**{**good, **changes}))
    assert refused.value.field == field
    saved = programmes.save_programme(actor, ProgrammeData(**good))
    with pytest.raises(InvalidRecord, match="already has this code"):
        programmes.save_programme(actor, ProgrammeData(**good))
    assert saved.search_key.startswith("prs 101 prison management gestion penitentiaire")


@pytest.mark.parametrize("changes, field", [
    ({"email": "k.otieno@"}, "email"),
    ({"phone": "call me"}, "phone"),
    ({"family_name": ""}, "family_name"),
])
def test_trainer_fields_are_checked(actor, changes, field):
    good = dict(given_names="Kevin", family_name="Otieno", sex="M", email="k.otieno@example.org",
                phone="+254 20 123 4567")
    with pytest.raises(InvalidRecord) as refused:
        trainers.save_trainer(actor, TrainerData(**{**good, **changes}))
    assert refused.value.field == field
    assert trainers.save_trainer(actor, TrainerData(**good)).id


def _course(small_course, **changes):
    course, _, _ = small_course
    values = dict(code="INV-101/2026-09", programme_id=course.programme_id, start_date=date(2026, 9, 7),
                  end_date=date(2026, 9, 13), venue="Rabat", capacity=25)
    return CourseData(**{**values, **changes})


def test_a_new_course_gets_its_days_with_weekends_off_and_its_trainers(actor, small_course):
    lead = trainers.save_trainer(actor, TrainerData("Amina", "Diallo", "F"))
    other = trainers.save_trainer(actor, TrainerData("Kevin", "Otieno", "M"))
    course = course_records.save_course(actor, _course(small_course), trainer_ids=[lead.id, other.id],
                                        lead_trainer_id=lead.id)
    days = course_records.schedule_of(course.id)
    assert len(days) == 7 and [d.date.weekday() for d in days if d.excluded] == [5, 6]
    assert CourseHalfDay.select().join(CourseDay).where(CourseDay.course == course).count() == 14
    assert course_records.trainers_of(course.id) == ([lead.id, other.id], lead.id)


def test_the_schedule_excludes_days_and_half_days(actor, small_course):
    start = date(2026, 9, 7)
    schedule = Schedule(frozenset({start + timedelta(5), start + timedelta(6)}),
                        frozenset({(start + timedelta(4), "PM")}))
    course = course_records.save_course(actor, _course(small_course), schedule)
    friday = [d for d in course_records.schedule_of(course.id) if d.date == start + timedelta(4)][0]
    assert not friday.excluded and friday.pm_excluded and not friday.am_excluded
    shorter = course_records.save_course(actor, _course(small_course, end_date=start + timedelta(2)),
                                         Schedule(), record_id=course.id, expected_version=course.version)
    assert [d.date for d in course_records.schedule_of(shorter.id)] == [start + timedelta(n) for n in range(3)]


def test_dates_cannot_drop_a_day_with_attendance(actor, small_course):
    course, half_days, enrolled = small_course
    attendance.set_mark(actor, enrolled[0].id, half_days[4].id, "present", today=course.end_date)
    data = _course(small_course, code=course.code, start_date=course.start_date,
                   end_date=course.start_date + timedelta(1))
    with pytest.raises(InvalidRecord, match="Attendance is recorded") as refused:
        course_records.save_course(actor, data, Schedule(), record_id=course.id, expected_version=course.version)
    assert refused.value.field == "end_date"
    assert CourseDay.select().where(CourseDay.course == course).count() == 3  # nothing half-changed


@pytest.mark.parametrize("changes, field", [
    ({"end_date": date(2026, 9, 1)}, "end_date"),
    ({"capacity": 0}, "capacity"),
    ({"venue": ""}, "venue"),
    ({"code": "INV-101/2026-03"}, "code"),
])
def test_course_fields_are_checked(actor, small_course, changes, field):
    with pytest.raises(InvalidRecord) as refused:
        course_records.save_course(actor, _course(small_course, **changes))
    assert refused.value.field == field
    assert CourseTrainer.select().count() == 0
