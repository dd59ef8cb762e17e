"""A nomination workbook of 10,000 rows read, checked, matched against a 100,000-participant register
and committed (DESIGN.md's budget: 2 s on SQLite), and the read alone beside it as the floor.

Each run imports into a fresh copy of the demo register. A tenth of the rows are people already in
the register (half by their ID document, half by name, birth date and nationality), the rest are new.
`--postgres` measures the same on a throwaway PostgreSQL server (the demo register is made in it
first, a minute or two).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from common import ROOT, bench_actor, demo_register, median, verdict

sys.path.insert(0, str(ROOT))

ROWS = 10_000
PARTICIPANTS = 100_000
BUDGET = 2.0
COURSE = "BENCH-IMPORT/2026"


def workbook(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    from tests.services.nominations.files import HEADINGS

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Nominations")
    sheet.append(["Nominations of the Ministry of the Interior"])
    sheet.append(HEADINGS)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rows_for_register() -> list[list]:
    """10,000 rows: 500 known by their document, 500 by name, birth date and nationality, 9,000 new."""
    from registry_app.store.models import Organisation, Participant

    known = list(Participant.select(Participant, Organisation).join(Organisation)
                 .where((Participant.id_document_number != "") & Participant.birth_date.is_null(False)
                        & (Organisation.country == Participant.nationality))
                 .order_by(Participant.id).limit(1000))
    organisations = list(Organisation.select().limit(50))
    rows = []
    for n, person in enumerate(known):
        document = person.id_document_number if n < 500 else ""
        rows.append([person.family_name, person.given_names, person.full_name_ar, person.sex, person.birth_date,
                     person.nationality_id, person.organisation.name, "", person.rank, "", "", "", document])
    for n in range(ROWS - len(rows)):
        org = organisations[n % 50]
        rows.append([f"Newcomer{n:05d}", ["Awa", "Karim", "Hana", "Mamadou", "Fatima"][n % 5], "", "FM"[n % 2],
                     date(1970, 1, 1) + timedelta(days=n * 3 % 12000), org.country_id, org.name, "", "Officer",
                     f"n{n}@agency.gov", "", "Passport", f"B{n:08d}"])
    return rows


def actor():
    """The benchmarks' administrator, added to a register made before sign-in existed."""
    from common import BENCH_PASSWORD, BENCH_USER

    from registry_app.seal.passwords import hash_password
    from registry_app.store.models import User

    if not User.select().where(User.username == BENCH_USER).exists():
        User.create(username=BENCH_USER, display_name="Benchmark", role="admin",
                    password_hash=hash_password(BENCH_PASSWORD))
    return bench_actor()


def course() -> None:
    from registry_app.store.models import Course, Programme

    if not Course.select().where(Course.code == COURSE).exists():
        Course.create(code=COURSE, programme=Programme.select().first(), start_date=date(2026, 12, 7),
                      end_date=date(2026, 12, 11), venue="Rabat", capacity=40, status="open")


def run_once(url: str, data: bytes) -> dict[str, float]:
    from registry_app.services.nominations import commit, prepare
    from registry_app.services.nominations.reading import read
    from registry_app.store.database import db
    from registry_app.store.schema import init_db

    init_db(url)
    signed_in = actor()
    course()
    forget_names()
    started = time.perf_counter()
    read("nominations.xlsx", data)
    floor = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    preview = prepare(signed_in, COURSE, "nominations.xlsx", data=data)
    checked = time.perf_counter() - started
    cpu = time.process_time() - cpu
    for row in preview.rows:  # the demo has its own probable duplicates: the clerk picks the first
        if row.blocked and row.candidates:
            preview.choose(row.index, row.candidates[0].participant_id)
    assert not preview.blocking(), [p.located() for p in preview.blocking()[:5]]
    counts = preview.counts()
    started, cpu_started = time.perf_counter(), time.process_time()
    result = commit(signed_in, preview)
    committed = time.perf_counter() - started
    cpu += time.process_time() - cpu_started
    assert result.nominated == ROWS, result
    db.obj.close()
    return {"read": floor, "checked": checked, "commit": committed, "total": checked + committed, "cpu": cpu,
            "existing": counts["existing"], "new": counts["new"]}


