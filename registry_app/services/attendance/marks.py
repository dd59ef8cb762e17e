"""Attendance: the grid of a course (enrolments x half-days), marks saved one by one, test scores.

A mark is accepted only for a half-day of the participant's own course that is scheduled (not
excluded) and has begun, and only for someone in the room (confirmed, completed, not completed).
Each change is saved at once, in its own transaction, with its audit event."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...domain import names
from ...domain.completion import (
    Attendance,
    CompletionRule,
    ExcusedPolicy,
    count_attendance,
)
from ...domain.enrolment import ATTENDING, describe
from ...domain.enums import AttendanceStatus, CourseStatus
from ...domain.errors import Refusal, Word
from ...domain.permissions import Action
from ...store.database import retried, write_transaction
from ...store.models import (
    AttendanceMark,
    Course,
    CourseDay,
    CourseHalfDay,
    Enrolment,
    Participant,
    utcnow,
)
from .. import audit
from ..actors import Actor, requiring
from ..versioning import update_versioned


class MarkRefused(Refusal, ValueError):
    """A mark that cannot be recorded; the message says why, for the clerk."""


@dataclass(frozen=True)
class GridHalfDay:
    id: int
    day: date
    slot: str
    excluded: bool


@dataclass(frozen=True)
class GridRow:
    enrolment_id: int
    version: int
    reference: str
    name: str
    name_ar: str
    status: str
    pre_test: float | None
    post_test: float | None


@dataclass(frozen=True)
class AttendanceGrid:
    course_id: int
    code: str
    title: str
    status: str
    rule: CompletionRule
    half_days: tuple[GridHalfDay, ...]
    rows: tuple[GridRow, ...]
    marks: dict[tuple[int, int], str]  # (enrolment id, half-day id) -> status
    titles: dict[str, str] = field(default_factory=dict)  # the programme's title by language (en, fr, ar)

    def attendance(self, enrolment_id: int, today: date | None = None) -> Attendance:
        """Attendance so far: scheduled half-days that have begun; one without a mark is an absence."""
        today = today or date.today()
        return count_attendance([self.marks.get((enrolment_id, h.id)) for h in self.half_days
                                 if not h.excluded and h.day <= today], self.rule.excused)


def rule_of(course: Course) -> CompletionRule:
    programme = course.programme
    return CompletionRule(programme.min_attendance_pct, programme.pass_mark, ExcusedPolicy(programme.excused_policy))


def load_grid(course_id: int) -> AttendanceGrid:
    requiring(Action.VIEW)
    course = Course.get_by_id(course_id)
    half_days = tuple(
        GridHalfDay(h.id, h.day.date, h.slot, h.excluded or h.day.excluded)
        for h in CourseHalfDay.select(CourseHalfDay, CourseDay).join(CourseDay)
        .where(CourseDay.course == course).order_by(CourseDay.date, CourseHalfDay.slot))
    enrolments = (Enrolment.select(Enrolment, Participant).join(Participant)
                  .where((Enrolment.course == course) & Enrolment.status.in_([s.value for s in ATTENDING]))
                  .order_by(Participant.sort_name, Participant.id))
    rows = tuple(GridRow(e.id, e.version, e.participant.reference,
                         names.listed_name(e.participant.given_names, e.participant.family_name),
                         e.participant.full_name_ar, e.status, e.pre_test, e.post_test) for e in enrolments)
    ids = [r.enrolment_id for r in rows]
    marks = {}
    if ids:
        query = AttendanceMark.select(AttendanceMark.enrolment, AttendanceMark.half_day, AttendanceMark.status) \
            .where(AttendanceMark.enrolment.in_(ids)).tuples()
        marks = {(e, h): s for e, h, s in query}
    programme = course.programme
    titles = {"en": programme.title_en, "fr": programme.title_fr, "ar": programme.title_ar}
    return AttendanceGrid(course.id, course.code, programme.title_en, course.status, rule_of(course),
                          half_days, rows, marks, {k: v for k, v in titles.items() if v})


def _check_mark(enrolment: Enrolment, half_day: CourseHalfDay, today: date) -> None:
    course = enrolment.course
    if half_day.day.course_id != course.id:
        raise MarkRefused("That half-day is not part of course {code}.", code=course.code)
    if half_day.excluded or half_day.day.excluded:
        raise MarkRefused("{day} {slot} is not a session of {code}.", day=f"{half_day.day.date:%d/%m/%Y}",
                          slot=Word(half_day.slot), code=course.code)
    if half_day.day.date > today:
        raise MarkRefused("{day} has not come yet: attendance is marked on the day or after.",
                          day=f"{half_day.day.date:%d/%m/%Y}")
    if course.status == CourseStatus.CANCELLED.value:
        raise MarkRefused("Course {code} is cancelled.", code=course.code)
    if enrolment.status not in {s.value for s in ATTENDING}:
        raise MarkRefused("The participant is {status} for {code}: only participants in the room (confirmed) "
                          "have attendance marks.", status=describe(enrolment.status), code=course.code)


@retried
def set_mark(actor: Actor, enrolment_id: int, half_day_id: int, status: AttendanceStatus | str | None,
             today: date | None = None) -> None:
    """Record one mark (or clear it with None), in its own transaction, audited."""
    actor.require(Action.RECORD_ATTENDANCE)
    status = AttendanceStatus(status).value if status is not None else None
    with write_transaction():
        enrolment = Enrolment.select(Enrolment, Course).join(Course).where(Enrolment.id == enrolment_id).get()
        half_day = CourseHalfDay.select(CourseHalfDay, CourseDay).join(CourseDay) \
            .where(CourseHalfDay.id == half_day_id).get()
        _check_mark(enrolment, half_day, today or date.today())
        _write_mark(actor, enrolment_id, half_day_id, status)


def _write_mark(actor: Actor, enrolment_id: int, half_day_id: int, status: str | None) -> bool:
    where = (AttendanceMark.enrolment == enrolment_id) & (AttendanceMark.half_day == half_day_id)
    before = AttendanceMark.select(AttendanceMark.status).where(where).scalar()
    if before == status:
        return False
    if status is None:
        AttendanceMark.delete().where(where).execute()
    elif before is None:
        AttendanceMark.insert(enrolment=enrolment_id, half_day=half_day_id, status=status,
                              recorded_at=utcnow()).execute()
    else:
        AttendanceMark.update(status=status, recorded_at=utcnow()).where(where).execute()
    audit.record(actor, "mark", "attendance", f"{enrolment_id}/{half_day_id}",
                 {"status": before} if before else None, {"status": status} if status else None)
    return True


@retried
def mark_all_present(actor: Actor, course_id: int, half_day_id: int, today: date | None = None) -> int:
    """Mark present everyone in the room who has no mark yet for that half-day; returns how many."""
    actor.require(Action.RECORD_ATTENDANCE)
    today = today or date.today()
    changed = 0
    with write_transaction():
        half_day = CourseHalfDay.select(CourseHalfDay, CourseDay).join(CourseDay) \
            .where(CourseHalfDay.id == half_day_id).get()
        enrolments = Enrolment.select(Enrolment, Course).join(Course).where(
            (Enrolment.course == course_id) & Enrolment.status.in_([s.value for s in ATTENDING]))
        marked = {e for (e,) in AttendanceMark.select(AttendanceMark.enrolment)
                  .where(AttendanceMark.half_day == half_day_id).tuples()}
        for enrolment in enrolments:
            if enrolment.id in marked:
                continue
            _check_mark(enrolment, half_day, today)
            changed += _write_mark(actor, enrolment.id, half_day_id, AttendanceStatus.PRESENT.value)
    return changed


class ScoreRefused(Refusal, ValueError):
    pass


@retried
def set_scores(actor: Actor, enrolment_id: int, expected_version: int, pre_test: float | None,
               post_test: float | None) -> Enrolment:
    """The pre- and post-test scores (0 to 100, or None when not taken)."""
    actor.require(Action.RECORD_ATTENDANCE)
    for label, score in ((Word("pre-test"), pre_test), (Word("post-test"), post_test)):
        if score is not None and not 0 <= score <= 100:
            raise ScoreRefused("The {test} score must be between 0 and 100, not {score}.", test=label, score=f"{score:g}")
    with write_transaction():
        enrolment = Enrolment.get_by_id(enrolment_id)
        before = {"pre_test": enrolment.pre_test, "post_test": enrolment.post_test}
        updated = update_versioned(enrolment, expected_version, {"pre_test": pre_test, "post_test": post_test})
        audit.record(actor, "scores", "enrolment", enrolment_id, before,
                     {"pre_test": pre_test, "post_test": post_test})
    return updated

