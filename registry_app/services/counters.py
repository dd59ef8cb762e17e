"""Gapless running numbers. Taken inside the caller's transaction, so a number is used only if the
record that uses it is saved, and two clerks never get the same one."""

from __future__ import annotations

from ..store.database import db
from ..store.models import Counter


def next_value(scope: str) -> int:
    if db.transaction_depth() == 0:
        raise RuntimeError("A running number must be taken inside the transaction that uses it.")
    Counter.insert(scope=scope, value=0).on_conflict_ignore().execute()
    # The UPDATE takes the row lock (PostgreSQL) or is under the write lock (SQLite) before the read.
    Counter.update(value=Counter.value + 1).where(Counter.scope == scope).execute()
    return int(Counter.select(Counter.value).where(Counter.scope == scope).scalar())


def set_at_least(scope: str, value: int) -> None:
    """Move the counter past numbers allocated in bulk (demo data, imports)."""
    Counter.insert(scope=scope, value=value).on_conflict(
        conflict_target=[Counter.scope],
        update={Counter.value: value},
        where=(Counter.value < value),
    ).execute()


def take(scope: str, count: int) -> int:
    """Reserve count consecutive numbers at once (an import's new records); returns the first."""
    if db.transaction_depth() == 0:
        raise RuntimeError("Running numbers must be taken inside the transaction that uses them.")
    Counter.insert(scope=scope, value=0).on_conflict_ignore().execute()
    Counter.update(value=Counter.value + count).where(Counter.scope == scope).execute()
    return int(Counter.select(Counter.value).where(Counter.scope == scope).scalar()) - count + 1


def peek(scope: str) -> int:
    """The last number taken in scope (0 if none): the next is one more, unless another takes it first."""
    value = Counter.select(Counter.value).where(Counter.scope == scope).scalar()
    return int(value or 0)
