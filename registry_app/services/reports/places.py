"""The places a report counts, read in one of two ways that give the same rows.

A few courses: enrolments joined to their participants in SQL. Many courses (a report of several
years on a large register): every participant read once in a scan, and the enrolments joined to them
here; looking up a hundred thousand participants one by one in the join costs more than the scan.
What is only summed (the no-shows, the test scores) is summed in SQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, repeat
from operator import add, itemgetter, mul
from typing import Any

from ...domain.permissions import Action
from ...store.database import db
from ..actors import requiring
from .scope import EXPECTED, TRAINED, ReportFilters, Sql, course_conditions, participant_conditions, statuses

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
    who = _Who(dict(db.execute_sql("SELECT id, kind FROM organisation").fetchall()))
    if len(days) >= SCAN_FROM_COURSES:
        rows = _trained_places(filters)
        asked = participant_conditions(Sql(), filters)
        people = db.execute_sql(f"SELECT pa.id, {WHO} FROM participant pa WHERE {asked.where()}",
                                asked.params).fetchall()
        code_of = who.coded(map(itemgetter(0), people), map(itemgetter(1), people))
        sums = _sums(filters)
    else:
        rows, sums = _joined(filters)
        code_of = who.coded(map(itemgetter(0), rows), map(itemgetter(3), rows))
    gathered = _gathered(rows, code_of, who.codes, days)
    gathered.no_shows, gathered.tested, gathered.pre_mean, gathered.post_mean, gathered.improved = sums
    return gathered


# Who a participant is, as one text: sex, nationality, '|', organisation id; read as one value, and
# turned into a small integer once per distinct text.
WHO = "pa.sex || pa.nationality_id || '|' || COALESCE(CAST(pa.organisation_id AS TEXT), '')"


class _Who:
    """Who people are, (sex, nationality, agency type), each as a small integer (its index in codes)."""

    def __init__(self, kinds: dict[int, str]):
        self.kinds = kinds
        self.codes: list[tuple[str, str, str]] = []

    def coded(self, ids: Iterable[int], texts: Iterable[str]) -> dict[int, int]:
        """Each participant's code, from their WHO text."""
        whos = list(texts)
        numbers: dict[tuple[str, str, str], int] = {}
        code_of_text: dict[str, int] = {}
        for text in set(whos):
            nationality, _, organisation = text[1:].rpartition("|")
            agency = self.kinds.get(int(organisation), "") if organisation else ""
            code_of_text[text] = numbers.setdefault((text[0], nationality, agency), len(numbers))
        self.codes = list(numbers)
        return dict(zip(ids, map(code_of_text.__getitem__, whos)))


def _trained_places(filters: ReportFilters) -> list[tuple[Any, ...]]:
    """The trained places of many courses as (participant, course, completed), in course order."""
    where = _places_asked(filters)
    return list(db.execute_sql(
        "SELECT e.participant_id, e.course_id, e.status = 'completed' FROM enrolment e "
        f"WHERE e.status IN {statuses(TRAINED)} AND {where.where()} ORDER BY e.course_id", where.params).fetchall())


def _places_asked(filters: ReportFilters) -> Sql:
    """On ``enrolment e``: the places of the courses and participants asked for, each chosen in a
    subquery read once (the places then come in course order without a sort)."""
    courses = course_conditions(filters)
    where = Sql()
    where.parts.append(f"e.course_id IN (SELECT c.id FROM course c WHERE {courses.where()})")
    where.params.extend(courses.params)
    who = participant_conditions(Sql(), filters)
    if who.parts:
        # the unary plus keeps SQLite from probing the enrolments' index with every (course, participant)
        where.parts.append(f"+e.participant_id IN (SELECT pa.id FROM participant pa WHERE {who.where()})")
        where.params.extend(who.params)
    return where


Sums = tuple[int, int, float | None, float | None, int]  # no-shows, tested, pre- and post-test means, improved


def _sums(filters: ReportFilters) -> Sums:
    """The no-shows, and the test scores of the trained places with both (means in double precision),
    each read from its own range of the enrolments' index."""
    where = _places_asked(filters)
    no_shows = db.execute_sql(f"SELECT COUNT(*) FROM enrolment e WHERE e.status = 'no-show' AND {where.where()}",
                              where.params).fetchone()[0]
    tested, pre, post, improved = db.execute_sql(
        "SELECT COUNT(*), AVG(e.pre_test), AVG(e.post_test), SUM(CASE WHEN e.post_test > e.pre_test THEN 1 ELSE 0 END) "
        f"FROM enrolment e WHERE e.status IN {statuses(TRAINED)} AND e.pre_test IS NOT NULL "
        f"AND e.post_test IS NOT NULL AND {where.where()}", where.params).fetchone()
    return (no_shows, tested, None if pre is None else float(pre), None if post is None else float(post),
            int(improved or 0))


