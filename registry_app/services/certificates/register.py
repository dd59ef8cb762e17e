"""The certificate register: finding certificates, reprints, corrections, revocations, exports and the
signed list of revoked certificates that the centre publishes."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import date, timedelta
from typing import Any

from ...documents import certificate as document
from ...domain.errors import Refusal, Word
from ...domain.permissions import Action
from ...domain.serials import SerialPattern
from ...seal import revocation
from ...seal.envelope import seal_text
from ...seal.keys import TrustList
from ...seal.revocation import RevocationList, Withdrawn
from ...store.database import retried, write_transaction
from ...store.models import Certificate, Course, Enrolment, Participant
from .. import audit, centre, counters
from ..actors import Actor, requiring
from ..versioning import snapshot, update_versioned
from . import keys as sealing
from .drawing import document_for, sealed_document
from .graduation import Issued, draw_batch
from .listing import COLUMNS, RegisterRow, find

__all__ = ["COLUMNS", "CertificateRefused", "RegisterRow", "find", "reprint", "correct", "revoke", "export_csv",
           "export_xlsx", "revocation_list", "signed_revocation_list", "read_revocation_list", "neutralise"]

class CertificateRefused(Refusal, ValueError):
    """A reprint, correction or revocation that cannot be done as asked."""


def reprint(actor: Actor, serial: str) -> bytes:
    """The same certificate again, same serial and seal, marked as a duplicate; the reprint is counted."""
    actor.require(Action.ISSUE_CERTIFICATES)
    certificate = _valid(serial)
    pdf = document.render([document_for(certificate.enrolment_id, certificate.kind, certificate.serial,
                                         certificate.payload, duplicate=True)])
    _count_reprint(actor, serial)
    return pdf


@retried
def _count_reprint(actor: Actor, serial: str) -> None:
    """The reprint counted (its PDF drawn already, and not again if this is retried)."""
    with write_transaction():
        certificate = _valid(serial)
        updated = update_versioned(certificate, certificate.version, {"print_count": certificate.print_count + 1})
        audit.record(actor, "reprint", "certificate", certificate.id, {"print_count": certificate.print_count},
                     {"print_count": updated.print_count})


@retried
def correct(actor: Actor, serial: str, reason: str, passphrase: str, today: date | None = None,
            keys: Any = None) -> Issued:
    """Reissue with the register's current data (a corrected name, say): the old certificate is
    superseded, the new one has a new serial and names the one it replaces. The only way a person
    whose certificate was revoked or superseded gets a new one."""
    actor.require(Action.ISSUE_CERTIFICATES)
    if not reason.strip():
        raise CertificateRefused("A correction needs a reason.")
    today = today or date.today()
    _kid, key = sealing.signing_key(passphrase, keys)
    settings = centre.load()
    scope = f"certificate-{settings.serial_prefix}-{today.year}"
    for _attempt in range(3):
        old = _correctable(serial)
        enrolment = Enrolment.select(Enrolment, Participant, Course).join(Participant).switch(Enrolment).join(Course) \
            .where(Enrolment.id == old.enrolment_id).get()
        participant, course = enrolment.participant, enrolment.course
        number = counters.peek(scope) + 1
        new_serial = SerialPattern(settings.serial_pattern).format(settings.serial_prefix, today.year, number)
        doc = sealed_document(course, participant, old.kind, new_serial, today, key, settings=settings)
        pdf = draw_batch([doc], [new_serial])[0][0]  # drawn before the transaction, which stays short
        with write_transaction():
            old = _correctable(serial)
            if counters.peek(scope) + 1 != number:
                continue  # another certificate took the serial meanwhile: draw again
            counters.next_value(scope)
            if old.status == "valid":  # a revoked one stays revoked: the new one names it all the same
                before = snapshot(old)
                superseded = update_versioned(old, old.version, {
                    "status": "superseded", "reason": f"{reason.strip()} (replaced by {new_serial})"})
                audit.record(actor, "supersede", "certificate", old.id, before, snapshot(superseded))
            new = Certificate.create(serial=new_serial, kind=old.kind, enrolment=enrolment.id, issue_date=today,
                                     payload=seal_text(doc.seal), pdf_sha256=hashlib.sha256(pdf).hexdigest(), supersedes=old.id,
                                     drawn_with=new_serial)
            audit.record(actor, "issue", "certificate", new.id, None, {"serial": new_serial, "supersedes": serial,
                                                                       "reason": reason.strip()})
        return Issued(new_serial, enrolment.id, participant.family_name, pdf, participant.given_names, course.code)
    raise CertificateRefused("Other certificates were being issued at the same moment; {serial} was not corrected. "
                            "Try again.", serial=serial)


def _correctable(serial: str) -> Certificate:
    """A certificate that can be corrected: valid, or revoked and never replaced yet."""
    certificate = Certificate.get_or_none(Certificate.serial == serial.strip().upper())
    if certificate is None:
        raise CertificateRefused("No certificate has the serial {serial}.", serial=serial)
    replaced = Certificate.select().where(Certificate.supersedes == certificate.id).exists()
    if certificate.status == "superseded" or replaced:
        raise CertificateRefused("Certificate {serial} was already replaced: {reason}", serial=serial,
                                reason=certificate.reason)
    return certificate


def _valid(serial: str) -> Certificate:
    certificate = Certificate.get_or_none(Certificate.serial == serial.strip().upper())
    if certificate is None:
        raise CertificateRefused("No certificate has the serial {serial}.", serial=serial)
    if certificate.status != "valid":
        raise CertificateRefused("Certificate {serial} is {status}: {reason}", serial=serial,
                                status=Word(certificate.status), reason=certificate.reason)
    return certificate


# -- exports ---------------------------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @...) is prefixed with an apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _table(rows: list[RegisterRow]) -> list[list[str]]:
    return [[neutralise(getattr(row, column)) for column in COLUMNS] for row in rows]


def _exported(kind: str, rows: list[RegisterRow]) -> None:
    actor = requiring(Action.EXPORT)
    audit.record_alone(actor, "export", "certificate-register", kind, {"certificates": len(rows)})


def export_csv(rows: list[RegisterRow]) -> bytes:
    _exported("csv", rows)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(_table(rows))
    return out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheets read Arabic and accents right


def export_xlsx(rows: list[RegisterRow]) -> bytes:
    _exported("xlsx", rows)
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Certificates")
    sheet.append(list(COLUMNS))
    for values in _table(rows):
        sheet.append(values)  # strings only: openpyxl writes "'=..." as text, never as a formula
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# -- the published list of revoked certificates ----------------------------------------------------

def revocation_list(passphrase: str, today: date | None = None, keys: Any = None, valid_days: int = 30) -> str:
    """The signed list of every revoked or superseded certificate (serial, reason), as text to
    publish; verifiers are told to fetch a newer one after valid_days."""
    actor = requiring(Action.ISSUE_CERTIFICATES)
    kid, key = sealing.signing_key(passphrase, keys)
    today = today or date.today()
    withdrawn = [(c.serial, c.status, c.reason) for c in Certificate.select().where(
        Certificate.status.in_(("revoked", "superseded"))).order_by(Certificate.serial)]
    audit.record_alone(actor, "publish-revocation-list", "certificate-register", kid, {"withdrawn": len(withdrawn)})
    return signed_revocation_list(withdrawn, centre.load().name_en, today, key, kid,
                                  today + timedelta(days=valid_days))


def signed_revocation_list(withdrawn: list[tuple[str, str, str]], issuer: str, issued: date, key: Any, kid: str,
                           next_update: date | None = None) -> str:
    """The list's text: (serial, status, reason) rows, status "revoked" or "superseded"; next_update as
    a CRL has it."""
    rows = tuple(Withdrawn(serial, reason, status) for serial, status, reason in withdrawn)
    return revocation.sign(RevocationList(issuer, issued, next_update, rows), key, kid)


def read_revocation_list(text: str, trust: TrustList) -> list[dict[str, str]]:
    """The withdrawn serials of a published list, once its signature is checked; BadRevocationList if not."""
    return [{"serial": w.serial, "reason": w.reason, "status": w.status}
            for w in revocation.read(text, trust).withdrawn]


@retried
def revoke(actor: Actor, serial: str, reason: str) -> Certificate:
    actor.require(Action.ISSUE_CERTIFICATES)
    if not reason.strip():
        raise CertificateRefused("A revocation needs a reason.")
    with write_transaction():
        certificate = Certificate.get_or_none(Certificate.serial == serial)
        if certificate is None:
            raise CertificateRefused("No certificate has the serial {serial}.", serial=serial)
        if certificate.status != "valid":
            raise CertificateRefused("Certificate {serial} is already {status}.", serial=serial,
                                    status=Word(certificate.status))
        before = snapshot(certificate)
        revoked = update_versioned(certificate, certificate.version, {"status": "revoked", "reason": reason.strip()})
        audit.record(actor, "revoke", "certificate", certificate.id, before, snapshot(revoked))
    return revoked
