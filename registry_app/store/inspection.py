"""What a register file is, found out before it is opened for writing.

Opening a SQLite file with the program's settings switches it to WAL and creates the file if it is
missing: done to a PDF chosen by mistake, another program's database or a folder typed wrong, that
changes what is not ours. So the file is first looked at from the outside (its header, its size, its
folder) and then read through a read-only connection: its tables, its schema version, and a quick
integrity check that gives up after a small time budget on a big register (the full check is
`registry-app check` and the check of every backup).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import Refusal

SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_SECONDS = 0.25
_PROGRESS_STEPS = 2000  # SQLite virtual machine steps between two looks at the clock


class RegisterUnusable(Refusal):
    """The register named cannot be opened; nothing was created or changed."""


class NotARegisterError(RegisterUnusable):
    pass


class RegisterDamagedError(RegisterUnusable):
    """The register fails its integrity check. ``path`` is the damaged file."""

    def __init__(self, template: str, /, path: Path | None = None, **values: object) -> None:
        super().__init__(template, path=path, **values)
        self.path = path


class RegisterSchemaTooNew(RegisterUnusable):
    pass


class RegisterReadOnlyError(RegisterUnusable):
    pass


@dataclass(frozen=True)
class SqliteFile:
    path: Path
    exists: bool  # False: a new register will be created there
    unchecked: sqlite3.Connection | None = None  # check_later: the connection its quick check is to read through


def inspect_sqlite(path: Path, may_create_folder: bool, latest_version: int, check_later: bool = False) -> SqliteFile:
    """Refuse path unless it is a register of ours (or a new one in an existing folder, or in a missing
    folder when may_create_folder); creates the folder only in that last case. With check_later, the
    quick check of a register at the latest version is left to the caller (store.open_check)."""
    if str(path) == ":memory:":
        return SqliteFile(path, exists=False)
    if path.is_dir():
        raise NotARegisterError("{path} is a folder, not a register file.", path=path)
    if not path.exists():
        _check_new_file_folder(path, may_create_folder)
        return SqliteFile(path, exists=False)
    if not path.is_file():
        raise NotARegisterError("{path} is not a file.", path=path)
    header = _read_header(path)
    if not header:
        raise NotARegisterError("The file {path} is empty: it is not a register.", path=path)
    if not header.startswith(SQLITE_HEADER):
        raise NotARegisterError(_what_it_is(header), path=path)
    _check_length(path, header)
    _check_writable(path)
    return SqliteFile(path, exists=True, unchecked=_check_contents(path, latest_version, check_later))


def _check_new_file_folder(path: Path, may_create_folder: bool) -> None:
    folder = path.parent
    if not folder.exists():
        if not may_create_folder:
            raise NotARegisterError(
                "The folder {folder} does not exist: check the register's path, or create the folder first.",
                folder=folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RegisterReadOnlyError("The folder {folder} cannot be created: {problem}.", folder=folder,
                                        problem=exc.strerror or exc) from exc
        return
    if not folder.is_dir():
        raise NotARegisterError("{folder} is not a folder.", folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise RegisterReadOnlyError(
            "The folder {folder} is read-only: a new register cannot be created there.", folder=folder)


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(100)
    except OSError as exc:
        raise RegisterReadOnlyError("The file {path} cannot be read: {problem}.", path=path,
                                    problem=exc.strerror or exc) from exc


def _what_it_is(header: bytes) -> str:
    if header.startswith(b"%PDF"):
        return "The file {path} is a PDF document, not a register."
    if header.startswith(b"PK\x03\x04"):
        return "The file {path} is a spreadsheet or a ZIP archive, not a register."
    try:
        header.decode("utf-8")
    except UnicodeDecodeError:
        return "The file {path} is not a register: it is not a SQLite database."
    return "The file {path} is a text file, not a register."


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _check_length(path: Path, header: bytes) -> None:
    """A file cut short (a copy interrupted, a disk that gave up) is damaged: its header says how many
    pages it holds, and a valid page size divides its length."""
    page_size = _page_size(header)
    length = path.stat().st_size
    header_valid = len(header) >= 100 and header[24:28] == header[92:96]
    pages = int.from_bytes(header[28:32], "big")
    wal = Path(f"{path}-wal")
    wal_holds_pages = wal.exists() and wal.stat().st_size > 0
    if (page_size < 512 or page_size & (page_size - 1) or length % page_size
            or (header_valid and not wal_holds_pages and length < pages * page_size)):
        raise RegisterDamagedError("The register {path} is damaged: {problem}.", path=path,
                                   problem=f"the file is cut short ({length} bytes)")


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise RegisterReadOnlyError(
            "The register {path} is on a read-only disk or in a read-only folder: it cannot be opened "
            "for writing.", path=path)


def _read_only(path: Path, any_thread: bool = False) -> sqlite3.Connection:
    """A connection that writes nothing. Without a -wal file no connection has the register open and
    the file is the whole register: read it as immutable, or a read-only connection to a WAL register
    would leave a -wal and a -shm beside a file it then refuses."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=not any_thread)


