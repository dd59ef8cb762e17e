"""The participants search on a shared PostgreSQL server, 100,000 participants: what a keystroke
costs in SQL (count and first page), the same searches as bench/participants_page.py types.

DESIGN.md's keystroke budget (20 ms to results on screen, 95th percentile) is measured on the
embedded SQLite register by participants_page.py; this prints the PostgreSQL side of it, painting
left out. A throwaway cluster is started as the tests start theirs; the demo register is made in it
(about 70 s). Set BENCH_POSTGRES_URL to a database of an existing server holding a demo register
to skip both.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, TODAY, median, percentile, verdict
from participants_page import typed_searches

PARTICIPANTS = int(os.environ.get("BENCH_PARTICIPANTS", "100000"))


def _throwaway_register(base: Path):
    sys.path.insert(0, str(ROOT))
    from tests.postgres import PostgresCluster, create_database, find_postgres_bin

    bin_dir = find_postgres_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL is not installed: make test installs it (tools/apt-packages.txt)")
    cluster = PostgresCluster(bin_dir, base)
    cluster.start()
    create_database(cluster.url("postgres"), "bench")
    print(f"(making a demo register of {PARTICIPANTS:,} participants on PostgreSQL ...)", flush=True)
    subprocess.run([sys.executable, "-m", "registry_app", "demo", "--db", cluster.url("bench"),
                    "--participants", str(PARTICIPANTS), "--today", TODAY],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return cluster


def measure(url: str) -> None:
    from registry_app.gui.models.participants_model import PAGE_SIZE
    from registry_app.services.register.participant_list import ParticipantFilter, ParticipantList
    from registry_app.store.database import parse_url
    from registry_app.store.schema import init_db

    init_db(parse_url(url))
    print(f"participants search on PostgreSQL, {PARTICIPANTS:,} participants:")
    for when in ("first pass over the register", "again, the server's cache warm"):
        keystrokes = []
        for query in typed_searches():
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                ParticipantList.first_page(ParticipantFilter(text=query[:end]), limit=PAGE_SIZE)  # as the table asks
                keystrokes.append((time.perf_counter() - started) * 1000)
        print(f"  {when}, {len(keystrokes)} keystrokes, count and first page: median "
              f"{median(keystrokes):.1f} ms, 95th percentile {percentile(keystrokes, 95):.1f} ms, "
              f"max {max(keystrokes):.1f} ms (the 20 ms budget includes painting: "
              f"{verdict(percentile(keystrokes, 95), 20)})")


def main() -> None:
    url = os.environ.get("BENCH_POSTGRES_URL")
    if url:
        measure(url)
        return
    with tempfile.TemporaryDirectory(prefix="registry-bench-") as folder:
        cluster = _throwaway_register(Path(folder))
        try:
            measure(cluster.url("bench"))
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
