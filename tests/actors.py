"""Signed-in people for tests and the processes tests start: a user row of the open register (made
if missing, without an audit event), signed in to this process."""

from __future__ import annotations


def signed_in(username: str, role: str = "admin", password_hash: str = ""):
    """The actor of username (created with role if the register lacks them), signed in. Without a
    password hash the account exists but nobody can sign in to it by password."""
    from registry_app.services.accounts.signing_in import actor_of
    from registry_app.services.actors import use
    from registry_app.store.models import User

    user = User.get_or_none(User.username == username)
    if user is None:
        user = User.create(username=username, display_name=username.replace("-", " ").title(), role=role,
                           password_hash=password_hash)
    actor = actor_of(user)
    use(actor)
    return actor
