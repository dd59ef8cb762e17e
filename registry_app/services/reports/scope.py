"""What a report covers: a period and filters, and the SQL conditions that select its courses and
places. The figures and the participants behind a figure use the same conditions."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ...domain.errors import Refusal
from ...store.database import db

# Enrolment statuses that count: a place taken (completed or not) and a place left empty (no-show).
TRAINED = ("completed", "not-completed")
EXPECTED = ("completed", "not-completed", "no-show")


class BadPeriod(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class ReportFilters:
    """A period (course start dates, both days included) and optional filters; '' means any."""

    start: date
    end: date
    donor: str = ""
    thematic_area: str = ""  # code
    programme: str = ""  # code
    country: str = ""  # ISO code of the participant's nationality
    region: str = ""  # the nationality's region (M49 sub-region in Africa)
    agency_type: str = ""  # the kind of the participant's organisation
    sex: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise BadPeriod("The period ends ({end}) before it starts ({start}).", start=self.start, end=self.end)

    def narrowed(self, **changes: Any) -> ReportFilters:
        return replace(self, **changes)


def year(number: int) -> tuple[date, date]:
    return date(number, 1, 1), date(number, 12, 31)


def quarter(number: int, which: int) -> tuple[date, date]:
    if which not in (1, 2, 3, 4):
        raise BadPeriod("A quarter is 1, 2, 3 or 4, not {which}.", which=which)
    first = date(number, 3 * which - 2, 1)
    last = date(number + 1, 1, 1) if which == 4 else date(number, 3 * which + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)


def quarter_of(day: Any) -> str:
    """'2025-Q3' for a date (or the ISO text SQLite returns)."""
    text = str(day)
    return f"{text[:4]}-Q{(int(text[5:7]) - 1) // 3 + 1}"


class Sql:
    """Conditions in SQL with their parameters, in the open database's placeholder style."""

    def __init__(self) -> None:
        self.mark = db.obj.param if db.obj is not None else "?"
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *values: Any) -> None:
        if any(isinstance(value, str) and not _storable(value) for value in values):
            self.nothing()  # no stored value holds a NUL or a lone surrogate, and the databases refuse them
            return
        self.parts.append(condition.replace("?", self.mark))
        self.params.extend(values)

    def nothing(self) -> None:
        """A condition no row meets: a filter or key that cannot name anything stored."""
        self.parts.append("1 = 0")

    def where(self) -> str:
        return " AND ".join(self.parts) or "1 = 1"


def _storable(text: str) -> bool:
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def course_conditions(filters: ReportFilters) -> Sql:
    """On ``course c``: the courses of the period that were not cancelled, of the donor, area and
    programme asked for."""
    sql = Sql()
    sql.add("c.start_date >= ? AND c.start_date <= ?", filters.start, filters.end)
    sql.add("c.status <> 'cancelled'")
    if filters.programme:
        sql.add("c.programme_id IN (SELECT id FROM programme WHERE code = ?)", filters.programme)
    if filters.thematic_area:
        sql.add("c.programme_id IN (SELECT p2.id FROM programme p2 JOIN thematic_area t2 "
                "ON t2.id = p2.thematic_area_id WHERE t2.code = ?)", filters.thematic_area)
    if filters.donor:
        sql.add("EXISTS (SELECT 1 FROM course_funding f WHERE f.course_id = c.id AND f.donor = ?)",
                filters.donor)
    return sql


def participant_conditions(sql: Sql, filters: ReportFilters) -> Sql:
    """On ``participant pa``: nationality, region, kind of organisation and sex asked for."""
    if filters.country:
        sql.add("pa.nationality_id = ?", filters.country)
    if filters.region:
        sql.add("pa.nationality_id IN (SELECT code FROM country WHERE region = ?)", filters.region)
    if filters.agency_type:
        sql.add("pa.organisation_id IN (SELECT id FROM organisation WHERE kind = ?)", filters.agency_type)
    if filters.sex:
        sql.add("pa.sex = ?", filters.sex)
    return sql


def statuses(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"
