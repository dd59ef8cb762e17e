"""Graduation: who gets which certificate, and issuing them. The certificates are sealed and drawn,
and their files written whole to the disk (under no name yet), before the one short transaction
that records them; they take their names once it has committed. A kill at any moment leaves either
nothing issued and no file, or issued certificates with their files or some of them (printing.py
draws any original again, byte for byte)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ...documents import certificate_batch
from ...domain.enums import CertificateKind, EnrolmentStatus
from ...domain.errors import Refusal, Said, Word
from ...domain.permissions import Action
from ...domain.serials import SerialPattern
from ...seal.envelope import seal_text
from ...store import bulk
from ...store.database import db, is_postgres, retried, write_transaction
from ...store.models import Certificate, Course, Enrolment, Participant
from .. import audit, centre, counters
from ..actors import Actor, requiring
from ..attendance.marks import load_grid
from . import files, halts
from . import keys as sealing
from . import templates as certificate_templates
from .drawing import _document, document_for, hours_of, sealed_document
from .files import file_name

__all__ = ["PARTICIPATION_MINIMUM", "GraduationRefused", "Eligibility", "Held", "Issued", "Graduation",
           "eligibility", "certificates_held", "to_issue", "issue", "file_name", "hours_of", "_document",
           "document_for"]

PARTICIPATION_MINIMUM = 50  # % of half-days: below it, no certificate at all
_ATTEMPTS = 3  # another course's graduation may take the serials this one prepared: draw again


class GraduationRefused(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class Eligibility:
    enrolment_id: int
    name: str
    kind: CertificateKind | None
    reason: str
    said: Said = Said("")  # the reason, to be said in the window's language


@dataclass(frozen=True)
class Held:
    serial: str
    status: str  # valid, revoked or superseded


@dataclass(frozen=True)
class Issued:
    serial: str
    enrolment_id: int
    family_name: str
    pdf: bytes
    given_names: str = ""
    course: str = ""

    @property
    def file_name(self) -> str:
        return file_name(self.serial, self.family_name, given_names=self.given_names, course=self.course)


def eligibility(course_id: int) -> list[Eligibility]:
    """For a closed course: completion for those who completed, participation for those who
    attended at least half, nothing for the others; each with its reason."""
    grid = load_grid(course_id)
    rows = []
    for row in grid.rows:
        rate = grid.attendance(row.enrolment_id).rate_pct or 0
        if row.status == EnrolmentStatus.COMPLETED.value:
            said = Said("completed the programme")
            rows.append(Eligibility(row.enrolment_id, row.name, CertificateKind.COMPLETION, str(said), said))
        elif rate >= PARTICIPATION_MINIMUM:
            said = Said("did not complete; attended {rate} % >= {minimum} %", rate=rate, minimum=PARTICIPATION_MINIMUM)
            rows.append(Eligibility(row.enrolment_id, row.name, CertificateKind.PARTICIPATION, str(said), said))
        else:
            said = Said("attended {rate} % < {minimum} %: no certificate", rate=rate, minimum=PARTICIPATION_MINIMUM)
            rows.append(Eligibility(row.enrolment_id, row.name, None, str(said), said))
    return rows


def certificates_held(course_id: int) -> dict[int, Held]:
    """Who on the course already holds a certificate, by enrolment: the latest one and its status.
    Graduation issues to none of them: a revoked certificate is replaced only by a deliberate
    correction with its reason, never as a side effect of graduating the course again."""
    requiring(Action.VIEW)
    held: dict[int, Held] = {}
    query = (Certificate.select(Certificate.enrolment, Certificate.serial, Certificate.status).join(Enrolment)
             .where(Enrolment.course == course_id).order_by(Certificate.id).tuples())
    for enrolment_id, serial, status in query:
        held[enrolment_id] = Held(serial, status)
    return held


def to_issue(course_id: int) -> list[Eligibility]:
    """Those graduation would issue a certificate to: eligible, and holding none yet."""
    requiring(Action.VIEW)
    held = certificates_held(course_id)
    return [e for e in eligibility(course_id) if e.kind is not None and e.enrolment_id not in held]


@dataclass(frozen=True)
class Graduation:
    issued: list[Issued]
    merged: bytes | None  # every new certificate in one PDF, ready to print; None if none was issued
    folder: Path | None = None  # where issue() wrote the files before recording them
    course_code: str = ""

    def write(self, folder: Path, course_code: str, zipped: bool = False) -> Path | None:
        """The single PDFs, the merged one and, if asked, a .zip of the singles, into folder.
        Returns the merged PDF's path (None when nothing was issued)."""
        if not self.issued or self.merged is None:
            return None
        merged = folder / f"{files.course_stem(course_code)}_certificates.pdf"
        if self.folder is None or self.folder.resolve() != folder.resolve() or not merged.exists():
            files.prepare_folder(folder)
            files.write_all(folder, _files_of(self.issued, self.merged, course_code, zipped))
        return merged


