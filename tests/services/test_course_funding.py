"""A course's funding is saved with the course: one transaction, one audit event, the course's version."""

import json
from datetime import date

import pytest

from registry_app.services.courses import details as course_records
from registry_app.services.courses import funding as course_funding
from registry_app.services.courses.details import CourseData, Schedule
from registry_app.services.courses.funding import FundingSource
from registry_app.services.register.saving import InvalidRecord
from registry_app.services.versioning import ConflictError
from registry_app.store.models import AuditEvent, Course, CourseFunding


def _data(course, **changes):
    values = dict(code=course.code, programme_id=course.programme_id, start_date=course.start_date,
                  end_date=course.end_date, venue=course.venue, capacity=course.capacity)
    return CourseData(**{**values, **changes})


def _save(actor, course, funding, version=None, **changes):
    return course_records.save_course(actor, _data(course, **changes), None, record_id=course.id,
                                      expected_version=course.version if version is None else version,
                                      funding=funding)


def test_donors_and_grants_are_saved_audited_and_versioned_with_the_course(actor, small_course):
    course = small_course[0]
    saved = _save(actor, course, [FundingSource(" European Union ", "EU-CT-AFR/2026/017"),
                                  FundingSource("Government of Japan", ""), FundingSource("", "")])
    assert saved.version == course.version + 1
    assert course_funding.funding_of(course.id) == [FundingSource("European Union", "EU-CT-AFR/2026/017"),
                                                    FundingSource("Government of Japan", "")]
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert (event.action, event.entity, event.entity_id) == ("update", "course", str(course.id))
    assert json.loads(event.before)["funding"] == []
    assert json.loads(event.after)["funding"] == [
        {"donor": "European Union", "grant_reference": "EU-CT-AFR/2026/017"},
        {"donor": "Government of Japan", "grant_reference": ""}]

    # only the funding changes: the course still moves to a new version, and the event says what changed
    again = _save(actor, saved, [FundingSource("European Union", "EU-CT-AFR/2026/018")])
    assert again.version == saved.version + 1
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert len(json.loads(event.before)["funding"]) == 2
    assert json.loads(event.after)["funding"] == [{"donor": "European Union", "grant_reference": "EU-CT-AFR/2026/018"}]
    assert "European Union" in course_funding.known_donors()


def test_a_stale_save_is_a_conflict_and_leaves_the_funding_as_it_was(actor, small_course):
    course = small_course[0]
    first = _save(actor, course, [FundingSource("European Union", "EU-1")])
    with pytest.raises(ConflictError):
        _save(actor, course, [FundingSource("State of Qatar", "QA-1")], version=course.version)
    assert course_funding.funding_of(course.id) == [FundingSource("European Union", "EU-1")]
    assert Course.get_by_id(course.id).version == first.version


@pytest.mark.parametrize("rows, template", [
    ([FundingSource("", "EU-CT-AFR/2026/017")], course_funding.NO_DONOR),
    ([FundingSource("European Union", "A"), FundingSource("european union ", "B")], course_funding.TWICE),
    ([FundingSource("D" * 201, "")], "This text is longer than this field holds."),
    ([FundingSource("European Union", "G" * 101)], "This text is longer than this field holds."),
])
def test_bad_funding_is_refused_on_its_field_and_nothing_is_half_saved(actor, small_course, rows, template):
    course = small_course[0]
    _save(actor, course, [FundingSource("Kingdom of Spain", "ES-1")])
    course = Course.get_by_id(course.id)
    events = AuditEvent.select().count()
    with pytest.raises(InvalidRecord) as refused:
        _save(actor, course, rows, venue="Elsewhere")
    assert refused.value.field == "funding"
    assert refused.value.template == template
    assert course_funding.funding_of(course.id) == [FundingSource("Kingdom of Spain", "ES-1")]
    assert Course.get_by_id(course.id).venue == course.venue
    assert AuditEvent.select().count() == events


def test_a_new_course_with_funding_and_callers_that_leave_it_alone(actor, small_course):
    course = course_records.save_course(
        actor, _data(small_course[0], code="INV-101/2026-09", start_date=date(2026, 9, 7),
                     end_date=date(2026, 9, 11)), Schedule(), funding=[FundingSource("Kingdom of the Netherlands", "NL-1")])
    assert course_funding.funding_of(course.id) == [FundingSource("Kingdom of the Netherlands", "NL-1")]
    created = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert json.loads(created.after)["funding"] == [{"donor": "Kingdom of the Netherlands", "grant_reference": "NL-1"}]
    # a save that does not say anything about funding (funding=None) keeps it
    kept = course_records.save_course(actor, _data(course, venue="Tunis"), None, record_id=course.id,
                                      expected_version=course.version)
    assert kept.venue == "Tunis"
    assert CourseFunding.select().where(CourseFunding.course == course).count() == 1
