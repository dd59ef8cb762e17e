"""Writing a checked import: organisations, participants and nominations to the course in one
transaction, one audit event per record and one for the import (file name and SHA-256). Nothing is
written while any row not skipped still has a problem; anything refused half-way rolls all of it back."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.enrolment import course_accepts
from ...domain.enums import CourseStatus, EnrolmentStatus
from ...domain.errors import Word
from ...domain.permissions import Action
from ...store import bulk, search
from ...store.database import db, is_postgres, retried, write_transaction
from ...store.models import Course, Enrolment, Participant, utcnow
from .. import audit, counters
from ..actors import Actor
from ..certificates.register import neutralise
from ..register.organisations import OrganisationData, save_organisation
from ..register.participants import REFERENCE_SCOPE, derived_keys, format_reference
from ..versioning import snapshots_of_rows
from . import mappings
from .checking import ImportRow, Preview
from .matching import enrolled_in
from .problems import ImportRefused, Problem

Progress = Callable[[int, int, str], None]
_CHUNK = 500
# The steps, said beside the progress bar (translated by the window, listed in gui/validation_messages).
ADDING, NOMINATING, DONE = "Adding the new participants…", "Nominating them to the course…", "Done."
STEP_TEMPLATES = (ADDING, NOMINATING, DONE)


@dataclass(frozen=True)
class ImportResult:
    created: int  # new participants
    matched: int  # participants of the register nominated
    organisations: int  # new organisations
    nominated: int
    already: int  # on the course already, left as they were
    skipped: int
    sha256: str


@retried
def commit(actor: Actor, preview: Preview, progress: Progress | None = None, today: date | None = None) -> ImportResult:
    actor.require(Action.EDIT_REGISTER)
    report = progress or (lambda done, total, text: None)
    blocking = preview.blocking()
    if blocking:
        raise ImportRefused("{count} problems are left in {file}: fix the values, pick the matches or skip the "
                            "rows; nothing was imported.", count=len(blocking), file=preview.file_name)
    rows = [row for row in preview.rows if not row.skipped and not row.already_enrolled]
    if not rows:
        raise ImportRefused("No row of {file} is left to import.", file=preview.file_name)
    with write_transaction():
        course = _course(preview.course_id)
        enrolled = enrolled_in(course.id)  # again: another clerk may have nominated someone meanwhile
        organisation_ids = _organisations(actor, rows)
        report(10, 100, ADDING)
        _check_matches(rows)
        created = _participants(actor, [r for r in rows if r.match is None], organisation_ids, report)
        people = [(row, row.match if row.match is not None else created[row.index]) for row in rows]
        fresh = [(row, pid) for row, pid in people if pid not in enrolled]
        report(70, 100, NOMINATING)
        _nominations(actor, course, fresh, organisation_ids, today or date.today())
        result = ImportResult(len(created), sum(1 for r in rows if r.match is not None), len(organisation_ids),
                              len(fresh), len(people) - len(fresh) + sum(r.already_enrolled for r in preview.rows),
                              sum(r.skipped for r in preview.rows), preview.sha256)
        audit.record(actor, "import-nominations", "course", course.id, None, {
            "file": preview.file_name, "sha256": preview.sha256, "sheet": preview.sheet.sheet,
            "rows": len(preview.rows), **{k: v for k, v in result.__dict__.items() if k != "sha256"}})
        if preview.sender_id:
            mappings.remember(preview.sender_id, preview.layout)
    report(100, 100, DONE)
    return result


def _course(course_id: int) -> Course:
    query = Course.select().where(Course.id == course_id)
    course = (query.for_update() if is_postgres() else query).get()
    if not course_accepts(CourseStatus(course.status)):
        raise ImportRefused("The course {code} is {status}: its nominations can no longer change.",
                            code=course.code, status=Word(course.status))
    return course


def _organisations(actor: Actor, rows: list[ImportRow]) -> dict[tuple[str, str], int]:
    """Every row's organisation by key -> id, the new ones created (with their audit events)."""
    ids: dict[tuple[str, str], int] = {}
    for row in rows:
        pick = row.organisation
        if pick is None or pick.key() in ids:
            continue
        if pick.id is not None:
            ids[pick.key()] = pick.id
        else:
            saved = save_organisation(actor, OrganisationData(pick.name, pick.kind, pick.country, pick.acronym))
            ids[pick.key()] = saved.id
    return ids


