"""Probable duplicates of a participant, and merging two records of one person.

A probable duplicate has the same ID document number, or shares a name skeleton (the consonants of
a name, the same across Mohamed / Mohammed / Muhammad / محمد) with the same date of birth and
nationality. The skeleton alone is not enough: Mohamed and Mahmoud share one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain import names
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.database import db, is_postgres, retried, write_transaction
from ...store.models import Course, Enrolment, Participant
from .. import audit
from ..actors import Actor, requiring
from ..versioning import snapshot, update_versioned


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
    requiring(Action.VIEW)
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


@dataclass(frozen=True)
class Person:
    """Who is looked for: the fields the rule reads."""

    given_names: str
    family_name: str
    full_name_ar: str
    birth_date: date | None
    nationality: str
    id_document_number: str = ""


_CHUNK = 400  # values per query, well under SQLite's and PostgreSQL's limits on parameters


def probable_duplicates_of_many(people: Sequence[Person]) -> list[list[ProbableDuplicate]]:
    """probable_duplicates for each of many people (a list being imported): the same rule, asked
    of the register a few hundred people at a time rather than one query or two per person."""
    requiring(Action.VIEW)
    documents = sorted({p.id_document_number.strip() for p in people if p.id_document_number.strip()})
    by_document: dict[str, list[int]] = {}
    for start in range(0, len(documents), _CHUNK):
        chunk = documents[start:start + _CHUNK]
        for person_id, document in db.execute_sql(
                f"SELECT id, id_document_number FROM participant WHERE id_document_number IN ({_marks(chunk)})",
                chunk).fetchall():
            by_document.setdefault(document, []).append(person_id)
    by_pair = _same_birth_and_nationality(
        {(p.birth_date, p.nationality) for p in people if p.birth_date is not None and p.nationality})
    found: list[dict[int, str]] = []
    for person in people:
        reasons = {pid: "same-document" for pid in by_document.get(person.id_document_number.strip(), [])}
        same = by_pair.get((person.birth_date, person.nationality), []) if person.birth_date is not None else []
        if same:
            mine = _skeleton_words(person.given_names, person.family_name, person.full_name_ar)
            for pid, theirs in same:
                if pid not in reasons and _names_close(mine, set(theirs.split())):
                    reasons[pid] = "same-name-birth-nationality"
        found.append(reasons)
    wanted = sorted({pid for reasons in found for pid in reasons})
    records: dict[int, Participant] = {}
    for start in range(0, len(wanted), _CHUNK):
        records.update((p.id, p) for p in Participant.select().where(Participant.id.in_(wanted[start:start + _CHUNK])))
    return [sorted((ProbableDuplicate(records[pid], reason) for pid, reason in reasons.items()),
                   key=lambda d: d.participant.reference) for reasons in found]


def _marks(values: Sequence[Any]) -> str:
    """A placeholder for each value: SQL written here, as building it with the models costs more than
    the query for a list of hundreds of values."""
    return ", ".join([db.obj.param] * len(values))


def _same_birth_and_nationality(pairs: set[tuple[date, str]]) -> dict[tuple[date, str], list[tuple[int, str]]]:
    """The register's people born on one of these days with that nationality -> (id, name skeletons): by
    the birth date's index with the nationalities of the same chunk, the pair itself checked here. Read
    as bare rows (an import asks about thousands of days, and a model or a converted date per row is
    most of the cost)."""
    dates = sorted({born for born, _ in pairs})
    found: dict[tuple[date, str], list[tuple[int, str]]] = {}
    for start in range(0, len(dates), _CHUNK):
        chunk = dates[start:start + _CHUNK]
        days = set(chunk)
        nationalities = sorted({nationality for born, nationality in pairs if born in days})
        asked = [born if is_postgres() else born.isoformat() for born in chunk] + nationalities
        for person_id, born, nationality, skeletons in db.execute_sql(
                "SELECT id, birth_date, nationality_id, name_skeleton FROM participant "
                f"WHERE birth_date IN ({_marks(chunk)}) AND nationality_id IN ({_marks(nationalities)})",
                asked).fetchall():
            born = born if isinstance(born, date) else date.fromisoformat(born)  # SQLite gives the ISO text
            if (born, nationality) in pairs:
                found.setdefault((born, nationality), []).append((person_id, skeletons))
    return found


@retried
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
            "Both records are enrolled on {courses}: withdraw or decline one of the two "
            "enrolments there first, or correct it, then merge.", courses=", ".join(codes))


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
