"""Who a row is: an organisation of the register or a new one, a participant of the register (the
register's own duplicate rule, services.register.duplicates) or a new one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pycountry

from ...domain.names import listed_name
from ...domain.permissions import Action
from ...store.models import Country, Enrolment, Organisation
from ..actors import requiring
from ..register.duplicates import Person, ProbableDuplicate, probable_duplicates, probable_duplicates_of_many
from .vocabulary import folded


@dataclass(frozen=True)
class Candidate:
    """A participant of the register that a row may be."""

    participant_id: int
    reference: str
    name: str
    birth_date: date | None
    nationality: str
    id_document_number: str
    reason: str  # "same-document" or "same-name-birth-nationality"
    archived: bool


@dataclass(frozen=True)
class OrganisationPick:
    id: int | None  # None: created when the import is committed
    name: str
    country: str
    kind: str = ""
    acronym: str = ""

    def key(self) -> tuple[str, str]:
        return self.country, folded(self.name)


def country_index() -> dict[str, str]:
    """folded code, alpha-3 code or name in English, French or Arabic -> ISO code."""
    requiring(Action.VIEW)
    index: dict[str, str] = {}
    for code, en, fr, ar in Country.select(Country.code, Country.name_en, Country.name_fr, Country.name_ar).tuples():
        index[folded(code)] = code
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            index.setdefault(folded(record.alpha_3), code)
            for extra in ("common_name", "official_name"):
                if getattr(record, extra, None):
                    index.setdefault(folded(getattr(record, extra)), code)
        for name in (en, fr, ar):
            if name:
                index.setdefault(folded(name), code)
    return index


class Organisations:
    """The register's organisations by country and name or acronym, and those an import will create."""

    def __init__(self) -> None:
        requiring(Action.VIEW)
        self._known: dict[tuple[str, str], OrganisationPick] = {}
        query = Organisation.select(Organisation.id, Organisation.name, Organisation.acronym, Organisation.country,
                                    Organisation.kind, Organisation.archived).tuples()
        for org_id, name, acronym, country, kind, archived in query:
            pick = OrganisationPick(org_id, name, country, kind, acronym)
            if not archived or (country, folded(name)) not in self._known:
                self._known[(country, folded(name))] = pick
            if acronym:
                self._known.setdefault((country, folded(acronym)), pick)

    def find(self, name: str, country: str, kind: str = "", acronym: str = "") -> OrganisationPick:
        for key in ((country, folded(name)), (country, folded(acronym)) if acronym else None):
            if key and key in self._known:
                return self._known[key]
        return OrganisationPick(None, name, country, kind, acronym)

    def by_id(self, org_id: int) -> OrganisationPick | None:
        return next((pick for pick in self._known.values() if pick.id == org_id), None)


def candidate(duplicate: ProbableDuplicate) -> Candidate:
    person = duplicate.participant
    return Candidate(person.id, person.reference, listed_name(person.given_names, person.family_name),
                     person.birth_date, person.nationality_id, person.id_document_number, duplicate.reason,
                     bool(person.archived))


def candidates_of_many(people: list[Person]) -> list[list[Candidate]]:
    return [[candidate(d) for d in found] for found in probable_duplicates_of_many(people)]


def candidates_of(person: Person) -> list[Candidate]:
    found = probable_duplicates(person.given_names, person.family_name, person.full_name_ar, person.birth_date,
                                person.nationality, person.id_document_number)
    return [candidate(d) for d in found]


def enrolled_in(course_id: int) -> set[int]:
    requiring(Action.VIEW)
    return {pid for (pid,) in Enrolment.select(Enrolment.participant).where(Enrolment.course == course_id).tuples()}


def automatic_match(candidates: list[Candidate]) -> int | None:
    """The one participant a row is, when the rule points at one: the holder of the same document,
    else the one person of the same name, birth date and nationality."""
    documents = [c for c in candidates if c.reason == "same-document"]
    if len(documents) == 1:
        return documents[0].participant_id
    if not documents and len(candidates) == 1:
        return candidates[0].participant_id
    return None


def describe(candidates: list[Candidate]) -> list[dict[str, Any]]:
    return [{"reference": c.reference, "name": c.name, "reason": c.reason} for c in candidates]
