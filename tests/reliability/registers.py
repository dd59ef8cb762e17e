"""Registers to break: a small filled one, and ways of damaging a copy of it."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from pathlib import Path


def fill(path: Path, participants: int = 300) -> Path:
    """A register at path with demo data, closed (its WAL checkpointed into the file)."""
    import io
    import sys

    from registry_app.cli import main
    from registry_app.store.database import db

    url = f"sqlite:///{path}"
    stdin = sys.stdin
    try:  # the administrator's password, as a script sends it
        sys.stdin = io.StringIO("register filler password\n")
        assert main(["users", "add", "filler", "--role", "admin", "--db", url]) == 0
        sys.stdin = io.StringIO("register filler password\n")
        assert main(["--user", "filler", "demo", "--db", url, "--participants", str(participants), "--seed", "7"]) == 0
    finally:
        sys.stdin = stdin
    db.obj.close()
    return path


def corrupt_pages(path: Path, size: int = 4096, seed: int = 1) -> None:
    """Overwrite size bytes in the middle of the file with noise, page-aligned, as a failing disk does."""
    length = path.stat().st_size
    page = 4096
    offset = (length // 2) // page * page
    noise = random.Random(seed).randbytes(size)
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(noise)


def state(folder: Path) -> dict[str, str]:
    """Every file under folder with the SHA-256 of its bytes: what "nothing changed" compares."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            found[os.path.join(root, name)] = "folder"
        for name in files:
            file = Path(root, name)
            found[str(file)] = hashlib.sha256(file.read_bytes()).hexdigest()
    return found


def journal_mode(path: Path) -> str:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]
