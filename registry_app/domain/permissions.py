"""What each role may do."""

from __future__ import annotations

from .enums import Role, StrEnum
from .errors import Refusal


class Action(StrEnum):
    VIEW = "view"
    EDIT_REGISTER = "edit-register"  # participants, organisations, programmes, courses, enrolments
    RECORD_ATTENDANCE = "record-attendance"
    ISSUE_CERTIFICATES = "issue-certificates"
    ADMINISTER = "administer"  # users, settings, demo data, backups


GRANTS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action),
    Role.REGISTRAR: frozenset(
        {Action.VIEW, Action.EDIT_REGISTER, Action.RECORD_ATTENDANCE, Action.ISSUE_CERTIFICATES}
    ),
    Role.CLERK: frozenset({Action.VIEW, Action.EDIT_REGISTER, Action.RECORD_ATTENDANCE}),
    Role.TRAINER: frozenset({Action.VIEW, Action.RECORD_ATTENDANCE}),
    Role.VIEWER: frozenset({Action.VIEW}),
}


class PermissionDenied(Refusal, PermissionError):
    pass


def may(role: Role | str, action: Action) -> bool:
    return Action(action) in GRANTS[Role(role)]


def require(role: Role | str, action: Action) -> None:
    if not may(role, action):
        raise PermissionDenied(f"A {Role(role).value} may not {Action(action).value.replace('-', ' ')}.")
