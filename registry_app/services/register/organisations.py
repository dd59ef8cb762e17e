"""Nominating and beneficiary agencies."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ...domain import validation
from ...domain.enums import OrganisationKind
from ...domain.names import fold
from ...domain.permissions import Action
from ...store.models import Country, Organisation, Participant
from ..actors import Actor, requiring
from .saving import InvalidRecord, check, save, set_archived, stripped

DUPLICATE_NAME = "This country already has an organisation of this name."


@dataclass(frozen=True)
class OrganisationData:
    name: str
    kind: str
    country: str  # ISO code
    acronym: str = ""


def _clean(data: OrganisationData) -> dict[str, Any]:
    values = stripped(asdict(data))
    check("name", validation.required(values["name"]))
    if values["kind"] not in OrganisationKind.values():
        raise InvalidRecord("kind", "Choose the type of organisation.")
    if not Country.select().where(Country.code == values["country"]).exists():
        raise InvalidRecord("country", "Choose the country of the organisation.")
    return values


def save_organisation(actor: Actor, data: OrganisationData, record_id: int | None = None,
                      expected_version: int | None = None) -> Organisation:
    return save(actor, Organisation, "organisation", _clean(data), record_id, expected_version,
                unique=("name", DUPLICATE_NAME))


def archive(actor: Actor, record_id: int, expected_version: int, archived: bool = True) -> Organisation:
    return set_archived(actor, Organisation, "organisation", record_id, expected_version, archived)


def choices(include_id: int | None = None) -> list[tuple[int, str, str]]:
    """(id, "Name (ACRONYM)", country) of the organisations a form may pick: those not archived,
    and the one already chosen even if it has been archived since."""
    requiring(Action.VIEW)
    query = Organisation.select(Organisation.id, Organisation.name, Organisation.acronym,
                                Organisation.country)
    condition = Organisation.archived == False  # noqa: E712
    if include_id is not None:
        condition |= Organisation.id == include_id
    rows = query.where(condition).order_by(Organisation.country, Organisation.name).tuples()
    return [(i, f"{name} ({acronym})" if acronym else name, country) for i, name, acronym, country in rows]


def named(name: str, country: str | None = None) -> list[tuple[int, str, str]]:
    """(id, name, country) of the organisations not archived whose name or acronym is name (case and
    accents aside), of that country when one is given: the sender a command names."""
    requiring(Action.VIEW)
    wanted = fold(name)
    query = Organisation.select(Organisation.id, Organisation.name, Organisation.acronym, Organisation.country)
    condition = Organisation.archived == False  # noqa: E712
    if country:
        condition &= Organisation.country == country.strip().upper()
    return [(i, org_name, org_country) for i, org_name, acronym, org_country in query.where(condition).tuples()
            if wanted and wanted in (fold(org_name), fold(acronym))]


def get(record_id: int) -> Organisation:
    requiring(Action.VIEW)
    return Organisation.get_by_id(record_id)


def member_count(record_id: int) -> int:
    """How many participants belong to the organisation, archived ones included."""
    requiring(Action.VIEW)
    return Participant.select().where(Participant.organisation == record_id).count()
