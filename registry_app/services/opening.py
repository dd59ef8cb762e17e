"""Opening the register the program works on: which one (see settings.choose_database), its
migrations, and what the window and the command line say about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..domain.errors import Refusal
from ..store import open_check
from ..store.database import DatabaseUrlError, db, parse_url
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


@dataclass(frozen=True)
class ServerAddress:
    """A register on a PostgreSQL server as the window asks for it; the password is asked each time
    and never stored."""

    host: str
    port: int
    database: str
    user: str = ""


def server_url(address: ServerAddress, password: str = "") -> str:
    """The postgresql:// URL of address, each part quoted; refused as --db would refuse it."""
    if not address.host.strip():
        raise DatabaseUrlError("Give the server's name or address.")
    if not address.database.strip():
        raise DatabaseUrlError("A PostgreSQL URL must name the database: postgresql://host/database.")
    if not 1 <= address.port <= 65535:
        raise DatabaseUrlError("The port in the PostgreSQL address must be a number from 1 to 65535.")
    login = quote(address.user.strip(), safe="")
    if login and password:
        login += ":" + quote(password, safe="")
    host = address.host.strip()
    host = f"[{host}]" if ":" in host else quote(host, safe=".-")
    url = f"postgresql://{login + '@' if login else ''}{host}:{address.port}/{quote(address.database.strip(), safe='')}"
    parse_url(url)  # the checks of --db
    return url


def address_of(url: str | None) -> ServerAddress | None:
    """The server address of a postgresql:// URL (without its password), to fill the form again."""
    try:
        target = parse_url(url or "")
    except DatabaseUrlError:
        return None
    if target.kind != "postgresql":
        return None
    return ServerAddress(str(target.params.get("host", "")), int(target.params.get("port", 5432)), target.name,
                         str(target.params.get("user", "")))


def sqlite_url(path: str) -> str:
    if not path.strip():
        raise DatabaseUrlError("Choose the register's file.")
    return f"sqlite:///{Path(path.strip()).expanduser()}"


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
