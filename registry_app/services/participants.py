"""Creating and correcting participants."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from ..domain import names
from ..domain.enums import Sex
from ..domain.permissions import Action
from ..store.database import write_transaction
from ..store.models import Country, Participant
from . import audit, counters
from .actors import Actor
from .records import snapshot, update_versioned

REFERENCE_SCOPE = "participant-reference"


class InvalidParticipant(ValueError):
    """Bad input; ``field`` names the form field at fault."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


@dataclass(frozen=True)
class ParticipantData:
    given_names: str
    family_name: str
    sex: str
    nationality: str  # ISO code
    full_name_ar: str = ""
    title: str = ""
    birth_date: date | None = None
    organisation_id: int | None = None
    rank: str = ""
    email: str = ""
    phone: str = ""
    preferred_language: str = "en"
    id_document_type: str = ""
    id_document_number: str = ""
    notes: str = ""


def format_reference(number: int) -> str:
    return f"P-{number:06d}"


def derived_keys(given_names: str, family_name: str, full_name_ar: str, reference: str,
                 email: str = "", id_document_number: str = "") -> dict:
    """The search, sort and "sounds like" keys of a participant, from the fields they are made of."""
    return {
        "sort_name": names.sort_key(family_name, given_names),
        "search_key": names.search_key(
            family_name, given_names, full_name_ar, reference, email, id_document_number
        ),
        "name_skeleton": names.name_skeletons(given_names, family_name, full_name_ar),
    }


def _clean(data: ParticipantData) -> dict:
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(data).items()}
    for field, label in (("given_names", "Given names"), ("family_name", "Family name")):
        if not values[field]:
            raise InvalidParticipant(field, f"{label} must be filled in.")
    if values["sex"] not in Sex.values():
        raise InvalidParticipant("sex", "Sex must be F or M.")
    if not Country.select().where(Country.code == values["nationality"]).exists():
        raise InvalidParticipant("nationality", f"Unknown nationality {values['nationality']!r}.")
    values["organisation"] = values.pop("organisation_id")
    return values


def create(actor: Actor, data: ParticipantData) -> Participant:
    actor.require(Action.EDIT_REGISTER)
    values = _clean(data)
    with write_transaction():
        reference = format_reference(counters.next_value(REFERENCE_SCOPE))
        keys = derived_keys(values["given_names"], values["family_name"], values["full_name_ar"],
                            reference, values["email"], values["id_document_number"])
        participant = Participant.create(reference=reference, **values, **keys)
        audit.record(actor, "create", "participant", participant.id, None, snapshot(participant))
    return participant


def update(actor: Actor, participant_id: int, expected_version: int, data: ParticipantData) -> Participant:
    actor.require(Action.EDIT_REGISTER)
    values = _clean(data)
    with write_transaction():
        current = Participant.get_by_id(participant_id)
        before = snapshot(current)
        keys = derived_keys(values["given_names"], values["family_name"], values["full_name_ar"],
                            current.reference, values["email"], values["id_document_number"])
        updated = update_versioned(current, expected_version, {**values, **keys})
        audit.record(actor, "update", "participant", participant_id, before, snapshot(updated))
    return updated
