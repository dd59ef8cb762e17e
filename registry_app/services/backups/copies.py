"""Making, listing and rotating the register's backups.

A SQLite register is copied with SQLite's online backup API into the folder `backups` beside it, and
the copy is checked with integrity_check before it gets its final name. A register on a PostgreSQL
server is dumped with pg_dump (custom format) into the user's data folder, and the dump's table of
contents is read back. Backups are named `<register>-<YYYYmmdd-HHMMSS>-<reason>.<ext>`; the rotation
keeps the newest of each of the last 7 days, 4 weeks and 12 months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from peewee import PostgresqlDatabase, SqliteDatabase

from ... import paths
from ...domain.backup_rotation import Rotation, kept
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store import pg_backup
from ...store.backup import Progress, backup_sqlite
from ...store.database import db
from ..actors import Actor

ROTATION = Rotation(daily=7, weekly=4, monthly=12)
# Copies of a register that was replaced by a restore: kept by the rotation, never offered as good.
REPLACED = "replaced"


class BackupRefused(Refusal):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    reason: str  # "daily", "manual", "before-restore", "before-v3", "replaced"
    size: int


@dataclass(frozen=True)
class Register:
    """The open register as far as backups are concerned."""

    kind: str  # "sqlite" or "postgresql"
    name: str  # the file's stem, or the database's name
    folder: Path  # where its backups go
    path: Path | None = None  # the SQLite file

    @property
    def extension(self) -> str:
        return "sqlite3" if self.kind == "sqlite" else "dump"


def open_register() -> Register:
    database = db.obj
    if isinstance(database, SqliteDatabase):
        if database.database == ":memory:":
            raise BackupRefused("A register held in memory cannot be backed up.")
        return register_at(Path(database.database))
    if isinstance(database, PostgresqlDatabase):
        return Register("postgresql", str(database.database), paths.user_data_dir() / "backups")
    raise BackupRefused("No register is open.")


def register_at(path: Path) -> Register:
    """A SQLite register that could not be opened (a damaged one), by its file."""
    path = path.absolute()
    return Register("sqlite", path.stem, path.parent / "backups", path)


def _pattern(register: Register) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(register.name)}-(\d{{8}}-\d{{6}})-([a-z0-9-]+)\.{register.extension}$")


def backups(register: Register | None = None) -> list[Backup]:
    """The register's backups, newest first."""
    register = register or open_register()
    if not register.folder.is_dir():
        return []
    pattern = _pattern(register)
    found = []
    for file in register.folder.iterdir():
        matched = pattern.match(file.name)
        if matched and file.is_file():
            made = datetime.strptime(matched.group(1), "%Y%m%d-%H%M%S")
            found.append(Backup(file, made, matched.group(2), file.stat().st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def _destination(register: Register, reason: str, when: datetime) -> Path:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    path = register.folder / f"{register.name}-{stamp}-{reason}.{register.extension}"
    number = 1
    while path.exists():  # two backups in one second: the later one gets the next second's name
        number += 1
        later = datetime.fromtimestamp(when.timestamp() + number - 1).strftime("%Y%m%d-%H%M%S")
        path = register.folder / f"{register.name}-{later}-{reason}.{register.extension}"
    return path


def make(reason: str, out: Path | None = None, now: datetime | None = None,
         progress: Progress | None = None) -> Backup:
    """Back up the open register now (outside any transaction), then rotate its backups unless out
    names a file of the person's choosing."""
    if db.transaction_depth():
        raise RuntimeError("A backup is taken between transactions, not inside one.")
    register = open_register()
    when = now or datetime.now()
    destination = out if out is not None else _destination(register, reason, when)
    try:
        if register.kind == "sqlite":
            backup_sqlite(db.obj, destination, progress)
        else:
            pg_backup.dump(register.name, db.obj.connect_params, destination)
    except OSError as exc:
        raise BackupRefused("The backup {path} cannot be written: {problem}.", path=destination,
                            problem=exc.strerror or exc) from exc
    if out is None:
        rotate(register)
    return Backup(destination, when, reason, destination.stat().st_size)


def back_up_now(actor: Actor, out: Path | None = None, progress: Progress | None = None) -> Backup:
    """A backup asked for by a person ("Back up now", `registry-app backup`); progress(pages copied,
    pages in all) as a SQLite register is copied."""
    actor.require(Action.VIEW)
    return make("manual", out, progress=progress)


def back_up_on_close(today: date | None = None) -> Backup | None:
    """The routine backup when the window closes: none if the register has one from today already,
    nor for a register on a server, which its administrator backs up (see the README)."""
    today = today or date.today()
    if open_register().kind != "sqlite":
        return None
    if any(b.made.date() == today and b.reason != REPLACED for b in backups()):
        return None
    return make("daily")


def rotate(register: Register | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep; returns those deleted."""
    register = register or open_register()
    found = backups(register)
    keep = kept([b.made for b in found], ROTATION)
    deleted = []
    for backup in found:
        if backup.made not in keep:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted
