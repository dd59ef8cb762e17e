"""Schema versions: a fresh register is stamped, an older one is backed up and migrated."""

import sqlite3

import pytest
from peewee import SqliteDatabase

from registry_app.store.inspection import NotARegisterError
from registry_app.store.migrations import (
    MIGRATIONS,
    Migration,
    SchemaTooNewError,
    SchemaVersion,
    current_version,
    migrate,
)
from registry_app.store.schema import init_db


def _add_column(database):
    database.execute_sql("ALTER TABLE participant ADD COLUMN call_sign VARCHAR(40) DEFAULT '' NOT NULL")


def test_an_older_register_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "register.sqlite3"
    database = init_db(f"sqlite:///{path}")
    database.execute_sql("INSERT INTO setting (key, value) VALUES ('marker', '\"kept\"')")
    upgraded = (*MIGRATIONS, Migration(MIGRATIONS[-1].version + 1, "call signs", _add_column))

    applied = migrate(database, migrations=upgraded)

    assert applied == [upgraded[-1].version]
    assert current_version(database) == upgraded[-1].version
    columns = [c.name for c in database.get_columns("participant")]
    assert "call_sign" in columns
    backups = list((tmp_path / "backups").glob("register-*-before-v*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT value FROM setting WHERE key='marker'").fetchone()[0] == '"kept"'
        assert "call_sign" not in [row[1] for row in copy.execute("PRAGMA table_info(participant)")]
    database.close()


def test_a_failing_migration_leaves_the_register_at_its_version(tmp_path):
    database = init_db(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    version = current_version(database)

    def broken(db):
        _add_column(db)
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        migrate(database, migrations=(*MIGRATIONS, Migration(version + 1, "broken", broken)))
    assert current_version(database) == version
    assert "call_sign" not in [c.name for c in database.get_columns("participant")]
    database.close()


def test_a_register_from_a_newer_program_is_refused(tmp_path):
    database = init_db(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    SchemaVersion.create(version=999, description="from the future")
    with pytest.raises(SchemaTooNewError, match="newer than this program"):
        migrate(database)
    database.close()


def test_a_database_of_something_else_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE invoices (id INTEGER)")
    database = SqliteDatabase(str(path))
    with pytest.raises(NotARegisterError, match="not a register"):
        migrate(database)


REPORT_INDEXES = {"participant": "participant_id_sex_nationality_id_organisation_id",
                  "enrolment": "enrolment_course_id_status_participant_id_pre_test_post_test",
                  "course_day": "course_day_course_id_excluded", "course_half_day": "course_half_day_day_id_excluded"}


def _back_to_version_6(database):
    """Undo what version 7 added: the log of participants moved in the name order (SQLite)."""
    if isinstance(database, SqliteDatabase):
        for trigger in ("insert", "delete", "update", "bounded"):
            database.execute_sql(f"DROP TRIGGER participant_change_{trigger}")
        database.execute_sql("DROP TABLE participant_change")
    SchemaVersion.delete().where(SchemaVersion.version > 6).execute()


def _back_to_version_5(database):
    """Undo what version 6 added: the indexes reports read from."""
    _back_to_version_6(database)
    for index in REPORT_INDEXES.values():
        database.execute_sql(f'DROP INDEX "{index}"')
    database.execute_sql('CREATE INDEX "enrolment_course_id_status" ON "enrolment" ("course_id", "status")')
    SchemaVersion.delete().where(SchemaVersion.version > 5).execute()


def _back_to_version_4(database):
    """Undo what version 5 added: one valid certificate per enrolment, the batch a certificate was drawn with."""
    _back_to_version_5(database)
    database.execute_sql("DROP INDEX certificate_one_valid_per_enrolment")
    database.execute_sql("ALTER TABLE certificate DROP COLUMN drawn_with")
    SchemaVersion.delete().where(SchemaVersion.version > 4).execute()


def _back_to_version_3(database):
    """Undo what version 4 added: the users' lockout and logins, the checkpoints, the audit guard."""
    from registry_app.store import audit_guard

    _back_to_version_4(database)
    audit_guard.remove(database)
    for column in ("failed_attempts", "locked_until", "database_login"):
        database.execute_sql(f'ALTER TABLE "user" DROP COLUMN {column}')
    database.execute_sql("DROP TABLE audit_checkpoint")
    SchemaVersion.delete().where(SchemaVersion.version > 3).execute()


@pytest.mark.parametrize("db_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_version_1_register_gets_search_keys(db_url, sign_in_as):
    """A register made before the search keys, with participants pointing at its organisations:
    the columns are added and filled from the rows."""
    from registry_app.services.register.participants import ParticipantData, create
    from registry_app.store.models import Organisation

    database = init_db(db_url)
    agency = Organisation.create(name="Sûreté nationale", acronym="DGSN", kind="police", country="MA")
    create(sign_in_as("admin"), ParticipantData("Awa", "Traoré", "F", "ML", organisation_id=agency.id))
    _back_to_version_3(database)
    for table in ("organisation", "programme", "trainer", "course"):
        database.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN search_key')
    SchemaVersion.delete().where(SchemaVersion.version > 1).execute()

    assert migrate(database) == [m.version for m in MIGRATIONS[1:]]
    assert Organisation.get().search_key == "surete nationale dgsn"
    database.close()


def test_a_register_without_funding_gets_the_table_of_course_funding(tmp_path):
    from registry_app.store.models import CourseFunding

    database = init_db(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    _back_to_version_3(database)
    database.execute_sql('DROP TABLE "course_funding"')
    SchemaVersion.delete().where(SchemaVersion.version > 2).execute()

    assert 3 in migrate(database)
    assert "course_funding" in database.get_tables()
    assert CourseFunding.select().count() == 0
    database.close()


@pytest.mark.parametrize("db_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_version_3_register_gets_lockout_checkpoints_and_an_append_only_audit_trail(db_url, sign_in_as):
    from peewee import DatabaseError

    from registry_app.services import audit
    from registry_app.store.database import write_transaction
    from registry_app.store.models import AuditEvent, User

    database = init_db(db_url)
    admin = sign_in_as("admin")
    with write_transaction():
        audit.record(admin, "update", "setting", "centre")
    _back_to_version_3(database)

    assert migrate(database) == [m.version for m in MIGRATIONS if m.version >= 4]
    assert User.get_by_id(admin.user_id).failed_attempts == 0
    with pytest.raises(DatabaseError, match="append-only"), write_transaction():
        AuditEvent.update(action="nothing").execute()
    assert AuditEvent.get().action == "update"
    database.close()


@pytest.mark.parametrize("db_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_version_4_register_keeps_one_valid_certificate_per_enrolment(db_url, actor, closed_course):
    """Two graduations at once could issue twice before version 5: the later certificate is revoked,
    saying why, and the schema refuses a second valid one from then on."""
    from datetime import date

    from peewee import IntegrityError

    from registry_app.store.database import db
    from registry_app.store.models import Certificate

    _, enrolments, _ = closed_course
    database = db.obj
    _back_to_version_4(database)
    for serial in ("RBT-2026-00001-A", "RBT-2026-00002-B"):
        database.execute_sql("INSERT INTO certificate (serial, kind, enrolment_id, issue_date, signatories, status, "
                             "reason, payload, pdf_sha256, print_count, version, created_at, updated_at) VALUES "
                             f"('{serial}', 'completion', {enrolments[0].id}, '2026-03-10', '[]', 'valid', '', '', '', "
                             "0, 1, '2026-03-10 12:00:00', '2026-03-10 12:00:00')")
    assert migrate(database) == [m.version for m in MIGRATIONS if m.version >= 5]
    first, second = Certificate.select().order_by(Certificate.id)
    assert (first.status, second.status) == ("valid", "revoked") and "two graduations" in second.reason
    assert first.drawn_with == first.serial
    with pytest.raises(IntegrityError), database.atomic():
        Certificate.create(serial="RBT-2026-00003-C", kind="completion", enrolment=enrolments[0].id,
                           issue_date=date(2026, 3, 10))


@pytest.mark.parametrize("db_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_version_5_register_gets_the_indexes_reports_read_from(db_url, actor, small_course):
    from registry_app.store.database import db

    database = db.obj
    _back_to_version_5(database)
    assert migrate(database) == [m.version for m in MIGRATIONS if m.version >= 6]
    for table, index in REPORT_INDEXES.items():
        assert index in {i.name for i in database.get_indexes(table)}, (table, index)
    assert "enrolment_course_id_status" not in {i.name for i in database.get_indexes("enrolment")}  # its start
    assert migrate(database) == []


def test_a_version_6_register_gets_the_log_of_participants_moved(tmp_path, sign_in_as):
    from registry_app.services.register.participants import ParticipantData, create, update
    from registry_app.store import search_matches

    database = init_db(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    clerk = sign_in_as("clerk")
    awa = create(clerk, ParticipantData("Awa", "Traoré", "F", "ML"))
    _back_to_version_6(database)

    assert migrate(database) == [m.version for m in MIGRATIONS if m.version >= 7]
    order = search_matches.name_order(database)
    update(clerk, awa.id, awa.version, ParticipantData("Awa", "Coulibaly", "F", "ML"))
    assert database.execute_sql("SELECT participant_id FROM participant_change").fetchall()[-1] == (awa.id,)
    assert search_matches.name_order(database).moved == {awa.id} and list(order.ids) == [awa.id]
    database.close()
