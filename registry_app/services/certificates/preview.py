"""The certificate a template draws, for a sample participant. Drawn by the same function as the
certificates graduation issues, so the preview shows what will be printed (wording, accreditation,
hours), not an imitation of it."""

from __future__ import annotations

from datetime import date

from ...documents import certificate as document
from ...domain.permissions import Action
from ...store.models import Course, Participant, Programme
from .. import centre
from ..actors import requiring
from .graduation import _document
from .templates import CertificateTemplate

SAMPLE_GIVEN_NAMES, SAMPLE_FAMILY_NAME = "Fatima Zahra", "Bennani"
SAMPLE_NAME_AR = "فاطمة الزهراء بناني"
PREVIEW_SERIAL, PREVIEW_SEAL = "PREVIEW-0000-X", "TR1:PREVIEW"


def preview_pdf(programme_id: int, template: CertificateTemplate, today: date | None = None) -> bytes:
    """One completion certificate of the programme, as template draws it. Nothing is saved."""
    requiring(Action.VIEW)
    programme = Programme.get_by_id(programme_id)
    settings = centre.load()
    day = today or date.today()
    course = Course(programme=programme, code="PREVIEW", city=settings.city, venue=settings.city,
                    start_date=day, end_date=day, language=template.languages[0])
    person = Participant(given_names=SAMPLE_GIVEN_NAMES, family_name=SAMPLE_FAMILY_NAME,
                         full_name_ar=SAMPLE_NAME_AR)
    sample = _document(course, person, "completion", PREVIEW_SERIAL, PREVIEW_SEAL,
                       template=template, settings=settings)
    return document.render([sample])
