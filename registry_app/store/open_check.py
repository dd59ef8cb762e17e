"""The quick check of the register the window opens, run on a thread of its own.

The check reads the whole file (a twentieth of a second for 10,000 participants, more on a bigger
register): run before the window, it would be a sixth of the start-up. The window's open starts it
on a thread, with its own read-only connection, and goes on (the sign-in dialog, the first page); the
window waits for its verdict before anyone signs in, and every write transaction waits for it too
and is refused on a damaged register (store.database.write_transaction). Nothing is written before
the check has passed.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from .inspection import RegisterDamagedError, quick_check


class _Check:
    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.problem = ""
        self._thread = threading.Thread(target=self._run, args=(connection,), name="quick check at open",
                                        daemon=True)
        self._thread.start()

    def _run(self, connection: sqlite3.Connection) -> None:
        try:
            # Its budget counts the check's own work: waiting for the window's thread (Python's lock)
            # while the window is built must not use it up and leave the file unread.
            self.problem = quick_check(connection, clock=time.thread_time)
        except Exception as exc:  # noqa: BLE001 - a check that cannot read the file has found it damaged
            self.problem = str(exc) or type(exc).__name__
        finally:
            connection.close()

    def damage(self) -> RegisterDamagedError | None:
        self._thread.join()
        if not self.problem:
            return None
        return RegisterDamagedError("The register {path} is damaged: {problem}.", path=self.path,
                                    problem=self.problem)


_running: _Check | None = None


def start(path: Path, connection: sqlite3.Connection) -> None:
    """Check the register at path through connection (read-only, usable from any thread)."""
    global _running
    _running = _Check(path, connection)


def forget() -> None:
    """Another register is opened: the verdict on the one before no longer matters."""
    global _running
    _running = None


def damage() -> RegisterDamagedError | None:
    """What the check of the open register found, once it has finished; None when it passed or when
    the register was checked before it was opened."""
    return None if _running is None else _running.damage()


def refuse_writes_if_damaged() -> None:
    found = damage()
    if found is not None:
        raise found
