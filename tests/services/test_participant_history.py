"""A participant's history: has this officer been trained before?"""

from registry_app.services.courses import enrolments
from registry_app.services.register.participant_history import history
from registry_app.store.models import Certificate

from ..conftest import SESSIONS_OVER


def test_history_shows_courses_status_attendance_scores_and_certificates(actor, closed_course):
    course, enrolled, _ = closed_course
    Certificate.create(serial="RAB-26-000001-X", kind="completion", enrolment=enrolled[0],
                       issue_date=SESSIONS_OVER)
    [line] = history(enrolled[0].participant_id, language="fr", today=SESSIONS_OVER)
    assert (line.course_code, line.programme_title, line.status) == (course.code, "Enquêtes", "completed")
    assert line.attendance_pct == 100 and line.post_test == 80
    assert [(c.serial, c.status) for c in line.certificates] == [("RAB-26-000001-X", "valid")]


def test_a_nominee_has_no_attendance_rate(actor, small_course):
    _, _, enrolled = small_course
    [line] = history(enrolled[3].participant_id, today=SESSIONS_OVER)
    assert line.status == "nominated" and line.attendance_pct is None and line.certificates == ()
    moved = enrolments.move(actor, enrolled[3].id, enrolled[3].version, "withdrawn")
    assert history(enrolled[3].participant_id)[0].status == moved.status == "withdrawn"


def test_nobody_trained_has_an_empty_history(actor):
    assert history(12345) == []
