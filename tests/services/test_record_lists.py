"""The lists of organisations, programmes, courses and trainers, searched and sorted in SQL."""

import pytest

from registry_app.services.register import organisations, trainers
from registry_app.services.register.lists import (
    CourseList,
    ListFilter,
    OrganisationList,
    ProgrammeList,
    TrainerList,
    course_years,
)
from registry_app.services.register.organisations import OrganisationData
from registry_app.services.register.trainers import TrainerData
from registry_app.store.models import ThematicArea


@pytest.fixture
def agencies(actor):
    return [organisations.save_organisation(actor, data) for data in (
        OrganisationData("Direction générale de la Sûreté nationale", "police", "MA", "DGSN"),
        OrganisationData("Gendarmerie nationale", "gendarmerie", "SN"),
        OrganisationData("النيابة العامة", "justice", "TN"),
        OrganisationData("Economic and Financial Crimes Commission", "justice", "NG", "EFCC"),
    )]

def test_organisations_are_found_without_accents_or_case_and_in_arabic(agencies):
    assert [r.values[0] for r in OrganisationList(ListFilter("SURETE")).page()] == [agencies[0].name]
    assert [r.values[0] for r in OrganisationList(ListFilter("النيابه")).page()] == ["النيابة العامة"]
    assert OrganisationList(ListFilter("efcc")).count() == 1
    assert OrganisationList(ListFilter("100%")).count() == 0

def test_organisation_filters_sorts_and_archive(actor, agencies):
    justice = OrganisationList(ListFilter(choices=(("kind", "justice"),)), sort="country", language="fr")
    assert justice.count() == 2
    assert [r.values[3] for r in justice.page()] == ["Nigéria", "Tunisie"]
    by_name = OrganisationList(sort="name", descending=True).page(0, 2)
    assert [r.values[0] for r in by_name] == ["النيابة العامة", "Gendarmerie nationale"]
    organisations.archive(actor, agencies[1].id, agencies[1].version)
    assert OrganisationList().count() == 3
    assert OrganisationList(ListFilter(archived=True)).count() == 4

def test_pages_follow_one_another_without_gap_or_repeat(actor):
    for n in range(45):
        trainers.save_trainer(actor, TrainerData(f"Given {n}", "Same", "F"))
    listed = TrainerList(sort="family-name")
    ids = [r.id for offset in (0, 20, 40) for r in listed.page(offset, 20)]
    assert len(ids) == 45 == len(set(ids)) == listed.count()

def test_course_and_programme_lists(small_course):
    course, _, _ = small_course
    courses = CourseList(ListFilter("investigations", choices=(("year", 2026), ("status", "running"))))
    rows = courses.page()
    assert [(r.values[0], r.values[-1]) for r in rows] == [(course.code, 3)]  # three seats taken
    assert CourseList(ListFilter(choices=(("year", 2025),))).count() == 0
    area = course.programme.thematic_area_id
    by_area = CourseList(ListFilter(choices=(("thematic-area", area),)), sort="programme", language="fr")
    assert by_area.count() == 1 and [r.values[1] for r in by_area.page()] == ["Enquêtes"]
    assert CourseList(ListFilter("enquetes", choices=(("thematic-area", area),))).count() == 1
    prisons = ThematicArea.create(code="PRI", title_en="Prisons", title_fr="Prisons", title_ar="السجون")
    assert CourseList(ListFilter("enquetes", choices=(("thematic-area", prisons.id),))).count() == 0
    assert course_years() == [2026]
    programmes = ProgrammeList(language="fr").page()
    assert [(r.values[0], r.values[1], r.values[-1]) for r in programmes] == [("INV-101", "Enquêtes", 1)]


def test_computed_columns_sort_too(actor, agencies):
    from registry_app.services.register import participants
    from registry_app.services.register.participants import ParticipantData

    for n in range(3):
        participants.create(actor, ParticipantData(f"Given{n}", "Ndiaye", "M", "SN", organisation_id=agencies[1].id))
    participants.create(actor, ParticipantData("Awa", "Traoré", "F", "MA", organisation_id=agencies[0].id))
    rows = OrganisationList(sort="participants", descending=True).page()
    assert [(r.values[0], r.values[4]) for r in rows[:2]] == [("Gendarmerie nationale", 3), (agencies[0].name, 1)]
    trainers_by_courses = TrainerList(sort="courses").page()
    assert trainers_by_courses == []
