"""A full disk on a PostgreSQL server: the register's participants and audit trail are moved to a
tablespace on a small tmpfs the test mounts (as root, owned by the server's system user), filled until
the server refuses to extend a file (SQLSTATE 53100). The clerk is told the disk is full, in English,
French and Arabic; nothing is half-saved; once space is freed, the register is sound (amcheck, the
audit chain) and takes new records again. The WAL stays on the cluster's own disk: what fills is the
disk that holds the register's tables, as when a server's data disk fills."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from registry_app import paths
from registry_app.services.backups import health
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.failures import DiskFullError
from registry_app.store.models import AuditEvent, Participant
from tests.actors import signed_in

ON_POSTGRES = pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                                      indirect=True)
MOVED = ("participant", "audit_event")


def _admin(url: str) -> psycopg.Connection:
    parts = urlsplit(url)
    return psycopg.connect(dbname=parts.path.lstrip("/"), host=parts.hostname, port=parts.port,
                           user=parts.username, password=parts.password, autocommit=True)


@pytest.fixture
def small_tablespace(db_url):
    """A 2 MB tmpfs holding a tablespace, with the register's participants and audit trail moved onto it."""
    if os.environ.get("REGISTRY_TEST_POSTGRES_URL"):
        pytest.skip("the server given by REGISTRY_TEST_POSTGRES_URL is not on this machine: no tmpfs can hold "
                    "its tablespace")
    point = Path(tempfile.mkdtemp(prefix="registry-small-disk-"))
    point.chmod(0o755)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,uid=postgres,gid=postgres,mode=0700", "tmpfs",
                              str(point)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    name = f"small_{os.getpid()}"
    try:
        with _admin(db_url) as connection:
            connection.execute(f"CREATE TABLESPACE {name} LOCATION '{point}'")
            for table in MOVED:
                connection.execute(f'ALTER TABLE "{table}" SET TABLESPACE {name}')
                for (index,) in connection.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s",
                                                   (table,)).fetchall():
                    connection.execute(f'ALTER INDEX "{index}" SET TABLESPACE {name}')
        yield point
    finally:
        from registry_app.store.database import db

        if db.obj is not None:
            db.obj.close()
        with _admin(db_url) as connection:
            for table in MOVED:
                connection.execute(f'ALTER TABLE IF EXISTS "{table}" SET TABLESPACE pg_default')
                for (index,) in connection.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s",
                                                   (table,)).fetchall():
                    connection.execute(f'ALTER INDEX "{index}" SET TABLESPACE pg_default')
            connection.execute(f"DROP TABLESPACE IF EXISTS {name}")
        subprocess.run(["umount", "-l", str(point)], check=False)
        shutil.rmtree(point, ignore_errors=True)


def _in(language: str, template: str) -> str:
    translator = QTranslator()
    assert translator.load(QLocale(language), "registry", "_", str(paths.resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        return QCoreApplication.translate("Validation", template)
    finally:
        QCoreApplication.removeTranslator(translator)


@ON_POSTGRES
def test_a_full_disk_on_the_server_is_said_and_the_register_survives_it(db_url, database, small_tablespace,
                                                                        qapp, report):
    actor = signed_in("clerk", "clerk")
    before = Participant.select().count()
    saved, refusal = 0, None
    for n in range(20_000):
        try:  # notes that do not compress: every row takes its room
            participants.create(actor, ParticipantData(f"Awa {n}", f"Traoré {n}", "F", "ML",
                                                       notes=os.urandom(1500).hex()))
            saved += 1
        except DiskFullError as exc:
            refusal = exc
            break
    assert refusal is not None, "the disk never filled"
    assert Participant.select().count() == before + saved  # the refused one is not half there
    assert AuditEvent.select().where(AuditEvent.entity == "participant").count() == saved
    template = refusal.template
    sentences = {language: _in(language, template) for language in ("fr", "ar")}
    assert "disk holding the register is full" in str(refusal)
    assert "disque" in sentences["fr"] and "plein" in sentences["fr"]
    assert "القرص" in sentences["ar"]

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_tablespace)], check=True)
    problems, method = health.register_problems()
    assert problems == [] and method == "amcheck"
    participants.create(actor, ParticipantData("After", "Space freed", "F", "ML"))
    assert Participant.select().count() == before + saved + 1
    report(f"full disk on PostgreSQL (2 MB tmpfs tablespace): {saved} participants saved, the next refused with "
           f"\"{refusal}\" (fr: \"{sentences['fr']}\"; ar: \"{sentences['ar']}\"); amcheck and the audit chain "
           "sound, and writable, once space was freed")
