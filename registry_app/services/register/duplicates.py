"""Probable duplicates of a participant, and merging two records of one person.

A probable duplicate has the same ID document number, or shares a name skeleton (the consonants of
a name, the same across Mohamed / Mohammed / Muhammad / محمد) with the same date of birth and
nationality. The skeleton alone is not enough: Mohamed and Mahmoud share one.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass
from datetime import date

from ...domain import names
from ...domain.permissions import Action
from ...store.database import write_transaction
from ...store.models import Course, Enrolment, Participant
from .. import audit
from ..actors import Actor
from ..versioning import snapshot, update_versioned
from ...domain.errors import Refusal


@dataclass(frozen=True)
class ProbableDuplicate:
    participant: Participant
    reason: str  # "same-document" or "same-name-birth-nationality"


class MergeRefused(Refusal, ValueError):
    pass


def _skeleton_words(given_names: str, family_name: str, full_name_ar: str) -> set[str]:
    return set(names.name_skeletons(given_names, family_name, full_name_ar).split())


def _names_close(mine: set[str], theirs: set[str]) -> bool:
    """Close enough: at least two skeleton words in common, or every word of the shorter name."""
    common = mine & theirs
    return len(common) >= 2 or (bool(common) and len(common) == min(len(mine), len(theirs)))


def probable_duplicates(given_names: str, family_name: str, full_name_ar: str, birth_date: date | None,
                        nationality: str, id_document_number: str = "",
                        exclude_id: int | None = None) -> list[ProbableDuplicate]:
    found: dict[int, ProbableDuplicate] = {}
    document = id_document_number.strip()
    if document:
        query = Participant.select().where(Participant.id_document_number == document)
        for person in query:
            found[person.id] = ProbableDuplicate(person, "same-document")
    if birth_date is not None and nationality:
        mine = _skeleton_words(given_names, family_name, full_name_ar)
        query = Participant.select().where((Participant.birth_date == birth_date)
                                           & (Participant.nationality == nationality))
        for person in query:
            if person.id not in found and _names_close(mine, set(person.name_skeleton.split())):
                found[person.id] = ProbableDuplicate(person, "same-name-birth-nationality")
    if exclude_id is not None:
        found.pop(exclude_id, None)
    return sorted(found.values(), key=lambda d: d.participant.reference)


def merge(actor: Actor, keep_id: int, keep_version: int, other_id: int, other_version: int) -> Participant:
    """Move the other record's enrolments (and with them attendance and certificates) to the kept
    record, and archive the other with a note saying where it went. Refused when both were on the
    same course: the clerk decides which enrolment stands first."""
    actor.require(Action.EDIT_REGISTER)
    if keep_id == other_id:
        raise MergeRefused("A record cannot be merged with itself.")
    with write_transaction():
        keep = Participant.get_by_id(keep_id)
        other = Participant.get_by_id(other_id)
        _check_no_common_course(keep, other)
        moved = [e.id for e in Enrolment.select(Enrolment.id).where(Enrolment.participant == other)]
        Enrolment.update(participant=keep).where(Enrolment.participant == other).execute()
        note = f"Merged into {keep.reference}."
        update_versioned(other, other_version, {
            "archived": True, "notes": f"{other.notes}\n{note}".strip(),
            "id_document_number": "",  # its number now belongs to the kept record alone
        })
        kept = update_versioned(keep, keep_version, _filled_gaps(keep, other))
        audit.record(actor, "merge", "participant", keep.id,
                     {"kept": snapshot(keep), "merged": snapshot(other)},
                     {"kept": snapshot(kept), "enrolments_moved": moved, "archived": other.reference})
    return kept


def _check_no_common_course(keep: Participant, other: Participant) -> None:
    theirs = Enrolment.select(Enrolment.course).where(Enrolment.participant == other)
    common = (Course.select(Course.code).join(Enrolment)
              .where((Enrolment.participant == keep) & Enrolment.course.in_(theirs)))
    codes = sorted(code for (code,) in common.tuples())
    if codes:
        raise MergeRefused(
            f"Both records are enrolled on {', '.join(codes)}: withdraw or decline one of the two "
            "enrolments there first, or correct it, then merge.")


def _filled_gaps(keep: Participant, other: Participant) -> dict[str, Any]:
    """What the kept record lacks and the other one knows: empty fields only, nothing overwritten."""
    changes = {}
    for field in ("full_name_ar", "title", "birth_date", "organisation", "rank", "email", "phone",
                  "id_document_type", "id_document_number", "photo"):
        mine = getattr(keep, field + "_id" if field == "organisation" else field)
        theirs = getattr(other, field + "_id" if field == "organisation" else field)
        if mine in (None, "") and theirs not in (None, ""):
            changes[field] = theirs
    return changes
