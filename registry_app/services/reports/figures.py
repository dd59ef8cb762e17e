"""The figures of a period, read in a few queries and counted once (see the pack's note on how each
figure is counted, wording_pack.NOTES).

The places are read with what they are broken down by, then counted here: people are counted once
per row of each breakdown (a set of ids), which a GROUP BY per breakdown would do with one join per
breakdown, several times slower on a large register."""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, NamedTuple

from ...domain.permissions import Action
from ...store.database import db
from ...store.models import utcnow
from ..actors import Actor
from . import places, wording
from .dataset import COURSE_DIMENSIONS, CourseGroup, Group, ReportDataset, Totals
from .scope import TRAINED, ReportFilters, course_conditions, participant_conditions, quarter_of, statuses


@dataclass
class _Tally:
    people: int
    women: int
    men: int
    places: int
    completed: int
    person_days: float


class _Course(NamedTuple):  # a tuple: a register's thousands of courses are made in a few milliseconds
    code: str
    programme: int
    start: str
    venue: str
    city: str
    mode: str
    language: str
    days: float  # scheduled days: half-days not excluded, halved


def compute(actor: Actor, filters: ReportFilters) -> ReportDataset:
    """The figures of the period and filters, for every view."""
    actor.require(Action.VIEW)
    with _no_collection():
        return _computed(filters)  # what it read is let go before the collector runs again


def _computed(filters: ReportFilters) -> ReportDataset:
    with db.atomic():  # one snapshot on PostgreSQL: every figure reads the same register
        courses = _courses(filters)
        read = places.read(filters, {course_id: course.days for course_id, course in courses.items()})
        certificates = _certificates(filters)
        reference = _Reference.read()
    return _count(filters, courses, read, certificates, reference)


