"""init_db(): the one way the program and the tests open a register."""

from __future__ import annotations

from pathlib import Path

from peewee import Database

from .database import DatabaseTarget, connect
from .migrations import migrate


def init_db(url: DatabaseTarget | str, backup_dir: Path | None = None) -> Database:
    """Connect to the register at url, creating it or migrating it to the current schema."""
    database = connect(url)
    migrate(database, backup_dir=backup_dir)
    return database
