"""Opening the register: a SQLite file (one PC) or a PostgreSQL server (a shared office register)."""

from __future__ import annotations

import functools
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from urllib.parse import parse_qsl, unquote, urlsplit

from peewee import Database, DatabaseProxy, OperationalError, PostgresqlDatabase, SqliteDatabase

from ..domain.errors import Refusal
from . import open_check, postgres_driver
from .failures import RegisterBusyError, refusal_for
from .server_errors import connection_refusal

db = DatabaseProxy()
P = ParamSpec("P")
T = TypeVar("T")

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 2),  # FULL: a power cut must not lose a committed certificate
    ("busy_timeout", 10_000),
    ("cache_size", -32_000),
)

# File systems on which SQLite's locking cannot be trusted.
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "ceph", "glusterfs",
     "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "lustre", "gpfs", "virtiofs"}
)


class DatabaseUrlError(Refusal, ValueError):
    pass


class NetworkDriveError(Refusal, RuntimeError):
    pass


@dataclass(frozen=True)
class DatabaseTarget:
    """A parsed database URL."""

    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None
    name: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """What the status bar says: the file, or the server and database, never a password."""
        if self.kind == "sqlite":
            return f"SQLite: {self.path if self.path is None or str(self.path) == ':memory:' else self.path.absolute()}"
        host = self.params.get("host", "localhost")
        port = self.params.get("port")
        where = f"{host}:{port}" if port else host
        return f"PostgreSQL: {self.name} on {where}"


def parse_url(url: str) -> DatabaseTarget:
    """Parse ``sqlite:///relative/file.db``, ``sqlite:////absolute/file.db``, a bare file path, or
    ``postgresql://user:password@host:port/database?option=value``."""
    url = url.strip()
    if not url:
        raise DatabaseUrlError("The database URL is empty.")
    if url.startswith("sqlite:"):
        if not url.startswith("sqlite:///"):
            raise DatabaseUrlError(f"A SQLite URL looks like sqlite:///path/to/file.db, not {url!r}.")
        return DatabaseTarget("sqlite", path=Path(unquote(url[len("sqlite:///"):])).expanduser())
    if url.startswith(("postgresql:", "postgres:")):
        return _parse_postgres(url)
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise DatabaseUrlError(
            f"Unsupported database {scheme!r}: use sqlite:///file.db or postgresql://host/database."
        )
    return DatabaseTarget("sqlite", path=Path(url).expanduser())


def _parse_postgres(url: str) -> DatabaseTarget:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise DatabaseUrlError("The port in the PostgreSQL address must be a number from 1 to 65535.") from None
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise DatabaseUrlError("A PostgreSQL URL must name the database: postgresql://host/database.")
    params: dict[str, Any] = dict(parse_qsl(parts.query))
    if parts.hostname:
        params["host"] = unquote(parts.hostname)
    if port:
        params["port"] = port
    if parts.username:
        params["user"] = unquote(parts.username)
    if parts.password:
        params["password"] = unquote(parts.password)
    return DatabaseTarget("postgresql", name=name, params=params)


def mount_of(path: Path, mounts_text: str) -> tuple[str, str]:
    """The (mount point, file system type) holding path, from the text of /proc/mounts."""
    best = ("/", "")
    resolved = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best[0]):
            best = (point, fields[2])
    return best


def _read_mounts() -> str | None:
    try:
        return Path("/proc/mounts").read_text()
    except OSError:
        return None


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    path = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _is_windows_network_path(path)
    if mounts_text is None:
        mounts_text = _read_mounts()
        if mounts_text is None:
            return False  # no /proc (macOS): nothing to go on, trust the path
    directory = path if path.is_dir() else path.parent
    real = Path(os.path.realpath(directory))
    return mount_of(real, mounts_text)[1].lower() in NETWORK_FILESYSTEMS


def _is_windows_network_path(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)  # type: ignore[attr-defined]


def open_database(target: DatabaseTarget | str) -> Database:
    """A Peewee database for target, not yet connected and not yet bound to the models."""
    if isinstance(target, str):
        target = parse_url(target)
    if target.kind == "sqlite":
        assert target.path is not None  # parse_url gives every SQLite target a path
        return _open_sqlite(target.path)
    postgres_driver.load()
    # An address that swallows packets must not hang the start for minutes.
    return PostgresqlDatabase(target.name, autoconnect=True, **{"connect_timeout": 10, **target.params})


