"""Probable duplicates across transliterations and scripts, and merging two records of one person."""

from datetime import date

import pytest

from registry_app.services.register import duplicates, participants
from registry_app.services.register.duplicates import MergeRefused
from registry_app.services.register.participants import ParticipantData
from registry_app.store.models import AuditEvent, Certificate, Enrolment, Participant

BORN = date(1984, 6, 2)


def _create(actor, given, family, arabic="", born=BORN, nationality="MA", document=""):
    return participants.create(actor, ParticipantData(given, family, "M", nationality, full_name_ar=arabic,
                                                      birth_date=born, id_document_number=document))


@pytest.mark.parametrize("given, family, arabic", [
    ("Mohammed", "El Amrani", ""),
    ("Muhammad", "Elamrani", ""),
    ("", "", "محمد العمراني"),
])
def test_transliterations_and_the_other_script_are_probable_duplicates(actor, given, family, arabic):
    existing = _create(actor, "Mohamed", "El Amrani", "محمد العمراني")
    found = duplicates.probable_duplicates(given, family, arabic, BORN, "MA")
    assert [d.participant.id for d in found] == [existing.id]
    assert found[0].reason == "same-name-birth-nationality"


def test_a_name_alone_is_not_enough(actor):
    _create(actor, "Mohamed", "El Amrani")
    assert duplicates.probable_duplicates("Mohamed", "El Amrani", "", date(1990, 1, 1), "MA") == []
    assert duplicates.probable_duplicates("Mohamed", "El Amrani", "", BORN, "TN") == []
    assert duplicates.probable_duplicates("Mahmoud", "Benali", "", BORN, "MA") == []


def test_the_same_document_number_is_a_duplicate_whatever_the_name(actor):
    existing = _create(actor, "Awa", "Traoré", nationality="ML", document="ML1234567")
    found = duplicates.probable_duplicates("A.", "Traore-Diallo", "", None, "ML", "ML1234567")
    assert [(d.participant.id, d.reason) for d in found] == [(existing.id, "same-document")]
    assert duplicates.probable_duplicates("Awa", "Traoré", "", None, "ML", "ML1234567", exclude_id=existing.id) == []


def test_merging_moves_enrolments_and_certificates_and_is_audited(actor, closed_course):
    course, enrolled, _ = closed_course
    original = Participant.get_by_id(enrolled[1].participant_id)  # Mohamed El Amrani, certificate issued below
    certificate = Certificate.create(serial="X-1", kind="completion", enrolment=enrolled[1], issue_date=BORN)
    copy = _create(actor, "Mohammed", "Elamrani", born=None, document="MA998877")
    kept = duplicates.merge(actor, copy.id, copy.version, original.id, original.version)

    assert Enrolment.get_by_id(enrolled[1].id).participant_id == copy.id
    assert Certificate.get_by_id(certificate.id).enrolment.participant_id == copy.id
    assert kept.full_name_ar == "محمد العمراني"  # a gap filled from the other record
    assert kept.id_document_number == "MA998877"  # nothing the kept record had is overwritten
    merged = Participant.get_by_id(original.id)
    assert merged.archived and f"Merged into {copy.reference}." in merged.notes
    event = AuditEvent.select().where(AuditEvent.action == "merge").get()
    assert str(enrolled[1].id) in event.after and original.reference in event.after


def test_two_enrolments_on_one_course_are_not_merged(actor, small_course):
    _, _, enrolled = small_course
    a = Participant.get_by_id(enrolled[0].participant_id)
    b = Participant.get_by_id(enrolled[1].participant_id)
    with pytest.raises(MergeRefused, match="INV-101/2026-03"):
        duplicates.merge(actor, a.id, a.version, b.id, b.version)
    assert not Participant.get_by_id(b.id).archived
    assert Enrolment.get_by_id(enrolled[1].id).participant_id == b.id




def test_many_at_once_finds_what_one_by_one_finds(actor):
    """The import asks the rule of thousands of people at once: the answers are those of one at a time."""
    _create(actor, "Mohamed", "El Amrani", "محمد العمراني")
    _create(actor, "Youssef", "Benali", document="AB123")
    _create(actor, "Mohamed", "El Amrani", born=date(1990, 1, 1))
    asked = [duplicates.Person("Muhammad", "Elamrani", "", BORN, "MA"),
             duplicates.Person("", "", "محمد العمراني", BORN, "MA", "AB123"),
             duplicates.Person("Mahmoud", "Benali", "", BORN, "MA"),
             duplicates.Person("Awa", "Traoré", "", None, "", "")]
    many = duplicates.probable_duplicates_of_many(asked)
    one_by_one = [duplicates.probable_duplicates(p.given_names, p.family_name, p.full_name_ar, p.birth_date,
                                                 p.nationality, p.id_document_number) for p in asked]
    assert [[(d.participant.id, d.reason) for d in found] for found in many] == \
        [[(d.participant.id, d.reason) for d in found] for found in one_by_one]
    assert [len(found) for found in many] == [1, 2, 0, 0]
