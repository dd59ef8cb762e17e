"""Signing in: the first administrator, right and wrong passwords, the lock after five, deactivated
accounts, password changes; on SQLite and on PostgreSQL."""

from datetime import timedelta

import pytest

from registry_app.services import actors, audit
from registry_app.services.accounts import signing_in, users
from registry_app.services.accounts.errors import AccountRefused, SignInRefused
from registry_app.store.models import AuditEvent, User, utcnow
from registry_app.store.schema import init_db
from tests.conftest import TEST_PASSWORD

PASSWORD = "a long enough password"


@pytest.fixture
def empty_register(db_url):
    database = init_db(db_url)
    yield database
    database.close()


def test_the_first_administrator_is_created_once_and_signed_in(empty_register):
    assert not signing_in.has_users()
    admin = signing_in.create_first_administrator("director", "Amina Director", PASSWORD, PASSWORD)
    assert admin.role == "admin" and actors.current() == admin
    stored = User.get(User.username == "director")
    assert stored.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$") and PASSWORD not in stored.password_hash
    assert AuditEvent.get().action == "create-first-administrator"
    with pytest.raises(AccountRefused, match="already has users"):
        signing_in.create_first_administrator("intruder", "Intruder", PASSWORD, PASSWORD)
    assert User.select().count() == 1


@pytest.mark.parametrize("username,password,repeated,problem", [
    ("d", PASSWORD, PASSWORD, "2 to 60 letters"),
    ("director", "short", "short", "at least 10 characters"),
    ("director", PASSWORD, PASSWORD + "x", "differ"),
])
def test_a_bad_first_administrator_is_refused_and_nothing_saved(empty_register, username, password, repeated,
                                                                problem):
    with pytest.raises(AccountRefused, match=problem):
        signing_in.create_first_administrator(username, "Director", password, repeated)
    assert not signing_in.has_users()


def test_right_password_signs_in_and_wrong_one_is_refused_alike_for_unknown_names(database, sign_in_as):
    clerk = sign_in_as("clerk")
    actors.use(None)
    assert signing_in.sign_in("clerk-under-test", TEST_PASSWORD) == clerk
    assert actors.current() == clerk
    actors.use(None)
    for name, password in (("clerk-under-test", "wrong password"), ("nobody", TEST_PASSWORD)):
        with pytest.raises(SignInRefused) as refused:
            signing_in.sign_in(name, password)
        assert str(refused.value) == "The user name or the password is wrong."
    with pytest.raises(actors.NotSignedIn):
        actors.current()
    failures = AuditEvent.select().where(AuditEvent.action == "sign-in-failed")
    assert [e.entity_id for e in failures] == [str(clerk.user_id)]


def test_five_wrong_passwords_lock_the_account_for_a_while_and_it_is_audited(database, sign_in_as):
    clerk = sign_in_as("clerk")
    now = utcnow()
    for attempt in range(4):
        with pytest.raises(SignInRefused, match="wrong"):
            signing_in.sign_in("clerk-under-test", f"guess {attempt}", now=now)
    with pytest.raises(SignInRefused, match="locked after 5 wrong passwords"):
        signing_in.sign_in("clerk-under-test", "guess 5", now=now)
    with pytest.raises(SignInRefused, match="locked"):  # even the right password, while locked
        signing_in.sign_in("clerk-under-test", TEST_PASSWORD, now=now + timedelta(minutes=5))
    lock = AuditEvent.get(AuditEvent.action == "lock-account")
    assert lock.entity_id == str(clerk.user_id) and '"attempts": 5' in lock.after
    later = now + timedelta(minutes=signing_in.LOCK_MINUTES + 1)
    assert signing_in.sign_in("clerk-under-test", TEST_PASSWORD, now=later) == clerk
    assert User.get_by_id(clerk.user_id).locked_until is None
    assert audit.broken_links() == []


def test_an_administrator_reset_lifts_the_lock(database, sign_in_as):
    admin = actors.current()
    clerk = sign_in_as("clerk")
    for attempt in range(5):
        with pytest.raises(SignInRefused):
            signing_in.sign_in("clerk-under-test", f"guess {attempt}")
    row = users.get_user(admin, clerk.user_id)
    assert row.locked_until is not None
    users.reset_password(admin, clerk.user_id, row.version, PASSWORD, PASSWORD)
    assert signing_in.sign_in("clerk-under-test", PASSWORD).user_id == clerk.user_id


def test_a_deactivated_account_cannot_sign_in(database, sign_in_as):
    admin = actors.current()
    clerk = sign_in_as("clerk")
    row = users.set_active(admin, clerk.user_id, 1, False)
    with pytest.raises(SignInRefused, match="deactivated"):
        signing_in.sign_in("clerk-under-test", TEST_PASSWORD)
    users.set_active(admin, clerk.user_id, row.version, True)
    assert signing_in.sign_in("clerk-under-test", TEST_PASSWORD) == clerk


def test_a_password_change_needs_the_current_password(database, sign_in_as):
    clerk = sign_in_as("clerk")
    with pytest.raises(AccountRefused, match="current password is wrong"):
        signing_in.change_password(clerk, "not it", PASSWORD, PASSWORD)
    signing_in.change_password(clerk, TEST_PASSWORD, PASSWORD, PASSWORD)
    with pytest.raises(SignInRefused):
        signing_in.sign_in("clerk-under-test", TEST_PASSWORD)
    assert signing_in.sign_in("clerk-under-test", PASSWORD) == clerk
    assert AuditEvent.select().where(AuditEvent.action == "change-password").count() == 1


def test_only_the_person_signed_in_changes_their_own_password(database, sign_in_as):
    clerk = sign_in_as("clerk")
    sign_in_as("viewer")
    with pytest.raises(AccountRefused, match="Only the person signed in"):
        signing_in.change_password(clerk, TEST_PASSWORD, PASSWORD, PASSWORD)
    actors.use(None)
    with pytest.raises(actors.NotSignedIn):
        signing_in.change_password(clerk, TEST_PASSWORD, PASSWORD, PASSWORD)
    assert not AuditEvent.select().where(AuditEvent.action == "change-password").exists()


def test_no_identity_comes_from_the_environment(database, monkeypatch):
    monkeypatch.setenv("USER", "director")
    monkeypatch.setenv("LOGNAME", "director")
    actors.use(None)
    with pytest.raises(actors.NotSignedIn):
        actors.current()
    from pathlib import Path

    import registry_app.services.actors as module
    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "import getpass" not in source and "os.environ" not in source and "getuser" not in source
