"""The places a report counts, read in one of two ways that give the same rows.

A few courses: enrolments joined to their participants in SQL. Many courses (a report of several
years on a large register): every participant read once in a scan, and the enrolments joined to them
here; looking up a hundred thousand participants one by one in the join costs more than the scan.
What is only summed (the no-shows, the test scores) is summed in SQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, mul
from typing import Any

from ...domain.permissions import Action
from ...store.database import db
from ..actors import requiring
from .scope import TRAINED, ReportFilters, Sql, course_conditions, participant_conditions, statuses

SCAN_FROM_COURSES = 1500  # courses in the report from which participants are scanned


@dataclass(frozen=True)
class CourseTally:
    places: int  # one participant has one place in a course (a unique index): its people too
    women: int
    completed: int


@dataclass
class Places:
    """The trained places counted a column at a time, by course and by who the people are
    (nationality and agency type), with the people of any set of courses counted once."""

    courses: dict[int, CourseTally] = field(default_factory=dict)  # in course order
    by_who: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # places, completed, person-days
    who: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # people by (sex, nationality, agency)
    people: int = 0  # officials trained, each counted once
    women: int = 0
    count: int = 0
    no_shows: int = 0
    tested: int = 0  # trained places with both test scores
    pre_mean: float | None = None
    post_mean: float | None = None
    improved: int = 0
    people_of: dict[int, list[int]] = field(default_factory=dict)  # each course's people
    women_of: dict[int, list[int]] = field(default_factory=dict)

    def people_in(self, course_ids: list[int]) -> tuple[int, int]:
        """The people and the women of these courses, a person in two of them counted once."""
        return (len(set().union(*map(self.people_of.__getitem__, course_ids))),
                len(set().union(*map(self.women_of.__getitem__, course_ids))))


def read(filters: ReportFilters, days: dict[int, float]) -> Places:
    """The places of the report's courses (days: each course's scheduled days)."""
    requiring(Action.VIEW)
    kinds = dict(db.execute_sql("SELECT id, kind FROM organisation").fetchall())
    if len(days) >= SCAN_FROM_COURSES:
        rows = _trained_places(filters, joined=False)
        people = _people(filters)
        whos = list(map(people.__getitem__, map(itemgetter(0), rows)))
    else:
        rows = _trained_places(filters, joined=True)
        whos = list(map(itemgetter(3), rows))
    gathered = _gathered(rows, whos, kinds, days)
    _add_sums(gathered, filters)
    return gathered


# Who a participant is, as one text: sex, nationality, '|', organisation id. One text hashes once
# where a tuple of three hashes again at every look-up, and a report looks up every place.
WHO = "pa.sex || pa.nationality_id || '|' || COALESCE(CAST(pa.organisation_id AS TEXT), '')"


def _people(filters: ReportFilters) -> dict[int, str]:
    who = participant_conditions(Sql(), filters)
    return dict(db.execute_sql(f"SELECT pa.id, {WHO} FROM participant pa WHERE {who.where()}",
                               who.params).fetchall())


def _places_asked(filters: ReportFilters, joined: bool = False) -> Sql:
    """On ``enrolment e`` (joined: and ``participant pa``): the places of the courses and participants
    asked for, each chosen in a subquery read once (the places then come in course order without a sort)."""
    courses = course_conditions(filters)
    where = Sql()
    where.parts.append(f"e.course_id IN (SELECT c.id FROM course c WHERE {courses.where()})")
    where.params.extend(courses.params)
    if joined:
        return participant_conditions(where, filters)
    who = participant_conditions(Sql(), filters)
    if who.parts:
        where.parts.append(f"e.participant_id IN (SELECT pa.id FROM participant pa WHERE {who.where()})")
        where.params.extend(who.params)
    return where


def _trained_places(filters: ReportFilters, joined: bool) -> list[tuple[Any, ...]]:
    """The trained places as (participant, course, completed) in course order; joined: with who the
    participant is (WHO)."""
    where = _places_asked(filters, joined)
    if joined:
        return list(db.execute_sql(
            f"SELECT e.participant_id, e.course_id, e.status = 'completed', {WHO} FROM enrolment e "
            f"JOIN participant pa ON pa.id = e.participant_id WHERE e.status IN {statuses(TRAINED)} "
            f"AND {where.where()} ORDER BY e.course_id", where.params).fetchall())
    return list(db.execute_sql(
        "SELECT e.participant_id, e.course_id, e.status = 'completed' FROM enrolment e "
        f"WHERE e.status IN {statuses(TRAINED)} AND {where.where()} ORDER BY e.course_id", where.params).fetchall())


def _add_sums(g: Places, filters: ReportFilters) -> None:
    """The no-shows, and the test scores of the trained places with both (means in double precision)."""
    where = _places_asked(filters)
    body = f"FROM enrolment e WHERE {where.where()}"
    g.no_shows = db.execute_sql(f"SELECT COUNT(*) {body} AND e.status = 'no-show'", where.params).fetchone()[0]
    tested, pre, post, improved = db.execute_sql(
        "SELECT COUNT(*), AVG(e.pre_test), AVG(e.post_test), SUM(CASE WHEN e.post_test > e.pre_test THEN 1 ELSE 0 END) "
        f"{body} AND e.status IN {statuses(TRAINED)} AND e.pre_test IS NOT NULL AND e.post_test IS NOT NULL",
        where.params).fetchone()
    g.tested, g.improved = tested, int(improved or 0)
    g.pre_mean = None if pre is None else float(pre)
    g.post_mean = None if post is None else float(post)


def _gathered(rows: list[tuple[Any, ...]], whos: list[str], kinds: dict[int, str], days: dict[int, float]) -> Places:
    """Counted a column at a time (C loops of map, Counter and compress) rather than a place at a time:
    a Python statement per place is what made a register of 100,000 people slow. Who a person is
    (whos: WHO of each place) is worked out once per distinct who, a few thousand, as a small integer."""
    g = Places(count=len(rows))
    ids = list(map(itemgetter(0), rows))
    course_col = list(map(itemgetter(1), rows))
    done = list(map(itemgetter(2), rows))
    persons = dict(zip(ids, whos))  # each person once
    people_by_who = Counter(persons.values())
    codes: dict[tuple[str, str, str], int] = {}  # (sex, nationality, agency type) as a small integer
    code_of: dict[str, int] = {}
    for who in people_by_who:
        nationality, _, organisation = who[1:].rpartition("|")
        agency = kinds.get(int(organisation), "") if organisation else ""
        code_of[who] = codes.setdefault((who[0], nationality, agency), len(codes))
    of_code = list(codes)
    for who, n in people_by_who.items():
        g.who[of_code[code_of[who]]] += n
    g.people = len(persons)
    g.women = sum(n for (sex, _, _), n in g.who.items() if sex == "F")
    code_col = list(map(code_of.__getitem__, whos))
    women_col = list(map([sex == "F" for sex, _, _ in codes].__getitem__, code_col))
    _by_course(g, ids, course_col, done, women_col)
    g.by_who = _by_who(list(codes), code_col, course_col, done, days)
    return g


def _by_who(codes: list[tuple[str, str, str]], code_col: list[int], course_col: list[int], done: list[Any],
            days: dict[int, float]) -> dict[tuple[str, str], list[float]]:
    """Places, completed and person-days by (nationality, agency type), counted on the small integers;
    the person-days by (code, the course's length) in one integer, of which there are a few thousand."""
    taken_by, completed_by = Counter(code_col), Counter(compress(code_col, done))
    lengths = list(set(days.values()))
    width = len(lengths)
    index = {length: i for i, length in enumerate(lengths)}
    length_of = {course: index[length] for course, length in days.items()}
    days_by = [0.0] * len(codes)
    for key, n in Counter(map(add, map(mul, code_col, repeat(width)), map(length_of.__getitem__, course_col))).items():
        code, length = divmod(key, width)
        days_by[code] += n * lengths[length]
    by_who: dict[tuple[str, str], list[float]] = {}
    for code, (_, nationality, agency) in enumerate(codes):
        tally = by_who.setdefault((nationality, agency), [0, 0, 0.0])
        tally[0] += taken_by[code]
        tally[1] += completed_by[code]
        tally[2] += days_by[code]
    return by_who


def _by_course(g: Places, ids: list[int], course_col: list[int], done: list[Any], women_col: list[bool]) -> None:
    """Each course's places, women and completions, and its people and women as runs of the places'
    (which come in course order), cut without a Python statement per course."""
    taken = Counter(course_col)  # in course order: a Counter keeps the order keys came in
    women = Counter(compress(course_col, women_col))
    completed = Counter(compress(course_col, done))
    counts = list(map(women.__getitem__, taken))
    g.people_of = dict(zip(taken, map(ids.__getitem__, _runs(taken.values()))))
    g.women_of = dict(zip(taken, map(list(compress(ids, women_col)).__getitem__, _runs(counts))))
    g.courses = dict(zip(taken, map(CourseTally, taken.values(), counts, map(completed.__getitem__, taken))))


def _runs(lengths: Iterable[int]) -> Iterator[slice]:
    ends = list(accumulate(lengths))
    return map(slice, [0, *ends[:-1]], ends)
