"""The documents of a course, built from the register (both backends)."""

import pytest

from registry_app.domain.enrolment import ATTENDING
from registry_app.services.courses import documents as course_documents
from registry_app.services.demo import generate
from registry_app.store.models import Course, Enrolment
from tests.documents.pdf import pages_text, save


@pytest.fixture
def course(actor):
    generate(actor, participants=300, seed=4)
    closed = Course.select().where(Course.status == "closed")
    return max(closed, key=lambda c: c.enrolments.count())


def _attending(course):
    return Enrolment.select().where((Enrolment.course == course) & Enrolment.status.in_([s.value for s in ATTENDING]))


def test_the_sheet_lists_who_is_expected_in_the_room(course):
    sheet = course_documents.sign_in_sheet(course.code)
    expected = sorted(course_documents.printed_name(e.participant) for e in _attending(course))
    assert sorted(row.name for row in sheet.rows) == expected
    assert [r.number for r in sheet.rows] == list(range(1, len(sheet.rows) + 1))
    assert sheet.days and sheet.trainers and sheet.identifier.startswith(course.code)


def test_one_day_or_an_unknown_day_or_course(course):
    assert [d.number for d in course_documents.sign_in_sheet(course.code, day=2).days] == [2]
    with pytest.raises(course_documents.DayNotInCourse, match="not day 99"):
        course_documents.sign_in_sheet(course.code, day=99)
    with pytest.raises(course_documents.CourseNotFound, match="NOPE"):
        course_documents.sign_in_sheet("NOPE")


@pytest.mark.parametrize("document", course_documents.DOCUMENTS)
def test_each_document_prints_every_participant(course, document, tmp_path):
    path = save(tmp_path, course_documents.pdf(document, course.code))
    text = " ".join(" ".join(pages_text(path)).split()).upper()
    for enrolment in _attending(course):
        assert enrolment.participant.family_name.upper() in text


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_each_document_speaks_the_course_s_language(course, language, tmp_path):
    from registry_app.documents.labels import LABELS

    Course.update(language=language).where(Course.id == course.id).execute()
    programme = Course.get_by_id(course.id).programme
    title = {"en": programme.title_en, "fr": programme.title_fr, "ar": programme.title_ar}[language]
    sheet = " ".join(pages_text(save(tmp_path, course_documents.pdf("sign-in-sheet", course.code)))[0].split())
    assert LABELS[language]["sheet"] in sheet and LABELS[language]["trainer_signature"] in sheet
    assert " ".join(title.split()[:2]) in sheet
    roster = " ".join(pages_text(save(tmp_path, course_documents.pdf("roster", course.code), "roster.pdf"))[0].split())
    assert LABELS[language]["roster"] in roster and LABELS[language]["organisation_rank"] in roster
