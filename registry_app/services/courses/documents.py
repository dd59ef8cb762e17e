"""What the trainers print for a course: sign-in sheets, the roster, name cards. This module reads
the register and builds the documents' data; documents/ draws them."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import JOIN

from ...documents import name_cards, roster
from ...documents import sign_in_sheet as sheets
from ...documents.layout import CourseHeading
from ...domain import names
from ...domain.enrolment import ATTENDING
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.models import (
    Country,
    Course,
    CourseDay,
    CourseHalfDay,
    CourseTrainer,
    Enrolment,
    Organisation,
    Participant,
    Trainer,
)
from .. import audit, centre
from ..actors import requiring
from .lookup import CourseNotFound, find_course

__all__ = ["CourseNotFound", "DOCUMENTS", "DayNotInCourse", "find_course", "name_cards_data", "pdf",
           "printed_name", "roster_data", "sign_in_sheet"]

BLANK_ROWS = 20  # a blank sheet for walk-ins
WALK_IN_ROWS = 3  # empty rows after the names on a printed sheet


class DayNotInCourse(Refusal, ValueError):
    pass


def _labels_language(course: Course) -> str:
    """Documents speak the course's language (English for a language they do not speak)."""
    return course.language if course.language in ("en", "fr", "ar") else "en"


def _centre_name(language: str) -> str:
    settings = centre.load()
    return {"fr": settings.name_fr, "ar": settings.name_ar}.get(language) or settings.name_en


def _heading(course: Course, language: str) -> CourseHeading:
    programme = course.programme
    return CourseHeading(
        centre=_centre_name(language), logo=centre.load().logo_bytes(),
        programme={"fr": programme.title_fr, "ar": programme.title_ar}.get(language) or programme.title_en,
        code=course.code, venue=", ".join(v for v in (course.venue, course.city) if v),
        start=course.start_date, end=course.end_date, language=language)


def _identifier(course: Course, kind: str, today: date | None) -> str:
    return f"{course.code} · {kind} · {(today or date.today()).isoformat()}"


def _days(course: Course) -> list[sheets.SheetDay]:
    days = (CourseDay.select().where((CourseDay.course == course) & (CourseDay.excluded == False))  # noqa: E712
            .order_by(CourseDay.date))
    halves: dict[int, list[CourseHalfDay]] = {}
    for half in CourseHalfDay.select().join(CourseDay).where(CourseDay.course == course).order_by(CourseHalfDay.slot):
        halves.setdefault(half.day_id, []).append(half)
    return [sheets.SheetDay(number, day.date, tuple(sheets.HalfDay(h.slot, h.excluded) for h in halves.get(day.id, [])))
            for number, day in enumerate(days, start=1)]


def _attending(course: Course, language: str) -> Any:
    name = {"fr": Country.name_fr, "ar": Country.name_ar}.get(language, Country.name_en)
    return (Participant.select(Participant, name.alias("country_name"), Organisation.name.alias("organisation_name"))
            .join(Enrolment).switch(Participant).join(Country)
            .switch(Participant).join(Organisation, JOIN.LEFT_OUTER)
            .where((Enrolment.course == course) & (Enrolment.status.in_([s.value for s in ATTENDING])))
            .order_by(Participant.sort_name, Participant.id).objects())


def printed_name(participant: Participant) -> str:
    return names.listed_name(participant.given_names, participant.family_name)


def _trainers(course: Course) -> tuple[str, ...]:
    query = (Trainer.select().join(CourseTrainer).where(CourseTrainer.course == course)
             .order_by(CourseTrainer.lead.desc(), Trainer.family_name))
    return tuple(f"{t.given_names} {t.family_name}" for t in query)


def sign_in_sheet(code: str, day: int | None = None, whole_course: bool = False, blank: bool = False,
                  today: date | None = None) -> sheets.SignInSheet:
    requiring(Action.VIEW)
    course = find_course(code)
    days = _days(course)
    if day is not None:
        chosen = [d for d in days if d.number == day]
        if not chosen:
            raise DayNotInCourse("Course {code} has days 1 to {last}, not day {day}.", code=course.code,
                                 last=len(days), day=day)
        days = chosen
    language = _labels_language(course)
    rows = () if blank else tuple(
        sheets.SheetRow(number, printed_name(p), p.full_name_ar, p.country_name, p.organisation_name or "")
        for number, p in enumerate(_attending(course, language), start=1))
    kind = "BLANK" if blank else "GRID" if whole_course else (f"D{day}" if day else "DAYS")
    return sheets.SignInSheet(
        course=_heading(course, language), trainers=_trainers(course), days=tuple(days), rows=rows,
        whole_course=whole_course,
        blank_rows=BLANK_ROWS if blank else WALK_IN_ROWS, arabic_title=course.language == "ar",
        identifier=_identifier(course, kind, today),
    )


def roster_data(code: str, today: date | None = None) -> roster.Roster:
    requiring(Action.VIEW)
    course = find_course(code)
    language = _labels_language(course)
    rows = tuple(
        roster.RosterRow(number, printed_name(p), p.full_name_ar, p.country_name, p.organisation_name or "",
                         p.rank, p.email, p.phone, bytes(p.photo) if p.photo else None)
        for number, p in enumerate(_attending(course, language), start=1))
    return roster.Roster(course=_heading(course, language), rows=rows,
                         identifier=_identifier(course, "ROSTER", today))


def name_cards_data(code: str) -> name_cards.NameCards:
    requiring(Action.VIEW)
    course = find_course(code)
    language = _labels_language(course)
    cards = tuple(name_cards.NameCard(p.given_names, p.family_name, p.full_name_ar, p.organisation_name or "",
                                      p.country_name) for p in _attending(course, language))
    return name_cards.NameCards(course.code, _centre_name(language), cards, language,
                                _heading(course, language).programme, centre.load().logo_bytes())


DOCUMENTS = ("sign-in-sheet", "roster", "name-cards")


def pdf(document: str, code: str, day: int | None = None, whole_course: bool = False,
        blank: bool = False) -> bytes:
    """The PDF of one of DOCUMENTS for the course with that code; who printed what is on record."""
    actor = requiring(Action.PRINT)
    if document == "sign-in-sheet":
        data = sheets.render(sign_in_sheet(code, day, whole_course, blank))
    elif document == "roster":
        data = roster.render(roster_data(code))
    elif document == "name-cards":
        data = name_cards.render(name_cards_data(code))
    else:
        raise ValueError(f"Unknown document {document!r}: choose one of {', '.join(DOCUMENTS)}.")
    audit.record_alone(actor, "print", "course", code, {"document": document, "day": day, "blank": blank,
                                                        "whole_course": whole_course})
    return data
