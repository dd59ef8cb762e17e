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


BENCH_USER = "bench"
BENCH_PASSWORD = "bench register password"  # a throwaway register of the benchmarks, nothing else


def bench_actor():
    """The benchmarks' administrator of the open register, signed in (created on a new register)."""
    from registry_app.services.accounts import signing_in

    if not signing_in.has_users():
        return signing_in.create_first_administrator(BENCH_USER, "Benchmark", BENCH_PASSWORD)
    return signing_in.sign_in(BENCH_USER, BENCH_PASSWORD)


def demo_register(participants: int) -> Path:
    """A SQLite demo register with that many participants, made once and kept in bench/results/."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"demo-{participants}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in DATA.glob(partial.name + "*"):
            leftover.unlink()
        print(f"(making a demo register of {participants:,} participants in {path} ...)", flush=True)
        url = f"sqlite:///{partial}"
        subprocess.run([sys.executable, "-m", "registry_app", "users", "add", BENCH_USER, "--role", "admin",
                        "--db", url], input=BENCH_PASSWORD + "\n", text=True, check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        subprocess.run(
            [sys.executable, "-m", "registry_app", "--user", BENCH_USER, "demo", "--db", url,
             "--participants", str(participants), "--today", TODAY],
            input=BENCH_PASSWORD + "\n", text=True, check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
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
