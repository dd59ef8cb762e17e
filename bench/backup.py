"""Backup of the 100,000-participant register: SQLite's online backup API, then the check of the copy
(store.inspection.check_backup: quick_check, the copy compared with the register, and tables checked
in full in what is left of the budget), then the rename; the parts apart; and the full check of a
backup (integrity_check and foreign_key_check), as done before a restore, by `registry-app check` and
by the scheduled full check.

Budget (DESIGN.md): 1 s, checked.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from common import bench_actor, demo_register, median, verdict

PARTICIPANTS = int(os.environ.get("BENCH_PARTICIPANTS", "100000"))
BUDGET = 1.0


def main() -> None:
    register = demo_register(PARTICIPANTS)
    from registry_app.services.backups.copies import back_up_now
    from registry_app.store.database import db
    from registry_app.store.inspection import full_check
    from registry_app.store.schema import init_db

    init_db(f"sqlite:///{register}")
    actor = bench_actor()
    size = register.stat().st_size
    times, checks = [], []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(5):
            out = Path(folder) / f"backup-{run}.sqlite3"
            started = time.perf_counter()
            made = back_up_now(actor, out=out)
            times.append(time.perf_counter() - started)
            started = time.perf_counter()
            assert full_check(made.path) == []
            checks.append(time.perf_counter() - started)
            out.unlink()
        parts = _parts(Path(folder) / "parts.sqlite3")
    db.close()
    print(f"register: {PARTICIPANTS:,} participants, {size / 1_000_000:.0f} MB")
    print(f"backup, checked (copy + check_backup + rename): median {median(times):.3f} s, "
          f"worst {max(times):.3f} s (budget {BUDGET} s): {verdict(median(times), BUDGET)}")
    print("the parts: " + ", ".join(f"{name} {seconds:.3f} s" for name, seconds in parts))
    print(f"full check of a backup (integrity_check + foreign_key_check, before a restore): "
          f"median {median(checks):.3f} s")


def _parts(out: Path) -> list[tuple[str, float]]:
    """One backup's parts timed apart: the copy with the register's fingerprint, quick_check, the
    comparison with the register, and every table checked in full (what the budget may not reach)."""
    import sqlite3

    from registry_app.store.backup import _copy_of_one_moment
    from registry_app.store.database import db
    from registry_app.store.inspection import _quick_checked, _read_only, _tables_checked, fingerprint

    timed = []
    started = time.perf_counter()
    expected = _copy_of_one_moment(db.connection(), out, None)
    timed.append(("copy + the register's fingerprint", time.perf_counter() - started))
    connection: sqlite3.Connection = _read_only(out)
    started = time.perf_counter()
    assert _quick_checked(out, fingerprint(connection)) == []
    timed.append(("quick_check (two halves at once)", time.perf_counter() - started))
    started = time.perf_counter()
    assert fingerprint(connection) == expected
    timed.append(("the copy's fingerprint compared", time.perf_counter() - started))
    started = time.perf_counter()
    assert _tables_checked(connection, fingerprint(connection), 3600) == []
    timed.append(("every table checked in full (left to the scheduled check)", time.perf_counter() - started))
    connection.close()
    return timed


if __name__ == "__main__":
    sys.exit(main())
