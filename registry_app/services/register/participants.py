"""Creating and correcting participants."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from ...domain import names, validation
from ...domain.enums import Sex
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.database import retried, write_transaction
from ...store.models import Country, Participant
from .. import audit, counters
from ..actors import Actor, requiring
from ..versioning import snapshot, update_versioned
from . import photos
from .saving import InvalidRecord, bounded, check, set_archived

REFERENCE_SCOPE = "participant-reference"
KEEP_PHOTO = "keep"  # ParticipantData.photo when a save leaves the photo as it is
PHOTO_MAX_BYTES = 1_000_000
_PHOTO_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")


class InvalidParticipant(InvalidRecord):
    """Bad input; ``field`` names the form field at fault."""


class UnprintableName(InvalidParticipant):
    """A name with characters that no font of the printed documents draws: it would print blank."""

    def __init__(self, field: str, characters: str):
        self.field = field
        Refusal.__init__(self, UNPRINTABLE, characters=characters)


UNPRINTABLE_AS_TYPED = "No font of the printed documents can draw some of these letters: this name could not be printed."
UNPRINTABLE = "No font of the printed documents can draw {characters}: certificates and lists could not show this name."
NAME_FIELDS = ("given_names", "family_name", "full_name_ar")  # the last: the name in any second script
_SEXES = frozenset(Sex.values())


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
    photo: bytes | str | None = KEEP_PHOTO  # JPEG or PNG bytes, None to remove, KEEP_PHOTO


_DATA_FIELDS = tuple(f.name for f in fields(ParticipantData))


def format_reference(number: int) -> str:
    return f"P-{number:06d}"


def derived_keys(given_names: str, family_name: str, full_name_ar: str, reference: str,
                 email: str = "", id_document_number: str = "") -> dict[str, Any]:
    """The search, sort and "sounds like" keys of a participant, from the fields they are made of."""
    return {
        "sort_name": names.sort_key(family_name, given_names),
        "search_key": names.search_key(
            family_name, given_names, full_name_ar, reference, email, id_document_number
        ),
        "name_skeleton": names.name_skeletons(given_names, family_name, full_name_ar),
    }


def checked(data: ParticipantData, countries: Container[str] | None = None) -> dict[str, Any]:
    """The values a new or corrected participant is saved with, or InvalidParticipant naming the
    field at fault: the checks of every save, for those who save many at once (imports).
    ``countries`` spares a query per person when the caller already has the codes."""
    return _clean(data, countries)


def _clean(data: ParticipantData, countries: Container[str] | None = None) -> dict[str, Any]:
    # the fields one level deep, as asdict gives them without its deep copies (an import checks thousands)
    values = {name: (v.strip() if isinstance(v := getattr(data, name), str) else v) for name in _DATA_FIELDS}
    values = bounded(Participant, values, InvalidParticipant)
    for field in ("given_names", "family_name"):
        if not values[field]:
            raise InvalidParticipant(field, validation.REQUIRED)
    if values["sex"] not in _SEXES:
        raise InvalidParticipant("sex", "Sex must be F or M.")
    if countries is not None:
        if values["nationality"] not in countries:
            raise InvalidParticipant("nationality", f"Unknown nationality {values['nationality']!r}.")
    elif not Country.select().where(Country.code == values["nationality"]).exists():
        raise InvalidParticipant("nationality", f"Unknown nationality {values['nationality']!r}.")
    _check_printable(values)
    check("email", validation.email(values["email"]))
    check("phone", validation.phone(values["phone"]))
    check("birth_date", validation.birth_date(data.birth_date))
    values["organisation"] = values.pop("organisation_id")
    photo = values.pop("photo")
    if photo != KEEP_PHOTO:
        if isinstance(photo, str):
            raise InvalidParticipant("photo", "A photo must be a JPEG or PNG picture.")
        _check_photo(photo)
        values["photo"] = photo
    return values


def unprintable(text: str) -> str | None:
    """As a name is typed: what is wrong when no font of the printed documents draws it all."""
    from ...documents.text import uncovered

    return UNPRINTABLE_AS_TYPED if uncovered(text or "") else None


def _check_printable(values: dict[str, Any]) -> None:
    from ...documents.text import uncovered  # ReportLab loads when a name is first saved, not at start-up

    for field in NAME_FIELDS:
        missing = uncovered(values[field])
        if missing:
            raise UnprintableName(field, " ".join(missing))


def _check_photo(photo: bytes | None) -> None:
    if photo is None:
        return
    if not photo.startswith(_PHOTO_SIGNATURES):
        raise InvalidParticipant("photo", "A photo must be a JPEG or PNG picture.")
    if len(photo) > PHOTO_MAX_BYTES:
        raise InvalidParticipant("photo", "The photo is larger than 1 MB; choose a smaller picture.")
    trouble = photos.problem(photo)
    if trouble:
        raise InvalidParticipant("photo", trouble)


@retried
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


@retried
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


def archive(actor: Actor, participant_id: int, expected_version: int, archived: bool = True) -> Participant:
    return set_archived(actor, Participant, "participant", participant_id, expected_version, archived)


def get(participant_id: int) -> Participant:
    """The participant as the form shows it."""
    requiring(Action.VIEW)
    return Participant.get_by_id(participant_id)


def find_by_reference(reference: str) -> Participant | None:
    """The participant with this reference (e.g. P-000123), typed in any case."""
    requiring(Action.VIEW)
    return Participant.get_or_none(Participant.reference == reference.strip().upper())