def _files_of(issued: list[Issued], merged: bytes, course_code: str, zipped: bool) -> list[tuple[str, bytes]]:
    singles = [(item.file_name, item.pdf) for item in issued]
    stem = files.course_stem(course_code)
    extra = [(f"{stem}_certificates.zip", files.zipped(singles))] if zipped else []
    return singles + [(f"{stem}_certificates.pdf", merged)] + extra


@dataclass
class _Plan:
    course: Course
    pending: list[Eligibility]
    people: dict[int, Participant]
    scope: str
    first: int  # the sequence number of the first serial, if nobody takes it meanwhile
    serials: list[str]
    seals: list[str]
    singles: list[bytes]
    merged: bytes | None
    drawn_with: list[str]


class _SerialsTaken(Exception):
    """Another graduation took the serials this one had drawn."""


def issue(actor: Actor, course_id: int, passphrase: str, today: date | None = None,
          progress: Callable[[int, int], None] | None = None, keys: Path | None = None,
          out: Path | None = None, zipped: bool = False) -> Graduation:
    """Issue the certificates of a closed course: all of them or none. With out, their files are
    written there (whole, on the disk) before they are recorded."""
    actor.require(Action.ISSUE_CERTIFICATES)
    today = today or date.today()
    _kid, key = sealing.signing_key(passphrase, keys)
    settings = centre.load()
    if out is not None:
        files.prepare_folder(out)
    for _attempt in range(_ATTEMPTS):
        plan = _prepare(course_id, today, key, settings, progress)
        if not plan.pending:
            return Graduation([], None)
        issued = [Issued(serial, e.enrolment_id, plan.people[e.enrolment_id].family_name, pdf,
                         plan.people[e.enrolment_id].given_names, plan.course.code)
                  for e, serial, pdf in zip(plan.pending, plan.serials, plan.singles, strict=True)]
        halts.point("drawn")
        planned = _files_of(issued, plan.merged or b"", plan.course.code, zipped) if out is not None else []
        staged = files.stage(out, planned) if out is not None else None
        try:
            halts.point("written")
            _record(actor, course_id, plan, today)
        except _SerialsTaken:
            if staged:
                staged.discard()
            continue
        except BaseException:
            if staged:
                staged.discard()
            raise
        halts.point("committed")
        if staged and out is not None:
            _publish(staged, out)
        if progress:
            progress(2 * len(plan.pending), 2 * len(plan.pending))
        return Graduation(issued, plan.merged, out, plan.course.code)
    raise GraduationRefused("Other certificates were being issued at the same moment; nothing was issued for this "
                            "course. Issue them again.")