@contextmanager
def _no_collection() -> Iterator[None]:
    """Python's cycle collector paused while a report reads and counts: the hundreds of thousands of
    rows it holds (none of them in a cycle) would each be traversed by several full collections, a
    tenth of the time of a report of the whole register. Whatever cycles it left are collected after."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _rows(sql: str, params: Iterable[Any]) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql, list(params)).fetchall())


def _courses(filters: ReportFilters) -> dict[int, _Course]:
    where = course_conditions(filters)
    rows = _rows(
        "SELECT c.id, c.code, c.programme_id, c.start_date, c.venue, c.city, c.mode, c.language "
        f"FROM course c WHERE {where.where()}", where.params)
    half_days = dict(_rows(
        "SELECT d.course_id, COUNT(*) FROM course_half_day h JOIN course_day d ON d.id = h.day_id "
        f"JOIN course c ON c.id = d.course_id WHERE {where.where()} "
        "AND h.excluded = FALSE AND d.excluded = FALSE GROUP BY d.course_id", where.params))
    return {r[0]: _Course(r[1], r[2], str(r[3]), r[4], r[5], r[6], r[7], half_days.get(r[0], 0) / 2)
            for r in rows}


def _certificates(filters: ReportFilters) -> dict[str, int]:
    """The valid certificates of the trained places, by kind."""
    where = participant_conditions(course_conditions(filters), filters)
    return {kind: count for kind, count in _rows(
        f"SELECT x.kind, COUNT(*) FROM certificate x JOIN enrolment e ON e.id = x.enrolment_id "
        f"JOIN course c ON c.id = e.course_id JOIN participant pa ON pa.id = e.participant_id "
        f"WHERE x.status = 'valid' AND e.status IN {statuses(TRAINED)} AND {where.where()} GROUP BY x.kind",
        where.params)}


@dataclass(frozen=True)
class _Reference:
    """Names in three languages of what the figures are broken down by."""

    countries: dict[str, tuple[str, str, str, str]]  # code: en, fr, ar, region
    programmes: dict[int, tuple[str, str, str, str, int]]  # id: code, en, fr, ar, thematic area id
    areas: dict[int, tuple[str, str, str, str]]  # id: code, en, fr, ar

    @classmethod
    def read(cls) -> _Reference:
        return cls(
            {r[0]: (r[1], r[2], r[3], r[4] or "")
             for r in _rows("SELECT code, name_en, name_fr, name_ar, region FROM country", [])},
            {r[0]: r[1:] for r in _rows(
                "SELECT id, code, title_en, title_fr, title_ar, thematic_area_id FROM programme", [])},
            {r[0]: r[1:] for r in _rows("SELECT id, code, title_en, title_fr, title_ar FROM thematic_area", [])},
        )


def _count(filters: ReportFilters, courses: dict[int, _Course], read: places.Places,
           certificates: dict[str, int], reference: _Reference) -> ReportDataset:
    women = read.women
    completed = sum(tally.completed for tally in read.courses.values())
    totals = Totals(
        people=read.people, women=women, men=read.people - women, places=read.count,
        expected=read.count + read.no_shows, completed=completed, not_completed=read.count - completed,
        no_shows=read.no_shows, person_days=sum(tally[2] for tally in read.by_who.values()),
        tested=read.tested, pre_test_mean=read.pre_mean, post_test_mean=read.post_mean, improved=read.improved,
        completion_certificates=certificates.get("completion", 0),
        participation_certificates=certificates.get("participation", 0), courses=len(read.courses),
    )
    names = _Names(reference, courses)
    breakdowns = {}
    who = read.who
    for dimension in ("region", "country", "agency_type"):
        breakdowns[dimension] = _groups(_by_person(dimension, who, read.by_who, reference), names.of(dimension))
    each = _each_course(read, courses)
    keys = _course_keys(courses, read.courses, reference)
    for dimension in ("thematic_area", "programme", "course", "year", "quarter"):
        breakdowns[dimension] = _groups(_by_course(keys[dimension], read, each), names.of(dimension))
    taken = {course: tally.places for course, tally in each.items()}
    return ReportDataset(filters, utcnow(), totals, breakdowns, _course_groups(courses, taken))


def _each_course(read: places.Places, courses: dict[int, _Course]) -> dict[int, _Tally]:
    """Each course's tally, worked out once for every breakdown by course. One participant has one
    place in a course (a unique index): a course's people are its places. The register knows two sexes
    (a CHECK constraint): the men are the others."""
    tallies = {}
    for course_id, tally in read.courses.items():
        taken, women = tally.places, tally.women
        tallies[course_id] = _Tally(taken, women, taken - women, taken, tally.completed, taken * courses[course_id].days)
    return tallies


def _course_keys(courses: dict[int, _Course], delivered: Iterable[int],
                 reference: _Reference) -> dict[str, dict[int, Any]]:
    """Each course delivered's key in the breakdowns by what a course is: its thematic area, programme,
    itself, its year and quarter."""
    keys: dict[str, dict[int, Any]] = {dimension: {} for dimension in ("thematic_area", "programme", "course",
                                                                     "year", "quarter")}
    for course_id in delivered:
        course = courses[course_id]
        quarter = quarter_of(course.start)
        keys["thematic_area"][course_id] = reference.programmes[course.programme][4]
        keys["programme"][course_id] = course.programme
        keys["course"][course_id] = course_id
        keys["year"][course_id] = quarter[:4]
        keys["quarter"][course_id] = quarter
    return keys


def _by_course(key_of: dict[int, Any], by_course: places.Places, each: dict[int, _Tally]) -> dict[Any, _Tally]:
    """Breakdowns by what a course is: a person in two courses of a group is one person of it."""
    members: dict[Any, list[int]] = defaultdict(list)
    for course_id, key in key_of.items():
        members[key].append(course_id)
    tallies = {}
    for key, course_ids in members.items():
        if len(course_ids) == 1:
            tallies[key] = each[course_ids[0]]
            continue
        people, women = by_course.people_in(course_ids)
        tallies[key] = _Tally(people, women, people - women, sum([each[c].places for c in course_ids]),
                              sum([each[c].completed for c in course_ids]),
                              sum([each[c].person_days for c in course_ids]))
    return tallies


def _by_person(dimension: str, who: Counter[tuple[str, str, str]], by_who: dict[tuple[str, str], list[float]],
               reference: _Reference) -> dict[Any, _Tally]:
    """Breakdowns by who a person is (nationality, its region, the agency's type): who counts the
    people by (sex, nationality, agency type), by_who the places by (nationality, agency type)."""
    def key(nationality: str, agency: str) -> str:
        if dimension == "country":
            return nationality
        if dimension == "agency_type":
            return agency
        return reference.countries.get(nationality, ("", "", "", ""))[3]

    tallies: dict[Any, _Tally] = defaultdict(lambda: _Tally(0, 0, 0, 0, 0, 0.0))
    for (sex, nationality, agency), count in who.items():
        tally = tallies[key(nationality, agency)]
        tally.people += count
        tally.women += count if sex == "F" else 0
        tally.men += count if sex == "M" else 0
    for (nationality, agency), (taken, completed, days) in by_who.items():
        tally = tallies[key(nationality, agency)]
        tally.places += int(taken)
        tally.completed += int(completed)
        tally.person_days += days
    return tallies


def _groups(tallies: dict[Any, _Tally], name: Any) -> tuple[Group, ...]:
    groups = [Group(str(k), name(k), t.people, t.women, t.men, t.places, t.completed, t.person_days)
              for k, t in tallies.items()]
    return tuple(sorted(groups, key=lambda g: (-g.people, g.key)))


class _Names:
    def __init__(self, reference: _Reference, courses: dict[int, _Course]):
        self.reference, self.courses = reference, courses

    def of(self, dimension: str) -> Any:
        ref = self.reference
        if dimension == "region":
            return lambda key: wording.labels(wording.REGIONS, key)
        if dimension == "country":
            return lambda key: dict(zip(wording.LANGUAGES, ref.countries.get(key, (key,) * 3)[:3], strict=True))
        if dimension == "agency_type":
            return lambda key: wording.labels(wording.AGENCY_TYPES, key)
        if dimension == "thematic_area":
            return lambda key: dict(zip(wording.LANGUAGES, ref.areas[key][1:], strict=True))
        if dimension == "programme":
            return lambda key: {lang: f"{ref.programmes[key][0]} {title}" for lang, title
                                in zip(wording.LANGUAGES, ref.programmes[key][1:4], strict=True)}
        if dimension == "course":
            return lambda key: wording.same_in_all(self.courses[key].code)
        return lambda key: wording.same_in_all(str(key))


def _course_groups(courses: dict[int, _Course], delivered: dict[int, int]) -> dict[str, tuple[CourseGroup, ...]]:
    key_of: dict[str, Callable[[_Course], str]] = {
        "venue": lambda course: f"{course.venue}, {course.city}" if course.city else course.venue,
        "mode": attrgetter("mode"), "language": attrgetter("language")}
    result = {}
    for dimension in COURSE_DIMENSIONS:
        key = key_of[dimension]
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for course_id, taken in delivered.items():
            tally = counts[key(courses[course_id])]
            tally[0] += 1
            tally[1] += taken
        table = {"mode": wording.MODES, "language": wording.COURSE_LANGUAGES}.get(dimension)
        groups = [CourseGroup(key, wording.labels(table, key) if table else wording.same_in_all(key), n, p)
                  for key, (n, p) in counts.items()]
        result[dimension] = tuple(sorted(groups, key=lambda g: (-g.courses, g.key)))
    return result
