"""A programme's certificate template: checked, kept with its images, and used at graduation."""

from datetime import date
from io import BytesIO

import pytest
from PIL import Image

from registry_app.services.attendance import marks as attendance
from registry_app.services.certificates import graduation as certificates
from registry_app.services.certificates import keys as sealing
from registry_app.services.certificates import templates
from registry_app.services.certificates.templates import CertificateTemplate, SignatoryTemplate, TemplateRefused
from registry_app.services.courses import closing
from registry_app.services.versioning import ConflictError
from tests.documents.pdf import image_count, normal, pages_text, save


def _png(colour) -> bytes:
    out = BytesIO()
    Image.new("RGB", (300, 80), colour).save(out, "PNG")
    return out.getvalue()


TEMPLATE = CertificateTemplate(
    languages=("fr", "ar"),
    completion_wording={"fr": "a suivi avec assiduité et réussi le programme"},
    accreditation="Accréditation n° 2026/17 du Conseil national de la formation",
    hours=24,
    signatories=(SignatoryTemplate("Nadia Berrada", "Cheffe du bureau", _png("navy")),
                 SignatoryTemplate("كريم التازي", "المدير التربوي", _png("darkgreen"))),
    background=_png("white"),
    logos=(_png("red"), _png("blue")),
)


def test_a_template_round_trips_with_its_images(actor, small_course):
    course, _, _ = small_course
    programme = course.programme
    templates.save(actor, programme.id, programme.version, TEMPLATE)
    assert templates.load(type(programme).get_by_id(programme.id)) == TEMPLATE
    with pytest.raises(ConflictError):
        templates.save(actor, programme.id, programme.version, TEMPLATE)


@pytest.mark.parametrize("bad,message", [
    (CertificateTemplate(languages=("de",), signatories=(SignatoryTemplate("A", "B"),)), "one language"),
    (CertificateTemplate(signatories=()), "one to three"),
    (CertificateTemplate(signatories=(SignatoryTemplate("A", ""),)), "name and a title"),
    (CertificateTemplate(signatories=(SignatoryTemplate("A", "B"),), hours=0), "hours"),
])
def test_a_bad_template_is_refused_with_the_reason(actor, small_course, bad, message):
    course, _, _ = small_course
    with pytest.raises(TemplateRefused, match=message):
        templates.save(actor, course.programme.id, course.programme.version, bad)


def test_graduation_uses_the_template(actor, small_course, tmp_path):
    course, half_days, enrolments = small_course
    templates.save(actor, course.programme.id, course.programme.version, TEMPLATE)
    for half_day in (h for h in half_days if not h.excluded):
        attendance.set_mark(actor, enrolments[0].id, half_day.id, "present", today=date(2026, 3, 10))
    attendance.set_scores(actor, enrolments[0].id, 1, 50, 90)
    closing.close(actor, course.id, today=date(2026, 3, 10), without_scores=True)
    sealing.new_key(actor, "a passphrase here", date(2026, 1, 1), tmp_path / "keys")
    graduation = certificates.issue(actor, course.id, "a passphrase here", today=date(2026, 3, 10),
                                    keys=tmp_path / "keys")
    path = save(tmp_path, graduation.issued[0].pdf)
    text = " ".join(pages_text(path)[0].split())
    assert "a suivi avec assiduité et réussi le programme" in text and "24 heures" in text
    assert "Nadia Berrada" in text and normal("كريم التازي") in text and "Accréditation n° 2026/17" in text
    assert image_count(path) >= 5  # the background, two logos and two signatures


def test_a_signatory_s_title_is_kept_in_each_language():
    signatory = SignatoryTemplate("Nadia Berrada", "Head of the office", None,
                                  {"fr": "Cheffe du bureau", "ar": "رئيسة المكتب"})
    template = CertificateTemplate(languages=("fr", "ar"), signatories=(signatory,))
    assert templates.from_json(templates.to_json(template)).signatories[0].titles == {"fr": "Cheffe du bureau", "ar": "رئيسة المكتب"}
