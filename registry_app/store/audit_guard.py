"""The audit trail is append-only in the database itself: a trigger refuses every UPDATE and DELETE of
``audit_event`` (and TRUNCATE on PostgreSQL). Only someone who may drop the trigger (the schema owner,
whom clerks never use, or whoever holds a SQLite file) can rewrite it, and the signed checkpoints kept
outside the register show that they did."""

from __future__ import annotations

from peewee import Database

from .database import is_postgres

REFUSAL = "The audit trail is append-only: its events cannot be changed or deleted."

_SQLITE = [
    f"""CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
    f"""CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
]

_POSTGRES = [
    f"""CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$""",
    "DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event",
    """CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
    "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
    """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()""",
]


def install(database: Database) -> None:
    for statement in _POSTGRES if is_postgres(database) else _SQLITE:
        database.execute_sql(statement)


def remove(database: Database) -> None:
    """What an intruder with the schema owner's rights or the SQLite file can do (the tests plant
    tampering this way); the program never calls it."""
    if is_postgres(database):
        database.execute_sql("DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event")
        database.execute_sql("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
    else:
        database.execute_sql("DROP TRIGGER IF EXISTS audit_event_no_update")
        database.execute_sql("DROP TRIGGER IF EXISTS audit_event_no_delete")
