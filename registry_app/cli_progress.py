"""Progress bars of the command line: one bar that fills in place on a terminal, and a line now and
then (not one per item) when the output goes to a file or a pipe. The bar appears with the first
progress, so that a command refused at once prints its one line and nothing else."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm


@contextmanager
def bar(description: str, total: int = 0, unit: str = "") -> Iterator[Callable[..., None]]:
    """Yields progress(done, total=None, text=""): the bar moves to done of total."""
    shown: list[tqdm] = []

    def progress(done: int, new_total: int | None = None, text: str = "") -> None:
        if not shown:
            interactive = sys.stderr.isatty()
            shown.append(tqdm(total=new_total or total or None, desc=description, file=sys.stderr,
                              unit=f" {unit}" if unit else "it", dynamic_ncols=True,
                              mininterval=0.1 if interactive else 5.0))
        current = shown[0]
        if new_total and new_total != current.total:
            current.total = new_total
        if text:
            current.set_postfix_str(text, refresh=False)
        current.update(done - current.n)

    try:
        yield progress
    finally:
        if shown:
            shown[0].close()
