"""Which backups to keep: every one of the last 24 hours (the one about to be restored among them), and
the newest of each of the last days, weeks and months that have one, as a grandfather-father-son
rotation does."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def kept(stamps: Iterable[datetime], rotation: Rotation = Rotation()) -> set[datetime]:
    """The stamps to keep out of stamps."""
    newest_first = sorted(set(stamps), reverse=True)
    if not newest_first:
        return set()
    recent = newest_first[0] - timedelta(hours=24)
    keep: set[datetime] = {stamp for stamp in newest_first if stamp > recent}
    periods: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (rotation.daily, lambda t: t.date()),
        (rotation.weekly, lambda t: t.isocalendar()[:2]),
        (rotation.monthly, lambda t: (t.year, t.month)),
    )
    for how_many, period in periods:
        seen: set[Hashable] = set()
        for stamp in newest_first:
            key = period(stamp)
            if key in seen:
                continue
            if len(seen) == how_many:
                break
            seen.add(key)
            keep.add(stamp)
    return keep
