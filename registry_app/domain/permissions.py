"""What each role may do. The services ask before every action, reads included; the window only hides
what a role may not do."""

from __future__ import annotations

from .enums import Role, StrEnum
from .errors import Refusal, Word


class Action(StrEnum):
    VIEW = "view"  # read the register: lists, records, history, verification against the register
    EDIT_REGISTER = "edit-register"  # participants, organisations, programmes, courses, enrolments
    RECORD_ATTENDANCE = "record-attendance"
    PRINT = "print"  # sign-in sheets, rosters, name cards, reprints
    EXPORT = "export"  # lists and registers written to files that leave the program
    ISSUE_CERTIFICATES = "issue-certificates"  # graduation, corrections, revocations, revocation list
    VIEW_AUDIT = "view-audit"  # the audit trail, its checkpoints and its verification
    ADMINISTER = "administer"  # users, settings, signing keys, demo data, backups


GRANTS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action),
    Role.REGISTRAR: frozenset({Action.VIEW, Action.EDIT_REGISTER, Action.RECORD_ATTENDANCE, Action.PRINT,
                               Action.EXPORT, Action.ISSUE_CERTIFICATES, Action.VIEW_AUDIT}),
    Role.CLERK: frozenset({Action.VIEW, Action.EDIT_REGISTER, Action.RECORD_ATTENDANCE, Action.PRINT,
                           Action.EXPORT}),
    Role.TRAINER: frozenset({Action.VIEW, Action.RECORD_ATTENDANCE, Action.PRINT}),
    Role.VIEWER: frozenset({Action.VIEW}),
}

# How the refusal names each action, in words a translator can render whole.
_REFUSALS: dict[Action, str] = {
    Action.VIEW: "Your role ({role}) may not read the register.",
    Action.EDIT_REGISTER: "Your role ({role}) may not change the register.",
    Action.RECORD_ATTENDANCE: "Your role ({role}) may not record attendance or scores.",
    Action.PRINT: "Your role ({role}) may not print the register's documents.",
    Action.EXPORT: "Your role ({role}) may not export from the register.",
    Action.ISSUE_CERTIFICATES: "Your role ({role}) may not issue, correct or revoke certificates.",
    Action.VIEW_AUDIT: "Your role ({role}) may not read the audit trail.",
    Action.ADMINISTER: "Your role ({role}) may not administer the register.",
}
REFUSAL_TEMPLATES: tuple[str, ...] = tuple(_REFUSALS.values())


class PermissionDenied(Refusal, PermissionError):
    pass


def may(role: Role | str, action: Action) -> bool:
    return Action(action) in GRANTS[Role(role)]


def require(role: Role | str, action: Action) -> None:
    if not may(role, action):
        raise PermissionDenied(_REFUSALS[Action(action)], role=Word(Role(role).value))
