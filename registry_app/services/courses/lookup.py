"""Looking courses up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.models import Course, Programme
from ..actors import requiring

PICK_SEPARATOR = " — "  # between a course's code and its title in a picker's line


class CourseNotFound(Refusal, LookupError):
    pass


@dataclass(frozen=True)
class CourseChoice:
    code: str
    title: str

    @property
    def line(self) -> str:
        """What a course picker lists and completes: the code, then the programme's title."""
        return f"{self.code}{PICK_SEPARATOR}{self.title}"


def find_course(code: str) -> Course:
    """The course of this code, whatever its case; a picker's line (code — title) names its course too."""
    requiring(Action.VIEW)
    wanted = code.split(PICK_SEPARATOR, 1)[0].strip()
    course = Course.get_or_none(Course.code == wanted) or Course.get_or_none(fn.LOWER(Course.code) == wanted.lower())
    if course is None:
        raise CourseNotFound("No course has the code {code}. Course codes look like INV-101/2026-03.",
                             code=wanted)
    return course


def codes() -> list[str]:
    """Every course code, the newest first."""
    requiring(Action.VIEW)
    return [code for (code,) in Course.select(Course.code).order_by(Course.start_date.desc()).tuples()]


def choices(language: str = "en") -> list[CourseChoice]:
    """Every course with its programme's title in the interface's language, the newest first: what the
    course pickers complete from, by code or by title."""
    requiring(Action.VIEW)
    title = {"fr": Programme.title_fr, "ar": Programme.title_ar}.get(language, Programme.title_en)
    query = (Course.select(Course.code, title, Programme.title_en).join(Programme)
             .order_by(Course.start_date.desc(), Course.code).tuples())
    return [CourseChoice(code, mine or english) for code, mine, english in query]


def latest_with_attendance(today: date | None = None) -> str | None:
    """The course a clerk most likely wants: the latest one that has started and is not cancelled."""
    requiring(Action.VIEW)
    course = (Course.select(Course.code)
              .where((Course.start_date <= (today or date.today())) & (Course.status.in_(["running", "closed"])))
              .order_by(Course.start_date.desc()).first())
    return course.code if course else None
