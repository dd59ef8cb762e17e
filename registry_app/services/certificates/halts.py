"""Named points of graduation where the reliability tests stop the program dead (kill -9), to show
that a register is all-or-nothing whatever the moment. Inert unless REGISTRY_HALT_AT names the point:
the process then writes the point's name to REGISTRY_HALT_MARKER and waits to be killed."""

from __future__ import annotations

import os
import time
from pathlib import Path


def point(name: str) -> None:
    if os.environ.get("REGISTRY_HALT_AT") != name:
        return
    Path(os.environ["REGISTRY_HALT_MARKER"]).write_text(name, encoding="utf-8")
    time.sleep(600)
