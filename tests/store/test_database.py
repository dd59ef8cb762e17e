"""Opening a register: URLs, SQLite settings, and the refusal of network drives."""

from pathlib import Path

import pytest

from registry_app.services import settings as config
from registry_app.store import database as database_module
from registry_app.store.database import (
    DatabaseUrlError,
    NetworkDriveError,
    is_network_path,
    mount_of,
    open_database,
    parse_url,
)


def test_sqlite_urls_follow_the_usual_convention(tmp_path):
    assert parse_url("sqlite:////var/lib/reg.db").path == Path("/var/lib/reg.db")
    assert parse_url("sqlite:///relative/reg.db").path == Path("relative/reg.db")
    assert parse_url(str(tmp_path / "x.db")).path == tmp_path / "x.db"


def test_postgres_urls_give_server_and_database_but_the_description_hides_the_password():
    target = parse_url("postgresql://clerk:s%40cret@db.office.local:5433/registry?sslmode=require")
    assert target.kind == "postgresql" and target.name == "registry"
    assert target.params == {"host": "db.office.local", "port": 5433, "user": "clerk",
                             "password": "s@cret", "sslmode": "require"}
    assert target.describe() == "PostgreSQL: registry on db.office.local:5433"
    assert "s@cret" not in target.describe()


@pytest.mark.parametrize("url,message", [
    ("", "empty"), ("mysql://host/db", "Unsupported database 'mysql'"),
    ("postgresql://host", "must name the database"), ("sqlite://reg.db", "sqlite:///path"),
])
def test_bad_urls_say_what_is_wrong(url, message):
    with pytest.raises(DatabaseUrlError, match=message):
        parse_url(url)


MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
server:/export/registry /mnt/office nfs4 rw,relatime 0 0
//nas/share /mnt/nas cifs rw 0 0
tmpfs /mnt/office/local tmpfs rw 0 0
"""


def test_network_file_systems_are_recognised_by_the_mount_that_holds_the_path():
    assert mount_of(Path("/mnt/office/reg.db"), MOUNTS) == ("/mnt/office", "nfs4")
    assert is_network_path(Path("/mnt/office/reg.db"), MOUNTS)
    assert is_network_path(Path("/mnt/nas/x/reg.db"), MOUNTS)
    assert not is_network_path(Path("/mnt/office/local/reg.db"), MOUNTS)
    assert not is_network_path(Path("/mnt/officework/reg.db"), MOUNTS)
    assert not is_network_path(Path("/home/clerk/reg.db"), MOUNTS)


def test_a_sqlite_file_on_a_network_drive_is_refused_with_advice(tmp_path, monkeypatch):
    # No NFS server can be mounted here: the mount table is what is simulated.
    monkeypatch.setattr(database_module, "_read_mounts", lambda: f"srv:/e {tmp_path} nfs rw 0 0\n")
    with pytest.raises(NetworkDriveError) as refused:
        open_database(f"sqlite:///{tmp_path / 'reg.db'}")
    assert "network drive" in str(refused.value) and "PostgreSQL server" in str(refused.value)
    assert not (tmp_path / "reg.db").exists()


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(sqlite_database):
    pragma = lambda name: sqlite_database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2


def test_the_database_comes_from_the_option_then_the_environment_then_the_settings(tmp_path):
    settings = tmp_path / "settings.json"
    config.write_settings({"database_url": "postgresql://srv/registry"}, settings)
    env = {"REGISTRY_DB": "sqlite:////env.db"}
    assert config.choose_database("sqlite:////cli.db", env, settings) == config.ChosenDatabase("sqlite:////cli.db", "--db")
    assert config.choose_database(None, env, settings).source == "REGISTRY_DB"
    assert config.choose_database(None, {}, settings) == config.ChosenDatabase("postgresql://srv/registry", "settings")
    default = config.choose_database(None, {}, tmp_path / "none.json")
    assert default.source == "default" and default.url.endswith("register.sqlite3")


def test_an_unreadable_settings_file_is_named_in_the_error(tmp_path):
    broken = tmp_path / "settings.json"
    broken.write_text("{not json")
    with pytest.raises(config.SettingsError, match=str(broken)):
        config.choose_database(None, {}, broken)


def test_opening_a_sqlite_register_does_not_load_the_postgresql_driver():
    import subprocess
    import sys

    code = ("import sys; from registry_app.store.schema import init_db; import tempfile, os; "
            "d = tempfile.mkdtemp(); init_db('sqlite:///' + os.path.join(d, 'r.db')); "
            "print('psycopg' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
