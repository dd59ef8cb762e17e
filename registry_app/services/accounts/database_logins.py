"""Each person's own PostgreSQL login, in the group role of their program role (see
store.server_roles): made from the Users page by an administrator, moved when their role changes,
disabled when they are deactivated. A register in a SQLite file has no logins: the file's folder is
what keeps people out."""

from __future__ import annotations

import re

from ...domain.enums import Role
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store import server_roles
from ...store.database import db, is_postgres, retried, write_transaction
from ...store.models import User
from .. import audit
from ..actors import Actor
from .signing_in import check_password


class LoginRefused(Refusal):
    pass


def _database_name() -> str:
    return str(db.obj.database)


def login_name(username: str) -> str:
    """The login of a user: the register's name and theirs, in the letters PostgreSQL takes unquoted."""
    base = re.sub(r"[^a-z0-9_]", "_", username.lower())
    return f"{_database_name()}_u_{base}"[:63]


def available() -> bool:
    return is_postgres()


def setup(database_name: str | None = None) -> list[str]:
    """The group roles and grants of the open server register (run as the schema owner)."""
    if not is_postgres():
        raise LoginRefused("Group roles and logins are for a register on a PostgreSQL server.")
    return server_roles.setup(db.obj, database_name or _database_name())


@retried
def create_login(actor: Actor, user_id: int, password: str, repeated: str | None = None) -> str:
    """Give a user a login of their own on the server (or a new password for the one they have)."""
    actor.require(Action.ADMINISTER)
    if not is_postgres():
        raise LoginRefused("Group roles and logins are for a register on a PostgreSQL server.")
    check_password(password, repeated)
    with write_transaction():
        user = User.get_by_id(user_id)
        login = user.database_login or login_name(user.username)
        server_roles.create_login(db.obj, _database_name(), login, password, user.role)
        if not user.active:
            server_roles.disable_login(db.obj, login)
        User.update(database_login=login).where(User.id == user.id).execute()
        audit.record(actor, "create-database-login", "user", user.id, None, {"login": login, "role": user.role})
    return login


def follow_role(login: str, role: Role | str) -> None:
    """Called in the transaction that changes a user's role."""
    if login and is_postgres():
        server_roles.move_login(db.obj, _database_name(), login, role)


def follow_active(login: str, active: bool) -> None:
    if login and is_postgres():
        (server_roles.enable_login if active else server_roles.disable_login)(db.obj, login)
