"""A register holding one big course, for the attendance and sign-in sheet benchmarks."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from common import bench_actor

from registry_app.services.demo import generate
from registry_app.store.database import write_transaction
from registry_app.store.models import Course, CourseDay, CourseHalfDay, Enrolment, Participant, Programme
from registry_app.store.schema import init_db

START = date(2026, 3, 2)


def register_with_course(participants: int, days: int, code: str = "BENCH/2026-03") -> tuple[Path, str]:
    """A fresh SQLite register (demo data, then one course of `participants` over `days` days)."""
    folder = Path(tempfile.mkdtemp(prefix="registry-bench-"))
    path = folder / "register.sqlite3"
    init_db(f"sqlite:///{path}")
    actor = bench_actor()
    generate(actor, participants=max(participants + 100, 500), seed=9, today=date(2026, 11, 29))
    with write_transaction():
        course = Course.create(code=code, programme=Programme.select().first(), start_date=START,
                               end_date=START + timedelta(days=days + 4), venue="Training hall", city="Rabat",
                               capacity=participants, status="running", language="fr")
        day, made = START, 0
        while made < days:
            if day.weekday() < 5:
                course_day = CourseDay.create(course=course, date=day)
                for slot in ("AM", "PM"):
                    CourseHalfDay.create(day=course_day, slot=slot)
                made += 1
            day += timedelta(days=1)
        people = Participant.select(Participant.id).order_by(Participant.id).limit(participants)
        Enrolment.insert_many([dict(participant=p.id, course=course.id, status="confirmed",
                                    nominated_on=START - timedelta(days=30)) for p in people]).execute()
    return path, code
