"""What "checked" means for a backup (store.inspection.check_backup): quick_check in full, the copy
proven to be the register it was taken from (pages, schema, rows in every table), and the tables the
time budget allows checked in full, index against table. A copy that fails any of these is not kept:
no backup file, nothing among the register's backups. What only a full integrity_check would find (an
index that no longer matches its table, in a table the budget did not reach) is left to the scheduled
full check of the newest backup (tests/services/test_health.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from registry_app.services.actors import current
from registry_app.services.backups import copies
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store import backup
from registry_app.store.backup import BackupError
from registry_app.store.inspection import check_backup, fingerprint, full_check

PAGE = 4096


@pytest.fixture
def register(sqlite_database):
    actor = current()
    for n in range(300):
        participants.create(actor, ParticipantData(f"Awa {n}", f"Traoré {n}", "F", "ML", notes="x" * 300))
    return Path(sqlite_database.database)


def _copy_then(monkeypatch, harm):
    """The backup API's copy, then harm(copy) before the copy is checked."""
    real = backup._copy_into

    def copy(source, destination, progress=None):
        real(source, destination, progress)
        harm(destination)

    monkeypatch.setattr(backup, "_copy_into", copy)


def _refused_and_not_kept(register: Path):
    with pytest.raises(BackupError, match="fails its integrity check") as refused:
        copies.make("manual")
    folder = register.parent / "backups"
    assert copies.backups() == []
    assert not folder.exists() or list(folder.iterdir()) == []  # not even a .partial left
    return refused.value


def _garble_pages(copy: Path, first: int, count: int = 1) -> None:
    with copy.open("r+b") as file:
        file.seek(first * PAGE)
        file.write(bytes((n * 37 + 11) % 256 for n in range(count * PAGE)))


def test_a_sound_copy_is_kept_and_passes_the_full_check(register):
    made = copies.make("manual")
    assert made.path.exists() and full_check(made.path) == []


@pytest.mark.parametrize("where", ["schema", "middle", "last"])
def test_a_copy_with_damaged_pages_is_refused_and_not_kept(register, monkeypatch, where):
    pages = register.stat().st_size // PAGE
    first = {"schema": 0, "middle": pages // 2, "last": pages - 2}[where]
    _copy_then(monkeypatch, lambda copy: _garble_pages(copy, first, 1 if where == "schema" else 2))
    refusal = _refused_and_not_kept(register)
    assert "the register itself is damaged" in str(refusal)


def test_a_copy_that_is_not_the_register_it_was_taken_from_is_refused(register, monkeypatch):
    def lose_a_row(copy: Path) -> None:
        with sqlite3.connect(copy) as connection:
            connection.execute("INSERT INTO counter (scope, value) VALUES ('stray', 1)")
        connection.close()

    _copy_then(monkeypatch, lose_a_row)
    refusal = _refused_and_not_kept(register)
    assert "counter" in str(refusal)


def stale_index(path: Path, table: str = "participant", index_column: str = "rank") -> None:
    """An index that no longer matches its table, every page well formed: what quick_check and the
    comparison cannot see, and integrity_check can. Made by hiding the index from SQLite while the
    table changes."""
    connection = sqlite3.connect(path)
    name, sql = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql LIKE ?",
        (table, f"%{index_column}%")).fetchone()
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("DELETE FROM sqlite_master WHERE name = ?", (name,))
    connection.commit()
    connection.close()
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE {table} SET {index_column} = {index_column} || 'z' WHERE id % 7 = 0")
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('index', ?, ?, ?, ?)",
                       (name, table, root, sql))
    connection.commit()
    connection.close()


def test_an_index_out_of_step_with_its_table_is_found_when_the_budget_reaches_its_table(register, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(register) as source:
        source.backup(sqlite3.connect(copy))
        expected = fingerprint(source)
    source.close()
    stale_index(copy)
    assert check_backup(copy, expected, tables_seconds=0.0) == []  # not reached: left to the full check
    assert any("participant" in problem or "index" in problem
               for problem in check_backup(copy, expected, tables_seconds=60.0))
    assert full_check(copy) != []
