"""The quick check of a register the window opens runs on a thread: the window goes on meanwhile, but
nothing is written to the register before the check has passed, and a damaged one is refused."""

from __future__ import annotations

import pytest

from registry_app.store import open_check
from registry_app.store.database import db, write_transaction
from registry_app.store.inspection import RegisterDamagedError
from registry_app.store.models import Setting
from registry_app.store.schema import init_db
from tests.reliability.registers import corrupt_pages, fill, state


@pytest.fixture
def register(tmp_path):
    path = fill(tmp_path / "register.sqlite3")
    yield path
    open_check.forget()
    if db.obj is not None:
        db.obj.close()


def test_a_sound_register_opens_and_takes_writes_once_its_check_has_passed(register):
    init_db(f"sqlite:///{register}", check_later=True)
    assert open_check._running is not None  # the check was left to its thread
    assert open_check.damage() is None
    with write_transaction():
        Setting.create(key="marker", value='"kept"')
    assert Setting.get(Setting.key == "marker").value == '"kept"'


def test_a_damaged_register_refuses_every_write_and_is_left_as_it_was(register):
    corrupt_pages(register)
    before = state(register.parent)
    init_db(f"sqlite:///{register}", check_later=True)
    for _attempt in range(2):  # the first refusal does not let the second write through
        with pytest.raises(RegisterDamagedError, match="is damaged"):
            with write_transaction():
                Setting.create(key="marker", value='"lost"')
    db.obj.close()
    assert state(register.parent) == before
    assert "is damaged" in open_check.damage().sentence()


def test_a_register_checked_before_it_opens_leaves_no_check_running(register):
    init_db(f"sqlite:///{register}")
    assert open_check._running is None and open_check.damage() is None
    corrupt_pages(register)
    db.obj.close()
    with pytest.raises(RegisterDamagedError):
        init_db(f"sqlite:///{register}")  # the command line's open: checked first, refused at once


def test_a_register_to_migrate_is_checked_before_the_migration_writes(register, monkeypatch):
    corrupt_pages(register)
    monkeypatch.setattr("registry_app.store.schema.latest", lambda: 99)  # a newer program opens it
    with pytest.raises(RegisterDamagedError):
        init_db(f"sqlite:///{register}", check_later=True)
    assert open_check._running is None


def test_the_check_reads_the_register_through_while_the_window_keeps_python_busy(tmp_path):
    """The check's time budget counts its own work: a window being built holds Python's lock most of
    the time, and a budget of wall-clock time ran out before the damaged pages were read."""
    import time

    path = fill(tmp_path / "register.sqlite3", participants=4000)
    corrupt_pages(path)
    init_db(f"sqlite:///{path}", check_later=True)
    busy_until = time.monotonic() + 0.6
    while time.monotonic() < busy_until:  # long calls that keep Python's lock, as Qt's start-up makes
        sum(range(3_000_000))
    assert "is damaged" in open_check.damage().sentence()
    open_check.forget()
    db.obj.close()
