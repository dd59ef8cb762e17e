"""Closing a course: decisions by the programme's rule, explained, overridable with a reason."""

from datetime import date

import pytest

from registry_app.services.attendance import marks as attendance
from registry_app.services.courses import closing
from registry_app.services.courses.closing import ClosingRefused, Override
from registry_app.store.models import AuditEvent, Course, Enrolment

AFTER = date(2026, 3, 10)


@pytest.fixture
def attended(actor, small_course):
    course, half_days, enrolments = small_course
    scheduled = [h for h in half_days if not h.excluded]
    marks = {0: ["present"] * 5, 1: ["present", "present", "absent", "absent", "present"], 2: ["present"] * 5}
    for index, statuses in marks.items():
        for half_day, status in zip(scheduled, statuses):
            attendance.set_mark(actor, enrolments[index].id, half_day.id, status, today=AFTER)
    attendance.set_scores(actor, enrolments[0].id, 1, 40, 72)
    attendance.set_scores(actor, enrolments[1].id, 1, 40, 90)
    attendance.set_scores(actor, enrolments[2].id, 1, 40, 55)
    return course, enrolments


def test_each_decision_comes_with_its_explanation(attended):
    course, enrolments = attended
    proposals = {p.enrolment_id: p for p in closing.propose(course.id)}
    assert proposals[enrolments[0].id].explanation == "5 of 5 half-days = 100 % >= 80 %; post-test 72 >= 60"
    assert proposals[enrolments[0].id].completed
    assert proposals[enrolments[1].id].explanation == "3 of 5 half-days = 60 % < 80 %; post-test 90 >= 60"
    assert not proposals[enrolments[1].id].completed
    assert proposals[enrolments[2].id].explanation.endswith("post-test 55 < 60")


def test_closing_applies_the_decisions_and_an_override_with_its_reason(actor, attended):
    course, enrolments = attended
    closing.close(actor, course.id, {enrolments[2].id: Override(True, "resat the test on 9 March: 68")}, today=AFTER)
    statuses = {e.id: e for e in Enrolment.select().where(Enrolment.course == course)}
    assert statuses[enrolments[0].id].status == "completed"
    assert statuses[enrolments[1].id].status == "not-completed"
    overridden = statuses[enrolments[2].id]
    assert overridden.status == "completed" and overridden.outcome_overridden
    assert "resat the test on 9 March: 68" in overridden.outcome_explanation
    assert statuses[enrolments[3].id].status == "nominated"
    assert Course.get_by_id(course.id).status == "closed"
    assert AuditEvent.select().where(AuditEvent.action == "outcome").count() == 3


def test_an_override_needs_a_reason_and_a_course_closes_after_its_last_day(actor, attended):
    course, enrolments = attended
    with pytest.raises(ClosingRefused, match="needs a reason"):
        closing.close(actor, course.id, {enrolments[1].id: Override(True, "  ")}, today=AFTER)
    with pytest.raises(ClosingRefused, match="close it after its last session"):
        closing.close(actor, course.id, today=date(2026, 3, 3))
    assert Course.get_by_id(course.id).status == "running"
    assert not Enrolment.select().where(Enrolment.status == "completed").exists()
