"""A participant's history: every course they were nominated to, with what came of it. It answers
"has this officer been trained before?"."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ...domain.completion import ExcusedPolicy, count_attendance
from ...domain.enrolment import ATTENDING
from ...domain.enums import EnrolmentStatus
from ...domain.permissions import Action
from ...store.models import (
    AttendanceMark,
    Certificate,
    Course,
    CourseDay,
    CourseHalfDay,
    Enrolment,
    Programme,
)
from ..actors import requiring


@dataclass(frozen=True)
class HistoryCertificate:
    serial: str
    kind: str
    status: str
    issue_date: date


@dataclass(frozen=True)
class HistoryLine:
    enrolment_id: int
    course_code: str
    programme_code: str
    programme_title: str
    start_date: date
    end_date: date
    venue: str
    status: str
    attendance_pct: int | None  # None: not in the room, or nothing scheduled yet
    pre_test: float | None
    post_test: float | None
    certificates: tuple[HistoryCertificate, ...]


def history(participant_id: int, language: str = "en", today: date | None = None) -> list[HistoryLine]:
    """Newest course first."""
    requiring(Action.VIEW)
    today = today or date.today()
    enrolments = list(
        Enrolment.select(Enrolment, Course, Programme).join(Course).join(Programme)
        .where(Enrolment.participant == participant_id)
        .order_by(Course.start_date.desc()))
    if not enrolments:
        return []
    scheduled = _scheduled_half_days({e.course_id for e in enrolments}, today)
    marks = _marks([e.id for e in enrolments])
    certificates = _certificates([e.id for e in enrolments])
    lines = []
    for e in enrolments:
        course, programme = e.course, e.course.programme
        rate = None
        if EnrolmentStatus(e.status) in ATTENDING and scheduled[course.id]:
            policy = ExcusedPolicy(programme.excused_policy)
            rate = count_attendance([marks.get((e.id, h)) for h in scheduled[course.id]], policy).rate_pct
        title = getattr(programme, f"title_{language}", "") or programme.title_en
        lines.append(HistoryLine(
            e.id, course.code, programme.code, title, course.start_date, course.end_date,
            course.venue, e.status, rate, e.pre_test, e.post_test, tuple(certificates[e.id])))
    return lines


def _scheduled_half_days(course_ids: set[int], today: date) -> dict[int, list[int]]:
    rows = (CourseHalfDay.select(CourseDay.course, CourseHalfDay.id).join(CourseDay)
            .where(CourseDay.course.in_(list(course_ids)) & (CourseDay.date <= today)
                   & (CourseDay.excluded == False) & (CourseHalfDay.excluded == False))  # noqa: E712
            .tuples())
    scheduled: dict[int, list[int]] = defaultdict(list)
    for course_id, half_day_id in rows:
        scheduled[course_id].append(half_day_id)
    return scheduled


def _marks(enrolment_ids: list[int]) -> dict[tuple[int, int], str]:
    rows = (AttendanceMark.select(AttendanceMark.enrolment, AttendanceMark.half_day, AttendanceMark.status)
            .where(AttendanceMark.enrolment.in_(enrolment_ids)).tuples())
    return {(e, h): status for e, h, status in rows}


def _certificates(enrolment_ids: list[int]) -> dict[int, list[HistoryCertificate]]:
    found: dict[int, list[HistoryCertificate]] = defaultdict(list)
    rows = (Certificate.select().where(Certificate.enrolment.in_(enrolment_ids))
            .order_by(Certificate.issue_date, Certificate.id))
    for c in rows:
        found[c.enrolment_id].append(HistoryCertificate(c.serial, c.kind, c.status, c.issue_date))
    return found
