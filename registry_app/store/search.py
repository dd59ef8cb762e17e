"""Search over the participants' normalised keys.

SQLite keeps an FTS5 trigram index (an external-content table kept in step by triggers); PostgreSQL
keeps pg_trgm GIN indexes on the same two columns. Both answer substring queries without scanning
the table. Each word typed must match as folded text; in "sounds alike" mode a word may also match
by its skeleton (Muhammad finds Mohamed, but also Mahmoud: the list offers it only when nothing
matches exactly). Words of one or two letters are too short for trigrams: alone they mean "names
that start with".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from peewee import Database

from ..domain.names import has_arabic, spelling_variants, to_latin, word_skeleton
from ..domain.search_text import MAX_WORDS, search_words
from .database import is_postgres

_MIN_TRIGRAM = 3
_MIN_SOUNDS_LIKE = 4  # shorter words have skeletons too vague to search on

# The participants whose place in the name order may have changed, in the order of the changes: the
# search keeps the order in memory and mends it from here instead of reading it again (search_matches).
# A row without a participant says that any place may have changed (participants loaded in bulk).
CHANGES_KEPT = 10_000  # an order older than this is read again
CHANGE_LOG_DDL = (
    "CREATE TABLE IF NOT EXISTS participant_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, participant_id INTEGER)",
    "CREATE TRIGGER IF NOT EXISTS participant_change_insert AFTER INSERT ON participant BEGIN "
    "INSERT INTO participant_change(participant_id) VALUES (new.id); END",
    "CREATE TRIGGER IF NOT EXISTS participant_change_delete AFTER DELETE ON participant BEGIN "
    "INSERT INTO participant_change(participant_id) VALUES (old.id); END",
    "CREATE TRIGGER IF NOT EXISTS participant_change_update AFTER UPDATE OF sort_name ON participant "
    "WHEN old.sort_name IS NOT new.sort_name BEGIN "
    "INSERT INTO participant_change(participant_id) VALUES (new.id); END",
    f"CREATE TRIGGER IF NOT EXISTS participant_change_bounded AFTER INSERT ON participant_change BEGIN "
    f"DELETE FROM participant_change WHERE seq <= new.seq - {CHANGES_KEPT}; END",
)

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS participant_fts USING fts5("
    "search_key, name_skeleton, content='participant', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS participant_fts_insert AFTER INSERT ON participant BEGIN "
    "INSERT INTO participant_fts(rowid, search_key, name_skeleton) "
    "VALUES (new.id, new.search_key, new.name_skeleton); END",
    "CREATE TRIGGER IF NOT EXISTS participant_fts_delete AFTER DELETE ON participant BEGIN "
    "INSERT INTO participant_fts(participant_fts, rowid, search_key, name_skeleton) "
    "VALUES ('delete', old.id, old.search_key, old.name_skeleton); END",
    "CREATE TRIGGER IF NOT EXISTS participant_fts_update AFTER UPDATE OF search_key, name_skeleton "
    "ON participant BEGIN "
    "INSERT INTO participant_fts(participant_fts, rowid, search_key, name_skeleton) "
    "VALUES ('delete', old.id, old.search_key, old.name_skeleton); "
    "INSERT INTO participant_fts(rowid, search_key, name_skeleton) "
    "VALUES (new.id, new.search_key, new.name_skeleton); END",
    *CHANGE_LOG_DDL,
)

_POSTGRES_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS participant_search_key_trgm ON participant "
    "USING gin (search_key gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS participant_name_skeleton_trgm ON participant "
    "USING gin (name_skeleton gin_trgm_ops)",
)


def install(database: Database) -> None:
    for statement in _POSTGRES_DDL if is_postgres(database) else _SQLITE_DDL:
        database.execute_sql(statement)


def rebuild(database: Database) -> None:
    """Re-read every participant into the index."""
    if not is_postgres(database):
        database.execute_sql("INSERT INTO participant_fts(participant_fts) VALUES ('rebuild')")


@contextmanager
def bulk_loading(database: Database) -> Iterator[None]:
    """Load many participants at once: on SQLite the index is rebuilt once at the end, which is
    several times faster than its trigger row by row. Use inside the loading transaction."""
    if is_postgres(database):
        yield
        return
    with _logged_as_one_change(database):
        database.execute_sql("DROP TRIGGER participant_fts_insert")
        yield
        database.execute_sql(_SQLITE_DDL[1])
        rebuild(database)


@contextmanager
def adding_participants(database: Database) -> Iterator[None]:
    """Add many participants to a register that has many (an import): on SQLite the new rows go into
    the index in one statement at the end, ten times faster than the trigger row by row, and without
    rebuilding the index of those already there. Use inside the adding transaction (SQLite's DDL is
    transactional: a rollback puts the trigger back)."""
    if is_postgres(database):
        yield
        return
    last = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM participant").fetchone()[0]
    with _logged_as_one_change(database):
        database.execute_sql("DROP TRIGGER participant_fts_insert")
        yield
        database.execute_sql("INSERT INTO participant_fts(rowid, search_key, name_skeleton) "
                             "SELECT id, search_key, name_skeleton FROM participant WHERE id > ?", (last,))
        database.execute_sql(_SQLITE_DDL[1])


@contextmanager
def _logged_as_one_change(database: Database) -> Iterator[None]:
    """Participants added in bulk are one row of the change log, not one each (an import's budget)."""
    database.execute_sql("DROP TRIGGER participant_change_insert")
    yield
    database.execute_sql(CHANGE_LOG_DDL[1])
    database.execute_sql("INSERT INTO participant_change(participant_id) VALUES (NULL)")


def words(query: str) -> list[str]:
    """The words searched for, bounded (see domain.search_text): never more than a few, each short."""
    found: list[str] = []
    for word in re.findall(r"\w+", " ".join(search_words(query))):
        if word not in found and len(found) < MAX_WORDS:
            found.append(word)
    return found


def _sounds_like(word: str) -> str:
    if len(word) < _MIN_SOUNDS_LIKE or word.isdigit():
        return ""
    sk = word_skeleton(to_latin(word).replace(" ", ""))
    return sk if len(sk) >= _MIN_TRIGRAM else ""


@dataclass(frozen=True)
class TextSearch:
    """What the clerk typed, made into conditions on the Participant model."""

    long_words: tuple[str, ...]
    short_words: tuple[str, ...]
    sounds_alike: bool = False

    @classmethod
    def parse(cls, query: str, sounds_alike: bool = False) -> TextSearch | None:
        tokens = words(query)
        if not tokens:
            return None
        return cls(tuple(t for t in tokens if len(t) >= _MIN_TRIGRAM),
                   tuple(t for t in tokens if len(t) < _MIN_TRIGRAM), sounds_alike)

    @property
    def can_sound_alike(self) -> bool:
        """Whether a "sounds alike" search would differ from this exact one."""
        return any(_sounds_like(w) or spelling_variants(w) for w in self.long_words)

    def _skeleton(self, word: str) -> str:
        return _sounds_like(word) if self.sounds_alike else ""

    def _spellings(self, word: str) -> list[str]:
        """The word as typed and, sounding alike, as it may be written: "aicha" for aisha, "n diaye"."""
        return [word, *spelling_variants(word)] if self.sounds_alike else [word]

    @property
    def arabic_prefix(self) -> bool:
        """Whether this is the first letter or two of a name in Arabic script."""
        return not self.long_words and has_arabic(" ".join(self.short_words))

    @property
    def fts_clauses(self) -> list[str]:
        """One FTS5 query per long word, each answered by the index alone (SQLite); a participant
        matches when every clause does."""
        clauses = []
        for word in self.long_words:
            alternatives = [f'search_key : "{spelling}"' for spelling in self._spellings(word)]
            sk = self._skeleton(word)
            if sk:
                alternatives.append(f'name_skeleton : "{sk}"')
            clauses.append(alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})")
        return clauses

    def sql(self, postgres: bool) -> tuple[str, list[Any]]:
        """The condition on participant ``p`` as SQL text with ``?`` placeholders, and its values.

        On SQLite the long words are left to the FTS index (fts_clauses): the caller tests ``p.id``
        against those matches, and the condition here holds only the short words."""
        if not self.long_words:
            # One or two letters: names that start with them, through an index.
            prefix = " ".join(self.short_words)
            column = "p.full_name_ar" if has_arabic(prefix) else "p.sort_name"
            return f"{column} >= ? AND {column} < ?", [prefix, prefix + "\uffff"]
        clauses, params = ["1 = 1"], []
        if postgres:
            for word in self.long_words:
                spellings = self._spellings(word)
                sk = self._skeleton(word)
                alternatives = ["p.search_key LIKE ?"] * len(spellings) + (["p.name_skeleton LIKE ?"] if sk else [])
                clauses.append(f"({' OR '.join(alternatives)})")
                params.extend([f"%{spelling}%" for spelling in spellings] + ([f"%{sk}%"] if sk else []))
        for word in self.short_words:
            clauses.append("p.search_key LIKE ?")
            params.append(f"%{word}%")
        return " AND ".join(clauses), params


FTS_ROWIDS = "SELECT rowid FROM participant_fts WHERE participant_fts MATCH ?"
