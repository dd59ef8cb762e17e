"""kill -9 during an import of nominations from the command line: the register holds the whole import
or none of it (participants, organisations, nominations and audit events), and passes its checks."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from registry_app.services.audit import broken_links
from registry_app.store.database import db
from registry_app.store.models import AuditEvent, Course, Enrolment, Organisation, Participant, Programme, ThematicArea
from registry_app.store.schema import init_db
from tests.conftest import TEST_PASSWORD
from tests.reliability.conftest import rounds
from tests.services.nominations import files

ROOT = Path(__file__).resolve().parents[2]
COURSE = "INV-101/2026-03"
ROWS = 2000


def _register(path: Path, password_hash: str) -> None:
    from tests.actors import signed_in

    init_db(f"sqlite:///{path}")
    signed_in("importer", "clerk", password_hash)
    area = ThematicArea.create(code="INV", title_en="Investigations", title_fr="Enquêtes", title_ar="التحقيقات")
    programme = Programme.create(code="INV-101", title_en="Investigations", title_fr="Enquêtes", title_ar="التحقيقات",
                                 thematic_area=area, nominal_hours=20)
    Course.create(code=COURSE, programme=programme, start_date=date(2026, 3, 2), end_date=date(2026, 3, 6),
                  venue="Rabat", capacity=40, status="open")
    db.obj.close()


def _people() -> list[list]:
    people = []
    for n in range(ROWS):
        row = list(files.PEOPLE[n % 3])
        row[0] = f"{row[0]}{n:05d}"
        row[6] = f"{row[6]} {n % 7}"
        row[12] = f"K{n:07d}"
        people.append(row)
    return people


def _start(path: Path, sheet: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "registry_app", "--user", "importer", "import", "nominations",
                                "--db", f"sqlite:///{path}", "--course", COURSE, str(sheet)],
                               cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    process.stdin.write(TEST_PASSWORD + "\n")
    process.stdin.close()
    return process


def _state(path: Path) -> tuple[int, int, int, int]:
    init_db(f"sqlite:///{path}")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    assert broken_links() == []
    state = (Participant.select().count(), Organisation.select().count(), Enrolment.select().count(),
             AuditEvent.select().where(AuditEvent.entity != "user").count())
    db.obj.close()
    return state


def test_a_kill_during_an_import_leaves_all_or_nothing(tmp_path, test_password_hash, report):
    base = tmp_path / "base.sqlite3"
    _register(base, test_password_hash)
    sheet = tmp_path / "nominations.xlsx"
    sheet.write_bytes(files.xlsx(_people()))
    empty = _state(base)
    whole = tmp_path / "whole.sqlite3"
    shutil.copy(base, whole)
    started = time.monotonic()
    process = _start(whole, sheet)
    process.stdout.read()
    err = process.stderr.read()
    process.wait(timeout=300)
    process.stdout.close()
    process.stderr.close()
    took = time.monotonic() - started
    assert process.returncode == 0, err
    full = _state(whole)
    assert full[0] == empty[0] + ROWS and full[2] == empty[2] + ROWS
    outcomes = []
    trials = rounds(5, 20)
    for n in range(trials):
        victim = tmp_path / f"victim-{n}.sqlite3"
        shutil.copy(base, victim)
        process = _start(victim, sheet)
        time.sleep(took * (0.5 + 0.48 * n / max(1, trials - 1)))  # the commit is the run's last part
        killed = process.poll() is None
        if killed:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
        process.stderr.close()
        state = _state(victim)
        assert state in (empty, full), f"kill {n}: a partial import {state} (empty {empty}, whole {full})"
        outcomes.append("killed, nothing" if killed and state == empty else "killed, all" if killed else "finished")
    report(f"import of {ROWS} rows took {took:.1f} s; kills: {', '.join(outcomes)}")
    assert any(o.startswith("killed") for o in outcomes)
