"""The demo's nominations, their outcomes and the attendance marks that agree with them."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from ...domain.completion import CompletionRule, ExcusedPolicy, decide
from ...domain.enrolment import HOLDS_SEAT
from ...domain.enums import AttendanceStatus as A
from ...domain.enums import CourseStatus as C
from ...domain.enums import EnrolmentStatus as S
from . import people
from .courses import CoursePlan
from .population import Population

_ATTENDING_WELL = ([A.PRESENT, A.LATE, A.EXCUSED, A.ABSENT], [90, 5, 3, 2])
_ATTENDING_POORLY = ([A.PRESENT, A.LATE, A.EXCUSED, A.ABSENT], [50, 5, 5, 40])


@cache
def _recorded_at(day: date, slot: str) -> str:
    # As text: a million datetime objects would each go through the driver's adapter.
    return datetime.combine(day, time(12 if slot == "AM" else 17, 30)).isoformat(" ")


class EnrolmentPlanner:
    def __init__(self, rng: random.Random, today: date, plans: list[CoursePlan], population: Population):
        self.rng, self.today, self.plans = rng, today, plans
        self.population = population
        self._by_language: dict[str, list[CoursePlan]] = defaultdict(list)
        for plan in plans:
            self._by_language[plan.language].append(plan)
        self.enrolments: list[dict[str, Any]] = []
        self.marks: list[tuple[Any, ...]] = []

    def plan(self) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
        members = self._assign()
        for plan in self.plans:
            self._enrol_course(plan, members.get(plan.id, []))
        return self.enrolments, self.marks

    def _assign(self) -> dict[int, list[int]]:
        """Which participants each course received nominations for (1 to 3 courses each)."""
        rng, members = self.rng, defaultdict(list)
        for pid, group in self.population.group_of.items():
            languages = [lang for lang in people.working_languages(group) if self._by_language[lang]]
            if not languages:
                languages = [lang for lang in self._by_language if self._by_language[lang]]
            wanted = rng.choices((1, 2, 3), (70, 22, 8))[0]
            chosen: set[int] = set()
            for _ in range(wanted):
                lang = languages[0] if rng.random() < 0.85 else rng.choice(languages)
                chosen.add(rng.choice(self._by_language[lang]).id)
            for course_id in chosen:
                members[course_id].append(pid)
        return members

    def _enrol_course(self, plan: CoursePlan, pids: list[int]) -> None:
        rng = self.rng
        plan.capacity = max(10, 5 * round(len(pids) * rng.uniform(0.95, 1.2) / 5))
        rule = CompletionRule(plan.programme["min_attendance_pct"], plan.programme["pass_mark"],
                              ExcusedPolicy.NOT_COUNTED)
        seats = 0
        for pid in pids:
            status = self._status(plan.status)
            if status in HOLDS_SEAT and seats >= plan.capacity:
                status = S.WAITLISTED
            seats += status in HOLDS_SEAT
            self._add(plan, pid, status, rule)

    def _status(self, course: C) -> S:
        r = self.rng.random()
        if course == C.CLOSED:
            return S.DECLINED if r < 0.05 else S.WITHDRAWN if r < 0.09 else S.NO_SHOW if r < 0.12 else S.CONFIRMED
        if course == C.CANCELLED:
            return S.DECLINED if r < 0.2 else S.WITHDRAWN
        if course == C.RUNNING:
            return S.WITHDRAWN if r < 0.06 else S.DECLINED if r < 0.1 else S.CONFIRMED
        if course == C.OPEN:
            return S.NOMINATED if r < 0.35 else S.CONFIRMED if r < 0.8 else S.WAITLISTED if r < 0.92 else S.DECLINED
        return S.NOMINATED if r < 0.9 else S.DECLINED

    def _add(self, plan: CoursePlan, pid: int, status: S, rule: CompletionRule) -> None:
        rng = self.rng
        enrolment_id = len(self.enrolments) + 1
        nominated_on = plan.start - timedelta(days=rng.randint(20, 75))
        row = dict(
            id=enrolment_id, participant=pid, course=plan.id, status=status.value,
            nominated_by=self._organisation(pid), nominated_on=nominated_on,
            status_changed_at=datetime.combine(min(plan.end, self.today), time(17, 0)),
            pre_test=None, post_test=None, outcome_explanation="",
        )
        if status == S.NO_SHOW:
            self._mark(enrolment_id, plan.scheduled(), [A.ABSENT] * len(plan.scheduled()))
        elif status == S.CONFIRMED and plan.status == C.CLOSED:
            self._assess(plan, row, rule)
        elif status == S.CONFIRMED and plan.status == C.RUNNING:
            past = [h for h in plan.scheduled() if h[1] < self.today]
            self._mark(enrolment_id, past, rng.choices(*_ATTENDING_WELL, k=len(past)))
        self.enrolments.append(row)

    def _organisation(self, pid: int) -> int:
        return self.population.organisation_of[pid]

    def _assess(self, plan: CoursePlan, row: dict[str, Any], rule: CompletionRule) -> None:
        rng, scheduled = self.rng, plan.scheduled()
        succeed = rng.random() < 0.9
        fail_on_test = not succeed and rule.pass_mark is not None and rng.random() < 0.5
        weights = _ATTENDING_WELL if succeed or fail_on_test else _ATTENDING_POORLY
        marks = rng.choices(*weights, k=len(scheduled))
        post = None
        if rule.pass_mark is not None:
            low, high = (25, rule.pass_mark - 1) if fail_on_test else (rule.pass_mark, 100)
            post = float(rng.randint(low, high))
            row["pre_test"] = float(max(0, int(post) - rng.randint(5, 35)))
            row["post_test"] = post
        decision = decide(rule, marks, post)
        while succeed and not decision.completed:
            missed = next(i for i, m in enumerate(marks) if m in (A.ABSENT, A.EXCUSED))
            marks[missed] = A.PRESENT
            decision = decide(rule, marks, post)
        row["status"] = (S.COMPLETED if decision.completed else S.NOT_COMPLETED).value
        row["outcome_explanation"] = decision.explanation
        self._mark(row["id"], scheduled, marks)

    def _mark(self, enrolment_id: int, half_days: list[Any], statuses: list[Any]) -> None:
        append = self.marks.append
        for (half_day_id, day, slot), status in zip(half_days, statuses):
            append((enrolment_id, half_day_id, status.value, _recorded_at(day, slot)))
