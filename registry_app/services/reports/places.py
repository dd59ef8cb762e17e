"""The places a report counts, read in one of two ways that give the same rows.

A few courses: enrolments joined to their participants in SQL. Many courses (a report of several
years on a large register): every participant read once in a scan, and the enrolments joined to them
here; looking up a hundred thousand participants one by one in the join costs more than the scan."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ...store.database import db
from .scope import EXPECTED, ReportFilters, Sql, course_conditions, participant_conditions, statuses

SCAN_FROM_COURSES = 1500  # courses in the report from which participants are scanned


@dataclass
class Places:
    """The places gathered in one pass: by course (who, the women, how many completed), by who the
    people are (nationality and agency type: places, completed, person-days), and the tests."""

    people_of: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    women_of: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    completed: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    attributes: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # participant: sex, nationality, agency
    by_who: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # places, completed, person-days
    count: int = 0
    no_shows: int = 0
    tested: int = 0  # trained places with both test scores
    pre_sum: float = 0.0
    post_sum: float = 0.0
    improved: int = 0


def read(filters: ReportFilters, days: dict[int, float]) -> Places:
    """The places of the report's courses (days: each course's scheduled days)."""
    kinds = dict(db.execute_sql("SELECT id, kind FROM organisation").fetchall())
    if len(days) >= SCAN_FROM_COURSES:
        return _gathered(_enrolments(filters, joined=False), _people(filters), kinds, days)
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
              days: dict[int, float]) -> Places:
    g = Places()
    people_of, women_of, completed, attributes, by_who = g.people_of, g.women_of, g.completed, g.attributes, g.by_who
    for row in rows:
        person, course, status = row[0], row[1], row[2]
        if people is None:
            sex, nationality, organisation = row[5], row[6], row[7]
        elif person in people:
            sex, nationality, organisation = people[person]
        else:
            continue  # not one of the participants asked for
        if status == "no-show":
            g.no_shows += 1
            continue
        done = status == "completed"
        agency = kinds.get(organisation, "")
        people_of[course].append(person)
        if sex == "F":
            women_of[course].append(person)
        completed[course] += done
        attributes[person] = (sex, nationality, agency)
        tally = by_who.get((nationality, agency))
        if tally is None:
            tally = by_who[(nationality, agency)] = [0, 0, 0.0]
        tally[0] += 1
        tally[1] += done
        tally[2] += days[course]
        pre, post = row[3], row[4]
        if pre is not None and post is not None:
            g.tested += 1
            g.pre_sum += pre
            g.post_sum += post
            g.improved += post > pre
    g.count = int(sum(tally[0] for tally in by_who.values()))
    return g