def _check_matches(rows: list[ImportRow]) -> None:
    wanted = sorted({row.match for row in rows if row.match is not None})
    usable: set[int] = set()
    for start in range(0, len(wanted), _CHUNK):
        usable.update(pid for (pid,) in Participant.select(Participant.id).where(
            Participant.id.in_(wanted[start:start + _CHUNK]) & (Participant.archived == False)).tuples())  # noqa: E712
    gone = [row.row for row in rows if row.match is not None and row.match not in usable]
    if gone:
        raise ImportRefused("The participants matched on rows {rows} were archived or merged meanwhile: check the "
                            "file again.", rows=", ".join(map(str, gone[:10])))


def _participants(actor: Actor, rows: list[ImportRow], organisation_ids: dict[tuple[str, str], int],
                  report: Progress) -> dict[int, int]:
    """Create the new participants; returns row index -> participant id."""
    if not rows:
        return {}
    first = counters.take(REFERENCE_SCOPE, len(rows))
    records = []
    for offset, row in enumerate(rows):
        values = dict(row.values)
        reference = format_reference(first + offset)
        values["organisation"] = organisation_ids[row.organisation.key()] if row.organisation else None
        values.pop("photo", None)
        keys = derived_keys(values["given_names"], values["family_name"], values["full_name_ar"], reference,
                            values["email"], values["id_document_number"])
        records.append({**values, **keys, "reference": reference})
    last = _last_id(Participant)
    with search.adding_participants(db.obj):
        for start in range(0, len(records), _CHUNK):
            bulk.insert_dicts(db.obj, Participant, records[start:start + _CHUNK])
            report(10 + 50 * min(start + _CHUNK, len(records)) // len(records), 100, ADDING)
    by_reference = _ids_after(Participant, "reference", last, {r["reference"] for r in records})
    created = {row.index: by_reference[record["reference"]] for row, record in zip(rows, records)}
    _audit_created(actor, "create", "participant", Participant,
                   [(by_reference[record["reference"]], record) for record in records])
    return created


def _nominations(actor: Actor, course: Course, people: list[tuple[ImportRow, int]],
                 organisation_ids: dict[tuple[str, str], int], today: date) -> None:
    now = utcnow()  # one moment, in the rows and in their audit events
    records = [{"participant": pid, "course": course.id, "status": EnrolmentStatus.NOMINATED.value,
                "nominated_by": organisation_ids[row.organisation.key()] if row.organisation else None,
                "nominated_on": today, "status_changed_at": now} for row, pid in people]
    last = _last_id(Enrolment)
    bulk.insert_dicts(db.obj, Enrolment, records)
    by_participant = _ids_after(Enrolment, "participant_id", last, {pid for _, pid in people},
                                f"course_id = {int(course.id)}")
    _audit_created(actor, "nominate", "enrolment", Enrolment,
                   sorted((by_participant[record["participant"]], record) for record in records))


def _last_id(model: Any) -> int:
    return int(db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{model._meta.table_name}"').fetchone()[0])


def _ids_after(model: Any, key: str, last: int, keys: set[Any], also: str = "TRUE") -> dict[Any, int]:
    """The ids of the rows just inserted, by key: those after the last id seen before the insert (ids
    only grow), read by the primary key's range rather than thousands of keys named in IN lists. On a
    shared server another clerk's rows may be among them: only the keys inserted here are kept."""
    found = db.execute_sql(f'SELECT "{key}", id FROM "{model._meta.table_name}" WHERE id > {db.obj.param} AND {also}',
                           (last,)).fetchall()
    return {k: record_id for k, record_id in found if k in keys}


def _audit_created(actor: Actor, action: str, entity: str, model: Any,
                   saved: list[tuple[int, dict[str, Any]]]) -> None:
    """One event per record, with the record as saved (as services' own create and nominate write):
    the values inserted and the table's defaults for the others, rather than thousands of rows read back."""
    defaults = {field.name: field.default() if callable(field.default) else field.default
                for field in model._meta.sorted_fields if field.name != "id"}
    events: list[tuple[str, str, Any, dict[str, Any] | None, dict[str, Any] | None]] = [
        (action, entity, record_id, None, after)
        for (record_id, _), after in zip(saved, snapshots_of_rows(defaults, saved), strict=True)]
    audit.record_many(actor, events)


def errors_csv(problems: list[Problem]) -> bytes:
    """The problems as a CSV file for the sender: where, the value, why; formula-like cells neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["file", "sheet", "row", "column", "value", "problem", "blocking"])
    for p in problems:
        writer.writerow([neutralise(v) for v in (p.file, p.sheet, p.row or "", p.column, p.value, p.sentence(),
                                                 "yes" if p.blocking else "no")])
    return out.getvalue().encode("utf-8-sig")
