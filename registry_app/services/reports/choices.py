"""What a report's filters offer: the donors of the register, its thematic areas and programmes, the
countries and regions of its participants, the agency types; each with its names in three languages."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.enums import OrganisationKind
from ...domain.permissions import Action
from ...store.database import db
from ..actors import Actor
from . import wording


@dataclass(frozen=True)
class Choice:
    key: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.key


@dataclass(frozen=True)
class FilterChoices:
    donors: tuple[Choice, ...]
    thematic_areas: tuple[Choice, ...]
    programmes: tuple[Choice, ...]
    countries: tuple[Choice, ...]
    regions: tuple[Choice, ...]
    agency_types: tuple[Choice, ...]
    first_year: int | None  # of the register's courses


def _three(values: tuple[str, ...]) -> dict[str, str]:
    return dict(zip(wording.LANGUAGES, values, strict=True))


def filter_choices(actor: Actor) -> FilterChoices:
    actor.require(Action.VIEW)
    rows = db.execute_sql
    donors = tuple(Choice(d, wording.same_in_all(d))
                   for (d,) in rows("SELECT DISTINCT donor FROM course_funding ORDER BY donor").fetchall())
    areas = tuple(Choice(r[0], _three(r[1:])) for r in rows(
        "SELECT code, title_en, title_fr, title_ar FROM thematic_area ORDER BY code").fetchall())
    programmes = tuple(Choice(r[0], {lang: f"{r[0]} {title}" for lang, title in zip(wording.LANGUAGES, r[1:], strict=True)})
                       for r in rows("SELECT code, title_en, title_fr, title_ar FROM programme ORDER BY code").fetchall())
    countries = tuple(Choice(r[0], _three(r[1:4])) for r in rows(
        "SELECT code, name_en, name_fr, name_ar FROM country WHERE african_member_state = TRUE "
        "OR code IN (SELECT DISTINCT nationality_id FROM participant) ORDER BY name_en").fetchall())
    regions = tuple(Choice(r, wording.labels(wording.REGIONS, r)) for r in wording.REGIONS if r)
    agencies = tuple(Choice(k.value, wording.labels(wording.AGENCY_TYPES, k.value)) for k in OrganisationKind)
    first = rows("SELECT MIN(start_date) FROM course").fetchone()[0]
    return FilterChoices(donors, areas, programmes, countries, regions, agencies, int(str(first)[:4]) if first else None)