def _check_contents(path: Path, latest_version: int, check_later: bool = False) -> sqlite3.Connection | None:
    """With check_later, a register at the latest version is not quick-checked here: the connection is
    returned, for the check to run on another thread (a register to migrate is checked now: a migration
    writes)."""
    try:
        connection = _read_only(path, any_thread=check_later)
    except sqlite3.Error as exc:
        raise RegisterDamagedError("The register {path} cannot be read: {problem}.", path=path,
                                   problem=exc) from exc
    later = False
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = 0
        if tables and "schema_version" not in tables:
            raise NotARegisterError(
                "The file {path} is another program's database, not a register of this program.", path=path)
        if tables:
            version = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            if version > latest_version:
                raise RegisterSchemaTooNew(
                    "The register {path} was written by a newer version of this program (schema "
                    "{version}; this one knows {latest}): install the newer version to open it.",
                    path=path, version=version, latest=latest_version)
        later = check_later and bool(tables) and version == latest_version
        problem = "" if later else quick_check(connection)
    except sqlite3.DatabaseError as exc:
        raise RegisterDamagedError("The register {path} is damaged: {problem}.", path=path, problem=exc) from exc
    finally:
        if not later:
            connection.close()
    if problem:
        raise RegisterDamagedError("The register {path} is damaged: {problem}.", path=path, problem=problem)
    return connection if later else None


def quick_check(connection: sqlite3.Connection, seconds: float = QUICK_CHECK_SECONDS,
                clock: Callable[[], float] = time.monotonic) -> str:
    """SQLite's quick_check, given up (as passed) after seconds of clock; the first problem found, or ''."""
    deadline = clock() + seconds
    connection.set_progress_handler(lambda: clock() > deadline, _PROGRESS_STEPS)
    try:
        rows = connection.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            return ""  # out of time: what was read was sound; `registry-app check` reads it all
        raise
    finally:
        connection.set_progress_handler(None, 0)
    verdict = "; ".join(one_line(str(row[0])) for row in rows)
    return "" if verdict == "ok" else verdict


def one_line(problem: str) -> str:
    """SQLite's report of a problem on one line, without its banner."""
    return " ".join(problem.replace("*** in database main ***", "").split())


def full_check(path: Path, thorough: bool = True) -> list[str]:
    """Every problem SQLite's integrity_check and foreign_key_check find in the file; [] if none.
    Not thorough: quick_check alone, which reads every page and record (a copy cut short or garbled
    fails it) but does not compare each index with its table: 0.4 s instead of 4 for 100,000
    participants. A backup is a page-for-page copy of a register whose indexes SQLite keeps."""
    connection = _read_only(path)
    try:
        check = "integrity_check" if thorough else "quick_check"
        problems = [one_line(str(row[0])) for row in connection.execute(f"PRAGMA {check}(100)")]
        if problems == ["ok"]:
            problems = []
        if thorough:
            problems += [f"row {row[1]} of {row[0]} points at a missing {row[2]}"
                         for row in connection.execute("PRAGMA foreign_key_check")]
        return problems
    finally:
        connection.close()


