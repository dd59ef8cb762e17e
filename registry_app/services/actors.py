"""Who is acting. Until sign-in exists, the acting user is a local account for whoever runs the program."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from ..domain.enums import Role
from ..domain.permissions import Action, require
from ..store.database import write_transaction
from ..store.models import User


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: Role

    def require(self, action: Action) -> None:
        require(self.role, action)


def _os_username() -> str:
    try:
        return getpass.getuser() or "local"
    except (KeyError, OSError):  # no login name (some containers, services)
        return "local"


def local_actor(username: str | None = None) -> Actor:
    """The account of the person at this PC, created as an administrator on first use."""
    username = username or _os_username()
    with write_transaction():
        user, _ = User.get_or_create(  # type: ignore[no-untyped-call]
            username=username, defaults={"display_name": username, "role": Role.ADMIN.value}
        )
    return Actor(user.id, user.username, user.display_name, Role(user.role))
