"""Copies of a SQLite register, taken with SQLite's online backup API and checked afterwards."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase
from ..domain.errors import Refusal


class BackupError(Refusal, RuntimeError):
    pass


def backup_sqlite(database: SqliteDatabase, destination: Path) -> Path:
    """Copy the open register to destination (a new file), then check the copy's integrity."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        raise BackupError(f"The backup file {destination} exists already.")
    target = sqlite3.connect(destination)
    try:
        database.connection().backup(target)
        verdict = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
    if verdict != "ok":
        destination.unlink(missing_ok=True)
        raise BackupError(f"The backup {destination} failed its integrity check: {verdict}")
    return destination


def backup_name(database_path: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{database_path.stem}-{stamp}-{reason}.sqlite3"
