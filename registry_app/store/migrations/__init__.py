"""Schema versions.

A new register is created from the models as they are and stamped with the latest version; an older
register is brought up to date by the migrations after its version, in order, each in its own
transaction, after a backup of a SQLite file. A migration is a function of the open database; add one
by appending to MIGRATIONS (and use playhouse.migrate for column changes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from peewee import CharField, Database, DateTimeField, IntegerField, Model, SqliteDatabase

from ..database import db, is_postgres, write_transaction
from ..inspection import NotARegisterError, RegisterSchemaTooNew
from ..models import MODELS, ONE_VALID_CERTIFICATE, SEARCHABLE, AuditCheckpoint, CourseFunding, fill_search_keys, utcnow

log = logging.getLogger(__name__)


class SchemaVersion(Model):
    version = IntegerField(primary_key=True)
    description = CharField(max_length=200)
    applied_at = DateTimeField(default=utcnow)

    class Meta:
        database = db
        table_name = "schema_version"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Database], None]


class SchemaTooNewError(RegisterSchemaTooNew, RuntimeError):
    pass


# What only a migration needs is imported by it: every start-up opens a register already up to date.


def _initial(database: Database) -> None:
    from .. import audit_guard, reference_data, search

    database.create_tables(MODELS)
    search.install(database)
    reference_data.seed_countries(database)
    audit_guard.install(database)


def _search_keys(database: Database) -> None:
    # Plain ALTER TABLE: playhouse would rebuild each table on SQLite to make the column NOT NULL,
    # which the foreign keys pointing at organisations and courses refuse.
    for model in SEARCHABLE:
        database.execute_sql(
            f'ALTER TABLE "{model._meta.table_name}" ADD COLUMN search_key TEXT NOT NULL DEFAULT \'\'')
    for model in SEARCHABLE:
        fill_search_keys(model)


def _funding(database: Database) -> None:
    database.create_tables([CourseFunding])


def _accounts_and_checkpoints(database: Database) -> None:
    from .. import audit_guard

    for column, definition in (("failed_attempts", "INTEGER NOT NULL DEFAULT 0"),
                               ("locked_until", "TIMESTAMP NULL"),
                               ("database_login", "VARCHAR(63) NOT NULL DEFAULT ''")):
        database.execute_sql(f'ALTER TABLE "user" ADD COLUMN {column} {definition}')
    database.create_tables([AuditCheckpoint])
    audit_guard.install(database)


def _one_valid_certificate(database: Database) -> None:
    """The batch each certificate was drawn with, and at most one valid certificate per enrolment.
    Two graduations running at once could issue a second one: the later is revoked, saying why."""
    database.execute_sql("ALTER TABLE certificate ADD COLUMN drawn_with VARCHAR(40) NOT NULL DEFAULT ''")
    database.execute_sql("UPDATE certificate SET drawn_with = serial")
    seen: set[int] = set()
    for certificate_id, enrolment_id in database.execute_sql(
            "SELECT id, enrolment_id FROM certificate WHERE status = 'valid' ORDER BY enrolment_id, id").fetchall():
        if enrolment_id in seen:
            database.execute_sql("UPDATE certificate SET status = 'revoked', reason = %s WHERE id = %s"
                                 .replace("%s", database.param),
                                 ("issued a second time by two graduations running at once; the first stays valid",
                                  certificate_id))
        seen.add(enrolment_id)
    database.execute_sql(f"CREATE UNIQUE INDEX IF NOT EXISTS {ONE_VALID_CERTIFICATE} ON certificate (enrolment_id) "
                         "WHERE status = 'valid'")


def _report_indexes(database: Database) -> None:
    """Indexes that hold what a report reads of every place, participant and course day: read from them
    alone, without the wide rows. The enrolments' (course, status) index is the start of the new one."""
    from ..models import CourseDay, CourseHalfDay, Enrolment, Participant

    database.execute_sql('DROP INDEX IF EXISTS "enrolment_course_id_status"')
    database.create_tables([Participant, Enrolment, CourseDay, CourseHalfDay], safe=True)  # their new indexes


def _participant_change_log(database: Database) -> None:
    from .. import search

    if not is_postgres(database):
        for statement in search.CHANGE_LOG_DDL:
            database.execute_sql(statement)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "the register: participants, courses, attendance, certificates, audit", _initial),
    Migration(2, "search keys for organisations, programmes, trainers and courses", _search_keys),
    Migration(3, "the funding sources and grant references of courses", _funding),
    Migration(4, "sign-in: lockout and database logins of users; signed audit checkpoints; "
                 "an append-only audit trail", _accounts_and_checkpoints),
    Migration(5, "one valid certificate per enrolment; the batch each certificate was drawn with",
              _one_valid_certificate),
    Migration(6, "indexes from which reports read the places, who the participants are and the course days",
              _report_indexes),
    Migration(7, "a log of the participants whose place in the name order changed, from which the search "
                 "mends the order it keeps (SQLite)", _participant_change_log),
)


def latest(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version


def current_version(database: Database) -> int | None:
    """The register's schema version; 0 for an empty database; None if it holds foreign tables."""
    tables = set(database.get_tables())
    if SchemaVersion._meta.table_name in tables:
        return SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).scalar() or 0
    return 0 if not tables else None


def migrate(
    database: Database,
    backup_dir: Path | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> list[int]:
    """Create or bring up to date the register; returns the versions applied."""
    version = current_version(database)
    if version is None:
        raise NotARegisterError(
            "This database holds tables that are not a register of this program; open another one."
        )
    target = latest(migrations)
    if version > target:
        raise SchemaTooNewError(
            f"This register is at schema version {version}, newer than this program knows ({target}). "
            "Install the newer version of the program to open it."
        )
    if version == target:
        return []
    if version == 0:
        with write_transaction(database):
            database.create_tables([SchemaVersion])
            migrations[0].apply(database)
            for m in migrations:  # the models already hold what later migrations would add
                SchemaVersion.create(version=m.version, description=m.description)
        return [m.version for m in migrations]
    _backup_before_migrating(database, backup_dir, version)
    applied = []
    for m in migrations:
        if m.version <= version:
            continue
        log.info("Migrating the register to version %s: %s", m.version, m.description)
        with write_transaction(database):
            m.apply(database)
            SchemaVersion.create(version=m.version, description=m.description)
        applied.append(m.version)
    return applied


def _backup_before_migrating(database: Database, backup_dir: Path | None, version: int) -> Path | None:
    if not isinstance(database, SqliteDatabase) or database.database == ":memory:":
        return None  # a PostgreSQL server is backed up by its administrator (pg_dump)
    from ..backup import backup_name, backup_sqlite

    path = Path(database.database)
    directory = backup_dir or path.parent / "backups"
    return backup_sqlite(database, directory / backup_name(path, f"before-v{version + 1}"))
