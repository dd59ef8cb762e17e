"""Restoring a backup: the file is checked whole first, the register as it is gets a backup of its own
(and is kept aside, damaged or not), and the backup takes its place in one atomic step. Then the
program works on the restored register, brought up to the current schema if it is older."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store import pg_backup
from ...store.backup import BackupError, is_sqlite_file, swap_in
from ...store.database import DatabaseTarget, db, retried, write_transaction
from ...store.inspection import check_copy, full_check
from ...store.migrations import latest
from ...store.models import User
from ...store.schema import init_db
from .. import audit
from ..actors import Actor, requiring
from .copies import (
    REPLACED,
    Backup,
    BackupRefused,
    Register,
    backups,
    make,
    open_register,
    register_at,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restored:
    backup: Path
    kept_aside: str  # the file or database holding the register as it was
    safety_backup: Path | None  # its checked backup, when it was sound enough to make one


class NotABackupError(Refusal):
    pass


def check_backup(path: Path, register: Register | None = None) -> None:
    """Refuse path unless it is a sound backup of a register of the open register's kind."""
    register = register or open_register()
    if not path.is_file():
        raise NotABackupError("There is no backup file {path}.", path=path)
    if register.kind == "sqlite":
        if pg_backup.is_dump(path):
            raise NotABackupError("The file {path} is a backup of a PostgreSQL register; this register is a "
                                  "SQLite file.", path=path)
        check_copy(path, latest())
    else:
        if is_sqlite_file(path):
            raise NotABackupError("The file {path} is a backup of a SQLite register; this register is on a "
                                  "PostgreSQL server.", path=path)
        if not pg_backup.is_dump(path):
            raise NotABackupError("The file {path} is not a PostgreSQL backup (pg_dump's custom format).", path=path)
        pg_backup.check_dump(path)


def restore(actor: Actor, path: Path, now: datetime | None = None) -> Restored:
    actor.require(Action.ADMINISTER)
    register = open_register()
    path = path.absolute()
    check_backup(path, register)
    when = now or datetime.now()
    stamp = when.strftime("%Y%m%d-%H%M%S")
    safety = _safety_backup()
    target = _target()
    db.close()
    if register.kind == "sqlite":
        kept_aside = _swap(register, path, stamp)
    else:
        kept_aside = f"{register.name}_before_restore_{stamp}"
        try:
            pg_backup.restore(path, register.name, dict(target.params), f"{register.name}_restoring_{stamp}",
                              kept_aside)
        except BaseException:
            _reopen_quietly(target)
            raise
        init_db(target)
    _record_restore(actor.username, actor.display_name, register.name,
                    {"backup": path.name, "kept_aside": Path(kept_aside).name})
    return Restored(path, kept_aside, safety.path if safety else None)


def _named_in_restored(username: str, display_name: str) -> Actor:
    """Who restored, as the restored register knows them. A backup older than their account does not
    know them: they are recorded as an inactive account of that name, which cannot sign in."""
    from ..accounts.signing_in import actor_of

    user = User.get_or_none(User.username == username)
    if user is None:
        user = User.create(username=username, display_name=display_name, role="viewer", active=False)
    return actor_of(user)


def restore_damaged(register_path: Path, path: Path, username: str, now: datetime | None = None) -> Restored:
    """Restore a SQLite register that cannot be opened (it failed its integrity check): the file is
    kept aside as it is, and the backup takes its place. Whoever can replace the file may do this:
    nobody can sign in to a damaged register, so the name they give is recorded, not checked."""
    register = register_at(register_path)
    path = path.absolute()
    check_backup(path, register)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    if db.obj is not None:
        db.close()
    kept_aside = _swap(register, path, stamp)
    _record_restore(username, username, register.name,
                    {"backup": path.name, "kept_aside": Path(kept_aside).name, "damaged": True})
    return Restored(path, kept_aside, None)


@retried
def _record_restore(username: str, display_name: str, register_name: str, after: dict[str, object]) -> None:
    """The restore's event in the restored register, which may not know this user's id: looked up by name."""
    with write_transaction():
        audit.record(_named_in_restored(username, display_name), "restore", "register", register_name, after=after)


def _swap(register: Register, path: Path, stamp: str) -> str:
    assert register.path is not None
    aside = register.folder / f"{register.name}-{stamp}-{REPLACED}.sqlite3"
    target = DatabaseTarget("sqlite", path=register.path)
    try:
        swap_in(path, register.path, aside)
    except BaseException:
        _reopen_quietly(target)
        raise
    init_db(target)
    return str(aside)


def _reopen_quietly(target: DatabaseTarget) -> None:
    """After a failed swap, work on the register as it was, if it can be opened at all."""
    try:
        init_db(target)
    except Exception:  # noqa: BLE001 - the failure of the restore itself is what is reported
        log.warning("the register could not be reopened after a failed restore", exc_info=True)


def _safety_backup() -> Backup | None:
    try:
        return make("before-restore")
    except BackupError:
        return None  # the register is damaged: it is still kept aside, as it is


def _target() -> DatabaseTarget:
    database = db.obj
    register = open_register()
    if register.kind == "sqlite":
        return DatabaseTarget("sqlite", path=register.path)
    params = {k: v for k, v in database.connect_params.items() if k != "connect_timeout"}
    return DatabaseTarget("postgresql", name=register.name, params=params)


def latest_good_backup(register: Register) -> Backup | None:
    """The newest backup that passes a full check (a damaged register's way back)."""
    for backup in backups(register):
        if backup.reason == REPLACED:
            continue
        try:
            if register.kind == "sqlite":
                if not full_check(backup.path):
                    return backup
            else:
                pg_backup.check_dump(backup.path)
                return backup
        except Exception:  # noqa: BLE001 - a backup that cannot even be read is simply not good
            log.warning("the backup %s cannot be read", backup.path, exc_info=True)
            continue
    return None


def check_register() -> list[str]:
    """The full check of the open register (`registry-app check`): integrity and foreign keys on SQLite,
    amcheck (or every table read whole) on PostgreSQL, and the audit trail's chain; [] when all is well."""
    requiring(Action.VIEW_AUDIT)
    from .health import register_problems

    return register_problems()[0]


__all__ = ["BackupRefused", "NotABackupError", "Restored", "check_backup", "check_register",
           "latest_good_backup", "restore", "restore_damaged"]
