"""The administrator's Users page: add a person, change their role, reset their password, deactivate or
reactivate them. The register always keeps one active administrator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...domain.enums import Role
from ...domain.permissions import Action
from ...seal.passwords import hash_password
from ...store.database import db, is_postgres, retried, write_transaction
from ...store.models import User, utcnow
from .. import audit
from ..actors import Actor
from . import database_logins
from .errors import AccountRefused
from .signing_in import check_display_name, check_password, check_username


@dataclass(frozen=True)
class UserRow:
    user_id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    database_login: str
    version: int


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, Role(user.role), user.active, user.locked_until,
                   user.database_login, user.version)


def list_users(actor: Actor) -> list[UserRow]:
    actor.require(Action.ADMINISTER)
    return [_row(u) for u in User.select().order_by(User.username)]


def get_user(actor: Actor, user_id: int) -> UserRow:
    actor.require(Action.ADMINISTER)
    return _row(_user(user_id))


def _user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise AccountRefused("No user has the id {user_id}.", user_id=user_id)
    return user


@retried
def add_user(actor: Actor, username: str, display_name: str, role: Role | str, password: str,
             repeated: str | None = None) -> UserRow:
    actor.require(Action.ADMINISTER)
    username = check_username(username)
    display_name = check_display_name(display_name)
    role = Role(role)
    check_password(password, repeated)
    hashed = hash_password(password)
    with write_transaction():
        if User.select().where(User.username == username).exists():
            raise AccountRefused("The user name {name} is taken.", name=username)
        user = User.create(username=username, display_name=display_name, role=role.value, password_hash=hashed)
        audit.record(actor, "add-user", "user", user.id, None,
                     {"username": username, "display_name": display_name, "role": role.value})
    return _row(user)


def _lock_administrators() -> None:
    """Two administrators demoting each other at once must not leave the register with none."""
    if is_postgres():
        db.execute_sql('LOCK TABLE "user" IN SHARE ROW EXCLUSIVE MODE')


def _refuse_losing_last_admin(user: User) -> None:
    others = (User.select().where((User.role == Role.ADMIN.value) & User.active & (User.id != user.id)).exists())
    if user.role == Role.ADMIN.value and user.active and not others:
        raise AccountRefused("The register must keep at least one active administrator.")


def _update(user: User, expected_version: int, changes: dict[Any, Any]) -> User:
    changes = {**changes, User.version: User.version + 1, User.updated_at: utcnow()}
    if User.update(changes).where((User.id == user.id) & (User.version == expected_version)).execute() != 1:
        raise AccountRefused("This user was changed by someone else meanwhile; reload the list.")
    return User.get_by_id(user.id)


@retried
def set_role(actor: Actor, user_id: int, expected_version: int, role: Role | str) -> UserRow:
    actor.require(Action.ADMINISTER)
    role = Role(role)
    with write_transaction():
        _lock_administrators()
        user = _user(user_id)
        if role != Role.ADMIN:
            _refuse_losing_last_admin(user)
        before = user.role
        user = _update(user, expected_version, {User.role: role.value})
        database_logins.follow_role(user.database_login, role)
        audit.record(actor, "change-role", "user", user.id, {"role": before}, {"role": role.value})
    return _row(user)


@retried
def set_active(actor: Actor, user_id: int, expected_version: int, active: bool) -> UserRow:
    actor.require(Action.ADMINISTER)
    with write_transaction():
        _lock_administrators()
        user = _user(user_id)
        if not active:
            if user.id == actor.user_id:
                raise AccountRefused("You cannot deactivate your own account.")
            _refuse_losing_last_admin(user)
        user = _update(user, expected_version, {User.active: active})
        database_logins.follow_active(user.database_login, active)
        audit.record(actor, "activate-user" if active else "deactivate-user", "user", user.id,
                     {"active": not active}, {"active": active})
    return _row(user)


@retried
def reset_password(actor: Actor, user_id: int, expected_version: int, password: str,
                   repeated: str | None = None) -> UserRow:
    """A new password the administrator hands over; it also lifts a lock."""
    actor.require(Action.ADMINISTER)
    check_password(password, repeated)
    hashed = hash_password(password)
    with write_transaction():
        user = _update(_user(user_id), expected_version,
                       {User.password_hash: hashed, User.failed_attempts: 0, User.locked_until: None})
        audit.record(actor, "reset-password", "user", user.id)
    return _row(user)
