"""Closing a course: each participant in the room is completed or not by the programme's rule,
with the reason in words; the clerk may override a decision, giving a reason, and it is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...domain.completion import Attendance, decide
from ...domain.enrolment import check_transition
from ...domain.enums import CourseStatus, EnrolmentStatus
from ...domain.errors import Refusal, Said, Word
from ...domain.permissions import Action
from ...store.database import retried, write_transaction
from ...store.models import Course, Enrolment, utcnow
from .. import audit
from ..actors import Actor, requiring
from ..attendance.marks import load_grid
from ..versioning import snapshot, update_versioned


class ClosingRefused(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class Proposal:
    enrolment_id: int
    name: str
    status: str
    attendance: Attendance
    post_test: float | None
    completed: bool
    explanation: str
    said: Said = Said("")  # the explanation, to be said in the window's language


@dataclass(frozen=True)
class Override:
    completed: bool
    reason: str


def propose(course_id: int) -> list[Proposal]:
    """The programme rule applied to every participant in the room, over the whole schedule."""
    grid = load_grid(course_id)
    scheduled = [h for h in grid.half_days if not h.excluded]
    proposals = []
    for row in grid.rows:
        decision = decide(grid.rule, [grid.marks.get((row.enrolment_id, h.id)) for h in scheduled], row.post_test)
        proposals.append(Proposal(row.enrolment_id, row.name, row.status, decision.attendance, row.post_test,
                                  decision.completed, decision.explanation, decision.said))
    return proposals


def _check_course(course: Course, today: date) -> None:
    if course.status not in (CourseStatus.RUNNING.value, CourseStatus.CLOSED.value):
        raise ClosingRefused("Course {code} is {status}: only a course that has run can be closed.",
                             code=course.code, status=Word(course.status))
    if course.end_date > today:
        raise ClosingRefused("Course {code} runs until {end}: close it after its last session.",
                             code=course.code, end=f"{course.end_date:%d/%m/%Y}")


def check_closable(course_id: int, today: date | None = None) -> None:
    """Refuse, before the clerk reviews the decisions, a course that cannot close yet."""
    requiring(Action.VIEW)
    _check_course(Course.get_by_id(course_id), today or date.today())


def missing_scores(course_id: int) -> list[str]:
    """Who in the room has no post-test score, when the programme has a pass mark (else nobody): closed
    without it, they would all be "not completed"."""
    grid = load_grid(course_id)
    if grid.rule.pass_mark is None:
        return []
    return [row.name for row in grid.rows if row.post_test is None]


@retried
def close(actor: Actor, course_id: int, overrides: dict[int, Override] | None = None,
          today: date | None = None, without_scores: bool = False) -> list[Proposal]:
    """Set every participant in the room completed or not completed, and the course closed.
    Returns the decisions as applied (overrides included). One transaction for the whole closing.
    A programme with a pass mark needs everyone's post-test score, unless the clerk closes
    without_scores on purpose."""
    actor.require(Action.EDIT_REGISTER)
    overrides = overrides or {}
    for enrolment_id, override in overrides.items():
        if not override.reason.strip():
            raise ClosingRefused("An override needs a reason (enrolment {enrolment}).", enrolment=enrolment_id)
    today = today or date.today()
    applied = []
    with write_transaction():
        course = Course.get_by_id(course_id)
        _check_course(course, today)
        missing = [] if without_scores else missing_scores(course_id)
        if missing:
            raise ClosingRefused("{count} participant(s) have no post-test score ({names}): enter the scores "
                                 "on the Attendance page before closing.",
                                 count=len(missing), names=", ".join(missing[:3]) + (", …" if len(missing) > 3 else ""))
        for proposal in propose(course_id):
            applied.append(_apply(actor, course, proposal, overrides.get(proposal.enrolment_id)))
        if course.status != CourseStatus.CLOSED.value:
            before = snapshot(course)
            closed = update_versioned(course, course.version, {"status": CourseStatus.CLOSED.value})
            audit.record(actor, "close", "course", course.id, before, snapshot(closed))
    return applied


def _apply(actor: Actor, course: Course, proposal: Proposal, override: Override | None) -> Proposal:
    completed = override.completed if override else proposal.completed
    explanation = proposal.explanation
    if override and override.completed != proposal.completed:
        explanation = f"{explanation} — decided {'completed' if completed else 'not completed'} by " \
                      f"{actor.display_name}: {override.reason.strip()}"
    new_status = (EnrolmentStatus.COMPLETED if completed else EnrolmentStatus.NOT_COMPLETED).value
    enrolment = Enrolment.get_by_id(proposal.enrolment_id)
    if enrolment.status != new_status:
        check_transition(enrolment.status, new_status, CourseStatus(course.status))
    before = snapshot(enrolment)
    changes = {"status": new_status, "outcome_explanation": explanation,
               "outcome_overridden": bool(override and override.completed != proposal.completed)}
    if enrolment.status != new_status:
        changes["status_changed_at"] = utcnow()
    updated = update_versioned(enrolment, enrolment.version, changes)
    audit.record(actor, "outcome", "enrolment", enrolment.id, before, snapshot(updated))
    return Proposal(proposal.enrolment_id, proposal.name, new_status, proposal.attendance, proposal.post_test,
                    completed, explanation)

