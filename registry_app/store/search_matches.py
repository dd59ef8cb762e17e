"""What the participants search needs to know of the whole register, remembered between
keystrokes (SQLite): which participants each searched word matches, which are archived, and the
order of everyone's names.

Typing "Mahamadou Issoufou Abd" asks the trigram index about "mahamadou" and "issoufou" again on
every keystroke, and a word made of common trigrams costs milliseconds each time. What is known is
kept until the register changes: a commit by another connection (PRAGMA data_version) or a row
written by this one (total_changes). Nothing is kept from inside an open transaction, since a
rollback would leave it wrong.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from typing import Any

from peewee import Database

from .search import FTS_ROWIDS

# Ids kept at most, over every word (about 12 MB): three letters can match a tenth of the register.
MAX_IDS = 200_000


class _Matches:
    """One connection's remembered matches, valid while its stamp holds."""

    def __init__(self) -> None:
        self._connection = None  # held, so that the identity test below cannot meet a recycled id
        self._stamp: tuple[int, int] | None = None
        self._words: OrderedDict[str, frozenset[int]] = OrderedDict()
        self._archived: frozenset[int] | None = None
        self._name_order: array[int] | None = None
        self._size = 0

    def _current(self, connection: Any) -> bool:
        """Forget everything if the register may have changed since it was remembered; whether
        what is learnt now may be kept."""
        if connection.in_transaction:
            return False
        stamp = (connection.total_changes, connection.execute("PRAGMA data_version").fetchone()[0])
        if connection is not self._connection or stamp != self._stamp:
            self._connection, self._stamp = connection, stamp
            self._words.clear()
            self._archived = None
            self._name_order = None
            self._size = 0
        return True

    def word(self, connection: Any, clause: str) -> frozenset[int]:
        keep = self._current(connection)
        ids = self._words.get(clause) if keep else None
        if ids is not None:
            self._words.move_to_end(clause)
            return ids
        ids = frozenset(row[0] for row in connection.execute(FTS_ROWIDS, (clause,)))
        if keep and len(ids) <= MAX_IDS:
            self._words[clause] = ids
            self._size += len(ids)
            while self._size > MAX_IDS:
                _, dropped = self._words.popitem(last=False)
                self._size -= len(dropped)
        return ids

    def archived(self, connection: Any) -> frozenset[int]:
        keep = self._current(connection)
        if keep and self._archived is not None:
            return self._archived
        ids = frozenset(row[0] for row in connection.execute("SELECT id FROM participant WHERE archived = TRUE"))
        if keep:
            self._archived = ids
        return ids

    def name_order(self, connection: Any) -> array[int]:
        keep = self._current(connection)
        if keep and self._name_order is not None:
            return self._name_order
        cursor = connection.cursor()
        cursor.row_factory = _first_column  # bare ids, not 100,000 one-element tuples
        order = array("l", cursor.execute("SELECT id FROM participant ORDER BY sort_name, id").fetchall())
        if keep:
            self._name_order = order
        return order


def _first_column(_cursor: Any, row: tuple[Any, ...]) -> Any:
    return row[0]


_per_thread = threading.local()  # Peewee gives each thread its own connection


def _matches() -> _Matches:
    matches = getattr(_per_thread, "matches", None)
    if matches is None:
        matches = _per_thread.matches = _Matches()
    return matches


def matching(database: Database, clauses: list[str]) -> frozenset[int]:
    """Participants (archived too) matching every clause of the FTS index."""
    connection = database.connection()
    found = sorted((_matches().word(connection, clause) for clause in clauses), key=len)
    return found[0].intersection(*found[1:])


def name_order(database: Database) -> array[int]:
    """Every participant's id, in the name order (sort name, then id): 0.8 MB for 100,000
    participants, read again (in about 50 ms) after any change."""
    return _matches().name_order(database.connection())


def archived(database: Database) -> frozenset[int]:
    """The archived participants: a handful, taken off the counts."""
    return _matches().archived(database.connection())
