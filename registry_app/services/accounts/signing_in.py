"""Signing in: the first administrator of a new register, sign-in with lockout, password changes.

Five wrong passwords in a row lock the account for LOCK_MINUTES; each failure and each lock is in the
audit trail under the account it was tried on. An unknown user name takes as long to refuse as a
wrong password, so that names cannot be probed by timing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ...domain.enums import Role
from ...seal.passwords import dummy_check, hash_password, needs_rehash, password_matches
from ...store.database import db, is_postgres, retried, write_transaction
from ...store.models import User, utcnow
from .. import audit
from ..actors import Actor, current, use
from .errors import MIN_PASSWORD_LENGTH, AccountRefused, SignInRefused

MAX_ATTEMPTS = 5
LOCK_MINUTES = 15
_USERNAME = re.compile(r"^[A-Za-z0-9._-]{2,60}$")


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role(user.role))


def has_users() -> bool:
    return User.select().exists()


def check_username(username: str) -> str:
    username = username.strip()
    if not _USERNAME.match(username):
        raise AccountRefused("A user name is 2 to 60 letters, digits, dots, dashes or underscores, not {name!r}.",
                             name=username)
    return username


def check_password(password: str, repeated: str | None = None) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountRefused("A password must have at least {length} characters.", length=MIN_PASSWORD_LENGTH)
    if repeated is not None and repeated != password:
        raise AccountRefused("The two passwords differ.")


def check_display_name(display_name: str) -> str:
    display_name = display_name.strip()
    if not display_name:
        raise AccountRefused("Give the person's name as it should appear in the audit trail.")
    return display_name


@dataclass(frozen=True)
class FirstAdministrator:
    """The first administrator as the first-run dialog took them, checked, before the register exists."""

    username: str
    display_name: str
    password: str = ""

    def __repr__(self) -> str:  # never the password, in a log or a traceback
        return f"FirstAdministrator({self.username!r}, {self.display_name!r})"


def check_first_administrator(username: str, display_name: str, password: str,
                              repeated: str | None = None) -> FirstAdministrator:
    """The first administrator's details checked as typed (no register needed): refused with the
    sentence of the first thing wrong, in the order of the form."""
    username = check_username(username)
    display_name = check_display_name(display_name or username)
    check_password(password, repeated)
    return FirstAdministrator(username, display_name, password)


@retried
def create_first_administrator(username: str, display_name: str, password: str,
                               repeated: str | None = None) -> Actor:
    """The first user of a new register, an administrator, signed in. Refused once any user exists."""
    details = check_first_administrator(username, display_name, password, repeated)
    username, display_name = details.username, details.display_name
    hashed = hash_password(password)  # outside the write lock: it takes a few hundredths of a second
    with write_transaction():
        if is_postgres():
            db.execute_sql('LOCK TABLE "user" IN EXCLUSIVE MODE')
        if has_users():
            raise AccountRefused("The register already has users: an administrator adds the others from "
                                 "the Users page.")
        user = User.create(username=username, display_name=display_name, role=Role.ADMIN.value,
                           password_hash=hashed)
        actor = actor_of(user)
        audit.record(actor, "create-first-administrator", "user", user.id, None,
                     {"username": username, "display_name": display_name, "role": Role.ADMIN.value})
    use(actor)
    return actor


@retried
def sign_in(username: str, password: str, now: datetime | None = None) -> Actor:
    """The actor of username once password is checked; the process's signed-in person from then on."""
    now = now or utcnow()
    user = User.get_or_none(User.username == username.strip())
    if user is None:
        dummy_check(password)
        raise SignInRefused("The user name or the password is wrong.")
    _refuse_if_locked(user, now)
    if not password_matches(user.password_hash, password):
        _count_failure(user, now)
        raise SignInRefused("The user name or the password is wrong.")
    if not user.active:
        raise SignInRefused("This account is deactivated: ask an administrator.")
    actor = actor_of(user)
    rehashed = hash_password(password) if needs_rehash(user.password_hash) else None
    with write_transaction():
        changes: dict[Any, Any] = {User.failed_attempts: 0, User.locked_until: None}
        if rehashed:
            changes[User.password_hash] = rehashed
        User.update(changes).where(User.id == user.id).execute()
        audit.record(actor, "sign-in", "user", user.id)
    use(actor)
    return actor


def _refuse_if_locked(user: User, now: datetime) -> None:
    if user.locked_until is not None and user.locked_until > now:
        raise SignInRefused(
            "This account is locked after {attempts} wrong passwords in a row; try again after {until} (UTC) "
            "or ask an administrator to reset the password.",
            attempts=MAX_ATTEMPTS, until=user.locked_until.strftime("%Y-%m-%d %H:%M"))


@retried
def _count_failure(user: User, now: datetime) -> None:
    """One more wrong password; the fifth in a row locks the account. Counted in the database, so that
    attempts from several PCs add up."""
    with write_transaction():
        User.update(failed_attempts=User.failed_attempts + 1).where(User.id == user.id).execute()
        attempts = User.select(User.failed_attempts).where(User.id == user.id).scalar()
        who = actor_of(user)
        audit.record(who, "sign-in-failed", "user", user.id, None, {"attempt": attempts})
        if attempts >= MAX_ATTEMPTS:
            until = now + timedelta(minutes=LOCK_MINUTES)
            User.update(failed_attempts=0, locked_until=until).where(User.id == user.id).execute()
            audit.record(who, "lock-account", "user", user.id, None,
                         {"attempts": attempts, "locked_until": until})
    if attempts >= MAX_ATTEMPTS:
        _refuse_if_locked(User.get_by_id(user.id), now)


@retried
def change_password(actor: Actor, current_password: str, new_password: str, repeated: str | None = None) -> None:
    """The signed-in person changes their own password, giving the current one."""
    if current().user_id != actor.user_id:
        raise AccountRefused("Only the person signed in changes their own password.")
    user = User.get_by_id(actor.user_id)
    if not password_matches(user.password_hash, current_password):
        raise AccountRefused("The current password is wrong.")
    check_password(new_password, repeated)
    hashed = hash_password(new_password)
    with write_transaction():
        User.update(password_hash=hashed, version=User.version + 1, updated_at=utcnow()).where(
            User.id == actor.user_id).execute()
        audit.record(actor, "change-password", "user", actor.user_id)


def sign_out() -> None:
    use(None)
