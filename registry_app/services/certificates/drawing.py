"""A certificate as the register holds it, drawn: the document's data from the course, the
participant, the template and the centre's settings, and the seal of what it prints."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ...documents import certificate as document
from ...domain import names
from ...domain.permissions import Action
from ...seal.envelope import seal
from ...seal.payload import CertificatePayload
from ...store.models import Course, Enrolment, Participant
from .. import centre
from ..actors import requiring
from . import templates as certificate_templates


def hours_of(course: Course, template: Any = None) -> int:
    template = template or certificate_templates.load(course.programme, course.language)
    return int(template.hours or course.programme.nominal_hours)


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
        name_ar=participant.full_name_ar or "",
        venue=course.city or course.venue, start=course.start_date, end=course.end_date,
        hours=template.hours or programme.nominal_hours, accreditation=accreditation,
        signatories=tuple(document.Signatory(s.name, s.title, s.signature, s.titles) for s in template.signatories),
        serial=serial, seal=centre.qr_text(sealed, settings), wording={k: v for k, v in wording.items() if v},
        background=template.background,
        logos=template.logos or tuple(logo for logo in (settings.logo_bytes(),) if logo))


def payload_of(course: Course, doc: document.CertificateDocument, issued: date) -> CertificatePayload:
    """What the seal states: what the certificate prints."""
    return CertificatePayload(doc.serial, document.printed_names(doc), course.programme.code, course.code,
                              doc.start, doc.end, int(doc.hours), doc.kind, issued, tuple(doc.languages))


def sealed_document(course: Course, participant: Participant, kind: str, serial: str, issued: date,
                    key: Ed25519PrivateKey, template: Any = None, settings: Any = None) -> document.CertificateDocument:
    """A new certificate's document, its seal stating what it prints (after the centre's verification
    address, if it has one: seal_text gives the seal alone)."""
    requiring(Action.VIEW)
    settings = settings or centre.load()
    doc = _document(course, participant, kind, serial, "", template, settings)
    return replace(doc, seal=centre.qr_text(seal(payload_of(course, doc, issued), key), settings))


def document_for(enrolment_id: int, kind: str, serial: str, sealed: str, duplicate: bool = False,
                 template: Any = None, settings: Any = None) -> document.CertificateDocument:
    """The certificate document of an enrolment, as the register holds it now."""
    requiring(Action.VIEW)
    enrolment = Enrolment.select(Enrolment, Participant, Course).join(Participant).switch(Enrolment).join(Course) \
        .where(Enrolment.id == enrolment_id).get()
    doc = _document(enrolment.course, enrolment.participant, kind, serial, sealed, template, settings)
    return replace(doc, duplicate=duplicate)
