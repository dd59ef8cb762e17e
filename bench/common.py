"""Helpers shared by the benchmarks: a demo register of a given size, kept between runs, and figures."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "results"
TODAY = "2026-11-29"  # fixed, so that the same register is generated on every machine


def demo_register(participants: int) -> Path:
    """A SQLite demo register with that many participants, made once and kept in bench/results/."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"demo-{participants}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in DATA.glob(partial.name + "*"):
            leftover.unlink()
        print(f"(making a demo register of {participants:,} participants in {path} ...)", flush=True)
        subprocess.run(
            [sys.executable, "-m", "registry_app", "demo", "--db", f"sqlite:///{partial}",
             "--participants", str(participants), "--today", TODAY],
            check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
        )
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
    return path


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def verdict(value: float, budget: float) -> str:
    return "within budget" if value <= budget else "OVER BUDGET"


def offscreen_env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env
