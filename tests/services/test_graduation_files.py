"""Graduation writes its files before it records anything and names them once it has: a kill -9 at
any moment leaves either no certificate issued and no file, or issued certificates with none, some or
all of their files, each whole and the very bytes `certificates print` gives again; no other file
(temporary or not) is left in the folder. Where unnamed files are not supported, temporary files
a kill left are removed by the next run. One valid certificate per enrolment: the schema
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
from registry_app.services.certificates import files
from tests.actors import signed_in
if sys.argv[7] == "named":  # as on a file system without unnamed files
    files.unnamed_files_supported = lambda folder, count: False
opening.open_register(opening.choose(sys.argv[1]))
graduation.issue(signed_in("victim"), int(sys.argv[2]), sys.argv[3], today=date.fromisoformat(sys.argv[4]),
                 keys=Path(sys.argv[5]), out=Path(sys.argv[6]))
print("done", flush=True)
"""


def _graduate_and_kill(url, course_id, keys, out, halt, marker, staging="unnamed"):
    env = dict(os.environ, REGISTRY_HALT_AT=halt, REGISTRY_HALT_MARKER=str(marker),
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    process = subprocess.Popen([sys.executable, "-c", VICTIM, url, str(course_id), KEY_PASSPHRASE,
                                SESSIONS_OVER.isoformat(), str(keys), str(out), staging], env=env)
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
                                           ("recorded", False), ("committed", True), ("naming", True)])
def test_a_kill_at_any_moment_leaves_all_or_nothing_no_stray_file_and_reprintable_originals(
        db_url, actor, closed_course, tmp_path, halt, recorded):
    course, _, keys = closed_course
    out = tmp_path / "certificates"
    _graduate_and_kill(db_url, course.id, keys, out, halt, tmp_path / "halted")
    issued = list(Certificate.select().order_by(Certificate.id))
    assert len(issued) == (3 if recorded else 0)
    assert AuditEvent.select().where(AuditEvent.action == "issue").count() == len(issued)
    left = _files(out)
    if not recorded:
        assert left == {}, "nothing issued, and nothing in the folder"
        graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys, out=out)
        issued = list(Certificate.select().order_by(Certificate.id))
        assert len(issued) == 3
    again = tmp_path / "again"
    printing.print_again(actor, course.id, again)
    originals = _files(again)
    singles = {name: data for name, data in originals.items() if not name.endswith("_certificates.pdf")}
    assert {hashlib.sha256(data).hexdigest() for data in singles.values()} == {c.pdf_sha256 for c in issued}
    if recorded:  # every file left is a whole original of a recorded certificate, nothing else
        assert {name: originals.get(name) for name in left} == left, sorted(left)
        assert len(left) == {"committed": 0, "naming": 1}[halt]
    else:
        assert _files(out) == originals


@pytest.mark.parametrize("halt", ["writing", "recorded"])
def test_without_unnamed_files_a_kill_leaves_temporary_files_that_the_next_run_removes(
        db_url, actor, closed_course, tmp_path, halt):
    course, _, keys = closed_course
    out = tmp_path / "certificates"
    _graduate_and_kill(db_url, course.id, keys, out, halt, tmp_path / "halted", staging="named")
    assert Certificate.select().count() == 0
    left = sorted(_files(out))
    assert left and all(name.startswith(".") and name.endswith(".part") for name in left), left
    graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys, out=out)
    again = tmp_path / "again"
    printing.print_again(actor, course.id, again)
    assert _files(out) == _files(again)


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


@pytest.mark.parametrize("unnamed", [True, False])
def test_a_failed_write_leaves_no_file_and_issues_nothing(database, actor, closed_course, tmp_path, monkeypatch,
                                                          unnamed):
    from registry_app.services.certificates import files

    course, _, keys = closed_course
    out = tmp_path / "certificates"
    real, lock, calls = files._write_whole, threading.Lock(), []

    def failing_write(descriptor, data):
        with lock:
            calls.append(descriptor)
            if len(calls) == 2:
                raise OSError(28, "No space left on device")
        return real(descriptor, data)

    monkeypatch.setattr(files, "unnamed_files_supported", lambda folder, count: unnamed)
    monkeypatch.setattr(files, "_write_whole", failing_write)
    with pytest.raises(files.FolderNotWritable, match="No space left on device"):
        graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys, out=out)
    assert Certificate.select().count() == 0
    assert _files(out) == {}


@pytest.mark.parametrize("unnamed", [True, False])
def test_files_that_cannot_be_named_after_the_commit_are_issued_and_printed_again(
        database, actor, closed_course, tmp_path, monkeypatch, unnamed):
    from registry_app.services.certificates import files

    course, _, keys = closed_course
    out = tmp_path / "certificates"
    monkeypatch.setattr(files, "unnamed_files_supported", lambda folder, count: unnamed)
    real_name, calls = files._Staged.name, []

    def failing_name(staged, folder):
        calls.append(staged.path)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real_name(staged, folder)

    monkeypatch.setattr(files._Staged, "name", failing_name)
    with pytest.raises(files.FolderNotWritable, match="were issued, but") as refusal:
        graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys, out=out)
    assert "Input/output error" in str(refusal.value)
    assert Certificate.select().count() == 3
    monkeypatch.setattr(files._Staged, "name", real_name)
    left = _files(out)
    assert [path.name for path in calls[:1]] == list(left), "the one named before the error, and nothing else"
    again = tmp_path / "again"
    printing.print_again(actor, course.id, again)
    assert _files(again)[calls[0].name] == left[calls[0].name]


def test_unnamed_files_vanish_when_not_named_and_replace_a_file_when_named(tmp_path):
    from registry_app.services.certificates import files

    assert files.unnamed_files_supported(tmp_path, 10), "this machine's file system makes unnamed files"
    (tmp_path / "b.pdf").write_bytes(b"old")
    staged = files.stage(tmp_path, [("a.pdf", b"A" * 70_000), ("b.pdf", b"new")], unnamed=True)
    assert _files(tmp_path) == {"b.pdf": b"old"}, "staged files have no name"
    staged.publish()
    assert _files(tmp_path) == {"a.pdf": b"A" * 70_000, "b.pdf": b"new"}
    dropped = files.stage(tmp_path, [("c.pdf", b"C")], unnamed=True)
    dropped.discard()
    assert sorted(_files(tmp_path)) == ["a.pdf", "b.pdf"]
