"""The certificate register: finding certificates, reprints, corrections, exports and the signed list
of revoked certificates that the centre publishes."""

from __future__ import annotations

from typing import Any

import csv
import hashlib
import io
import zlib
from datetime import date

import cbor2

from ...documents import certificate as document
from ...domain.errors import Word
from ...domain.permissions import Action
from ...seal import base45, cose
from ...seal.keys import TrustList
from ...store.database import write_transaction
from ...store.models import Certificate, Course, Enrolment, Participant
from .. import audit, centre
from . import keys as sealing
from ..actors import Actor
from .graduation import GraduationRefused, Issued, document_for, seal_new
from .listing import COLUMNS, RegisterRow, find
from ..versioning import snapshot, update_versioned

__all__ = ["COLUMNS", "RegisterRow", "find", "reprint", "correct", "export_csv", "export_xlsx", "revocation_list",
           "signed_revocation_list", "read_revocation_list", "neutralise"]

REVOCATION_PREFIX = "TRL1:"
def reprint(actor: Actor, serial: str) -> bytes:
    """The same certificate again, same serial and seal, marked as a duplicate; the reprint is counted."""
    actor.require(Action.ISSUE_CERTIFICATES)
    with write_transaction():
        certificate = _valid(serial)
        updated = update_versioned(certificate, certificate.version, {"print_count": certificate.print_count + 1})
        audit.record(actor, "reprint", "certificate", certificate.id, {"print_count": certificate.print_count},
                     {"print_count": updated.print_count})
        doc = document_for(certificate.enrolment_id, certificate.kind, certificate.serial, certificate.payload,
                           duplicate=True)
    return document.render([doc])


def correct(actor: Actor, serial: str, reason: str, passphrase: str, today: date | None = None,
            keys: Any = None) -> Issued:
    """Reissue with the register's current data (a corrected name, say): the old certificate is
    superseded, the new one has a new serial and names the one it replaces."""
    actor.require(Action.ISSUE_CERTIFICATES)
    if not reason.strip():
        raise GraduationRefused("A correction needs a reason.")
    today = today or date.today()
    kid, key = sealing.signing_key(passphrase, keys)
    with write_transaction():
        old = _valid(serial)
        enrolment = Enrolment.select(Enrolment, Participant, Course).join(Participant).switch(Enrolment).join(Course) \
            .where(Enrolment.id == old.enrolment_id).get()
        participant, course = enrolment.participant, enrolment.course
        new_serial, sealed = seal_new(course, participant, old.kind, today, key, kid)
        pdf = document.render([document_for(enrolment.id, old.kind, new_serial, sealed)])
        new = Certificate.create(serial=new_serial, kind=old.kind, enrolment=enrolment.id, issue_date=today,
                                 payload=sealed, pdf_sha256=hashlib.sha256(pdf).hexdigest(), supersedes=old.id)
        before = snapshot(old)
        superseded = update_versioned(old, old.version, {"status": "superseded",
                                                         "reason": f"{reason.strip()} (replaced by {new_serial})"})
        audit.record(actor, "supersede", "certificate", old.id, before, snapshot(superseded))
        audit.record(actor, "issue", "certificate", new.id, None, {"serial": new_serial, "supersedes": serial})
    return Issued(new_serial, enrolment.id, participant.family_name, pdf, participant.given_names, course.code)


def _valid(serial: str) -> Certificate:
    certificate = Certificate.get_or_none(Certificate.serial == serial.strip().upper())
    if certificate is None:
        raise GraduationRefused("No certificate has the serial {serial}.", serial=serial)
    if certificate.status != "valid":
        raise GraduationRefused("Certificate {serial} is {status}: {reason}", serial=serial,
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


def export_csv(rows: list[RegisterRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(_table(rows))
    return out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheets read Arabic and accents right


def export_xlsx(rows: list[RegisterRow]) -> bytes:
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

def revocation_list(passphrase: str, today: date | None = None, keys: Any = None) -> str:
    """The signed list of every revoked or superseded certificate (serial, reason), as text to publish."""
    kid, key = sealing.signing_key(passphrase, keys)
    withdrawn = [(c.serial, c.status, c.reason) for c in Certificate.select().where(
        Certificate.status.in_(("revoked", "superseded"))).order_by(Certificate.serial)]
    return signed_revocation_list(withdrawn, centre.load().name_en, today or date.today(), key, kid)


def signed_revocation_list(withdrawn: list[tuple[str, str, str]], issuer: str, issued: date, key: Any, kid: str,
                           next_update: date | None = None) -> str:
    """The list's text: (serial, status, reason) rows, status "revoked" or "superseded" ("t", left out for
    revoked as in lists made before superseded certificates were listed); next_update as a CRL has it."""
    rows = [{"s": serial, "r": reason} | ({"t": status} if status != "revoked" else {})
            for serial, status, reason in withdrawn]
    body = cbor2.dumps({"issuer": issuer, "date": issued.isoformat(),
                        "next_update": next_update.isoformat() if next_update else None, "revoked": rows})
    return REVOCATION_PREFIX + base45.encode(zlib.compress(cose.sign(body, key, bytes.fromhex(kid)), 9))


def read_revocation_list(text: str, trust: TrustList) -> list[dict[str, str]]:
    """The revoked serials of a published list, once its signature is checked; ValueError if it fails."""
    text = text.strip()  # as read from a file, with its last line's end
    if not text.startswith(REVOCATION_PREFIX):
        raise ValueError("This is not a revocation list of this register.")
    protected, header, body, signature = cose.parse(zlib.decompress(base45.decode(text[len(REVOCATION_PREFIX):])))
    key = trust.find(header.get(cose.KID, b"").hex())
    if key is None or not cose.verify(protected, body, signature, key.public()):
        raise ValueError("The revocation list's signature does not verify.")
    return [{"serial": r["s"], "reason": r["r"], "status": r.get("t", "revoked")} for r in cbor2.loads(body)["revoked"]]
