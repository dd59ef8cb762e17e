"""Creating and correcting courses: details, the half-day schedule and the trainers."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from ...domain import validation
from ...domain.enums import CourseStatus, DeliveryMode, HalfDay
from ...domain.permissions import Action
from ...store.models import (
    AttendanceMark,
    Country,
    Course,
    CourseDay,
    CourseHalfDay,
    CourseTrainer,
    Programme,
    Trainer,
)
from ..actors import Actor, requiring
from ..register.saving import InvalidRecord, check, save, stripped
from . import funding as course_funding
from .funding import FundingSource

DUPLICATE_CODE = "Another course already has this code."
LANGUAGES = ("en", "fr", "ar", "pt")


@dataclass(frozen=True)
class CourseData:
    code: str
    programme_id: int | None
    start_date: date | None
    end_date: date | None
    venue: str
    capacity: int | None
    city: str = ""
    country: str | None = None
    mode: str = DeliveryMode.IN_PERSON.value
    language: str = "en"
    status: str = CourseStatus.PLANNED.value
    notes: str = ""


@dataclass(frozen=True)
class Schedule:
    """What is taught when: days off, and single half-days off, by date and slot."""

    excluded_days: frozenset[date] = frozenset()
    excluded_half_days: frozenset[tuple[date, str]] = frozenset()


@dataclass(frozen=True)
class ScheduledDay:
    date: date
    excluded: bool
    am_excluded: bool
    pm_excluded: bool
    marked: bool  # attendance recorded: the day cannot be taken out of the course


def _clean(data: CourseData) -> dict[str, Any]:
    values = stripped(asdict(data))
    check("code", validation.required(values["code"]))
    if values["programme_id"] is None or Programme.get_or_none(id=values["programme_id"]) is None:
        raise InvalidRecord("programme", "Choose the programme this course delivers.")
    values["programme"] = values.pop("programme_id")
    check("end_date", validation.course_dates(values["start_date"], values["end_date"]))
    check("venue", validation.required(values["venue"]))
    check("capacity", validation.positive(values["capacity"]))
    if values["country"] and not Country.select().where(Country.code == values["country"]).exists():
        raise InvalidRecord("country", "Choose the country of the venue.")
    values["country"] = values["country"] or None
    if values["mode"] not in DeliveryMode.values():
        raise InvalidRecord("mode", "Choose in person, online or blended.")
    if values["status"] not in CourseStatus.values():
        raise InvalidRecord("status", "Choose the status of the course.")
    if values["language"] not in LANGUAGES:
        raise InvalidRecord("language", "Choose the language of the course.")
    return values


def off_by_default(day: date) -> bool:
    """Weekends are not taught unless the clerk says otherwise."""
    return day.weekday() >= 5


def default_schedule(start: date, end: date) -> Schedule:
    """What a new course starts from before the clerk adjusts it."""
    days = (start + timedelta(n) for n in range((end - start).days + 1))
    return Schedule(excluded_days=frozenset(d for d in days if off_by_default(d)))


def save_course(actor: Actor, data: CourseData, schedule: Schedule | None = None,
                trainer_ids: list[int] | None = None, lead_trainer_id: int | None = None,
                record_id: int | None = None, expected_version: int | None = None,
                funding: list[FundingSource] | None = None) -> Course:
    """Save a course with its schedule, trainers and funding (None: left as they are) in one transaction
    and one audit event. The days follow the dates; a day that already has attendance marks cannot
    leave the course."""
    values = _clean(data)
    sources = course_funding.cleaned(funding) if funding is not None else None
    if schedule is None:
        schedule = default_schedule(values["start_date"], values["end_date"])

    def write_schedule_trainers_and_funding(course: Course) -> None:
        _sync_days(course, schedule)
        if trainer_ids is not None:
            _sync_trainers(course, trainer_ids, lead_trainer_id)
        if sources is not None:
            course_funding.write(course, sources)

    return save(actor, Course, "course", values, record_id, expected_version,
                unique=("code", DUPLICATE_CODE), after_write=write_schedule_trainers_and_funding,
                related=course_funding.snapshot)


def _sync_days(course: Course, schedule: Schedule) -> None:
    wanted = [course.start_date + timedelta(n) for n in range((course.end_date - course.start_date).days + 1)]
    existing = {day.date: day for day in CourseDay.select().where(CourseDay.course == course)}
    for day_date, day in existing.items():
        if day_date not in wanted:
            if _has_marks(day):
                raise InvalidRecord("end_date", f"Attendance is recorded on {day_date.isoformat()}: "
                                    "the course dates must keep that day.")
            day.delete_instance(recursive=False)
    for day_date in wanted:
        day = existing.get(day_date) or CourseDay.create(course=course, date=day_date)
        off = day_date in schedule.excluded_days
        if day.excluded != off:
            CourseDay.update(excluded=off).where(CourseDay.id == day.id).execute()
        for slot in HalfDay:
            half_off = (day_date, slot.value) in schedule.excluded_half_days
            half, created = CourseHalfDay.get_or_create(day=day, slot=slot.value,  # type: ignore[no-untyped-call]
                                                        defaults={"excluded": half_off})
            if not created and half.excluded != half_off:
                CourseHalfDay.update(excluded=half_off).where(CourseHalfDay.id == half.id).execute()


def _has_marks(day: CourseDay) -> bool:
    return (AttendanceMark.select().join(CourseHalfDay)
            .where(CourseHalfDay.day == day).exists())


def _sync_trainers(course: Course, trainer_ids: list[int], lead_id: int | None) -> None:
    CourseTrainer.delete().where(CourseTrainer.course == course).execute()
    for trainer_id in dict.fromkeys(trainer_ids):
        if Trainer.get_or_none(id=trainer_id) is None:
            raise InvalidRecord("trainers", "One of the chosen trainers is no longer in the register.")
        CourseTrainer.create(course=course, trainer=trainer_id, lead=trainer_id == lead_id)


def schedule_of(course_id: int) -> list[ScheduledDay]:
    requiring(Action.VIEW)
    marked = set(AttendanceMark.select(CourseHalfDay.day).join(CourseHalfDay)
                 .join(CourseDay).where(CourseDay.course == course_id).tuples())
    marked_days = {day_id for (day_id,) in marked}
    days = []
    for day in CourseDay.select().where(CourseDay.course == course_id).order_by(CourseDay.date):
        halves = {h.slot: h.excluded for h in CourseHalfDay.select().where(CourseHalfDay.day == day)}
        days.append(ScheduledDay(day.date, day.excluded, halves.get("AM", False), halves.get("PM", False),
                                 day.id in marked_days))
    return days


def trainers_of(course_id: int) -> tuple[list[int], int | None]:
    requiring(Action.VIEW)
    links = list(CourseTrainer.select().where(CourseTrainer.course == course_id))
    lead = next((link.trainer_id for link in links if link.lead), None)
    return [link.trainer_id for link in links], lead


def trainer_choices() -> list[tuple[int, str]]:
    requiring(Action.VIEW)
    rows = (Trainer.select(Trainer.id, Trainer.family_name, Trainer.given_names, Trainer.affiliation)
            .where(Trainer.archived == False)  # noqa: E712
            .order_by(Trainer.family_name, Trainer.given_names).tuples())
    return [(i, f"{family.upper()} {given}" + (f" — {affiliation}" if affiliation else ""))
            for i, family, given, affiliation in rows]


def get(course_id: int) -> Course:
    requiring(Action.VIEW)
    return Course.get_by_id(course_id)
