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
)
