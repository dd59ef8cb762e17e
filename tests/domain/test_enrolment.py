import pytest

from registry_app.domain.enrolment import (
    ALLOWED_TRANSITIONS,
    TransitionRefused,
    allowed_moves,
    check_transition,
)
from registry_app.domain.enums import CourseStatus
from registry_app.domain.enums import EnrolmentStatus as S


@pytest.mark.parametrize("current,new", [
    (S.NOMINATED, S.CONFIRMED), (S.NOMINATED, S.WAITLISTED), (S.WAITLISTED, S.CONFIRMED),
    (S.CONFIRMED, S.WITHDRAWN), (S.CONFIRMED, S.NO_SHOW), (S.DECLINED, S.NOMINATED),
    (S.COMPLETED, S.NOT_COMPLETED),
])
def test_moves_a_clerk_makes_are_allowed(current, new):
    check_transition(current, new, CourseStatus.OPEN if new not in (S.COMPLETED, S.NOT_COMPLETED)
                     else CourseStatus.CLOSED)


def test_a_nominee_cannot_be_marked_completed_and_the_message_says_why_and_what_is_possible():
    with pytest.raises(TransitionRefused) as refused:
        check_transition(S.NOMINATED, S.COMPLETED)
    message = str(refused.value)
    assert message.startswith("An enrolment that is nominated cannot become completed")
    assert "only confirmed participants are assessed" in message
    assert "confirmed, on the waiting list, declined, withdrawn" in message


def test_the_same_status_again_is_refused():
    with pytest.raises(TransitionRefused, match="already confirmed"):
        check_transition(S.CONFIRMED, S.CONFIRMED)


def test_a_cancelled_course_freezes_its_enrolments():
    with pytest.raises(TransitionRefused, match="cancelled"):
        check_transition(S.NOMINATED, S.CONFIRMED, CourseStatus.CANCELLED)


def test_outcomes_wait_for_the_course_to_run():
    with pytest.raises(TransitionRefused, match="running or closed"):
        check_transition(S.CONFIRMED, S.COMPLETED, CourseStatus.OPEN)
    check_transition(S.CONFIRMED, S.COMPLETED, CourseStatus.RUNNING)


def test_a_closed_course_only_lets_the_outcome_be_corrected():
    check_transition(S.NOT_COMPLETED, S.COMPLETED, CourseStatus.CLOSED)
    with pytest.raises(TransitionRefused, match="closed"):
        check_transition(S.CONFIRMED, S.WITHDRAWN, CourseStatus.CLOSED)


def test_every_status_has_a_way_out_and_every_target_is_a_status():
    assert set(ALLOWED_TRANSITIONS) == set(S)
    for status in S:
        assert allowed_moves(status), status
        assert status not in allowed_moves(status)
