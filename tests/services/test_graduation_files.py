"""Graduation writes its files before it records anything: a kill -9 at any moment leaves either no
certificate issued, or issued certificates whose originals `certificates print` gives again byte for
byte; no temporary file outlives the next run. One valid certificate per enrolment: the schema
refuses a second, and of two graduations at once the second says what the first issued."""

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from peewee import IntegrityError

from registry_app.services.certificates import graduation, printing
from registry_app.services.certificates import register as certificate_register
from registry_app.services.certificates.graduation import GraduationRefused
from registry_app.store.database import db
from registry_app.store.models import AuditEvent, Certificate
from tests.conftest import KEY_PASSPHRASE, SESSIONS_OVER

VICTIM = """
import sys
from datetime import date
from pathlib import Path
from registry_app.services import opening
from registry_app.services.certificates import graduation
from tests.actors import signed_in
opening.open_register(opening.choose(sys.argv[1]))
graduation.issue(signed_in("victim"), int(sys.argv[2]), sys.argv[3], today=date.fromisoformat(sys.argv[4]),
                 keys=Path(sys.argv[5]), out=Path(sys.argv[6]))
print("done", flush=True)
"""


def _graduate_and_kill(url, course_id, keys, out, halt, marker):
    env = dict(os.environ, REGISTRY_HALT_AT=halt, REGISTRY_HALT_MARKER=str(marker),
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    process = subprocess.Popen([sys.executable, "-c", VICTIM, url, str(course_id), KEY_PASSPHRASE,
                                SESSIONS_OVER.isoformat(), str(keys), str(out)], env=env)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, "the graduation ended before its halt"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


@pytest.mark.parametrize("halt,recorded", [("drawn", False), ("writing", False), ("written", False),
                                           ("recorded", False), ("committed", True)])
def test_a_kill_at_any_moment_leaves_all_or_nothing_and_reprintable_originals(
        db_url, actor, closed_course, tmp_path, halt, recorded):
    course, _, keys = closed_course
    out = tmp_path / "certificates"
    _graduate_and_kill(db_url, course.id, keys, out, halt, tmp_path / "halted")
    issued = list(Certificate.select().order_by(Certificate.id))
    assert len(issued) == (3 if recorded else 0)
    assert AuditEvent.select().where(AuditEvent.action == "issue").count() == len(issued)
    if halt == "writing":
        assert list(out.glob(".*.part")), "the kill came while files were being written"
    if not recorded:  # the next run issues them, and cleans up what the killed one left
        graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys, out=out)
        issued = list(Certificate.select().order_by(Certificate.id))
        assert len(issued) == 3
    first = _files(out)
    assert not [name for name in first if name.endswith(".part")]
    singles = {name: data for name, data in first.items() if not name.endswith("_certificates.pdf")}
    assert {hashlib.sha256(data).hexdigest() for data in singles.values()} == {c.pdf_sha256 for c in issued}
    again = tmp_path / "again"
    printing.print_again(actor, course.id, again)
    assert _files(again) == first


def test_the_schema_refuses_a_second_valid_certificate(database, actor, closed_course):
    course, enrolments, keys = closed_course
    graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys)
    first = Certificate.get(Certificate.enrolment == enrolments[0].id)
    with pytest.raises(IntegrityError), db.atomic():
        Certificate.create(serial="SECOND-1", kind="completion", enrolment=enrolments[0].id,
                           issue_date=SESSIONS_OVER, payload="", status="valid")
    with db.atomic():  # a revoked or superseded one beside the valid one is fine
        Certificate.create(serial="OLD-1", kind="completion", enrolment=enrolments[0].id, issue_date=SESSIONS_OVER,
                           payload="", status="revoked")
    assert Certificate.get_by_id(first.id).status == "valid"


def test_of_two_graduations_at_once_the_second_says_what_the_first_issued(database, actor, closed_course):
    """Two connections: the second graduation has drawn its certificates when the first commits."""
    course, _, keys = closed_course
    drawn, first_done = threading.Event(), threading.Event()
    outcome = {}

    def second() -> None:
        def progress(done, total):
            if done == total - 1:  # everything drawn, nothing recorded yet
                drawn.set()
                first_done.wait(60)
        try:
            graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys, progress=progress)
        except GraduationRefused as refusal:
            outcome["refusal"] = str(refusal)
        finally:
            db.close()

    thread = threading.Thread(target=second)
    thread.start()
    assert drawn.wait(60)
    first = graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys)
    first_done.set()
    thread.join(60)
    serials = sorted(item.serial for item in first.issued)
    assert len(serials) == 3 and Certificate.select().count() == 3
    assert f"{serials[0]} to {serials[-1]}" in outcome["refusal"] and "issued nothing" in outcome["refusal"]


def test_graduation_never_reissues_after_a_revocation_only_a_correction_does(database, actor, closed_course):
    course, enrolments, keys = closed_course
    issued = graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys).issued
    certificate_register.revoke(actor, issued[0].serial, "issued to the wrong person")
    assert graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys).issued == []
    held = graduation.certificates_held(course.id)
    assert held[issued[0].enrolment_id] == graduation.Held(issued[0].serial, "revoked")
    new = certificate_register.correct(actor, issued[0].serial, "name corrected after the revocation", KEY_PASSPHRASE,
                                       today=SESSIONS_OVER, keys=keys)
    old = Certificate.get(Certificate.serial == issued[0].serial)
    assert old.status == "revoked" and Certificate.get(Certificate.serial == new.serial).supersedes_id == old.id
    with pytest.raises(certificate_register.CertificateRefused):
        certificate_register.correct(actor, issued[0].serial, "again", KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys)


def test_a_failed_write_leaves_no_temporary_file_and_issues_nothing(database, actor, closed_course, tmp_path,
                                                                    monkeypatch):
    from registry_app.services.certificates import files

    course, _, keys = closed_course
    out = tmp_path / "certificates"
    real = os.replace
    calls = []

    def failing_replace(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(source, target)

    monkeypatch.setattr(files.os, "replace", failing_replace)
    with pytest.raises(files.FolderNotWritable, match="No space left on device"):
        graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys, out=out)
    assert Certificate.select().count() == 0
    assert not list(out.glob(".*.part")) and not list(out.glob("*.pdf"))
