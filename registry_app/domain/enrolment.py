"""The enrolment state machine: which moves a clerk may make, and why a move is refused."""

from __future__ import annotations

from .enums import CourseStatus
from .enums import EnrolmentStatus as S
from .errors import Refusal, Word, Words

# Moves a clerk makes by hand. Completion and non-completion are decided at closing (see completion.py)
# and may be corrected there, so they are reachable only from confirmed and from each other.
ALLOWED_TRANSITIONS: dict[S, frozenset[S]] = {
    S.NOMINATED: frozenset({S.CONFIRMED, S.WAITLISTED, S.DECLINED, S.WITHDRAWN}),
    S.WAITLISTED: frozenset({S.CONFIRMED, S.DECLINED, S.WITHDRAWN}),
    S.CONFIRMED: frozenset({S.WAITLISTED, S.WITHDRAWN, S.NO_SHOW, S.COMPLETED, S.NOT_COMPLETED}),
    S.DECLINED: frozenset({S.NOMINATED}),
    S.WITHDRAWN: frozenset({S.NOMINATED}),
    S.NO_SHOW: frozenset({S.CONFIRMED}),
    S.COMPLETED: frozenset({S.NOT_COMPLETED}),
    S.NOT_COMPLETED: frozenset({S.COMPLETED}),
}

# Statuses that hold a seat against the course's capacity.
HOLDS_SEAT = frozenset({S.CONFIRMED, S.COMPLETED, S.NOT_COMPLETED, S.NO_SHOW})

# Statuses under which a participant is expected in the room, and so on the sign-in sheet.
ATTENDING = frozenset({S.CONFIRMED, S.COMPLETED, S.NOT_COMPLETED})

_OUTCOMES = frozenset({S.COMPLETED, S.NOT_COMPLETED})
_ACCEPTS_ENROLMENT_CHANGES = frozenset({CourseStatus.PLANNED, CourseStatus.OPEN, CourseStatus.RUNNING})

_DESCRIPTIONS = {
    S.NOMINATED: Word("nominated"),
    S.CONFIRMED: Word("confirmed"),
    S.WAITLISTED: Word("on the waiting list"),
    S.DECLINED: Word("declined"),
    S.WITHDRAWN: Word("withdrawn"),
    S.NO_SHOW: Word("a no-show"),
    S.COMPLETED: Word("completed"),
    S.NOT_COMPLETED: Word("not completed"),
}


class TransitionRefused(Refusal, ValueError):
    """A move of the state machine that is not allowed; the message is meant for the clerk."""


def describe(status: S | str) -> Word:
    return _DESCRIPTIONS[S(status)]


def allowed_moves(current: S) -> frozenset[S]:
    return ALLOWED_TRANSITIONS[S(current)]


def check_transition(current: S | str, new: S | str, course_status: CourseStatus | None = None) -> None:
    """Raise TransitionRefused, with a message a clerk understands, unless current -> new is allowed."""
    current, new = S(current), S(new)
    if current == new:
        raise TransitionRefused("The enrolment is already {status}.", status=describe(current))
    if course_status is not None:
        _check_course_accepts(current, new, CourseStatus(course_status))
    if new not in ALLOWED_TRANSITIONS[current]:
        raise _refusal(current, new)


def _check_course_accepts(current: S, new: S, course_status: CourseStatus) -> None:
    if course_status == CourseStatus.CANCELLED:
        raise TransitionRefused("The course is cancelled: its enrolments can no longer change.")
    if new in _OUTCOMES and course_status not in (CourseStatus.RUNNING, CourseStatus.CLOSED):
        raise TransitionRefused(
            "A participant can be marked {status} only once the course is running or closed.", status=describe(new))
    if course_status == CourseStatus.CLOSED and not (current in _OUTCOMES and new in _OUTCOMES):
        raise TransitionRefused(
            "The course is closed: only the completion decision can still be corrected."
        )


def _refusal(current: S, new: S) -> TransitionRefused:
    moves = sorted(ALLOWED_TRANSITIONS[current], key=list(S).index)
    if new in _OUTCOMES and current != S.CONFIRMED:
        return TransitionRefused("An enrolment that is {current} cannot become {new} (only confirmed participants "
                                 "are assessed at closing). It can become: {moves}.",
                                 current=describe(current), new=describe(new), moves=Words(describe(s) for s in moves))
    return TransitionRefused("An enrolment that is {current} cannot become {new}. It can become: {moves}.",
                             current=describe(current), new=describe(new), moves=Words(describe(s) for s in moves))



def course_accepts(course_status: CourseStatus) -> bool:
    return CourseStatus(course_status) in _ACCEPTS_ENROLMENT_CHANGES