def check_copy(path: Path, latest_version: int) -> None:
    """Refuse path unless it is a whole, sound register this program can open: the check of a backup
    before it is restored (integrity_check and foreign keys in full, no time budget)."""
    header = _read_header(path)
    if not header.startswith(SQLITE_HEADER):
        raise NotARegisterError(_what_it_is(header) if header else "The file {path} is empty: it is not a register.",
                                path=path)
    _check_length(path, header)
    try:
        _check_contents(path, latest_version)
        problems = full_check(path)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        raise RegisterDamagedError("The backup {path} is damaged: {problem}.", path=path, problem=problems[0])


@dataclass(frozen=True)
class Fingerprint:
    """What a page-for-page copy of a register must share with it."""

    pages: int
    schema: tuple[tuple[str, str, str], ...]  # (type, name, sql) of every table, index and trigger
    rows: dict[str, int] = field(default_factory=dict)  # rows in every table but the virtual ones


def fingerprint(connection: sqlite3.Connection) -> Fingerprint:
    schema = tuple(connection.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name").fetchall())
    tables = [name for kind, name, sql in schema
              if kind == "table" and not sql.upper().startswith("CREATE VIRTUAL")]
    rows = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}
    return Fingerprint(connection.execute("PRAGMA page_count").fetchone()[0], schema, rows)


def check_backup(path: Path, expected: Fingerprint, tables_seconds: float) -> list[str]:
    """The check of a fresh backup, within the backup's time budget; [] when it holds. Three parts:
    quick_check of every table and of the schema (every page and record of their b-trees readable,
    every b-tree well formed), in two halves at once; the copy is the register it was taken from (the
    same number of pages, the same schema, the same number of rows in every table, read in the same
    read transaction as the copy); and integrity_check (each index against its table) of as many
    tables as tables_seconds allows, smallest first. What is left is the full integrity_check of the
    newest backup (pages that belong to nothing, the freelist, every index), run by the scheduled full
    check (health.py)."""
    started = time.monotonic()  # tables_seconds counts from here: quick_check spends it first
    connection = _read_only(path)
    try:
        found = fingerprint(connection)
        problems = _quick_checked(path, found) or _differences(expected, found)
        return problems or _tables_checked(connection, found, tables_seconds - (time.monotonic() - started))
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()


def _quick_checked(path: Path, found: Fingerprint) -> list[str]:
    """quick_check table by table on two connections at once (SQLite lets go of Python's lock while it
    reads): two thirds of the time of one quick_check of the whole file or less, on two cores."""
    halves: tuple[list[str], list[str]] = (["sqlite_schema"], [])
    weights = [0, 0]
    for name in sorted(found.rows, key=lambda table: (-found.rows[table], table)):
        lighter = weights.index(min(weights))
        halves[lighter].append(name)
        weights[lighter] += found.rows[name] + 1
    with ThreadPoolExecutor(max_workers=2) as pool:
        verdicts = list(pool.map(lambda names: _quick_check_tables(path, names), halves))
    return [problem for verdict in verdicts for problem in verdict]


def _quick_check_tables(path: Path, names: list[str]) -> list[str]:
    connection = _read_only(path, any_thread=True)
    try:
        problems = []
        for name in names:
            problems += [one_line(str(row[0])) for row in connection.execute(f'PRAGMA quick_check("{name}")')
                         if row[0] != "ok"]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()


def _differences(expected: Fingerprint, found: Fingerprint) -> list[str]:
    problems = []
    if found.pages != expected.pages:
        problems.append(f"the copy has {found.pages} pages, the register {expected.pages}")
    if found.schema != expected.schema:
        problems.append("the copy's schema differs from the register's")
    problems += [f"the copy's table {name} has {found.rows.get(name)} rows, the register's {count}"
                 for name, count in expected.rows.items() if found.rows.get(name) != count]
    return problems


def _tables_checked(connection: sqlite3.Connection, found: Fingerprint, seconds: float) -> list[str]:
    deadline = time.monotonic() + seconds
    connection.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)
    try:
        for name in sorted(found.rows, key=lambda table: (found.rows[table], table)):
            verdict = [one_line(str(row[0])) for row in connection.execute(f'PRAGMA integrity_check("{name}")')]
            if verdict != ["ok"]:
                return verdict
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
    finally:
        connection.set_progress_handler(None, 0)
    return []
