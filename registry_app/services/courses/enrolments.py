"""Nominations and enrolment on a course: adding participants, moving them through the statuses of
the state machine, the capacity and the waiting list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN, fn

from ...domain.enrolment import HOLDS_SEAT, TransitionRefused, check_transition, course_accepts
from ...domain.enums import CourseStatus
from ...domain.enums import EnrolmentStatus as S
from ...domain.errors import Said, Word
from ...domain.names import listed_name
from ...domain.permissions import Action
from ...store.database import is_postgres, retried, write_transaction
from ...store.models import Course, Enrolment, Organisation, Participant, utcnow
from .. import audit
from ..actors import Actor, requiring
from ..versioning import ConflictError, snapshot, update_versioned

__all__ = ["Move", "Nomination", "TransitionRefused", "move", "nominate", "promote_from_waiting_list"]

# Enrolments that still count towards who comes: the course's live counts are over these.
ACTIVE = frozenset({S.NOMINATED, S.CONFIRMED, S.WAITLISTED, S.COMPLETED, S.NOT_COMPLETED})


@dataclass(frozen=True)
class Nomination:
    added: list[int]  # participant ids newly nominated
    already: list[str]  # names of those already on the course
    archived: list[str]  # names of archived participants, not nominated


@dataclass(frozen=True)
class Move:
    enrolment: Enrolment
    status: S
    message: Said  # what happened, for the status line; says so when the move was not the one asked


def _locked_course(course_id: int) -> Course:
    """The course, locked until the transaction ends: two clerks confirming the last seat at once
    on a PostgreSQL server must not both get it (a SQLite write transaction is already exclusive)."""
    query = Course.select().where(Course.id == course_id)
    return (query.for_update() if is_postgres() else query).get()


def _course_for_change(course_id: int) -> Course:
    course = _locked_course(course_id)
    if not course_accepts(CourseStatus(course.status)):
        raise TransitionRefused("The course is {status}: its nominations can no longer change.",
                                status=Word(course.status))
    return course


def seats_taken(course_id: int) -> int:
    requiring(Action.VIEW)
    return (Enrolment.select().where((Enrolment.course == course_id)
                                     & Enrolment.status.in_([s.value for s in HOLDS_SEAT])).count())


@retried
def nominate(actor: Actor, course_id: int, participant_ids: list[int],
             nominated_by: int | None = None, on: date | None = None) -> Nomination:
    """Nominate participants; those already on the course are left as they are and named."""
    actor.require(Action.EDIT_REGISTER)
    added, already, archived = [], [], []
    with write_transaction():
        course = _course_for_change(course_id)
        enrolled = {pid for (pid,) in Enrolment.select(Enrolment.participant)
                    .where(Enrolment.course == course).tuples()}
        people = Participant.select().where(Participant.id.in_(list(dict.fromkeys(participant_ids))))
        for person in people:
            name = listed_name(person.given_names, person.family_name)
            if person.id in enrolled:
                already.append(name)
                continue
            if person.archived:
                archived.append(name)
                continue
            enrolment = Enrolment.create(
                participant=person, course=course, status=S.NOMINATED.value,
                nominated_by=nominated_by or person.organisation_id, nominated_on=on or date.today())
            audit.record(actor, "nominate", "enrolment", enrolment.id, None, snapshot(enrolment))
            added.append(person.id)
    return Nomination(added, sorted(already), sorted(archived))


def participants_of_organisation(organisation_id: int) -> list[int]:
    requiring(Action.VIEW)
    return [pid for (pid,) in Participant.select(Participant.id)
            .where((Participant.organisation == organisation_id)
                   & (Participant.archived == False)).tuples()]  # noqa: E712


@retried
def move(actor: Actor, enrolment_id: int, expected_version: int, new_status: S) -> Move:
    """Move an enrolment to new_status. Confirming into a full course puts the participant on the
    waiting list instead, and says so."""
    actor.require(Action.EDIT_REGISTER)
    new_status = S(new_status)
    with write_transaction():
        current = Enrolment.get_by_id(enrolment_id)
        if current.version != expected_version:  # judged on a status the clerk has not seen
            raise ConflictError(Enrolment, enrolment_id, current)
        course = _locked_course(current.course_id)
        check_transition(current.status, new_status, CourseStatus(course.status))
        message = Said("")
        takes_a_seat = new_status in HOLDS_SEAT and S(current.status) not in HOLDS_SEAT
        if takes_a_seat and seats_taken(course.id) >= course.capacity:
            if S(current.status) == S.WAITLISTED:
                raise TransitionRefused(
                    "The course is full ({seats} seats): the participant stays on the waiting list until a "
                    "seat is freed.", seats=course.capacity)
            new_status = S.WAITLISTED
            message = Said("The course is full ({seats} seats): the participant was put on the waiting list "
                           "instead.", seats=course.capacity)
        updated = update_versioned(current, expected_version,
                                   {"status": new_status.value, "status_changed_at": utcnow()})
        audit.record(actor, "move", "enrolment", enrolment_id,
                     {"status": current.status}, {"status": new_status.value})
    return Move(updated, new_status, message)


@retried
def promote_from_waiting_list(actor: Actor, course_id: int) -> list[Enrolment]:
    """Confirm wait-listed participants, longest waiting first, while seats are free."""
    actor.require(Action.EDIT_REGISTER)
    promoted = []
    with write_transaction():
        course = _course_for_change(course_id)
        free = course.capacity - seats_taken(course_id)
        if free <= 0:
            return []
        waiting = (Enrolment.select()
                   .where((Enrolment.course == course_id) & (Enrolment.status == S.WAITLISTED.value))
                   .order_by(Enrolment.status_changed_at, Enrolment.id).limit(free))
        for enrolment in waiting:
            updated = update_versioned(enrolment, enrolment.version,
                                       {"status": S.CONFIRMED.value, "status_changed_at": utcnow()})
            audit.record(actor, "promote", "enrolment", enrolment.id,
                         {"status": S.WAITLISTED.value}, {"status": S.CONFIRMED.value})
            promoted.append(updated)
    return promoted


@dataclass(frozen=True)
class CourseCounts:
    capacity: int
    seats_taken: int
    by_status: dict[str, int]
    by_country: list[tuple[str, int]]  # (country code, active enrolments), most first
    by_organisation: list[tuple[str, int]]
    by_sex: dict[str, int]


def counts(course_id: int) -> CourseCounts:
    """The course's figures, recomputed from the register each time they are shown."""
    requiring(Action.VIEW)
    course = Course.get_by_id(course_id)
    by_status = dict(Enrolment.select(Enrolment.status, fn.COUNT(Enrolment.id))
                     .where(Enrolment.course == course_id).group_by(Enrolment.status).tuples())
    active = ((Enrolment.course == course_id) & Enrolment.status.in_([s.value for s in ACTIVE]))

    def grouped(column: Any) -> list[tuple[str, int]]:
        rows = (Enrolment.select(column, fn.COUNT(Enrolment.id)).join(Participant)
                .join(Organisation, join_type=JOIN.LEFT_OUTER, on=Participant.organisation == Organisation.id)
                .switch(Enrolment).where(active).group_by(column).tuples())
        return sorted(((key or "", n) for key, n in rows), key=lambda kn: (-kn[1], kn[0]))

    return CourseCounts(
        capacity=course.capacity,
        seats_taken=sum(n for status, n in by_status.items() if S(status) in HOLDS_SEAT),
        by_status=by_status,
        by_country=grouped(Participant.nationality),
        by_organisation=grouped(Organisation.name),
        by_sex=dict(grouped(Participant.sex)),
    )


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    version: int
    participant_id: int
    reference: str
    name: str
    full_name_ar: str
    sex: str
    nationality: str
    organisation: str
    status: str
    nominated_on: date


