"""The full check on a schedule: when the last full check of the open register is older than the
interval set in Settings (7 days unless changed), the window runs it on a worker thread and tells the
clerk only when something is wrong. The date and the result are kept in this PC's settings file, per
register.

What it checks: the register whole, as `registry-app check` does (SQLite: integrity_check and
foreign_key_check; PostgreSQL: amcheck's bt_index_check of every index with heapallindexed when the
extension is there or can be created, otherwise every table read whole, which makes the server read
every page of every table; both: the audit trail's chain), and the newest backup whole (a SQLite
backup: integrity_check and foreign_key_check, which the 1 s check at backup time leaves partly to
this; a PostgreSQL dump: every data block read back through pg_restore).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from peewee import DatabaseError

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store import pg_backup
from ...store.database import db
from ...store.inspection import full_check
from .. import audit
from ..actors import Actor, requiring
from ..settings import read_settings, write_settings
from .copies import REPLACED, Backup, backups, open_register

log = logging.getLogger(__name__)

DAYS_SETTING = "full_check_days"
RESULTS_SETTING = "full_checks"
DEFAULT_DAYS = 7
MAX_DAYS = 365


class HealthRefused(Refusal):
    pass


@dataclass(frozen=True)
class FullCheck:
    at: datetime
    register_problems: list[str] = field(default_factory=list)
    backup: str = ""  # the backup checked, by name; "" when there was none
    backup_problems: list[str] = field(default_factory=list)
    method: str = ""  # how a server register was checked ("amcheck" or "tables read whole")

    @property
    def sound(self) -> bool:
        return not self.register_problems and not self.backup_problems


def interval_days() -> int:
    value = read_settings().get(DAYS_SETTING, DEFAULT_DAYS)
    return value if isinstance(value, int) and 1 <= value <= MAX_DAYS else DEFAULT_DAYS


def set_interval_days(actor: Actor, days: int) -> None:
    actor.require(Action.ADMINISTER)
    if not 1 <= days <= MAX_DAYS:
        raise HealthRefused("The full check runs every 1 to {most} days, not every {days}.", most=MAX_DAYS, days=days)
    write_settings({DAYS_SETTING: days})


def _register_key() -> str:
    register = open_register()
    if register.kind == "sqlite":
        return f"sqlite:{register.path}"
    params = db.obj.connect_params
    return f"postgresql:{params.get('host', 'localhost')}:{params.get('port', 5432)}/{register.name}"


def last() -> FullCheck | None:
    """The last full check of the open register on this PC."""
    recorded = read_settings().get(RESULTS_SETTING, {})
    entry = recorded.get(_register_key()) if isinstance(recorded, dict) else None
    if not isinstance(entry, dict):
        return None
    try:
        return FullCheck(datetime.fromisoformat(entry["at"]), list(entry.get("register_problems", [])),
                         str(entry.get("backup", "")), list(entry.get("backup_problems", [])),
                         str(entry.get("method", "")))
    except (KeyError, TypeError, ValueError):
        return None


def due(now: datetime | None = None) -> bool:
    previous = last()
    return previous is None or (now or datetime.now()) - previous.at >= timedelta(days=interval_days())


def run(actor: Actor, now: datetime | None = None) -> FullCheck:
    """The full check now (on a worker thread in the window), recorded with its date."""
    actor.require(Action.VIEW)
    register = open_register()
    problems, method = register_problems()
    newest = _newest_backup()
    result = FullCheck(now or datetime.now(), problems, newest.path.name if newest else "",
                       _backup_problems(newest, register.kind) if newest else [], method)
    _record(result)
    return result


def register_problems() -> tuple[list[str], str]:
    """The open register checked whole (also `registry-app check`): the problems found, and how."""
    requiring(Action.VIEW)
    register = open_register()
    if register.kind == "sqlite" and register.path is not None:
        problems, method = full_check(register.path), "integrity_check"
    else:
        problems, method = _server_check()
    broken = audit.broken_links()
    if broken:
        problems.append(f"the audit trail is broken at {len(broken)} events (the first: {broken[0]})")
    return problems, method


def _newest_backup() -> Backup | None:
    return next((b for b in backups() if b.reason != REPLACED), None)


def _backup_problems(backup: Backup, kind: str) -> list[str]:
    try:
        if kind == "sqlite":
            return full_check(backup.path)
        pg_backup.read_whole(backup.path)
        return []
    except Refusal as refusal:
        return [refusal.sentence()]
    except Exception as exc:  # noqa: BLE001 - a backup that cannot be read at all is a finding, not a crash
        return [str(exc) or type(exc).__name__]


def _server_check() -> tuple[list[str], str]:
    if _amcheck_ready():
        indexes = [row[0] for row in db.execute_sql(
            "SELECT c.oid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE a.amname = 'btree' AND n.nspname = current_schema() AND c.relpersistence = 'p'").fetchall()]
        problems = []
        for index in indexes:
            try:
                db.execute_sql("SELECT bt_index_check(%s::regclass, true)", (index,))
            except DatabaseError as exc:
                problems.append(f"index {index}: {str(exc).splitlines()[0]}")
        return problems, "amcheck"
    tables = [row[0] for row in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()]
    problems = []
    for table in tables:
        try:
            db.execute_sql(f'SELECT count(*) FROM "{table}"')
        except DatabaseError as exc:
            problems.append(f"table {table}: {str(exc).splitlines()[0]}")
    return problems, "tables read whole"


def _amcheck_ready() -> bool:
    """amcheck installed in the register's database, or installed now if this login may."""
    if db.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'").fetchone():
        return True
    try:
        with db.atomic():
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS amcheck")
        return True
    except DatabaseError:
        log.info("amcheck is not available to this login: the full check reads every table whole")
        return False


def _record(result: FullCheck) -> None:
    recorded: Any = read_settings().get(RESULTS_SETTING, {})
    recorded = recorded if isinstance(recorded, dict) else {}
    recorded[_register_key()] = {"at": result.at.isoformat(timespec="seconds"),
                                 "register_problems": result.register_problems[:20], "backup": result.backup,
                                 "backup_problems": result.backup_problems[:20], "method": result.method}
    write_settings({RESULTS_SETTING: recorded})