def _prepare(course_id: int, today: date, key: Any, settings: Any,
             progress: Callable[[int, int], None] | None) -> _Plan:
    """The certificates to issue, sealed with the serials they will have and drawn; nothing written."""
    course = Course.get_by_id(course_id)
    _require_closed(course)
    pending = to_issue(course_id)
    people = {e.id: e.participant for e in Enrolment.select(Enrolment, Participant).join(Participant)
              .where(Enrolment.id.in_([item.enrolment_id for item in pending]))}
    template = certificate_templates.load(course.programme, course.language)
    scope = f"certificate-{settings.serial_prefix}-{today.year}"
    first = counters.peek(scope) + 1
    pattern = SerialPattern(settings.serial_pattern)
    serials = [pattern.format(settings.serial_prefix, today.year, first + i) for i in range(len(pending))]
    documents = []
    for number, (item, serial) in enumerate(zip(pending, serials, strict=True), start=1):
        assert item.kind is not None
        documents.append(sealed_document(course, people[item.enrolment_id], item.kind.value, serial, today, key,
                                         template, settings))
        if progress:
            progress(number, len(pending) * 2)  # may raise to cancel: nothing is written yet
    singles, merged, drawn_with = draw_batch(documents, serials)
    if progress and pending:
        progress(len(pending) * 2 - 1, len(pending) * 2)
    return _Plan(course, pending, people, scope, first, serials, [seal_text(d.seal) for d in documents], singles, merged,
                 drawn_with)


def draw_batch(documents: list[Any], serials: list[str]) -> tuple[list[bytes], bytes | None, list[str]]:
    """The certificates drawn in batches: one PDF each, the merged PDF, and for each the serial of the
    first of its batch (what printing it again must draw with it to give the same bytes)."""
    if not documents:
        return [], None, []
    ranges = certificate_batch.shards(len(documents))
    drawn = certificate_batch.draw([documents[r.start:r.stop] for r in ranges])
    singles = [pdf for _, shard_singles in drawn for pdf in shard_singles]
    drawn_with = [serials[r.start] for r in ranges for _ in r]
    merged = certificate_batch.join([shard for shard, _ in drawn], described=certificate_batch.merged_described(documents))
    return singles, merged, drawn_with


def _require_closed(course: Course) -> None:
    if course.status != "closed":
        raise GraduationRefused("Course {code} is {status}: close it before issuing certificates.",
                                code=course.code, status=Word(course.status))


@retried
def _record(actor: Actor, course_id: int, plan: _Plan, today: date) -> None:
    """The certificates recorded, the course locked meanwhile, in one transaction."""
    with write_transaction():
        course = _locked_course(course_id)
        _require_closed(course)
        held = certificates_held(course_id)
        taken = [held[e.enrolment_id].serial for e in plan.pending if e.enrolment_id in held]
        if taken:
            raise GraduationRefused(
                "Another graduation of {course} issued {count} of these certificates while this one was being "
                "prepared ({serials}); this one issued nothing.",
                course=course.code, count=len(taken), serials=_span(taken))
        if counters.peek(plan.scope) + 1 != plan.first:
            raise _SerialsTaken()
        counters.take(plan.scope, len(plan.pending))
        rows = [{"serial": serial, "kind": item.kind.value if item.kind else "", "enrolment": item.enrolment_id,
                 "issue_date": today, "payload": sealed, "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
                 "drawn_with": batch}
                for item, serial, sealed, pdf, batch in zip(plan.pending, plan.serials, plan.seals, plan.singles,
                                                            plan.drawn_with, strict=True)]
        bulk.insert_dicts(db.obj, Certificate, rows)
        ids = dict(Certificate.select(Certificate.serial, Certificate.id)
                   .where(Certificate.serial.in_(plan.serials)).tuples())
        audit.record_many(actor, [("issue", "certificate", ids[row["serial"]], None,
                                   {"serial": row["serial"], "kind": row["kind"], "enrolment": row["enrolment"]})
                                  for row in rows])
        halts.point("recorded")


def _locked_course(course_id: int) -> Course:
    """The course row, locked until the transaction ends (SQLite's write lock already covers it)."""
    query = Course.select().where(Course.id == course_id)
    return query.for_update().get() if is_postgres() else query.get()


def _span(serials: list[str]) -> str:
    ordered = sorted(serials)
    return ordered[0] if len(ordered) == 1 else f"{ordered[0]} to {ordered[-1]}"


def _publish(staged: files.Staged, out: Path) -> None:
    """The recorded certificates' files given their names. Should that fail, they are recorded all
    the same: printing the originals again gives them."""
    try:
        staged.publish()
    except OSError as exc:
        raise files.not_named(out, exc) from None
