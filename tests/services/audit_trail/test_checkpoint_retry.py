"""A checkpoint and a new signing key whose transaction meets a transient failure are made again
whole: the checkpoints file never keeps a line the register does not have."""

from __future__ import annotations

from datetime import date

import pytest
from peewee import OperationalError

from registry_app.services.audit_trail import checkpoints, verification
from registry_app.services.certificates import keys as sealing
from registry_app.store.failures import RegisterBusyError
from registry_app.store.models import AuditCheckpoint, AuditEvent

PASSPHRASE = "checkpoint signing passphrase"


def _failing(monkeypatch, target, name: str, times: int) -> list[int]:
    """target.name raises a deadlock the first `times` calls, as a server would, then works."""
    calls: list[int] = []
    real = getattr(target, name)

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) <= times:
            raise OperationalError("deadlock detected")
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, flaky)
    return calls


def test_a_checkpoint_that_meets_a_deadlock_is_made_again_with_one_line_in_the_file(actor, tmp_path, monkeypatch):
    keys = tmp_path / "keys"
    sealing.new_key(actor, PASSPHRASE, date(2020, 1, 1), keys)
    out = tmp_path / "checkpoints.jsonl"
    first = checkpoints.make(actor, PASSPHRASE, out=out, keys_dir=keys)
    calls = _failing(monkeypatch, AuditCheckpoint, "create", times=1)

    second = checkpoints.make(actor, PASSPHRASE, out=out, keys_dir=keys)

    assert len(calls) == 2
    assert checkpoints.from_file(out) == [first, second] == checkpoints.in_register()
    assert second.event_count == AuditEvent.select().count()
    assert verification.check(out).sound


def test_a_checkpoint_that_keeps_failing_leaves_the_file_as_it_was(actor, tmp_path, monkeypatch):
    keys = tmp_path / "keys"
    sealing.new_key(actor, PASSPHRASE, date(2020, 1, 1), keys)
    out = tmp_path / "checkpoints.jsonl"
    checkpoints.make(actor, PASSPHRASE, out=out, keys_dir=keys)
    before = out.read_bytes()
    _failing(monkeypatch, AuditCheckpoint, "create", times=99)

    with pytest.raises(RegisterBusyError):
        checkpoints.make(actor, PASSPHRASE, out=out, keys_dir=keys)

    assert out.read_bytes() == before
    assert len(checkpoints.in_register()) == 1
    assert verification.check(out).sound


def test_a_first_checkpoint_that_fails_leaves_an_empty_file(actor, tmp_path, monkeypatch):
    keys = tmp_path / "keys"
    sealing.new_key(actor, PASSPHRASE, date(2020, 1, 1), keys)
    out = tmp_path / "checkpoints.jsonl"
    _failing(monkeypatch, AuditCheckpoint, "create", times=99)

    with pytest.raises(RegisterBusyError):
        checkpoints.make(actor, PASSPHRASE, out=out, keys_dir=keys)

    assert checkpoints.from_file(out) == [] == checkpoints.in_register()


def test_a_new_key_that_meets_a_deadlock_is_made_active_once(actor, tmp_path, monkeypatch):
    keys = tmp_path / "keys"
    old = sealing.new_key(actor, PASSPHRASE, date(2020, 1, 1), keys)
    calls = _failing(monkeypatch, sealing.audit, "record", times=1)

    new = sealing.new_key(actor, PASSPHRASE, date(2024, 1, 1), keys)

    assert len(calls) == 2
    assert sealing.active_kid() == new.kid
    assert [k.kid for k in sealing.trust_list().keys] == [old.kid, new.kid]
    assert len(list(keys.iterdir())) == 2  # the key pair was made once, not once an attempt
    assert AuditEvent.select().where(AuditEvent.action == "create-key").count() == 2
