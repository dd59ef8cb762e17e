"""Loading many rows at once (demo data, imports): COPY on PostgreSQL, executemany on SQLite."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from peewee import Database, Model

from .database import is_postgres


def insert_rows(database: Database, model: type[Model], columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows (tuples in the order of columns, which are column names) into model's table.

    Runs in the caller's transaction. Rows must already be valid: this bypasses the models."""
    table = model._meta.table_name
    if is_postgres(database):
        column_list = ", ".join(f'"{c}"' for c in columns)
        with database.cursor() as cursor:
            with cursor.copy(f'COPY "{table}" ({column_list}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
        return
    column_list = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    database.connection().executemany(
        f'INSERT INTO "{table}" ({column_list}) VALUES ({marks})', rows
    )


def reset_id_sequence(database: Database, model: type[Model]) -> None:
    """After rows were inserted with explicit ids, make the next automatic id follow them."""
    if is_postgres(database):
        table = model._meta.table_name
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM \"{table}\"), 0) + 1, false)"
        )


def insert_dicts(database: Database, model: type[Model], rows: list[dict[str, Any]]) -> None:
    """Insert rows given as {field name: value}; fields left out take the model's default."""
    if not rows:
        return
    names = list(rows[0])
    defaults = {}
    for field in model._meta.sorted_fields:
        if field.name not in names and field.default is not None:
            defaults[field.name] = field.default() if callable(field.default) else field.default
    columns = [model._meta.fields[n].column_name for n in names + list(defaults)]
    tail = tuple(defaults.values())
    insert_rows(database, model, columns, (tuple(r[n] for n in names) + tail for r in rows))
