"""Backup of the 100,000-participant register: SQLite's online backup API, then quick_check of the copy
(every page and record read back), then the rename; and the full check of a backup (integrity_check
and foreign_key_check), as done before a restore and by `registry-app check`.

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
    db.close()
    print(f"register: {PARTICIPANTS:,} participants, {size / 1_000_000:.0f} MB")
    print(f"backup, checked (copy + quick_check + rename): median {median(times):.3f} s, "
          f"worst {max(times):.3f} s (budget {BUDGET} s): {verdict(median(times), BUDGET)}")
    print(f"full check of a backup (integrity_check + foreign_key_check, before a restore): "
          f"median {median(checks):.3f} s")


if __name__ == "__main__":
    sys.exit(main())
