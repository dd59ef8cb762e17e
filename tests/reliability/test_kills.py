"""kill -9 at random moments of a demo fill, a loop of edits and a graduation. After each kill the
register opens, passes integrity_check and foreign_key_check, its audit chain is whole, and every
user action is all there or not there at all."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from registry_app.services.audit import broken_links
from registry_app.store.database import db
from registry_app.store.models import AuditEvent, Certificate, Enrolment, Participant
from registry_app.store.schema import init_db
from tests.reliability.conftest import rounds
from tests.reliability.victims import PASSPHRASE, SESSIONS_OVER

ROOT = Path(__file__).resolve().parents[2]


def _start(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "tests.reliability.victims", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    assert line.strip() == "ready", process.stderr.read()
    return process


def _kill_after(process: subprocess.Popen, seconds: float) -> bool:
    """kill -9 after seconds; whether the process was still working when killed."""
    time.sleep(seconds)
    alive = process.poll() is None
    if alive:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()
    return alive


def _sound(path: Path) -> None:
    """The register opens as the program opens it, and passes every check."""
    init_db(f"sqlite:///{path}")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    assert broken_links() == []


def _timed(*args: str) -> float:
    """How long the work takes when left alone (after "ready")."""
    process = _start(*args)
    started = time.perf_counter()
    assert process.wait(timeout=300) == 0, process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    return time.perf_counter() - started


def test_kill_9_during_demo_fills(tmp_path, report):
    rng = random.Random(1)
    participants = 1500
    spare = tmp_path / "timing.sqlite3"
    init_db(f"sqlite:///{spare}").close()
    duration = _timed("demo", f"sqlite:///{spare}", str(participants))
    kills, outcomes = 0, Counter()
    for n in range(rounds(6, 20)):
        path = tmp_path / f"demo-{n}.sqlite3"
        init_db(f"sqlite:///{path}").close()
        process = _start("demo", f"sqlite:///{path}", str(participants))
        kills += _kill_after(process, rng.uniform(0, duration * 1.1))
        _sound(path)
        filled = Participant.select().count()
        demo_event = AuditEvent.select().where(AuditEvent.action == "demo-data").exists()
        assert (filled, demo_event) in ((0, False), (participants, True)), "a demo fill half done"
        outcomes["whole" if filled else "none"] += 1
        db.close()
        path.unlink()
    report(f"kill -9 during a demo fill of {participants} ({duration:.1f} s): {kills} kills; afterwards "
           f"{dict(outcomes)}; integrity, foreign keys and audit chain sound every time")
    assert kills >= rounds(6, 20) // 2


def test_kill_9_during_a_loop_of_edits(tmp_path, report):
    from tests.reliability.registers import fill

    path = fill(tmp_path / "register.sqlite3", participants=200)
    rng = random.Random(2)
    kills = 0
    for _ in range(rounds(8, 25)):
        process = _start("edits", f"sqlite:///{path}")
        kills += _kill_after(process, rng.uniform(0.05, 0.6))
        _sound(path)
        # all or nothing: each participant's saved versions and their audit events match one for one
        edits = Counter(int(e.entity_id) for e in AuditEvent.select(AuditEvent.entity_id)
                        .where((AuditEvent.entity == "participant") & (AuditEvent.action == "update")))
        for person in Participant.select(Participant.id, Participant.version):
            assert person.version == 1 + edits[person.id], "an edit without its audit event, or the reverse"
        db.close()
    total = AuditEvent.select().count() if init_db(f"sqlite:///{path}") else 0
    db.close()
    report(f"kill -9 during a loop of edits: {kills} kills on one register; every edit with its audit "
           f"event ({total} events), integrity, foreign keys and audit chain sound every time")
    assert kills == rounds(8, 25)


def _closed_course(path: Path, keys: Path, people: int = 30) -> int:
    from registry_app.services.attendance import marks
    from registry_app.services.certificates import keys as sealing
    from registry_app.services.courses import closing
    from registry_app.services.register import participants
    from registry_app.services.register.participants import ParticipantData
    from registry_app.store.models import Course, CourseDay, CourseHalfDay, Programme, ThematicArea

    init_db(f"sqlite:///{path}")
    from tests.actors import signed_in

    actor = signed_in("registrar")
    start = date(2026, 3, 2)
    area = ThematicArea.create(code="INV", title_en="Investigations", title_fr="Enquêtes", title_ar="التحقيقات")
    programme = Programme.create(code="INV-101", title_en="Counter-terrorism investigations", title_fr="Enquêtes",
                                 title_ar="التحقيقات", thematic_area=area, nominal_hours=20,
                                 min_attendance_pct=80, pass_mark=60)
    course = Course.create(code="INV-101/2026-03", programme=programme, start_date=start,
                           end_date=start + timedelta(days=1), venue="Rabat", capacity=60, status="running")
    half_days = []
    for n in range(2):
        day = CourseDay.create(course=course, date=start + timedelta(days=n))
        half_days += [CourseHalfDay.create(day=day, slot=slot) for slot in ("AM", "PM")]
    for n in range(people):
        person = participants.create(actor, ParticipantData(f"Awa {n}", f"Traoré {n}", "F", "ML",
                                                            full_name_ar="محمد العمراني"))
        enrolment = Enrolment.create(participant=person, course=course, status="confirmed", nominated_on=start)
        marks.set_scores(actor, enrolment.id, enrolment.version, 40, 80)
    for half_day in half_days:
        marks.mark_all_present(actor, course.id, half_day.id, today=SESSIONS_OVER)
    closing.close(actor, course.id, today=SESSIONS_OVER)
    sealing.new_key(actor, PASSPHRASE, date(2020, 1, 1), keys)
    db.close()
    return course.id


def _no_stray_file(folder: Path, issued: int) -> None:
    """Nothing in the folder if nothing was issued; otherwise only whole files of the certificates issued."""
    left = sorted(path.name for path in folder.iterdir()) if folder.exists() else []
    if not issued:
        assert left == [], f"files left though nothing was issued: {left[:3]}"
        return
    hashes = {c.pdf_sha256 for c in Certificate.select()}
    for name in left:
        data = (folder / name).read_bytes()
        assert name.endswith("_certificates.pdf") or hashlib.sha256(data).hexdigest() in hashes, name
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), name


def test_kill_9_during_graduations(tmp_path, report):
    template, keys = tmp_path / "closed.sqlite3", tmp_path / "keys"
    people = 30
    course_id = _closed_course(template, keys, people)
    rng = random.Random(3)
    spare = tmp_path / "timing.sqlite3"
    shutil.copy(template, spare)
    duration = _timed("graduation", f"sqlite:///{spare}", str(keys), str(course_id), str(tmp_path / "pdf-timing"))
    kills, outcomes = 0, Counter()
    for n in range(rounds(5, 15)):
        path = tmp_path / f"graduation-{n}.sqlite3"
        shutil.copy(template, path)
        process = _start("graduation", f"sqlite:///{path}", str(keys), str(course_id), str(tmp_path / f"pdf-{n}"))
        kills += _kill_after(process, rng.uniform(0, duration * 1.1))
        _sound(path)
        issued = Certificate.select().count()
        events = AuditEvent.select().where((AuditEvent.action == "issue") & (AuditEvent.entity == "certificate")).count()
        assert issued in (0, people) and events == issued, f"{issued} of {people} certificates after the kill"
        _no_stray_file(tmp_path / f"pdf-{n}", issued)
        outcomes["all issued" if issued else "none"] += 1
        db.close()
        path.unlink()
    report(f"kill -9 during a graduation of {people} ({duration:.1f} s): {kills} kills; afterwards "
           f"{dict(outcomes)}; integrity, foreign keys and audit chain sound every time")
    assert kills >= rounds(5, 15) // 2
