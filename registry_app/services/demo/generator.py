"""Fills an empty register with a deterministic demo: the same seed and day give the same register."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store import search
from ...store.bulk import insert_dicts, insert_rows, reset_id_sequence
from ...store.database import analyse, db, write_transaction
from ...store.models import (
    SEARCHABLE,
    AttendanceMark,
    Course,
    CourseDay,
    CourseFunding,
    CourseHalfDay,
    CourseTrainer,
    Enrolment,
    Organisation,
    Participant,
    Programme,
    ThematicArea,
    Trainer,
    utcnow,
)
from .. import audit, centre, counters
from ..actors import Actor
from ..centre import CentreSettings
from ..register.participants import REFERENCE_SCOPE
from . import catalogue, funding
from .courses import CoursePlan, plan_courses
from .enrolments import EnrolmentPlanner
from .population import Population

Progress = Callable[[int, str], None]  # percent done, what is being done


class DemoRefused(Refusal, RuntimeError):
    pass


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    organisations: int
    programmes: int
    courses: int
    trainers: int
    enrolments: int
    attendance_marks: int
    seconds: float


def _register_is_empty() -> bool:
    return not any(m.select().exists() for m in (Participant, Course, Organisation, Programme))


# The steps, said beside the progress bar (translated by the window, listed in gui/validation_messages).
CATALOGUE, ORGANISATIONS, PARTICIPANTS = "Programmes and trainers…", "Organisations…", "Participants…"
COURSES, ENROLMENTS, MARKS = "Courses, enrolments and attendance…", "Enrolments…", "Attendance marks…"
FINISHING, DONE = "Finishing…", "Done."
STEP_TEMPLATES = (CATALOGUE, ORGANISATIONS, PARTICIPANTS, COURSES, ENROLMENTS, MARKS, FINISHING, DONE)


def generate(actor: Actor, participants: int = 2000, seed: int = 2021, today: date | None = None,
             progress: Progress | None = None) -> DemoSummary:
    """Fill the (empty) register with demo data, in one transaction."""
    actor.require(Action.ADMINISTER)
    if participants < 1:
        raise DemoRefused("The demo needs at least one participant.")
    if not _register_is_empty():
        raise DemoRefused(
            "This register already holds data; demo data goes only into an empty register."
        )
    started = time.perf_counter()
    report = progress or (lambda pct, text: None)
    rng = random.Random(seed)
    today = today or date.today()
    database = db.obj
    with write_transaction():
        report(2, CATALOGUE)
        _save_centre()
        programmes = _insert_catalogue(database)
        trainer_ids = _insert_trainers(database, rng)
        report(5, ORGANISATIONS)
        population = Population(rng)
        _insert(database, Organisation, population.organisation_rows())
        report(10, PARTICIPANTS)
        people = population.participants(participants)
        with search.bulk_loading(database):
            _insert(database, Participant, people)
        counters.set_at_least(REFERENCE_SCOPE, participants)
        report(35, COURSES)
        plans = plan_courses(rng, programmes, population.demand(), participants, today)
        enrolments, marks = EnrolmentPlanner(rng, today, plans, population).plan()
        _insert_courses(database, rng, plans, trainer_ids)
        # A random generator of its own, so that funding leaves the rest of the demo as it was.
        areas = {i: code for i, (code, *_) in enumerate(catalogue.THEMATIC_AREAS, start=1)}
        _insert(database, CourseFunding, funding.funding_rows(random.Random(f"{seed}-funding"), plans, areas))
        report(50, ENROLMENTS)
        _insert(database, Enrolment, enrolments)
        report(70, MARKS)
        insert_rows(database, AttendanceMark, ["enrolment_id", "half_day_id", "status", "recorded_at"], marks)
        report(95, FINISHING)
        for model in (Organisation, Participant, Trainer, Course, CourseDay, CourseHalfDay,
                      CourseTrainer, Enrolment, AttendanceMark, Programme, ThematicArea, CourseFunding):
            reset_id_sequence(database, model)
        summary = DemoSummary(
            participants=participants, organisations=len(population.organisations),
            programmes=len(programmes), courses=len(plans), trainers=len(trainer_ids),
            enrolments=len(enrolments), attendance_marks=len(marks), seconds=0.0,
        )
        audit.record(actor, "demo-data", "register", "", None,
                     {**asdict(summary), "seed": seed, "today": today})
    analyse(database)  # the planner picks its indexes by these statistics
    report(100, DONE)
    return DemoSummary(**{**asdict(summary), "seconds": round(time.perf_counter() - started, 2)})


def _insert(database: Any, model: Any, rows: list[dict[str, Any]]) -> None:
    if model in SEARCHABLE:
        rows = [{**row, "search_key": model.key_for(row)} for row in rows]
    insert_dicts(database, model, rows)


def _save_centre() -> None:
    centre.write(CentreSettings(**catalogue.CENTRE))


def _insert_catalogue(database: Any) -> list[dict[str, Any]]:
    areas = [dict(id=i, code=c, title_en=en, title_fr=fr, title_ar=ar)
             for i, (c, en, fr, ar) in enumerate(catalogue.THEMATIC_AREAS, start=1)]
    _insert(database, ThematicArea, areas)
    area_ids = {a["code"]: a["id"] for a in areas}
    programmes = []
    for i, (code, area, en, fr, ar, hours, attendance, pass_mark) in enumerate(catalogue.PROGRAMMES, 1):
        programmes.append(dict(
            id=i, code=code, title_en=en, title_fr=fr, title_ar=ar, thematic_area=area_ids[area],
            accreditation_body=catalogue.ACCREDITATION_BODY,
            accreditation_reference=f"ACL/{2020 + i % 3}/{100 + i:03d}", nominal_hours=hours,
            min_attendance_pct=attendance, pass_mark=pass_mark, excused_policy="not-counted",
        ))
    _insert(database, Programme, programmes)
    return programmes


def _insert_trainers(database: Any, rng: random.Random) -> list[int]:
    from .people import (
        ANGLOPHONE_FAMILIES,
        ANGLOPHONE_MEN,
        ANGLOPHONE_WOMEN,
        ARAB_FAMILIES,
        ARAB_MEN,
        ARAB_WOMEN,
        FRANCOPHONE_FAMILIES,
        FRANCOPHONE_MEN,
        FRANCOPHONE_WOMEN,
    )

    rows: list[dict[str, Any]] = []
    areas = list(catalogue.TRAINER_EXPERTISE)
    for i in range(1, 41):
        sex = "F" if rng.random() < 0.4 else "M"
        pool = rng.choice(("ar", "fr", "en"))
        arabic = ""
        given: str
        family: str
        if pool == "ar":
            arab_given = rng.choice(ARAB_WOMEN if sex == "F" else ARAB_MEN)
            arab_family = rng.choice(ARAB_FAMILIES)
            arabic = f"{arab_given[2]} {arab_family[2]}"
            given, family = arab_given[0], arab_family[0]
        elif pool == "fr":
            given = rng.choice(FRANCOPHONE_WOMEN if sex == "F" else FRANCOPHONE_MEN)
            family = rng.choice(FRANCOPHONE_FAMILIES)
        else:
            given = rng.choice(ANGLOPHONE_WOMEN if sex == "F" else ANGLOPHONE_MEN)
            family = rng.choice(ANGLOPHONE_FAMILIES)
        rows.append(dict(
            id=i, given_names=given, family_name=family, full_name_ar=arabic, sex=sex,
            title=rng.choice(("Dr", "", "", "Judge" if i % 7 == 0 else "")),
            affiliation=rng.choice(catalogue.TRAINER_AFFILIATIONS),
            expertise=catalogue.TRAINER_EXPERTISE[areas[i % len(areas)]],
            email=f"trainer{i:02d}@example.org",
        ))
    _insert(database, Trainer, rows)
    return [r["id"] for r in rows]


def _insert_courses(database: Any, rng: random.Random, plans: list[CoursePlan], trainer_ids: list[int]) -> None:
    now = utcnow()
    _insert(database, Course, [p.course_row(now) for p in plans])
    days, half_days, links = [], [], []
    for plan in plans:
        days.extend(plan.day_rows())
        half_days.extend(plan.half_day_rows())
        lead, *others = rng.sample(trainer_ids, rng.randint(1, 3))
        links.append(dict(course=plan.id, trainer=lead, lead=True))
        links.extend(dict(course=plan.id, trainer=t, lead=False) for t in others)
    _insert(database, CourseDay, days)
    _insert(database, CourseHalfDay, half_days)
    _insert(database, CourseTrainer, links)

