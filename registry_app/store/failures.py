"""What a failed write means to the person who asked for it.

A write can fail for reasons nobody typed wrong: the disk is full, another clerk's change on the server
got in the way (a deadlock, a serialization failure, a lock not granted), a record another clerk just
created or deleted. Each is said as a refusal with what to do; the transaction was rolled back whole.
The cause may be hidden behind a later error (a failed COMMIT on a full disk makes the rollback that
follows fail with "cannot rollback - no transaction is active"), so the whole chain is read.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator

from ..domain.errors import Refusal


class DiskFullError(Refusal):
    pass


class RegisterBusyError(Refusal):
    """A transient failure on a server: the same action may simply be tried again."""


class ChangedMeanwhileError(Refusal):
    pass


TRANSIENT_STATES = frozenset({"40P01", "40001", "55P03"})  # deadlock, serialization failure, lock not available
_INTEGRITY_STATES = frozenset({"23505", "23503"})  # unique violation, foreign key violation


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        for arg in getattr(current, "args", ()):
            if isinstance(arg, BaseException) and id(arg) not in seen:
                yield arg
        current = current.__cause__ or current.__context__


def _state(error: BaseException) -> str:
    return str(getattr(error, "sqlstate", "") or getattr(getattr(error, "diag", None), "sqlstate", "") or "")


def is_disk_full(error: BaseException) -> bool:
    for link in _chain(error):
        text = str(link).lower()
        if (isinstance(link, OSError) and link.errno == errno.ENOSPC) or "disk is full" in text \
                or "no space left on device" in text or _state(link) == "53100":
            return True
    return False


def is_transient(error: BaseException) -> bool:
    for link in _chain(error):
        text = str(link)
        if _state(link) in TRANSIENT_STATES or "deadlock detected" in text \
                or "could not serialize access" in text:
            return True
    return False


def refusal_for(error: BaseException) -> Refusal | None:
    """The refusal that says what error means, or None when it is not one of these (a bug)."""
    if isinstance(error, Refusal):
        return None
    if is_disk_full(error):
        return DiskFullError("The disk holding the register is full: nothing was saved. Free some space, "
                             "then try again.")
    if is_transient(error):
        return RegisterBusyError("Another clerk's change got in the way and nothing was saved: try again.")
    for link in _chain(error):
        text = str(link)
        if _state(link) in _INTEGRITY_STATES or "UNIQUE constraint failed" in text \
                or "FOREIGN KEY constraint failed" in text:
            return ChangedMeanwhileError("Another clerk changed the same records meanwhile and nothing was "
                                         "saved: reload, then try again.")
    return None
