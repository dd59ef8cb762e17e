"""What the participants search needs to know of the whole register, remembered between
keystrokes (SQLite): which participants each searched word matches, which are archived, and the
order of everyone's names.

Typing "Mahamadou Issoufou Abd" asks the trigram index about "mahamadou" and "issoufou" again on
every keystroke, and a word made of common trigrams costs milliseconds each time. What is known is
kept until the register changes: a commit by another connection (PRAGMA data_version) or a row
written by this one (total_changes). Nothing is kept from inside an open transaction, since a
rollback would leave it wrong.

The name order outlives changes: reading it again takes some 30 ms, more than a keystroke may, and
a clerk searches right after each save. Instead the participants written since it was read (the
change log kept by triggers, search.CHANGE_LOG_DDL) are said to have moved, and the search places
them by their sort keys (participant_search).
"""

from __future__ import annotations

import json
import threading
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from peewee import Database

from .search import FTS_ROWIDS

# Ids kept at most, over every word (about 12 MB): three letters can match a tenth of the register.
MAX_IDS = 200_000
# Participants moved since the name order was read, at most, before it is read again.
MAX_MOVED = 2_000


@dataclass(frozen=True)
class NameOrder:
    """Every participant's id in the name order when it was read, but for those moved since: their
    place in ids may be wrong, or they are not in it."""

    ids: array[int]
    moved: frozenset[int]
    seq: int  # the change log's last row when read, or when moved was brought up to date


class _Matches:
    """One connection's remembered matches, valid while its stamp holds."""

    def __init__(self) -> None:
        self._connection = None  # held, so that the identity test below cannot meet a recycled id
        self._stamp: tuple[int, int] | None = None
        self._words: OrderedDict[str, frozenset[int]] = OrderedDict()
        self._archived: frozenset[int] | None = None
        self._size = 0
        self._order_connection = None
        self._name_order: NameOrder | None = None

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

    def name_order(self, connection: Any) -> NameOrder:
        if connection is not self._order_connection:
            self._order_connection, self._name_order = connection, None
        keep = not connection.in_transaction  # a rollback may give a change's seq to another change
        last = connection.execute("SELECT COALESCE(MAX(seq), 0) FROM participant_change").fetchone()[0]
        order = self._name_order
        if order is not None and order.seq < last:
            order = _mended(connection, order, last)
        elif order is not None and order.seq > last:  # another register's file in its place
            order = None
        if order is None:
            order = NameOrder(_read_order(connection), frozenset(), last)  # last read first: a change between counts twice
        if keep:
            self._name_order = order
        return order


def _mended(connection: Any, order: NameOrder, last: int) -> NameOrder | None:
    """The order with the participants changed since it was read marked moved; None when too many
    have, or any may have (a bulk load)."""
    first = connection.execute("SELECT MIN(seq) FROM participant_change").fetchone()[0]
    if first > order.seq + 1:  # the log no longer goes back that far
        return None
    changed = {row[0] for row in connection.execute(
        "SELECT participant_id FROM participant_change WHERE seq > ? AND seq <= ?", (order.seq, last))}
    moved = order.moved | changed
    if None in moved or len(moved) > MAX_MOVED:
        return None
    return NameOrder(order.ids, frozenset(moved), last)


def _read_order(connection: Any) -> array[int]:
    """Every id in the name order, in one text read and parsed by json: twice as fast as 100,000 rows."""
    listed = connection.execute(
        "SELECT json_group_array(id) FROM (SELECT id FROM participant ORDER BY sort_name, id)").fetchone()[0]
    return array("l", json.loads(listed))


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


def name_order(database: Database) -> NameOrder:
    """Every participant's id, in the name order (sort name, then id), 0.8 MB for 100,000
    participants, with those whose place may have changed since it was read."""
    return _matches().name_order(database.connection())


def archived(database: Database) -> frozenset[int]:
    """The archived participants: a handful, taken off the counts."""
    return _matches().archived(database.connection())
