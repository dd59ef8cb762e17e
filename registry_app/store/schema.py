"""init_db(): the one way the program and the tests open a register."""

from __future__ import annotations

from pathlib import Path

from peewee import Database

from . import open_check
from .database import DatabaseTarget, connect, parse_url
from .inspection import inspect_sqlite
from .migrations import latest, migrate


def init_db(url: DatabaseTarget | str, backup_dir: Path | None = None, create_folder: bool = False,
            check_later: bool = False) -> Database:
    """Connect to the register at url, creating it or migrating it to the current schema. A SQLite
    file is looked at first and refused, untouched, unless it is a register of ours or a new file in
    an existing folder (or in a missing one when create_folder: the default location). With
    check_later, its quick check runs on a thread while the caller goes on (store.open_check): writes
    wait for it, and are refused if it finds the register damaged."""
    target = parse_url(url) if isinstance(url, str) else url
    open_check.forget()
    unchecked = None
    if target.kind == "sqlite" and target.path is not None:
        unchecked = inspect_sqlite(target.path, create_folder, latest(), check_later).unchecked
    if unchecked is not None and target.path is not None:
        open_check.start(target.path, unchecked)
    database = connect(target)
    migrate(database, backup_dir=backup_dir)
    return database
