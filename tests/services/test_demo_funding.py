"""The demo register says who pays for each course, with the grant it is charged to."""

from datetime import date

from registry_app.services.demo import generate
from registry_app.store.models import Course, CourseFunding


def test_every_demo_course_has_a_donor_and_a_grant_and_some_have_two(actor):
    generate(actor, participants=300, seed=5, today=date(2026, 11, 29))
    courses = Course.select().count()
    funded = CourseFunding.select(CourseFunding.course).distinct().count()
    assert funded == courses
    rows = list(CourseFunding.select())
    assert all(row.donor and row.grant_reference for row in rows)
    assert courses < len(rows) < 2 * courses
    assert len({row.donor for row in rows}) >= 4
    course = rows[0].course
    assert str(course.start_date.year) in rows[0].grant_reference