def enrolments_of(course_id: int) -> list[EnrolmentRow]:
    """The course's enrolments in status order, then by name: a course holds at most a few hundred."""
    requiring(Action.VIEW)
    order = {status: i for i, status in enumerate(
        [S.CONFIRMED, S.COMPLETED, S.NOT_COMPLETED, S.NOMINATED, S.WAITLISTED, S.NO_SHOW,
         S.WITHDRAWN, S.DECLINED])}
    rows = (Enrolment.select(Enrolment.id, Enrolment.version, Participant.id, Participant.reference,
                             Participant.given_names, Participant.family_name, Participant.full_name_ar,
                             Participant.sex, Participant.nationality, Organisation.name,
                             Enrolment.status, Enrolment.nominated_on, Participant.sort_name)
            .join(Participant)
            .join(Organisation, join_type=JOIN.LEFT_OUTER, on=Participant.organisation == Organisation.id)
            .where(Enrolment.course == course_id).tuples())
    result = [EnrolmentRow(e_id, version, p_id, ref, listed_name(given, family), ar, sex, nat, org or "",
                           status, nominated)
              for e_id, version, p_id, ref, given, family, ar, sex, nat, org, status, nominated, _ in rows]
    sort_names = {row[0]: row[-1] for row in rows}
    return sorted(result, key=lambda r: (order[S(r.status)], sort_names[r.id]))
