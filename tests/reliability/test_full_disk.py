"""A full disk: said as such, nothing half-saved, and the register usable again once space is freed.
On a small tmpfs the test mounts itself (as root); skipped with the reason where mounting is refused."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from registry_app.services.audit import broken_links
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.database import db
from registry_app.store.failures import DiskFullError
from registry_app.store.models import AuditEvent, Participant
from registry_app.store.schema import init_db
from tests.actors import signed_in


@pytest.fixture
def small_disk(tmp_path):
    point = tmp_path / "small-disk"
    point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        print(f"full-disk test skipped: {mounted.stderr.strip()}")
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    try:
        yield point
    finally:
        if db.obj is not None:
            db.obj.close()
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_full_disk_is_said_and_the_register_survives_it(small_disk, report):
    path = small_disk / "register.sqlite3"
    init_db(f"sqlite:///{path}")
    actor = signed_in("clerk", "clerk")
    saved, refusal = 0, None
    for n in range(10_000):
        try:
            participants.create(actor, ParticipantData(f"Awa {n}", f"Traoré {n}", "F", "ML", notes="x" * 4000))
            saved += 1
        except DiskFullError as exc:
            refusal = exc
            break
    assert refusal is not None, "the disk never filled"
    assert "disk holding the register is full" in str(refusal)
    assert Participant.select().count() == saved  # the refused one is not half there
    assert AuditEvent.select().where(AuditEvent.entity == "participant").count() == saved
    db.obj.close()

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    init_db(f"sqlite:///{path}")
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    participants.create(signed_in("clerk", "clerk"), ParticipantData("After", "Space freed", "F", "ML"))
    assert Participant.select().count() == saved + 1 and broken_links() == []
    report(f"full disk (3 MB tmpfs): {saved} participants saved, the next refused with \"{refusal}\"; "
           "register intact and writable once space was freed")
