"""The refusals of signing in and of managing users."""

from __future__ import annotations

from ...domain.errors import Refusal


class SignInRefused(Refusal):
    pass


class AccountRefused(Refusal):
    """A change to a user that the rules do not allow (a weak password, the last administrator...)."""


MIN_PASSWORD_LENGTH = 10

TEMPLATES: tuple[str, ...] = (
    "The user name or the password is wrong.",
    "This account is locked after {attempts} wrong passwords in a row; try again after {until} (UTC) "
    "or ask an administrator to reset the password.",
    "This account is deactivated: ask an administrator.",
    "The register already has users: an administrator adds the others from the Users page.",
    "A password must have at least {length} characters.",
    "The two passwords differ.",
    "The current password is wrong.",
    "A user name is 2 to 60 letters, digits, dots, dashes or underscores, not {name!r}.",
    "The user name {name} is taken.",
    "Give the person's name as it should appear in the audit trail.",
    "No user has the id {user_id}.",
    "The register must keep at least one active administrator.",
    "You cannot deactivate your own account.",
    "This user was changed by someone else meanwhile; reload the list.",
)
TEMPLATES += ("The window locks after 1 to {longest} minutes unused.",)
