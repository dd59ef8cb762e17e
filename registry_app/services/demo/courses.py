"""The demo's courses: dated deliveries of the programmes since 2021, with their half-day schedule."""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ...domain.enums import CourseStatus
from . import catalogue

FIRST_COURSE = date(2021, 3, 1)
_HOURS_A_DAY = 8


@dataclass
class CoursePlan:
    id: int
    code: str
    programme: dict[str, Any]
    start: date
    end: date
    venue: tuple[Any, ...]
    language: str
    status: CourseStatus
    days: list[tuple[int, date]] = field(default_factory=list)
    # (half-day id, day id, date, slot, excluded)
    half_days: list[tuple[int, int, date, str, bool]] = field(default_factory=list)
    capacity: int = 25

    def course_row(self, now: datetime) -> dict[str, Any]:
        venue, city, country, mode, _ = self.venue
        return dict(
            id=self.id, code=self.code, programme=self.programme["id"], start_date=self.start,
            end_date=self.end, venue=venue, city=city, country=country, mode=mode,
            language=self.language, capacity=self.capacity, status=self.status.value,
            created_at=now, updated_at=now,
        )

    def day_rows(self) -> list[dict[str, Any]]:
        return [dict(id=day_id, course=self.id, date=day) for day_id, day in self.days]

    def half_day_rows(self) -> list[dict[str, Any]]:
        return [dict(id=hid, day=day_id, slot=slot, excluded=excluded)
                for hid, day_id, _, slot, excluded in self.half_days]

    def scheduled(self) -> list[tuple[int, date, str]]:
        return [(hid, day, slot) for hid, _, day, slot, excluded in self.half_days if not excluded]


def _weekdays(start: date, count: int) -> list[date]:
    days: list[date] = []
    day = start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _status(rng: random.Random, start: date, end: date, today: date) -> CourseStatus:
    if rng.random() < (0.04 if end < today else 0.02):
        return CourseStatus.CANCELLED
    if end < today:
        return CourseStatus.CLOSED
    if start <= today:
        return CourseStatus.RUNNING
    return CourseStatus.OPEN if (start - today).days <= 60 else CourseStatus.PLANNED


def plan_courses(rng: random.Random, programmes: list[dict[str, Any]], demand: Counter[Any], participants: int,
                 today: date) -> list[CoursePlan]:
    count = max(8, round(participants * 1.35 / 24))
    languages = sorted(demand)
    weights = [demand[lang] for lang in languages]
    span = (today + timedelta(days=150) - FIRST_COURSE).days
    codes: Counter[Any] = Counter()
    plans: list[CoursePlan] = []
    day_id = half_id = 0
    for course_id in range(1, count + 1):
        programme = rng.choice(programmes)
        language = rng.choices(languages, weights)[0]
        venue = rng.choice([v for v in catalogue.VENUES if language in v[4]])
        start = FIRST_COURSE + timedelta(days=rng.randrange(span))
        while start.weekday() >= 5:
            start += timedelta(days=1)
        dates = _weekdays(start, max(2, math.ceil(programme["nominal_hours"] / _HOURS_A_DAY)))
        base = f"{programme['code']}/{start.year}-{start.month:02d}"
        codes[base] += 1
        code = base if codes[base] == 1 else f"{base}{chr(ord('a') + codes[base] - 1)}"
        plan = CoursePlan(course_id, code, programme, dates[0], dates[-1], venue, language,
                          _status(rng, dates[0], dates[-1], today))
        closing_afternoon_off = rng.random() < 0.3
        for index, day in enumerate(dates):
            day_id += 1
            plan.days.append((day_id, day))
            for slot in ("AM", "PM"):
                half_id += 1
                excluded = closing_afternoon_off and slot == "PM" and index == len(dates) - 1
                plan.half_days.append((half_id, day_id, day, slot, excluded))
        plans.append(plan)
    return plans
