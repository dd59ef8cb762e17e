"""The administrator's users: add, change role, reset a password, deactivate; the last administrator."""

import pytest

from registry_app.domain.permissions import PermissionDenied
from registry_app.services import actors
from registry_app.services.accounts import signing_in, users
from registry_app.services.accounts.errors import AccountRefused
from registry_app.store.models import AuditEvent

PASSWORD = "a long enough password"


def test_an_administrator_adds_a_user_who_can_then_sign_in(database):
    admin = actors.current()
    row = users.add_user(admin, "awa.traore", "Awa Traoré", "registrar", PASSWORD, PASSWORD)
    assert (row.username, row.role, row.active) == ("awa.traore", "registrar", True)
    assert signing_in.sign_in("awa.traore", PASSWORD).role == "registrar"
    with pytest.raises(AccountRefused, match="is taken"):
        users.add_user(admin, "awa.traore", "Another", "clerk", PASSWORD, PASSWORD)
    added = AuditEvent.get(AuditEvent.action == "add-user")
    assert '"role": "registrar"' in added.after and "password" not in added.after


@pytest.mark.parametrize("role", ["registrar", "clerk", "trainer", "viewer"])
def test_only_an_administrator_manages_users(database, sign_in_as, role):
    other = sign_in_as(role)
    for attempt in (lambda: users.list_users(other),
                    lambda: users.add_user(other, "someone", "Someone", "admin", PASSWORD, PASSWORD),
                    lambda: users.set_role(other, other.user_id, 1, "admin"),
                    lambda: users.reset_password(other, other.user_id, 1, PASSWORD, PASSWORD),
                    lambda: users.set_active(other, other.user_id, 1, False)):
        with pytest.raises(PermissionDenied, match="may not administer"):
            attempt()
    assert users.get_user(_admin(), other.user_id).role == role


def _admin():
    from registry_app.store.models import User

    return signing_in.actor_of(User.get(User.role == "admin"))


def test_the_last_active_administrator_cannot_be_demoted_or_deactivated(database, sign_in_as):
    admin = actors.current()
    with pytest.raises(AccountRefused, match="at least one active administrator"):
        users.set_role(admin, admin.user_id, 1, "clerk")
    second = users.add_user(admin, "deputy", "Deputy", "admin", PASSWORD, PASSWORD)
    with pytest.raises(AccountRefused, match="your own account"):
        users.set_active(admin, admin.user_id, 1, False)
    users.set_role(admin, admin.user_id, 1, "registrar")  # another administrator remains
    deputy = signing_in.sign_in("deputy", PASSWORD)
    with pytest.raises(AccountRefused, match="at least one active administrator"):
        users.set_role(deputy, second.user_id, second.version, "viewer")
    assert users.get_user(deputy, admin.user_id).role == "registrar"


def test_a_change_made_meanwhile_is_not_overwritten(database, sign_in_as):
    admin = actors.current()
    clerk = sign_in_as("clerk")
    users.set_role(admin, clerk.user_id, 1, "trainer")
    with pytest.raises(AccountRefused, match="changed by someone else"):
        users.set_role(admin, clerk.user_id, 1, "viewer")
    assert users.get_user(admin, clerk.user_id).role == "trainer"