def _open_sqlite(path: Path) -> SqliteDatabase:
    if str(path) != ":memory:":
        if is_network_path(path):
            raise NetworkDriveError(
                f"The register file {path} is on a network drive. SQLite files must not be shared "
                "over a network: they get corrupted when two PCs write at once. Keep the file on "
                "this PC, or ask for the register to be moved to a PostgreSQL server and open it "
                "with its postgresql:// address."
            )
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, autoconnect=True)


def connect(url: DatabaseTarget | str) -> Database:
    """Open the database at url, bind the models to it and connect. One register is open at a
    time: the one bound before is closed."""
    database = open_database(url)
    if db.obj is not None and db.obj is not database:
        db.obj.close()
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except OperationalError as exc:
        if not isinstance(database, PostgresqlDatabase):
            raise
        raise connection_refusal(exc, database.database, database.connect_params) from None
    return database


def analyse(database: Database) -> None:
    """Refresh the planner's statistics, after a bulk load changed the tables' shape. PostgreSQL
    also vacuums, as autovacuum would a while later: until then every first read of a new row
    writes to mark it seen, and a search on a fresh register of 100,000 takes twice as long."""
    database.execute_sql("VACUUM ANALYZE" if is_postgres(database) else "ANALYZE")


def is_postgres(database: Database | None = None) -> bool:
    database = database if database is not None else db.obj
    return isinstance(database, PostgresqlDatabase)


# Any constant: the one lock every writer on a PostgreSQL server takes first (see write_transaction).
WRITERS_LOCK = 0x52454749


class _WriteTransaction:
    """A transaction for one user action, taking the register's write lock before anything else.

    On SQLite that is BEGIN IMMEDIATE; on PostgreSQL a transaction-scoped advisory lock. Writers then
    queue up instead of failing half-way through, and on a server no two of them can take row locks
    in different orders (a deadlock): every lock after the first is taken by the one writer holding it.
    What a failed write means (a full disk, a conflict) is raised as a refusal (store.failures)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.outermost = database.transaction_depth() == 0
        sqlite = isinstance(database, SqliteDatabase)
        self.atomic = database.atomic(lock_type="IMMEDIATE") if sqlite and self.outermost else database.atomic()

    def __enter__(self) -> Any:
        if self.outermost:
            open_check.refuse_writes_if_damaged()  # waits for the check of the register just opened
        try:
            entered = self.atomic.__enter__()
            if self.outermost and isinstance(self.database, PostgresqlDatabase):
                self.database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITERS_LOCK,))
        except Exception as exc:
            if self.outermost and isinstance(self.database, PostgresqlDatabase):
                self.atomic.__exit__(type(exc), exc, exc.__traceback__)
            _raise_refusal_for(exc)
            raise
        return entered

    def __exit__(self, kind: Any, error: Any, trace: Any) -> Any:
        try:
            return self.atomic.__exit__(kind, error, trace)
        except Exception as exc:
            if self.outermost:
                _raise_refusal_for(exc)
            raise
        finally:
            if error is not None and self.outermost:
                _raise_refusal_for(error)


def _raise_refusal_for(error: BaseException) -> None:
    refusal = refusal_for(error)
    if refusal is not None:
        raise refusal from error


TRANSIENT_ATTEMPTS = 3


def retried(action: Callable[P, T]) -> Callable[P, T]:
    """A user action run again, whole, when its transaction met a transient failure on a server (a
    deadlock, a serialization failure, a lock not granted): the one place such failures are retried.
    Only an action that opens its own transaction is retried; inside another one the failure goes up."""
    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        for attempt in range(1, TRANSIENT_ATTEMPTS + 1):
            try:
                return action(*args, **kwargs)
            except RegisterBusyError:
                if attempt == TRANSIENT_ATTEMPTS or db.obj is None or db.transaction_depth():
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)  # let the other transaction finish
        raise AssertionError("unreachable")
    return run


def write_transaction(database: Database | None = None) -> Any:
    """A transaction for one user action (see _WriteTransaction)."""
    return _WriteTransaction(database if database is not None else db.obj)
