"""The participants behind a figure: the trained places of one row of a breakdown, with who they are."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...domain.permissions import Action
from ...store.database import db
from ..actors import Actor
from .scope import TRAINED, ReportFilters, Sql, course_conditions, participant_conditions, quarter, statuses

LIMIT = 5000  # rows listed at most; the count says how many there are


@dataclass(frozen=True)
class PlaceBehind:
    reference: str
    name: str
    name_ar: str
    sex: str
    country: str  # ISO code
    organisation: str
    course: str
    status: str


@dataclass(frozen=True)
class Behind:
    count: int  # places
    people: int
    rows: tuple[PlaceBehind, ...]  # at most LIMIT, by name


def participants_behind(actor: Actor, filters: ReportFilters, dimension: str = "", key: str = "") -> Behind:
    """The trained places of the breakdown row (dimension, key) as ReportDataset names them; without a
    dimension, all the places of the report."""
    actor.require(Action.VIEW)
    where = participant_conditions(course_conditions(filters), filters)
    _narrow(where, dimension, key)
    body = ("FROM enrolment e JOIN course c ON c.id = e.course_id JOIN participant pa ON pa.id = e.participant_id "
            "LEFT JOIN organisation o ON o.id = pa.organisation_id "
            f"WHERE e.status IN {statuses(TRAINED)} AND {where.where()}")
    with db.atomic():
        count, people = db.execute_sql(f"SELECT COUNT(*), COUNT(DISTINCT e.participant_id) {body}",
                                       where.params).fetchone()
        rows = db.execute_sql(
            "SELECT pa.reference, pa.given_names || ' ' || pa.family_name, pa.full_name_ar, pa.sex, "
            f"pa.nationality_id, COALESCE(o.name, ''), c.code, e.status {body} "
            f"ORDER BY pa.sort_name, pa.id, c.start_date LIMIT {LIMIT}", where.params).fetchall()
    return Behind(count, people, tuple(PlaceBehind(*row) for row in rows))


def _narrow(where: Sql, dimension: str, key: str) -> None:
    conditions: dict[str, tuple[str, Any]] = {
        "country": ("pa.nationality_id = ?", str),
        "region": ("pa.nationality_id IN (SELECT code FROM country WHERE COALESCE(region, '') = ?)", str),
        "agency_type": ("COALESCE(o.kind, '') = ?", str),
        "thematic_area": ("c.programme_id IN (SELECT id FROM programme WHERE thematic_area_id = ?)", int),
        "programme": ("c.programme_id = ?", int),
        "course": ("c.id = ?", int),
        "venue": ("c.venue || CASE WHEN c.city <> '' THEN ', ' || c.city ELSE '' END = ?", str),
        "mode": ("c.mode = ?", str),
        "language": ("c.language = ?", str),
        "sex": ("pa.sex = ?", str),
    }
    try:
        if dimension in ("year", "quarter"):
            first, last = quarter(int(key[:4]), int(key[-1])) if dimension == "quarter" else (
                quarter(int(key), 1)[0], quarter(int(key), 4)[1])
            where.add("c.start_date >= ? AND c.start_date <= ?", first, last)
        elif dimension:
            condition, kind = conditions[dimension]
            where.add(condition, kind(key))
    except (ValueError, OverflowError):
        where.nothing()  # a key no breakdown row has (not a number, not a quarter): no places behind it
