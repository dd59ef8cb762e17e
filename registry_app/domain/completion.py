"""The completion rule of a programme, and the explanation of each decision in words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .enums import AttendanceStatus, StrEnum
from .errors import Said


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
    explanation: str  # in English, as the register keeps it
    said: Said = Said("")  # the same, to be said in the window's language


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
    attendance_ok, attendance_said = _judge_attendance(rule, attendance)
    test_ok, test_said = _judge_test(rule, post_test)
    said = Said("{attendance}; {test}", attendance=attendance_said, test=test_said) if test_said else attendance_said
    return CompletionDecision(
        completed=attendance_ok and test_ok, attendance=attendance, explanation=str(said), said=said
    )


def _judge_attendance(rule: CompletionRule, attendance: Attendance) -> tuple[bool, Said]:
    rate = attendance.rate_pct
    if rate is None:
        return False, Said("no half-day of attendance counts (none scheduled or all excused)")
    ok = rate >= rule.min_attendance_pct
    return ok, Said("{attended} of {counted} half-days = {rate} % {sign} {minimum} %", attended=attendance.attended,
                    counted=attendance.counted, rate=rate, sign=">=" if ok else "<", minimum=rule.min_attendance_pct)


def _judge_test(rule: CompletionRule, post_test: float | None) -> tuple[bool, Said]:
    if rule.pass_mark is None:
        return True, Said("")
    if post_test is None:
        return False, Said("no post-test score (pass mark {mark})", mark=rule.pass_mark)
    ok = post_test >= rule.pass_mark
    return ok, Said("post-test {score} {sign} {mark}", score=_number(post_test), sign=">=" if ok else "<",
                    mark=rule.pass_mark)


def _number(value: float) -> str:
    return f"{value:g}"
