"""Any text through nomination matching and the report filters, on both backends: names, ID numbers and
organisation names of an import, and every filter of the reports (donor, thematic area, programme,
country, region, agency type, sex) and the rows behind a figure. Each gives a result or a refusal that
says what is wrong, never an error; an import with hostile values commits (or is refused) whole."""

from __future__ import annotations

import csv
import io
import time
from datetime import date

import pytest

from registry_app.domain.errors import Refusal
from registry_app.services.demo import generate
from registry_app.services.nominations import commit, prepare
from registry_app.services.reports import behind, figures
from registry_app.services.reports.scope import ReportFilters
from registry_app.store.models import Course, Enrolment
from tests.reliability.test_hostile_search import HOSTILE
from tests.services.nominations import files

CASES = {**HOSTILE, "10,000 characters of every kind": "".join(chr(c) for c in range(0x20, 0x2730))[:10_000]}
FILTERS = ("donor", "thematic_area", "programme", "country", "region", "agency_type", "sex")
DIMENSIONS = ("country", "region", "agency_type", "thematic_area", "programme", "course", "venue", "mode",
              "language", "sex", "year", "quarter")


def _rows(text: str, number: int) -> list[list[object]]:
    """One row per field a hostile value can take: the family and given names, the ID number, the
    organisation; the other fields those of a real nominee, a new one each time."""
    base = list(files.PEOPLE[0])
    base[0], base[12] = f"Benali {number}", f"HX{number:06d}"
    return [[text, *base[1:]], [base[0], text, *base[2:]], [*base[:12], text], [*base[:6], text, *base[7:]]]


def _csv(rows: list[list[object]]) -> bytes:
    """The file as a ministry's program might write it: a lone surrogate written as the bytes it stands
    for (not UTF-8), a NUL as a NUL."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(files.HEADINGS)
    writer.writerows(files.rows_for(rows, as_text=True))
    return text.getvalue().encode("utf-8", "surrogatepass")


def test_hostile_text_through_nomination_matching(database, actor, report):
    generate(actor, participants=40, seed=5, today=date(2026, 11, 29))
    course = Course.select().order_by(Course.id.desc()).first()
    Course.update(status="open").where(Course.id == course.id).execute()
    tried, refused, committed, slowest = 0, 0, 0, (0.0, "")
    for number, (case, text) in enumerate(CASES.items()):
        for field, row in zip(("family name", "given names", "ID number", "organisation"), _rows(text, number),
                              strict=True):
            before = Enrolment.select().where(Enrolment.course == course).count()
            started = time.perf_counter()
            try:
                preview = prepare(actor, course.code, "hostile.csv", data=_csv([row]))
                if preview.blocking():
                    refused += 1
                else:
                    commit(actor, preview, today=date(2026, 11, 29))
                    committed += 1
            except Refusal:
                refused += 1
                assert Enrolment.select().where(Enrolment.course == course).count() == before  # nothing half-done
            except Exception as exc:  # noqa: BLE001 - the failure is the finding, with its case
                pytest.fail(f"nomination import, {field}, {case}: {type(exc).__name__}: {exc}")
            slowest = max(slowest, (time.perf_counter() - started, f"{field}, {case}"))
            tried += 1
    backend = "PostgreSQL" if "Postgres" in type(database).__name__ else "SQLite"
    report(f"{backend}: {tried} hostile nomination files (names, ID numbers, organisations), no error: {committed} "
           f"matched and committed, {refused} refused with the problems located; slowest "
           f"{slowest[0] * 1000:.0f} ms ({slowest[1]})")


def test_hostile_text_through_every_report_filter(database, actor, report):
    generate(actor, participants=40, seed=5, today=date(2026, 11, 29))
    period = ReportFilters(date(2020, 1, 1), date(2027, 12, 31))
    tried, slowest = 0, (0.0, "")
    for case, text in CASES.items():
        for name in FILTERS:
            started = time.perf_counter()
            try:
                figures.compute(actor, period.narrowed(**{name: text}))
                behind.participants_behind(actor, period.narrowed(**{name: text}))
            except Refusal:
                pass
            except Exception as exc:  # noqa: BLE001
                pytest.fail(f"report filter {name}, {case}: {type(exc).__name__}: {exc}")
            slowest = max(slowest, (time.perf_counter() - started, f"{name}, {case}"))
            tried += 1
        for dimension in DIMENSIONS:
            try:
                behind.participants_behind(actor, period, dimension, text)
            except Refusal:
                pass
            except Exception as exc:  # noqa: BLE001
                pytest.fail(f"the rows behind a figure by {dimension}, {case}: {type(exc).__name__}: {exc}")
            tried += 1
    backend = "PostgreSQL" if "Postgres" in type(database).__name__ else "SQLite"
    report(f"{backend}: {tried} hostile report filters and breakdown keys, no error; slowest "
           f"{slowest[0] * 1000:.0f} ms ({slowest[1]})")
