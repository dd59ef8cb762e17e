"""Transient failures on a server (deadlock, serialization failure) are retried in one place: the
whole action again, its transaction rolled back each time; anything else goes up at once."""

import pytest
from peewee import OperationalError

from registry_app.store.database import retried, write_transaction
from registry_app.store.failures import DiskFullError, RegisterBusyError
from registry_app.store.models import Counter


def test_an_action_that_meets_a_deadlock_is_run_again_whole(database):
    calls = []

    @retried
    def action():
        calls.append(1)
        with write_transaction():
            Counter.create(scope="retried", value=len(calls))
            if len(calls) == 1:
                raise OperationalError("deadlock detected")

    action()
    assert len(calls) == 2
    assert [c.value for c in Counter.select().where(Counter.scope == "retried")] == [2]


def test_a_failure_that_persists_is_said_after_three_attempts(database):
    calls = []

    @retried
    def action():
        calls.append(1)
        with write_transaction():
            raise OperationalError("could not serialize access due to concurrent update")

    with pytest.raises(RegisterBusyError, match="try again"):
        action()
    assert len(calls) == 3


def test_other_failures_are_not_retried(database):
    calls = []

    @retried
    def action():
        calls.append(1)
        with write_transaction():
            raise OperationalError("database or disk is full")

    with pytest.raises(DiskFullError):
        action()
    assert len(calls) == 1
