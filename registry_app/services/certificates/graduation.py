"""Graduation: who gets which certificate, issuing them all in one transaction with gapless serials,
and the PDFs (one merged, one per participant)."""

from __future__ import annotations

from typing import Any

import hashlib
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ...documents import certificate as document
from ...domain import names
from ...domain.enums import CertificateKind, EnrolmentStatus
from ...domain.errors import Refusal, Word
from ...domain.permissions import Action
from ...domain.serials import SerialPattern
from ...seal.envelope import CertificatePayload, seal
from ...store.database import write_transaction
from ...store.models import Certificate, Course, Enrolment, Participant
from .. import audit, centre, counters
from ..actors import Actor
from ..attendance.marks import load_grid
from ..versioning import snapshot, update_versioned
from . import keys as sealing
from . import templates as certificate_templates

PARTICIPATION_MINIMUM = 50  # % of half-days: below it, no certificate at all


class GraduationRefused(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class Eligibility:
    enrolment_id: int
    name: str
    kind: CertificateKind | None
    reason: str


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
            rows.append(Eligibility(row.enrolment_id, row.name, CertificateKind.COMPLETION, "completed the programme"))
        elif rate >= PARTICIPATION_MINIMUM:
            rows.append(Eligibility(row.enrolment_id, row.name, CertificateKind.PARTICIPATION,
                                    f"did not complete; attended {rate} % >= {PARTICIPATION_MINIMUM} %"))
        else:
            rows.append(Eligibility(row.enrolment_id, row.name, None,
                                    f"attended {rate} % < {PARTICIPATION_MINIMUM} %: no certificate"))
    return rows


@dataclass(frozen=True)
class Held:
    serial: str
    status: str  # valid, revoked or superseded


def certificates_held(course_id: int) -> dict[int, Held]:
    """Who on the course already holds a certificate, by enrolment, with the latest one and its status.
    Graduation issues to none of them: a revoked certificate is replaced only by a deliberate
    correction with its reason, never as a side effect of graduating the course again."""
    held: dict[int, Held] = {}
    query = (Certificate.select(Certificate.enrolment, Certificate.serial, Certificate.status).join(Enrolment)
             .where(Enrolment.course == course_id).order_by(Certificate.id).tuples())
    for enrolment_id, serial, status in query:
        held[enrolment_id] = Held(serial, status)
    return held


def to_issue(course_id: int) -> list[Eligibility]:
    """Those graduation would issue a certificate to: eligible, and holding none yet."""
    held = certificates_held(course_id)
    return [e for e in eligibility(course_id) if e.kind is not None and e.enrolment_id not in held]


def hours_of(course: Course, template: Any = None) -> int:
    template = template or certificate_templates.load(course.programme, course.language)
    return template.hours or course.programme.nominal_hours


def _document(course: Course, participant: Participant, kind: str, serial: str, sealed: str,
              template: Any = None, settings: Any = None) -> document.CertificateDocument:
    """template and settings: read once by the caller that draws many certificates."""
    settings = settings or centre.load()
    programme = course.programme
    template = template or certificate_templates.load(programme, course.language)
    wording = template.completion_wording if kind == "completion" else template.participation_wording
    accreditation = template.accreditation or \
        f"{programme.accreditation_body} — {programme.accreditation_reference}".strip(" —")
    return document.CertificateDocument(
        languages=template.languages, kind=kind,
        centre={"en": settings.name_en, "fr": settings.name_fr, "ar": settings.name_ar},
        programme={"en": programme.title_en, "fr": programme.title_fr, "ar": programme.title_ar},
        name=names.certificate_name(participant.given_names, participant.family_name),
        name_ar=participant.full_name_ar,
        venue=course.city or course.venue, start=course.start_date, end=course.end_date,
        hours=template.hours or programme.nominal_hours, accreditation=accreditation,
        signatories=tuple(document.Signatory(s.name, s.title, s.signature, s.titles) for s in template.signatories),
        serial=serial, seal=centre.qr_text(sealed, settings), wording={k: v for k, v in wording.items() if v},
        background=template.background, logos=template.logos)


def document_for(enrolment_id: int, kind: str, serial: str, sealed: str, duplicate: bool = False) -> Any:
    """The certificate document of an enrolment, as the register holds it now."""
    enrolment = Enrolment.select(Enrolment, Participant, Course).join(Participant).switch(Enrolment).join(Course) \
        .where(Enrolment.id == enrolment_id).get()
    doc = _document(enrolment.course, enrolment.participant, kind, serial, sealed)
    return replace(doc, duplicate=duplicate)


@dataclass(frozen=True)
class Graduation:
    issued: list[Issued]
    merged: bytes | None  # every new certificate in one PDF, ready to print; None if none was issued

    def write(self, folder: Path, course_code: str, zipped: bool = False) -> Path | None:
        """The single PDFs, the merged one and, if asked, a .zip of the singles, into folder.
        Returns the merged PDF's path (None when nothing was issued)."""
        if not self.issued:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        stem = course_code.replace("/", "_")
        for item in self.issued:
            (folder / item.file_name).write_bytes(item.pdf)
        merged = folder / f"{stem}_certificates.pdf"
        merged.write_bytes(self.merged)
        if zipped:
            with zipfile.ZipFile(folder / f"{stem}_certificates.zip", "w", zipfile.ZIP_DEFLATED) as archive:
                for item in self.issued:
                    archive.write(folder / item.file_name, item.file_name)
        return merged


def seal_new(course: Course, participant: Participant, kind: str, today: date, key: Any, kid: str,
             settings: Any = None, template: Any = None) -> tuple[str, str]:
    """A new certificate's serial (the next one, in the caller's transaction) and its sealed text."""
    settings = settings or centre.load()
    sequence = counters.next_value(f"certificate-{settings.serial_prefix}-{today.year}")
    serial = SerialPattern(settings.serial_pattern).format(settings.serial_prefix, today.year, sequence)
    payload = CertificatePayload(serial, names.certificate_name(participant.given_names, participant.family_name),
                                 course.programme.title_en, course.code, course.start_date, course.end_date,
                                 hours_of(course, template), kind, today)
    return serial, seal(payload, key, kid)


def issue(actor: Actor, course_id: int, passphrase: str, today: date | None = None,
          progress: Callable[[int, int], None] | None = None, keys: Path | None = None) -> Graduation:
    """Issue the certificates of a closed course, in one transaction: all of them or none."""
    actor.require(Action.ISSUE_CERTIFICATES)
    today = today or date.today()
    kid, key = sealing.signing_key(passphrase, keys)
    settings = centre.load()
    with write_transaction():
        course = Course.get_by_id(course_id)
        if course.status != "closed":
            raise GraduationRefused("Course {code} is {status}: close it before issuing certificates.",
                                    code=course.code, status=Word(course.status))
        pending = to_issue(course_id)
        people = {e.id: e.participant for e in Enrolment.select(Enrolment, Participant).join(Participant)
                  .where(Enrolment.id.in_([item.enrolment_id for item in pending]))}
        template = certificate_templates.load(course.programme, course.language)
        prepared = []
        for number, item in enumerate(pending, start=1):
            participant = people[item.enrolment_id]
            serial, sealed = seal_new(course, participant, item.kind.value, today, key, kid, settings, template)
            prepared.append((item, participant, serial, sealed,
                             _document(course, participant, item.kind.value, serial, sealed, template, settings)))
            if progress:
                progress(number, len(pending) * 2)  # may raise to cancel: the transaction rolls back
        singles, merged = document.render_each([p[4] for p in prepared]) if prepared else ([], None)
        issued = []
        for number, ((item, participant, serial, sealed, _), pdf) in enumerate(zip(prepared, singles, strict=True), 1):
            row = Certificate.create(serial=serial, kind=item.kind.value, enrolment=item.enrolment_id,
                                     issue_date=today, payload=sealed, pdf_sha256=hashlib.sha256(pdf).hexdigest())
            audit.record(actor, "issue", "certificate", row.id, None,
                         {"serial": serial, "kind": item.kind.value, "enrolment": item.enrolment_id})
            issued.append(Issued(serial, item.enrolment_id, participant.family_name, pdf, participant.given_names,
                                 course.code))
            if progress:
                progress(len(pending) + number, len(pending) * 2)
    return Graduation(issued, merged)


def _plain(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").upper()


def file_name(serial: str, family_name: str, pattern: str | None = None, given_names: str = "",
              course: str = "") -> str:
    """A single certificate's file name, from the centre's pattern ({serial}_{family} unless set),
    in plain letters so that any file system and e-mail takes it."""
    pattern = pattern or centre.load().certificate_file_pattern
    name = pattern.format(serial=serial, family=_plain(family_name) or "PARTICIPANT", given=_plain(given_names),
                          course=_plain(course))
    return re.sub(r"[\\/:*?\"<>|]+", "-", name) + ".pdf"




def revoke(actor: Actor, serial: str, reason: str) -> Certificate:
    actor.require(Action.ISSUE_CERTIFICATES)
    if not reason.strip():
        raise GraduationRefused("A revocation needs a reason.")
    with write_transaction():
        certificate = Certificate.get_or_none(Certificate.serial == serial)
        if certificate is None:
            raise GraduationRefused("No certificate has the serial {serial}.", serial=serial)
        if certificate.status != "valid":
            raise GraduationRefused("Certificate {serial} is already {status}.", serial=serial,
                                    status=Word(certificate.status))
        before = snapshot(certificate)
        revoked = update_versioned(certificate, certificate.version, {"status": "revoked", "reason": reason.strip()})
        audit.record(actor, "revoke", "certificate", certificate.id, before, snapshot(revoked))
    return revoked
