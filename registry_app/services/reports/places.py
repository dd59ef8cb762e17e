"""The places a report counts, read in one of two ways that give the same rows.

A few courses: enrolments joined to their participants in SQL. Many courses (a report of several
years on a large register): every participant read once in a scan, and the enrolments joined to them
here; looking up a hundred thousand participants one by one in the join costs more than the scan."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import compress, groupby
from operator import itemgetter
from typing import Any

from ...domain.permissions import Action
from ...store.database import db
from ..actors import requiring
from .scope import EXPECTED, ReportFilters, Sql, course_conditions, participant_conditions, statuses

SCAN_FROM_COURSES = 1500  # courses in the report from which participants are scanned


@dataclass
class Places:
    """The places gathered in a few passes over columns: by course (who, the women, how many completed), by who the
    people are (nationality and agency type: places, completed, person-days), and the tests."""

    people_of: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    women_of: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    completed: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    by_who: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # places, completed, person-days
    people: int = 0  # officials trained, each counted once
    who: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # people by (sex, nationality, agency)
    women: int = 0
    count: int = 0
    no_shows: int = 0
    tested: int = 0  # trained places with both test scores
    pre_sum: float = 0.0
    post_sum: float = 0.0
    improved: int = 0


def read(filters: ReportFilters, days: dict[int, float]) -> Places:
    """The places of the report's courses (days: each course's scheduled days)."""
    requiring(Action.VIEW)
    kinds = dict(db.execute_sql("SELECT id, kind FROM organisation").fetchall())
    if len(days) >= SCAN_FROM_COURSES:
        filtered = bool(participant_conditions(Sql(), filters).parts)
        return _gathered(_enrolments(filters, joined=False), _people(filters), kinds, days, filtered)
    return _gathered(_enrolments(filters, joined=True), None, kinds, days)


def _people(filters: ReportFilters) -> dict[int, tuple[Any, ...]]:
    who = participant_conditions(Sql(), filters)
    return {row[0]: row[1:] for row in db.execute_sql(
        f"SELECT pa.id, pa.sex, pa.nationality_id, pa.organisation_id FROM participant pa WHERE {who.where()}",
        who.params).fetchall()}


def _enrolments(filters: ReportFilters, joined: bool) -> list[tuple[Any, ...]]:
    if joined:
        where = participant_conditions(course_conditions(filters), filters)
        return list(db.execute_sql(
            "SELECT e.participant_id, e.course_id, e.status, e.pre_test, e.post_test, pa.sex, pa.nationality_id, "
            "pa.organisation_id FROM enrolment e JOIN course c ON c.id = e.course_id "
            "JOIN participant pa ON pa.id = e.participant_id "
            f"WHERE e.status IN {statuses(EXPECTED)} AND {where.where()}", where.params).fetchall())
    where = course_conditions(filters)
    return list(db.execute_sql(
        "SELECT e.participant_id, e.course_id, e.status, e.pre_test, e.post_test FROM enrolment e "
        f"JOIN course c ON c.id = e.course_id WHERE e.status IN {statuses(EXPECTED)} AND {where.where()}",
        where.params).fetchall())


def _gathered(rows: list[tuple[Any, ...]], people: dict[int, tuple[Any, ...]] | None, kinds: dict[int, str],
              days: dict[int, float], filtered: bool = False) -> Places:
    """Counted a column at a time (C loops of map, Counter and sort) rather than a place at a time:
    a Python statement per place is what made a register of 100,000 people slow."""
    g = Places()
    if people is not None and filtered:
        rows = [row for row in rows if row[0] in people]  # only the participants asked for
    trained = [row for row in rows if row[2] != "no-show"]
    g.no_shows, g.count = len(rows) - len(trained), len(trained)
    if people is None:
        people = {row[0]: row[5:8] for row in trained}
    persons = list(set(map(itemgetter(0), trained)))
    whos = list(map(people.__getitem__, persons))  # (sex, nationality, organisation) of each person
    women = set(compress(persons, map("F".__eq__, map(itemgetter(0), whos))))
    # who a person is, as a small integer standing for (nationality, agency type): worked out for each
    # distinct (sex, nationality, organisation), a few thousand, rather than for each person
    codes: dict[tuple[str, str], int] = {}
    code_of_who: dict[tuple[Any, ...], int] = {}
    sexes: Counter[tuple[str, int]] = Counter()
    for who, count in Counter(whos).items():
        sex, nationality, organisation = who
        code = codes.setdefault((nationality, kinds.get(organisation, "")), len(codes))
        code_of_who[who] = code
        sexes[(sex, code)] += count
    code_of = dict(zip(persons, map(code_of_who.__getitem__, whos)))
    trained.sort(key=itemgetter(1))
    ids = list(map(itemgetter(0), trained))
    done = list(map("completed".__eq__, map(itemgetter(2), trained)))
    start = 0
    for course, places in groupby(map(itemgetter(1), trained)):
        end = start + sum(1 for _ in places)
        g.people_of[course] = ids[start:end]
        g.women_of[course] = list(filter(women.__contains__, ids[start:end]))
        g.completed[course] = done[start:end].count(True)
        start = end
    # places, completed and person-days by (nationality, agency type), on the small integers
    code_col = list(map(code_of.__getitem__, ids))
    taken_by, completed_by = Counter(code_col), Counter(compress(code_col, done))
    days_by = [0.0] * len(codes)
    for code, course_days in zip(code_col, map(days.__getitem__, map(itemgetter(1), trained))):
        days_by[code] += course_days
    g.by_who = {who: [taken_by[code], completed_by[code], days_by[code]] for who, code in codes.items()}
    of_code = list(codes)
    g.who = Counter({(sex, *of_code[code]): n for (sex, code), n in sexes.items()})
    g.women = len(women)
    g.people = len(persons)
    tested = [row for row in trained if row[3] is not None and row[4] is not None]
    g.tested = len(tested)
    g.pre_sum = float(sum(map(itemgetter(3), tested)))
    g.post_sum = float(sum(map(itemgetter(4), tested)))
    g.improved = sum(1 for row in tested if row[4] > row[3])
    return g