def _joined(filters: ReportFilters) -> tuple[list[tuple[Any, ...]], Sums]:
    """The places of a few courses, joined in SQL to their courses and participants, read once: the
    trained ones as (participant, course, completed, WHO) in course order, and their sums."""
    where = participant_conditions(course_conditions(filters), filters)
    rows = db.execute_sql(
        f"SELECT e.participant_id, e.course_id, e.status, {WHO}, e.pre_test, e.post_test FROM enrolment e "
        "JOIN course c ON c.id = e.course_id JOIN participant pa ON pa.id = e.participant_id "
        f"WHERE e.status IN {statuses(EXPECTED)} AND {where.where()}", where.params).fetchall()
    trained = sorted((row for row in rows if row[2] != "no-show"), key=itemgetter(1))
    tested = [row for row in trained if row[4] is not None and row[5] is not None]
    sums = (len(rows) - len(trained), len(tested),
            float(sum(map(itemgetter(4), tested))) / len(tested) if tested else None,
            float(sum(map(itemgetter(5), tested))) / len(tested) if tested else None,
            sum(1 for row in tested if row[5] > row[4]))
    return [(row[0], row[1], row[2] == "completed", row[3]) for row in trained], sums


def _gathered(rows: list[tuple[Any, ...]], code_of: dict[int, int], codes: list[tuple[str, str, str]],
              days: dict[int, float]) -> Places:
    """Counted a column at a time (C loops of map, Counter and compress) rather than a place at a time:
    a Python statement per place is what made a register of 100,000 people slow. Who each person is
    is a small integer (code_of), so that the counting by who is done in small tables."""
    g = Places(count=len(rows))
    ids = list(map(itemgetter(0), rows))
    course_col = list(map(itemgetter(1), rows))
    done = list(map(itemgetter(2), rows))
    persons = set(ids)  # each person once
    g.people = len(persons)
    code = _look_up(code_of)
    for code_number, n in Counter(map(code, persons)).items():
        g.who[codes[code_number]] = n
    g.women = sum(n for (sex, _, _), n in g.who.items() if sex == "F")
    code_col = list(map(code, ids))
    women_col = list(map([sex == "F" for sex, _, _ in codes].__getitem__, code_col))
    taken = _by_course(g, ids, course_col, done, women_col)
    g.by_who = _by_who(codes, code_col, taken, done, days)
    return g


def _look_up(code_of: dict[int, int]) -> Callable[[int], int]:
    """Looking each place's participant up in a list by id: in a dict of a hundred thousand people,
    in the places' order, three times slower (the dict's memory is read all over). A list as long as
    the largest id, unless ids are far more than the people (then the dict)."""
    largest = max(code_of, default=0)
    if largest > 4 * len(code_of) + 100_000:
        return code_of.__getitem__
    return list(map(code_of.get, range(largest + 1))).__getitem__  # type: ignore[return-value]


def _by_who(codes: list[tuple[str, str, str]], code_col: list[int], taken: Counter[int], done: list[Any],
            days: dict[int, float]) -> dict[tuple[str, str], list[float]]:
    """Places, completed and person-days by (nationality, agency type), counted on the small integers;
    the person-days by (code, the course's length) in one integer, of which there are a few thousand
    (taken: each course's places, in the order of the places)."""
    taken_by, completed_by = Counter(code_col), Counter(compress(code_col, done))
    lengths = list(set(days.values()))
    width = len(lengths)
    index = {length: i for i, length in enumerate(lengths)}
    length_col = chain.from_iterable(map(repeat, [index[days[course]] for course in taken], taken.values()))
    days_by = [0.0] * len(codes)
    for key, n in Counter(map(add, map(mul, code_col, repeat(width)), length_col)).items():
        code, length = divmod(key, width)
        days_by[code] += n * lengths[length]
    by_who: dict[tuple[str, str], list[float]] = {}
    for code in taken_by:  # the codes of the report's people only: the scan codes everyone
        _, nationality, agency = codes[code]
        tally = by_who.setdefault((nationality, agency), [0, 0, 0.0])
        tally[0] += taken_by[code]
        tally[1] += completed_by[code]
        tally[2] += days_by[code]
    return by_who


def _by_course(g: Places, ids: list[int], course_col: list[int], done: list[Any],
               women_col: list[bool]) -> Counter[int]:
    """Each course's places, women and completions, and its people and women as runs of the places'
    (which come in course order), cut without a Python statement per course."""
    taken = Counter(course_col)  # in course order: a Counter keeps the order keys came in
    women = Counter(compress(course_col, women_col))
    completed = Counter(compress(course_col, done))
    counts = list(map(women.__getitem__, taken))
    g.people_of = dict(zip(taken, map(ids.__getitem__, _runs(taken.values()))))
    g.women_of = dict(zip(taken, map(list(compress(ids, women_col)).__getitem__, _runs(counts))))
    g.courses = dict(zip(taken, map(CourseTally, taken.values(), counts, map(completed.__getitem__, taken))))
    return taken


def _runs(lengths: Iterable[int]) -> Iterator[slice]:
    ends = list(accumulate(lengths))
    return map(slice, [0, *ends[:-1]], ends)
