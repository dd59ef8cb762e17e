"""Looking courses up."""

from __future__ import annotations

from datetime import date

from ...store.models import Course
from ...domain.errors import Refusal


class CourseNotFound(Refusal, LookupError):
    pass


def find_course(code: str) -> Course:
    course = Course.get_or_none(Course.code == code.strip())
    if course is None:
        raise CourseNotFound(f"No course has the code {code!r}. Course codes look like INV-101/2026-03.")
    return course


def codes() -> list[str]:
    """Every course code, the newest first: what the course pickers complete from."""
    return [code for (code,) in Course.select(Course.code).order_by(Course.start_date.desc()).tuples()]


def latest_with_attendance(today: date | None = None) -> str | None:
    """The course a clerk most likely wants: the latest one that has started and is not cancelled."""
    course = (Course.select(Course.code)
              .where((Course.start_date <= (today or date.today())) & (Course.status.in_(["running", "closed"])))
              .order_by(Course.start_date.desc()).first())
    return course.code if course else None
