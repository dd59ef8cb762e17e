"""Opening the register the program works on: which one (see settings.choose_database), its
migrations, and what the window and the command line say about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import Refusal
from ..store import open_check
from ..store.database import db, parse_url
from ..store.inspection import RegisterDamagedError
from ..store.migrations import current_version
from ..store.schema import init_db
from .settings import ChosenDatabase, choose_database

if TYPE_CHECKING:
    from .backups.copies import Backup


@dataclass(frozen=True)
class Choice:
    """The register chosen, before it is opened."""

    url: str
    source: str  # "--db", "REGISTRY_DB", "settings" or "default"
    description: str
    path: Path | None  # the SQLite file; None on a server

    @property
    def is_new_default(self) -> bool:
        """The default file that does not exist yet: the first start on this PC."""
        return self.source == "default" and self.path is not None and not self.path.exists()


@dataclass(frozen=True)
class OpenedRegister:
    description: str
    source: str
    schema_version: int


def choose(cli_url: str | None = None) -> Choice:
    chosen: ChosenDatabase = choose_database(cli_url)
    target = parse_url(chosen.url)
    return Choice(chosen.url, chosen.source, target.describe(), target.path)


class DamagedRegister(Refusal):
    """The register failed its integrity check and is not opened. ``backup``: the newest backup that
    passes a full check, offered to the person; ``path``: the damaged file."""

    def __init__(self, template: str, /, path: Path, backup: Backup | None, **values: object) -> None:
        super().__init__(template, path=path, **values)
        self.path = path
        self.backup = backup


def open_register(choice: Choice, check_later: bool = False) -> OpenedRegister:
    """Connect this process to the register, migrating it to the current schema. A damaged SQLite
    register is refused with its latest good backup. With check_later (the window), its quick check
    runs while the window goes on: ask damage_found() before anyone signs in; writes wait for it."""
    try:
        init_db(parse_url(choice.url), create_folder=choice.source == "default", check_later=check_later)
    except RegisterDamagedError as exc:
        raise _damaged(exc) from exc
    return OpenedRegister(choice.description, choice.source, current_version(db.obj) or 0)


def damage_found() -> DamagedRegister | None:
    """The verdict of the quick check open_register(check_later=True) left running, once it is in:
    the damage found, with the latest good backup (the register is then closed: nothing may be written
    to it), or None."""
    found = open_check.damage()
    if found is None:
        return None
    if db.obj is not None:
        db.obj.close()
    return _damaged(found)


def _damaged(exc: RegisterDamagedError) -> DamagedRegister:
    from .backups.copies import register_at  # only for a damaged register: not part of every start-up
    from .backups.restoring import latest_good_backup

    path = exc.path or Path()
    problem = exc.values.get("problem") or exc.sentence()
    backup = latest_good_backup(register_at(path))
    if backup is None:
        return DamagedRegister("The register {path} is damaged ({problem}) and there is no good backup of it "
                               "beside it: ask for help before anything else is done with the file.",
                               path=path, backup=None, problem=problem)
    return DamagedRegister("The register {path} is damaged ({problem}). The latest good backup was made on "
                           "{made}: restore it (registry-app restore \"{file}\").", path=path, backup=backup,
                           problem=problem, made=backup.made.strftime("%Y-%m-%d %H:%M"), file=backup.path)


def close_this_thread() -> None:
    """Close the calling thread's connection (a worker thread's, when its work is done)."""
    if db.obj is not None:  # work that never needed the register opened none
        db.close()
