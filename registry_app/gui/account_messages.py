"""The refusals of signing in, of managing users and of roles, listed for the translators: the window
shows them through QCoreApplication.translate("Validation", template) and fills in their values."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("Validation", "The user name or the password is wrong."),
    QT_TRANSLATE_NOOP("Validation", "This account is locked after {attempts} wrong passwords in a row; try again after {until} (UTC) or ask an administrator to reset the password."),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "This account is deactivated: ask an administrator."),
    QT_TRANSLATE_NOOP("Validation", "The register already has users: an administrator adds the others from the Users page."),
    QT_TRANSLATE_NOOP("Validation", "A password must have at least {length} characters."),
    QT_TRANSLATE_NOOP("Validation", "The two passwords differ."),
    QT_TRANSLATE_NOOP("Validation", "The current password is wrong."),
    QT_TRANSLATE_NOOP("Validation", "Only the person signed in changes their own password."),
    QT_TRANSLATE_NOOP("Validation", "A user name is 2 to 60 letters, digits, dots, dashes or underscores, not {name!r}."),
    QT_TRANSLATE_NOOP("Validation", "The user name {name} is taken."),
    QT_TRANSLATE_NOOP("Validation", "Give the person's name as it should appear in the audit trail."),
    QT_TRANSLATE_NOOP("Validation", "No user has the id {user_id}."),
    QT_TRANSLATE_NOOP("Validation", "The register must keep at least one active administrator."),
    QT_TRANSLATE_NOOP("Validation", "You cannot deactivate your own account."),
    QT_TRANSLATE_NOOP("Validation", "This user was changed by someone else meanwhile; reload the list."),
    QT_TRANSLATE_NOOP("Validation", "Nobody is signed in: sign in first."),
    QT_TRANSLATE_NOOP("Validation", "Your role ({role}) may not read the register."),
    QT_TRANSLATE_NOOP("Validation", "Your role ({role}) may not change the register."),
    QT_TRANSLATE_NOOP("Validation", "Your role ({role}) may not record attendance or scores."),
    QT_TRANSLATE_NOOP("Validation", "Your role ({role}) may not print the register's documents."),
    QT_TRANSLATE_NOOP("Validation", "Your role ({role}) may not export from the register."),
    QT_TRANSLATE_NOOP("Validation", "Your role ({role}) may not issue, correct or revoke certificates."),
    QT_TRANSLATE_NOOP("Validation", "Your role ({role}) may not read the audit trail."),
    QT_TRANSLATE_NOOP("Validation", "Your role ({role}) may not administer the register."),
    QT_TRANSLATE_NOOP("Validation", "The audit trail is intact: {events} events, each chained to the one before; checked against {checkpoints} signed checkpoint(s), the last covering the events up to #{last}."),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "The trail holds {total} events, fewer than the {signed} signed at {when} UTC: events were deleted, the newest among them (#{last} is gone)."),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "Event #{last}, the last one signed at {when} UTC, is gone."),
    QT_TRANSLATE_NOOP("Validation", "The trail holds {count} events up to #{last}, where the checkpoint of {when} UTC signed {signed}: events were deleted or added before it."),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "Event #{last} does not have the hash signed at {when} UTC: events up to it were changed, deleted or replaced, and the chain made again."),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "The audit trail is intact: {events} events, each chained to the one before; no signed checkpoint yet."),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "Event #{event} does not chain to the event before it: it was edited, moved, or events before it were deleted."),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "The checkpoint of {when} UTC in the file is missing from the register."),
    QT_TRANSLATE_NOOP("Validation", "The checkpoint of {when} UTC is not genuine: it was not signed with the centre's key."),
    QT_TRANSLATE_NOOP("Validation", "The audit trail has been tampered with: {count} problem(s). It breaks at event #{event}."),
    QT_TRANSLATE_NOOP("Validation", "The audit trail has been tampered with: {count} problem(s)."),
    QT_TRANSLATE_NOOP("Validation", "A checkpoint is made on demand, at closing or daily, not {reason!r}."),
    QT_TRANSLATE_NOOP("Validation", "Line {line} of {path} is not an audit checkpoint."),
    QT_TRANSLATE_NOOP("Validation", "The checkpoints file must be a file named by its full path, not {path}."),
    QT_TRANSLATE_NOOP("Validation", "The window locks after 1 to {longest} minutes unused."),
    QT_TRANSLATE_NOOP("Validation", "Group roles and logins are for a register on a PostgreSQL server."),
)
