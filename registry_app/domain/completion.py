"""The completion rule of a programme, and the explanation of each decision in words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .enums import AttendanceStatus, StrEnum


class ExcusedPolicy(StrEnum):
    """How an excused absence counts against the minimum attendance."""

    ATTENDED = "attended"  # counts as if present
    NOT_COUNTED = "not-counted"  # the half-day leaves the denominator
    ABSENT = "absent"  # counts as an absence


@dataclass(frozen=True)
class CompletionRule:
    min_attendance_pct: int = 80
    pass_mark: int | None = None  # None: the programme has no test to pass
    excused: ExcusedPolicy = ExcusedPolicy.NOT_COUNTED

    def __post_init__(self) -> None:
        if not 0 <= self.min_attendance_pct <= 100:
            raise ValueError("The minimum attendance must be between 0 and 100 %.")
        if self.pass_mark is not None and not 0 <= self.pass_mark <= 100:
            raise ValueError("The pass mark must be between 0 and 100.")


@dataclass(frozen=True)
class Attendance:
    attended: int
    counted: int  # half-days that count towards the rate

    @property
    def rate_pct(self) -> int | None:
        if self.counted == 0:
            return None
        pct = Decimal(100 * self.attended) / Decimal(self.counted)
        return int(pct.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class CompletionDecision:
    completed: bool
    attendance: Attendance
    explanation: str


def count_attendance(
    marks: Iterable[AttendanceStatus | str | None], excused: ExcusedPolicy = ExcusedPolicy.NOT_COUNTED
) -> Attendance:
    """Count the scheduled half-days; a half-day with no mark counts as an absence."""
    attended = counted = 0
    for mark in marks:
        mark = AttendanceStatus(mark) if mark is not None else AttendanceStatus.ABSENT
        if mark == AttendanceStatus.EXCUSED:
            if excused == ExcusedPolicy.NOT_COUNTED:
                continue
            counted += 1
            attended += excused == ExcusedPolicy.ATTENDED
            continue
        counted += 1
        attended += mark in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
    return Attendance(attended=attended, counted=counted)


def decide(
    rule: CompletionRule, marks: Iterable[AttendanceStatus | str | None], post_test: float | None
) -> CompletionDecision:
    attendance = count_attendance(marks, rule.excused)
    attendance_ok, attendance_text = _judge_attendance(rule, attendance)
    test_ok, test_text = _judge_test(rule, post_test)
    parts = [attendance_text] + ([test_text] if test_text else [])
    return CompletionDecision(
        completed=attendance_ok and test_ok, attendance=attendance, explanation="; ".join(parts)
    )


def _judge_attendance(rule: CompletionRule, attendance: Attendance) -> tuple[bool, str]:
    rate = attendance.rate_pct
    if rate is None:
        return False, "no half-day of attendance counts (none scheduled or all excused)"
    ok = rate >= rule.min_attendance_pct
    sign = ">=" if ok else "<"
    text = (
        f"{attendance.attended} of {attendance.counted} half-days = {rate} % "
        f"{sign} {rule.min_attendance_pct} %"
    )
    return ok, text


def _judge_test(rule: CompletionRule, post_test: float | None) -> tuple[bool, str]:
    if rule.pass_mark is None:
        return True, ""
    if post_test is None:
        return False, f"no post-test score (pass mark {rule.pass_mark})"
    ok = post_test >= rule.pass_mark
    return ok, f"post-test {_number(post_test)} {'>=' if ok else '<'} {rule.pass_mark}"


def _number(value: float) -> str:
    return f"{value:g}"
