"""On a shared PostgreSQL server the database keeps people to their role: group roles with their
GRANTs, a login per person, an audit trail nobody but the schema owner can rewrite. Tested against the
real server the tests start, through the program's own command line and services."""

from urllib.parse import urlsplit

import psycopg
import pytest

from registry_app.cli import main
from registry_app.services import actors
from registry_app.services.accounts import signing_in, users
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.database import db
from registry_app.store.schema import init_db

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)]
LOGIN_PASSWORD = "a server login password"


@pytest.fixture
def server_register(db_url, capsys, password_on_stdin):
    """A register on the server set up by its owner, with an administrator, a clerk and a viewer who
    each have their own login. Every password typed is LOGIN_PASSWORD."""
    password_on_stdin.password = LOGIN_PASSWORD
    assert main(["users", "add", "director", "--role", "admin", "--db", db_url]) == 0
    assert main(["db", "setup", "--db", db_url]) == 0
    assert "Group roles ready" in capsys.readouterr().out
    init_db(db_url)
    admin = signing_in.sign_in("director", password_on_stdin.password)
    logins = {}
    for name, role in (("awa", "clerk"), ("moussa", "viewer")):
        row = users.add_user(admin, name, name.title(), role, LOGIN_PASSWORD, LOGIN_PASSWORD)
        assert main(["--user", "director", "users", "login", name, "--db", db_url]) == 0
        logins[name] = users.get_user(admin, row.user_id).database_login
    db.obj.close()
    return db_url, logins


def _as(url: str, login: str):
    parts = urlsplit(url)
    return psycopg.connect(dbname=parts.path.lstrip("/"), host=parts.hostname, port=parts.port, user=login,
                           password=LOGIN_PASSWORD, autocommit=True)


def _refused(connection, statement: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement)


def test_a_clerks_login_cannot_rewrite_the_audit_trail_or_grant_itself_more(server_register):
    url, logins = server_register
    with _as(url, logins["awa"]) as clerk:
        assert clerk.execute("SELECT count(*) FROM audit_event").fetchone()[0] > 0
        for statement in ("UPDATE audit_event SET action = 'nothing'", "DELETE FROM audit_event",
                          "TRUNCATE audit_event", "ALTER TABLE audit_event DISABLE TRIGGER USER",
                          "DELETE FROM audit_checkpoint", "UPDATE \"user\" SET role = 'admin'",
                          "UPDATE setting SET value = '{}'", f"GRANT {urlsplit(url).path[1:]}_admin TO {logins['awa']}",
                          f"ALTER ROLE {logins['awa']} SUPERUSER", "CREATE TABLE mine (x int)"):
            with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.FeatureNotSupported)):
                clerk.execute(statement)
        # a clerk may update only their own row of the users, and only its sign-in columns
        assert clerk.execute("UPDATE \"user\" SET failed_attempts = 3").rowcount == 1
        clerk.execute("INSERT INTO organisation (name, acronym, kind, country_id, archived, search_key, version, "
                      "created_at, updated_at) VALUES ('Police', 'PN', 'police', 'ML', false, '', 1, now(), now())")


def test_a_viewers_login_cannot_change_the_register(server_register):
    url, logins = server_register
    with _as(url, logins["moussa"]) as viewer:
        assert viewer.execute("SELECT count(*) FROM participant").fetchone()[0] == 0
        _refused(viewer, "INSERT INTO organisation (name, acronym, kind, country_id, archived, search_key, version, "
                         "created_at, updated_at) VALUES ('Police', 'PN', 'police', 'ML', false, '', 1, now(), now())")
        _refused(viewer, "DELETE FROM attendance_mark")


def test_the_program_works_through_a_clerks_own_login(server_register):
    url, logins = server_register
    parts = urlsplit(url)
    clerk_url = f"postgresql://{logins['awa']}:{LOGIN_PASSWORD.replace(' ', '%20')}@{parts.hostname}:{parts.port}{parts.path}"
    init_db(clerk_url)
    clerk = signing_in.sign_in("awa", LOGIN_PASSWORD)
    created = participants.create(clerk, ParticipantData("Awa", "Traoré", "F", "ML"))
    assert created.reference == "P-000001"
    assert actors.current() == clerk
    db.obj.close()


def test_a_demoted_or_deactivated_person_loses_the_servers_rights_too(server_register):
    url, logins = server_register
    init_db(url)
    from registry_app.store.models import User

    admin = signing_in.actor_of(User.get(User.username == "director"))
    awa = User.get(User.username == "awa")
    users.set_role(admin, awa.id, awa.version, "viewer")
    with _as(url, logins["awa"]) as demoted:
        _refused(demoted, "DELETE FROM attendance_mark")
    awa = User.get(User.username == "awa")
    users.set_active(admin, awa.id, awa.version, False)
    with pytest.raises(psycopg.OperationalError):
        _as(url, logins["awa"])
    db.obj.close()
