"""Opening the register the program works on: which one (see settings.choose_database), its
migrations, and what the window and the command line say about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.database import db, parse_url
from ..store.migrations import current_version
from ..store.schema import init_db
from .settings import ChosenDatabase, choose_database


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


def open_register(choice: Choice) -> OpenedRegister:
    """Connect this process to the register, migrating it to the current schema."""
    init_db(parse_url(choice.url), create_folder=choice.source == "default")
    return OpenedRegister(choice.description, choice.source, current_version(db.obj))


def close_this_thread() -> None:
    """Close the calling thread's connection (a worker thread's, when its work is done)."""
    if db.obj is not None:  # work that never needed the register opened none
        db.close()
