"""Marks saved one by one, refused outside the schedule or for someone not in the room."""

from datetime import date

import pytest

from registry_app.services.attendance import marks as attendance
from registry_app.services.attendance.marks import MarkRefused, ScoreRefused
from registry_app.services.versioning import ConflictError
from registry_app.store.models import AttendanceMark, AuditEvent

AFTER = date(2026, 3, 10)


def test_a_mark_is_saved_at_once_and_audited(actor, small_course):
    course, half_days, enrolments = small_course
    attendance.set_mark(actor, enrolments[0].id, half_days[0].id, "present", today=AFTER)
    attendance.set_mark(actor, enrolments[0].id, half_days[0].id, "late", today=AFTER)
    assert AttendanceMark.get(AttendanceMark.enrolment == enrolments[0].id).status == "late"
    events = list(AuditEvent.select().where(AuditEvent.entity == "attendance").order_by(AuditEvent.id))
    assert [(e.before, e.after) for e in events] == [("", '{"status": "present"}'),
                                                     ('{"status": "present"}', '{"status": "late"}')]
    attendance.set_mark(actor, enrolments[0].id, half_days[0].id, None, today=AFTER)
    assert not AttendanceMark.select().exists()


@pytest.mark.parametrize("case,message", [
    ("excluded", "is not a session"), ("future", "has not come yet"), ("nominee", "only participants in the room"),
])
def test_marks_outside_the_schedule_or_for_a_nominee_are_refused(actor, small_course, case, message):
    course, half_days, enrolments = small_course
    enrolment, half_day, today = enrolments[0], half_days[0], AFTER
    if case == "excluded":
        half_day = half_days[5]
    elif case == "future":
        today = date(2026, 3, 1)
    else:
        enrolment = enrolments[3]
    with pytest.raises(MarkRefused, match=message):
        attendance.set_mark(actor, enrolment.id, half_day.id, "present", today=today)
    assert not AttendanceMark.select().exists()


def test_all_present_fills_the_empty_marks_of_a_half_day_only(actor, small_course):
    course, half_days, enrolments = small_course
    attendance.set_mark(actor, enrolments[1].id, half_days[0].id, "absent", today=AFTER)
    assert attendance.mark_all_present(actor, course.id, half_days[0].id, today=AFTER) == 2
    grid = attendance.load_grid(course.id)
    assert grid.marks[(enrolments[1].id, half_days[0].id)] == "absent"
    assert grid.marks[(enrolments[0].id, half_days[0].id)] == "present"
    assert len(grid.rows) == 3  # the nominee is not in the room


def test_the_rate_counts_scheduled_half_days_that_have_begun(actor, small_course):
    course, half_days, enrolments = small_course
    for half_day in half_days[:4]:
        attendance.set_mark(actor, enrolments[0].id, half_day.id, "present", today=AFTER)
    grid = attendance.load_grid(course.id)
    assert grid.attendance(enrolments[0].id, today=AFTER).rate_pct == 80  # 4 of 5; the fifth unmarked
    assert grid.attendance(enrolments[0].id, today=date(2026, 3, 3)).rate_pct == 100  # 4 of 4 so far


def test_scores_are_checked_and_versioned(actor, small_course):
    course, half_days, enrolments = small_course
    updated = attendance.set_scores(actor, enrolments[0].id, enrolments[0].version, 45, 72.5)
    assert (updated.pre_test, updated.post_test, updated.version) == (45, 72.5, 2)
    with pytest.raises(ScoreRefused, match="between 0 and 100"):
        attendance.set_scores(actor, enrolments[0].id, 2, 45, 120)
    with pytest.raises(ConflictError):
        attendance.set_scores(actor, enrolments[0].id, 1, 50, 70)