def forget_names() -> None:
    """Each run as in a fresh program: names' skeletons and their fonts looked up anew, not remembered
    from the run before."""
    from registry_app.documents import text
    from registry_app.domain import names

    for cached in (names.word_skeleton, names.name_skeletons, text._uncovered, text._ascii_drawn, text._font_for):
        cached.cache_clear()


def sqlite_runs(runs: int) -> list[dict[str, float]]:
    source = demo_register(PARTICIPANTS)
    from registry_app.store.schema import init_db

    init_db(f"sqlite:///{source}")
    actor()
    course()
    data = workbook(rows_for_register())
    from registry_app.store.database import db

    db.obj.close()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(runs):
            copy = Path(folder) / f"run-{n}.sqlite3"
            shutil.copy(source, copy)
            results.append(run_once(f"sqlite:///{copy}", data))
            copy.unlink()
    return results


def postgres_runs(runs: int) -> list[dict[str, float]]:
    import subprocess

    from common import BENCH_PASSWORD, BENCH_USER, TODAY

    from tests.postgres import PostgresCluster, create_database, find_postgres_bin

    bin_dir = find_postgres_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL is not installed: make test installs it (tools/apt-packages.txt)")
    base = Path(tempfile.mkdtemp(prefix="bench-import-pg-"))
    cluster = PostgresCluster(bin_dir, base)
    cluster.start()
    try:
        create_database(cluster.url("postgres"), "bench")
        url = cluster.url("bench")
        print(f"(making a demo register of {PARTICIPANTS:,} participants on PostgreSQL ...)", flush=True)
        subprocess.run([sys.executable, "-m", "registry_app", "users", "add", BENCH_USER, "--role", "admin",
                        "--db", url], input=BENCH_PASSWORD + "\n", text=True, check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        subprocess.run([sys.executable, "-m", "registry_app", "--user", BENCH_USER, "demo", "--db", url,
                        "--participants", str(PARTICIPANTS), "--today", TODAY], input=BENCH_PASSWORD + "\n",
                       text=True, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        from registry_app.store.database import db
        from registry_app.store.schema import init_db

        init_db(url)
        actor()
        course()
        data = workbook(rows_for_register())
        db.obj.close()
        results = []
        for n in range(runs):
            copy = f"run{n}"
            create_database(cluster.url("postgres"), copy, template="bench")
            results.append(run_once(cluster.url(copy), data))
        return results
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


def report(backend: str, results: list[dict[str, float]]) -> None:
    first = results[0]
    print(f"nomination workbook, {ROWS:,} rows ({first['new']:.0f} new, {first['existing']:.0f} in the register) "
          f"against {PARTICIPANTS:,} participants, {backend}, median of {len(results)}:")
    for key, label in (("read", "read alone (the floor)"), ("checked", "read, checked and matched"),
                       ("commit", "committed"), ("total", "read, checked, matched and committed"),
                       ("cpu", "processor time of the two")):
        print(f"  {label:40s} {median([r[key] for r in results]):6.2f} s")
    each = ", ".join(f"{r['total']:.2f}" for r in results)
    print(f"  totals of each run: {each} s; load average "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    if backend == "SQLite":
        print(f"  budget {BUDGET:.1f} s: {verdict(median([r['total'] for r in results]), BUDGET)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="also on a throwaway PostgreSQL server")
    args = parser.parse_args()
    report("SQLite", sqlite_runs(args.runs))
    if args.postgres:
        report("PostgreSQL", postgres_runs(args.runs))


if __name__ == "__main__":
    main()
