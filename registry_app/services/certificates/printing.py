"""Printing the originals of issued certificates again, at any time: drawn again from the register,
they are the very bytes first printed (the register holds their SHA-256 and checks it), not
duplicates. For a lost file, a printer that jammed, a program killed after the certificates were
recorded. Each is drawn again with the batch it was first drawn with (its file holds the batch's
fonts), and with the name its seal states, whatever was corrected since."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...documents import certificate as document
from ...documents import certificate_batch
from ...documents.pdf_info import without_info
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...seal.envelope import read_payload
from ...store.database import retried, write_transaction
from ...store.models import Certificate, Course, Enrolment, Participant
from .. import audit, centre
from ..actors import Actor
from ..versioning import update_versioned
from . import files
from . import templates as certificate_templates
from .drawing import _document


class NotReproducible(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class Printed:
    serials: list[str]
    merged: Path | None  # None when the course has no valid certificate
    folder: Path


def print_again(actor: Actor, course_id: int, out: Path, zipped: bool = False,
                progress: Callable[[int, int], None] | None = None) -> Printed:
    """The originals of the course's valid certificates written again into out (one PDF each and the
    merged one), each checked against the SHA-256 recorded when it was issued; audited as printed again.
    progress(done, total) is told of the steps (drawn, checked, written) and may raise to cancel
    before anything is written."""
    actor.require(Action.ISSUE_CERTIFICATES)
    course = Course.get_by_id(course_id)
    batches = _batches(course_id)
    if not batches:
        return Printed([], None, out)
    step = progress or (lambda done, total: None)
    step(0, 3)
    settings = centre.load()
    template = certificate_templates.load(course.programme, course.language)
    documents = [[_original(course, row, template, settings) for row in batch] for batch in batches]
    drawn = certificate_batch.draw(documents)
    step(1, 3)
    valid: list[tuple[Certificate, bytes]] = []
    for batch, (_, singles) in zip(batches, drawn, strict=True):
        valid += [(row, _as_issued(row, pdf)) for row, pdf in zip(batch, singles, strict=True) if row.status == "valid"]
    merged = certificate_batch.join([shard for shard, _ in drawn],
                                    [[i for i, row in enumerate(batch) if row.status == "valid"] for batch in batches],
                                    certificate_batch.merged_described(documents[0]))
    named = [(files.file_name(row.serial, row.enrolment.participant.family_name,
                              given_names=row.enrolment.participant.given_names, course=course.code), pdf)
             for row, pdf in valid]
    stem = files.course_stem(course.code)
    step(2, 3)
    extra = [(f"{stem}_certificates.zip", files.zipped(named))] if zipped else []
    files.prepare_folder(out)
    files.write_all(out, named + [(f"{stem}_certificates.pdf", merged)] + extra)
    _record(actor, [row for row, _ in valid], out)
    return Printed([row.serial for row, _ in valid], out / f"{stem}_certificates.pdf", out)


def _as_issued(row: Certificate, pdf: bytes) -> bytes:
    """The bytes first printed: those drawn again, or, for a certificate issued before files were
    given a title and subject, the same without them."""
    for candidate in (pdf, without_info(pdf)):
        if hashlib.sha256(candidate).hexdigest() == row.pdf_sha256:
            return candidate
    raise NotReproducible(
        "Certificate {serial} can no longer be printed as it was issued: the course, its template or the "
        "centre's settings changed since. Print a duplicate, or correct and reissue it. Nothing was printed.",
        serial=row.serial)


def _batches(course_id: int) -> list[list[Certificate]]:
    """The batches that drew the course's valid certificates, each whole (revoked and superseded
    members too, which shaped the batch's fonts), in the order they were drawn."""
    wanted = [serial for (serial,) in Certificate.select(Certificate.drawn_with).join(Enrolment)
              .where((Enrolment.course == course_id) & (Certificate.status == "valid")).distinct().tuples()]
    rows = (Certificate.select(Certificate, Enrolment, Participant).join(Enrolment).join(Participant)
            .where(Certificate.drawn_with.in_(wanted)).order_by(Certificate.id))
    batches: dict[str, list[Certificate]] = {}
    for row in rows:
        batches.setdefault(row.drawn_with, []).append(row)
    return list(batches.values())


def _original(course: Course, row: Certificate, template: Any, settings: Any) -> document.CertificateDocument:
    doc = _document(course, row.enrolment.participant, row.kind, row.serial, row.payload, template, settings)
    sealed = read_payload(row.payload)
    return document.with_printed_names(doc, sealed.names) if sealed and sealed.version >= 2 else doc


@retried
def _record(actor: Actor, rows: list[Certificate], out: Path) -> None:
    with write_transaction():
        for row in rows:
            current = Certificate.get_by_id(row.id)
            update_versioned(current, current.version, {"print_count": current.print_count + 1})
            audit.record(actor, "print-again", "certificate", row.id, {"print_count": current.print_count},
                         {"print_count": current.print_count + 1, "folder": str(out)})
