"""Copies of a SQLite register, taken with SQLite's online backup API and checked afterwards, and the
swap of a register for a copy."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from ..domain.errors import Refusal
from .inspection import SQLITE_HEADER, Fingerprint, check_backup, fingerprint


class BackupError(Refusal, RuntimeError):
    pass


class RegisterInUseError(Refusal):
    pass


Progress = Callable[[int, int], None]  # (pages copied, pages in all)
# A backup's budget (DESIGN.md): what the copy and its quick_check leave of it goes to checking tables in
# full, less a reserve for syncing the copy to disk and renaming it, and for a busier machine.
BUDGET_SECONDS = 1.0
RESERVE_SECONDS = 0.2
_PAGES_A_STEP = 4096  # 16 MB of 4 KB pages between two reports of progress


def backup_sqlite(database: SqliteDatabase, destination: Path, progress: Progress | None = None) -> Path:
    """Copy the open register to destination (a new file), then check the copy (inspection.check_backup:
    quick_check reads every page and record back, and the copy must be the register it was taken from:
    the same pages, schema and rows in every table, and the tables its time allows checked in full).
    Written under a temporary name and renamed once checked, so that a backup file is always a whole one."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        raise BackupError("The backup file {path} exists already.", path=destination)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        started = time.monotonic()
        expected = _copy_of_one_moment(database.connection(), partial, progress)
        problems = check_backup(partial, expected,
                                tables_seconds=BUDGET_SECONDS - RESERVE_SECONDS - (time.monotonic() - started))
        if problems:
            raise BackupError("The copy of the register fails its integrity check ({problem}): the register "
                              "itself is damaged.", problem=problems[0])
        _fsync(partial)
        partial.replace(destination)
        _fsync_folder(destination.parent)
    finally:
        partial.unlink(missing_ok=True)
    return destination


def _copy_of_one_moment(source: sqlite3.Connection, destination: Path, progress: Progress | None) -> Fingerprint:
    """The copy, and the register's fingerprint read in the same read transaction: what the copy must
    match, whatever other clerks write meanwhile."""
    source.execute("BEGIN")
    try:
        expected = fingerprint(source)
        _copy_into(source, destination, progress)
    finally:
        source.execute("ROLLBACK")
    return expected


def _copy_into(source: sqlite3.Connection, destination: Path, progress: Progress | None = None) -> None:
    """progress(pages copied, pages in all), called as the copy goes in steps; without it, one step."""
    target = sqlite3.connect(destination)
    try:
        if progress is None:
            source.backup(target, pages=-1)
        else:
            source.backup(target, pages=_PAGES_A_STEP,
                          progress=lambda _status, remaining, total: progress(total - remaining, total))
        target.execute("PRAGMA journal_mode = DELETE")  # the copy is one file, whatever the register uses
    finally:
        target.close()


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(16) == SQLITE_HEADER
    except OSError:
        return False


def backup_name(database_path: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{database_path.stem}-{stamp}-{reason}.sqlite3"


def swap_in(copy: Path, register: Path, aside: Path) -> None:
    """Put the checked copy in the register's place, keeping the register as it was at aside. The
    register must be closed by this process; it is refused if another one has it open. The swap is
    one rename: a crash leaves either the old register or the new one, never a mix."""
    _take_out_of_wal(register)
    staged = register.with_name(register.name + ".restoring")
    staged.unlink(missing_ok=True)
    try:
        shutil.copyfile(copy, staged)
        _fsync(staged)
        aside.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(register, aside)
        except OSError:
            shutil.copy2(register, aside)
        staged.replace(register)
        _fsync_folder(register.parent)
    finally:
        staged.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{register}{suffix}").unlink(missing_ok=True)


def _take_out_of_wal(register: Path) -> None:
    """Fold the WAL into the file and leave WAL mode: SQLite allows that only to the one connection
    open on the register, so it also proves no other program has it open."""
    connection = sqlite3.connect(register, timeout=2)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise RegisterInUseError("The register {path} is open in another window or program: close it "
                                     "there first.", path=register) from exc
        return  # a damaged register, the very one being replaced: its WAL goes with it
    finally:
        connection.close()
    if mode != "delete":
        raise RegisterInUseError("The register {path} is open in another window or program: close it there "
                                 "first.", path=register)


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder: its renames are durable once made
    try:
        os.fsync(descriptor)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(descriptor)
