import pytest

from registry_app.domain.completion import CompletionRule, ExcusedPolicy, count_attendance, decide
from registry_app.domain.enums import AttendanceStatus as A


def test_the_explanation_reads_like_the_registrar_would_write_it():
    marks = [A.PRESENT] * 17 + [A.LATE] + [A.ABSENT] * 2
    decision = decide(CompletionRule(80, 60), marks, 72)
    assert decision.completed
    assert decision.explanation == "18 of 20 half-days = 90 % >= 80 %; post-test 72 >= 60"


def test_too_many_absences_fail_and_say_so():
    marks = [A.PRESENT] * 15 + [A.ABSENT] * 5
    decision = decide(CompletionRule(80, None), marks, None)
    assert not decision.completed
    assert decision.explanation == "15 of 20 half-days = 75 % < 80 %"


def test_a_post_test_below_the_pass_mark_fails_even_with_full_attendance():
    decision = decide(CompletionRule(80, 60), [A.PRESENT] * 10, 59.5)
    assert not decision.completed
    assert decision.explanation.endswith("post-test 59.5 < 60")


def test_a_missing_post_test_fails_where_there_is_a_pass_mark():
    decision = decide(CompletionRule(80, 60), [A.PRESENT] * 10, None)
    assert not decision.completed
    assert "no post-test score" in decision.explanation


@pytest.mark.parametrize("policy,attended,counted", [
    (ExcusedPolicy.NOT_COUNTED, 8, 8),
    (ExcusedPolicy.ATTENDED, 10, 10),
    (ExcusedPolicy.ABSENT, 8, 10),
])
def test_excused_half_days_count_as_the_programme_says(policy, attended, counted):
    marks = [A.PRESENT] * 8 + [A.EXCUSED] * 2
    attendance = count_attendance(marks, policy)
    assert (attendance.attended, attendance.counted) == (attended, counted)


def test_a_half_day_without_a_mark_counts_as_absent():
    attendance = count_attendance([A.PRESENT, None, A.PRESENT, A.PRESENT])
    assert (attendance.attended, attendance.counted, attendance.rate_pct) == (3, 4, 75)


def test_nothing_to_count_is_not_a_completion():
    decision = decide(CompletionRule(80), [A.EXCUSED, A.EXCUSED], None)
    assert not decision.completed
    assert "no half-day" in decision.explanation


def test_rules_out_of_range_are_refused():
    with pytest.raises(ValueError):
        CompletionRule(120)
    with pytest.raises(ValueError):
        CompletionRule(80, -1)
