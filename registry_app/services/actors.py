"""Who is acting: the person who signed in (services.accounts), never a name from the environment.

The window and the command line sign one person in per process; services that take no actor argument
(the reads) ask `current()` for the signed-in person, and every service checks that person's role."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from ..domain.enums import Role
from ..domain.errors import Refusal
from ..domain.permissions import Action, may, require


class NotSignedIn(Refusal):
    pass


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: Role

    def require(self, action: Action) -> None:
        require(self.role, action)

    def may(self, action: Action) -> bool:
        return may(self.role, action)


_lock = threading.Lock()
_signed_in: Actor | None = None


def current() -> Actor:
    """The person signed in to this process."""
    actor = _signed_in
    if actor is None:
        raise NotSignedIn("Nobody is signed in: sign in first.")
    return actor


def requiring(action: Action) -> Actor:
    """The signed-in person, once their role is known to allow action."""
    actor = current()
    actor.require(action)
    return actor


def use(actor: Actor | None) -> None:
    """Make actor the signed-in person of this process (None signs out). Called by sign-in only."""
    global _signed_in
    with _lock:
        _signed_in = actor
