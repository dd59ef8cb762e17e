from datetime import date, timedelta

import pytest

from registry_app.services import participants
from registry_app.services.participants import ParticipantData
from registry_app.store.models import Course, CourseDay, CourseHalfDay, Enrolment, Programme, ThematicArea

START = date(2026, 3, 2)


@pytest.fixture
def small_course(actor):
    """INV-101/2026-03: three days, the last afternoon off; three confirmed participants and one nominee.
    Pass mark 60, minimum attendance 80 %."""
    area = ThematicArea.create(code="INV", title_en="Investigations", title_fr="Enquêtes", title_ar="التحقيقات")
    programme = Programme.create(code="INV-101", title_en="Counter-terrorism investigations", title_fr="Enquêtes",
                                 title_ar="التحقيقات", thematic_area=area, nominal_hours=20,
                                 min_attendance_pct=80, pass_mark=60)
    course = Course.create(code="INV-101/2026-03", programme=programme, start_date=START,
                           end_date=START + timedelta(days=2), venue="Rabat", capacity=20, status="running")
    half_days = []
    for n in range(3):
        day = CourseDay.create(course=course, date=START + timedelta(days=n))
        for slot in ("AM", "PM"):
            half_days.append(CourseHalfDay.create(day=day, slot=slot, excluded=(n == 2 and slot == "PM")))
    people = [
        ParticipantData("Awa", "Traoré", "F", "ML"),
        ParticipantData("Mohamed", "El Amrani", "M", "MA", full_name_ar="محمد العمراني"),
        ParticipantData("Chinedu", "Okafor", "M", "NG"),
        ParticipantData("Sékou", "Camara", "M", "GN"),
    ]
    enrolments = []
    for n, person in enumerate(people):
        participant = participants.create(actor, person)
        enrolments.append(Enrolment.create(participant=participant, course=course,
                                           status="nominated" if n == 3 else "confirmed",
                                           nominated_on=START - timedelta(days=30)))
    return course, half_days, enrolments
