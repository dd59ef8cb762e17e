"""Donor reports on the 100,000-participant register: the dataset of a period (figures.compute) and the
results pack (PDF) drawn from it, against the bare SQL of the same figures as the floor.

Floors: (1) the rows the figures are counted from, read by bare SQL with nothing counted (what the
service cannot do without); (2) every figure computed by plain SQL, one GROUP BY per breakdown, as
the test that checks the figures does (tests/services/reports/test_figures_against_sql.py).

Budget (DESIGN.md): figures 0.5 s, PDF pack 2 s.
BENCH_REGISTER=/path/to/register.sqlite3 uses a register made beforehand (registry-app demo
--participants 100000); otherwise one is made in bench/results/ (about a minute).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

from common import ROOT, bench_actor, demo_register, median, verdict

sys.path.insert(0, str(ROOT))

PARTICIPANTS = int(os.environ.get("BENCH_PARTICIPANTS", "100000"))
FIGURES_BUDGET, PACK_BUDGET = 0.5, 2.0
RUNS = 5


CPU: dict[str, float] = {}  # the processor time of the last work timed, by its name


def timed(work, runs: int = RUNS, name: str = "") -> tuple[float, object]:
    times, cpu, result = [], [], None
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    CPU[name] = median(cpu)
    return median(times), result


def bare_rows(filters) -> int:
    """Floor (1): the rows the figures are counted from, fetched and not counted."""
    from registry_app.store.database import db

    where = (f"c.start_date >= '{filters.start}' AND c.start_date <= '{filters.end}' AND c.status <> 'cancelled'"
             + (f" AND c.id IN (SELECT course_id FROM course_funding WHERE donor = '{filters.donor}')"
                if filters.donor else ""))
    rows = db.execute_sql(
        "SELECT e.participant_id, e.course_id, e.status, pa.sex, pa.nationality_id, o.kind FROM enrolment e "
        "JOIN course c ON c.id = e.course_id JOIN participant pa ON pa.id = e.participant_id "
        f"LEFT JOIN organisation o ON o.id = pa.organisation_id WHERE e.status IN "
        f"('completed', 'not-completed', 'no-show') AND {where}").fetchall()
    return len(rows)


def plain_sql(filters) -> int:
    """Floor (2): every figure by plain SQL, one query per figure and per breakdown."""
    from tests.services.reports import test_figures_against_sql as plain

    plain._expected_totals(filters)
    groups = sum(len(plain._expected_groups(filters, d)) for d in plain.GROUPS)
    return groups + sum(len(plain._expected_courses(filters, d)) for d in ("venue", "mode", "language"))


def main() -> None:
    given = os.environ.get("BENCH_REGISTER")
    register = Path(given) if given else demo_register(PARTICIPANTS)
    from registry_app.services.reports import figures, pack
    from registry_app.services.reports.scope import ReportFilters, year
    from registry_app.store.database import db
    from registry_app.store.schema import init_db

    init_db(f"sqlite:///{register}")
    actor = bench_actor()
    funded = db.execute_sql("SELECT COUNT(*) FROM course_funding").fetchone()[0]
    print(f"register: {register} ({register.stat().st_size / 1e6:.0f} MB), "
          f"{db.execute_sql('SELECT COUNT(*) FROM participant').fetchone()[0]:,} participants, "
          f"{funded:,} funding rows")
    cases = [("the year 2025", ReportFilters(*year(2025))),
             ("2025, one donor (European Union)", ReportFilters(*year(2025), donor="European Union")),
             ("the whole register, 2021-2026", ReportFilters(date(2021, 1, 1), date(2026, 12, 31)))]
    for name, filters in cases:
        seconds, data = timed(lambda f=filters: figures.compute(actor, f), name="dataset")
        floor_rows, rows = timed(lambda f=filters: bare_rows(f), name="floor")
        floor_sql, _ = timed(lambda f=filters: plain_sql(f), runs=1)
        t = data.totals
        print(f"\n{name}: {t.people:,} officials trained, {t.places:,} places, {t.courses:,} courses")
        print(f"  dataset (figures.compute): median {seconds:.3f} s (budget {FIGURES_BUDGET} s): "
              f"{verdict(seconds, FIGURES_BUDGET)}")
        print(f"  floor 1, the {rows:,} rows read by bare SQL, nothing counted: {floor_rows:.3f} s "
              f"(dataset = {seconds / floor_rows:.2f}x)")
        print(f"  processor time, medians: dataset {CPU['dataset']:.3f} s, floor 1 {CPU['floor']:.3f} s; "
              f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"  floor 2, every figure by plain SQL (a GROUP BY per breakdown): {floor_sql:.3f} s")
        for language in ("en", "fr", "ar"):
            pdf_seconds, pdf = timed(lambda d=data, lang=language: pack.pdf(d, lang), runs=3)
            print(f"  PDF pack in {language}: median {pdf_seconds:.3f} s, {len(pdf) / 1000:.0f} kB; "
                  f"with the dataset {seconds + pdf_seconds:.3f} s (budget {PACK_BUDGET} s): "
                  f"{verdict(seconds + pdf_seconds, PACK_BUDGET)}")
    db.close()


if __name__ == "__main__":
    sys.exit(main())
