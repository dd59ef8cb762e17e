"""The full check on a schedule (services.backups.health), on both backends, with an injected clock:
due when never run or older than the interval set in Settings (7 days unless changed), recorded with
its date; it checks the register whole and the newest backup whole, and finds what the check at backup
time left to it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from registry_app.domain.errors import Refusal
from registry_app.services.backups import copies, health
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from tests.store.test_backup_check import stale_index

MONDAY = datetime(2026, 11, 30, 9, 0)


def test_due_when_never_run_then_after_the_interval(database, actor):
    participants.create(actor, ParticipantData("Awa", "Traoré", "F", "ML"))
    made = copies.make("manual")
    assert health.last() is None and health.due(MONDAY)
    result = health.run(actor, MONDAY)
    assert result.sound and result.backup == made.path.name
    assert health.last() == result
    assert not health.due(MONDAY + timedelta(days=6, hours=23))
    assert health.due(MONDAY + timedelta(days=7))
    health.set_interval_days(actor, 2)
    assert health.interval_days() == 2 and health.due(MONDAY + timedelta(days=2))
    with pytest.raises(Refusal, match="1 to 365 days"):
        health.set_interval_days(actor, 0)


def test_on_postgresql_the_indexes_are_checked_with_amcheck(database, actor):
    result = health.run(actor, MONDAY)
    assert result.sound
    assert result.method == ("amcheck" if health.open_register().kind == "postgresql" else "integrity_check")


def test_a_backup_whose_index_is_out_of_step_is_found_by_the_scheduled_check(sqlite_database):
    from registry_app.services.actors import current

    actor = current()
    for n in range(50):
        participants.create(actor, ParticipantData(f"Awa {n}", f"Traoré {n}", "F", "ML", rank=f"Rank {n}"))
    made = copies.make("manual")
    stale_index(made.path)
    result = health.run(actor, MONDAY)
    assert result.register_problems == [] and result.backup == made.path.name
    assert result.backup_problems and not result.sound
    assert health.last().backup_problems == result.backup_problems[:20]


def test_a_damaged_register_is_found(sqlite_database):
    from pathlib import Path

    from registry_app.services.actors import current

    actor = current()
    for n in range(50):
        participants.create(actor, ParticipantData(f"Awa {n}", f"Traoré {n}", "F", "ML", rank=f"Rank {n}"))
    sqlite_database.close()
    stale_index(Path(sqlite_database.database))
    result = health.run(actor, MONDAY)
    assert result.register_problems and result.method == "integrity_check"
