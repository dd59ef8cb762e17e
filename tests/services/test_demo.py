"""The demo register: realistic, consistent with the rules, deterministic, and all or nothing."""

from collections import Counter
from datetime import date

import pytest
from peewee import fn

from registry_app.domain.completion import CompletionRule, ExcusedPolicy, decide
from registry_app.domain.enums import EnrolmentStatus as S
from registry_app.services.demo import generate
from registry_app.services.demo.generator import DemoRefused
from registry_app.store.models import (
    AttendanceMark,
    AuditEvent,
    Course,
    CourseDay,
    CourseHalfDay,
    Enrolment,
    Organisation,
    Participant,
    Programme,
    ThematicArea,
)

TODAY = date(2026, 11, 29)


@pytest.fixture
def demo(actor):
    return generate(actor, participants=400, seed=11, today=TODAY)


def test_the_demo_is_an_office_with_programmes_courses_and_people(demo):
    assert demo.participants == Participant.select().count() == 400
    assert ThematicArea.select().count() == 5
    assert Programme.select().where(Programme.title_ar != "").count() == Programme.select().count() >= 10
    kinds = {o.kind for o in Organisation.select(Organisation.kind).distinct()}
    assert kinds == {"police", "gendarmerie", "justice", "prison", "border", "intelligence", "ministry",
                     "military", "international", "civil-society"}
    courses = Course.select()
    assert min(c.start_date for c in courses) >= date(2021, 1, 1)
    assert {c.language for c in courses} >= {"en", "fr"}
    assert len({c.venue for c in courses}) >= 3
    assert Counter(c.status for c in courses)["closed"] > 0


def test_names_fit_their_countries_and_women_are_a_realistic_share(demo):
    moroccans = Participant.select().where(Participant.nationality == "MA")
    assert moroccans.count() > 0 and all(p.full_name_ar for p in moroccans)
    assert not Participant.select().where((Participant.nationality == "SN") & (Participant.full_name_ar != "")).exists()
    women = Participant.select().where(Participant.sex == "F").count() / 400
    assert 0.15 < women < 0.40


def test_every_enrolment_status_occurs(demo):
    statuses = {e.status for e in Enrolment.select(Enrolment.status).distinct()}
    assert statuses == set(S.values())


def test_outcomes_follow_the_programme_rule_from_the_marks(demo):
    closed = (Enrolment.select(Enrolment, Course, Programme).join(Course).join(Programme)
              .where(Enrolment.status.in_([S.COMPLETED.value, S.NOT_COMPLETED.value])))
    checked = 0
    for enrolment in closed:
        programme = enrolment.course.programme
        rule = CompletionRule(programme.min_attendance_pct, programme.pass_mark, ExcusedPolicy(programme.excused_policy))
        scheduled = (CourseHalfDay.select(CourseHalfDay.id).join(CourseDay)
                     .where((CourseDay.course == enrolment.course_id) & (CourseHalfDay.excluded == False)))  # noqa: E712
        marks = {m.half_day_id: m.status for m in AttendanceMark.select().where(AttendanceMark.enrolment == enrolment.id)}
        decision = decide(rule, [marks.get(h.id) for h in scheduled], enrolment.post_test)
        assert decision.completed == (enrolment.status == S.COMPLETED.value), enrolment.id
        assert decision.explanation == enrolment.outcome_explanation
        checked += 1
    assert checked > 100


def test_marks_only_for_people_in_the_room_and_inside_the_schedule(demo):
    no_marks = [S.NOMINATED, S.WAITLISTED, S.DECLINED, S.WITHDRAWN]
    marked = (AttendanceMark.select().join(Enrolment)
              .where(Enrolment.status.in_([s.value for s in no_marks])).count())
    assert marked == 0
    outside = (AttendanceMark.select().join(Enrolment).switch(AttendanceMark).join(CourseHalfDay).join(CourseDay)
               .where((CourseDay.course != Enrolment.course) | (CourseHalfDay.excluded == True)).count())  # noqa: E712
    assert outside == 0
    future = (AttendanceMark.select().join(CourseHalfDay).join(CourseDay).where(CourseDay.date >= TODAY).count())
    assert future == 0
    no_show = Enrolment.select().where(Enrolment.status == S.NO_SHOW.value).first()
    assert {m.status for m in no_show.marks} == {"absent"}


def test_seats_held_never_exceed_capacity(demo):
    holding = [S.CONFIRMED.value, S.COMPLETED.value, S.NOT_COMPLETED.value, S.NO_SHOW.value]
    seats = (Enrolment.select(Enrolment.course, fn.COUNT(Enrolment.id).alias("n"))
             .where(Enrolment.status.in_(holding)).group_by(Enrolment.course))
    capacity = {c.id: c.capacity for c in Course.select()}
    assert all(row.n <= capacity[row.course_id] for row in seats)


def test_the_same_seed_and_day_give_the_same_register(demo, tmp_path, sign_in_as):
    from registry_app.store.schema import init_db

    first = [(p.reference, p.given_names, p.family_name, p.nationality) for p in Participant.select().order_by(Participant.id)]
    init_db(f"sqlite:///{tmp_path / 'again.sqlite3'}")
    generate(sign_in_as("admin"), participants=400, seed=11, today=TODAY)
    again = [(p.reference, p.given_names, p.family_name, p.nationality) for p in Participant.select().order_by(Participant.id)]
    assert first == again


def test_the_demo_is_audited_and_refuses_a_register_that_holds_data(demo, actor):
    event = AuditEvent.get(AuditEvent.action == "demo-data")
    assert '"participants": 400' in event.after
    with pytest.raises(DemoRefused, match="empty register"):
        generate(actor, participants=10)


def test_a_cancelled_demo_leaves_the_register_empty(actor):
    class Stop(Exception):
        pass

    def progress(percent, text):
        if percent >= 70:
            raise Stop()

    with pytest.raises(Stop):
        generate(actor, participants=200, progress=progress)
    assert Participant.select().count() == 0 and Course.select().count() == 0
    assert not AuditEvent.select().where(AuditEvent.action == "demo-data").exists()
