"""A name that no shipped font draws, already in a register (saved before the check, or imported by
hand), is refused when it would be printed: the course's documents and its graduation say so in one
sentence and issue nothing, never a certificate with a blank name."""

from datetime import date

import pytest

from registry_app.documents.text import UndrawableText
from registry_app.services.certificates import graduation as certificates
from registry_app.services.courses import documents as course_documents
from registry_app.store.models import Certificate, Participant
from tests.conftest import KEY_PASSPHRASE as PASSPHRASE

AFTER_THE_COURSE = date(2026, 3, 10)


def _unprintable(enrolment) -> None:
    Participant.update(full_name_ar="王小明").where(Participant.id == enrolment.participant_id).execute()


@pytest.mark.parametrize("document", course_documents.DOCUMENTS)
def test_a_course_document_with_an_unprintable_name_is_refused(small_course, document):
    course, _, enrolments = small_course
    _unprintable(enrolments[0])
    with pytest.raises(UndrawableText) as refused:
        course_documents.pdf(document, course.code)
    assert "王小明" in str(refused.value) and refused.value.values["characters"] == "王 小 明"


def test_a_graduation_with_an_unprintable_name_issues_nothing(actor, closed_course):
    course, enrolments, keys = closed_course
    _unprintable(enrolments[0])
    with pytest.raises(UndrawableText):
        certificates.issue(actor, course.id, PASSPHRASE, today=AFTER_THE_COURSE, keys=keys)
    assert Certificate.select().count() == 0
