"""The words the window shows for the register's codes (statuses, types, languages...), translated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..domain.completion import ExcusedPolicy
from ..domain.enums import (
    CourseStatus,
    DeliveryMode,
    EnrolmentStatus,
    IdDocumentType,
    OrganisationKind,
    Region,
    Sex,
)

SEX = {Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"), Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male")}
# The sex in a list's narrow column: one letter in English and French (F, H), a short word in Arabic.
SEX_IN_LISTS = {Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "F"), Sex.MALE: QT_TRANSLATE_NOOP("Labels", "M")}
SLOTS = {"AM": QT_TRANSLATE_NOOP("Labels", "AM"), "PM": QT_TRANSLATE_NOOP("Labels", "PM")}
REGIONS = {
    Region.NORTHERN_AFRICA: QT_TRANSLATE_NOOP("Labels", "Northern Africa"),
    Region.WESTERN_AFRICA: QT_TRANSLATE_NOOP("Labels", "Western Africa"),
    Region.MIDDLE_AFRICA: QT_TRANSLATE_NOOP("Labels", "Middle Africa"),
    Region.EASTERN_AFRICA: QT_TRANSLATE_NOOP("Labels", "Eastern Africa"),
    Region.SOUTHERN_AFRICA: QT_TRANSLATE_NOOP("Labels", "Southern Africa"),
    Region.AMERICAS: QT_TRANSLATE_NOOP("Labels", "Americas"),
    Region.ASIA: QT_TRANSLATE_NOOP("Labels", "Asia"),
    Region.EUROPE: QT_TRANSLATE_NOOP("Labels", "Europe"),
    Region.OCEANIA: QT_TRANSLATE_NOOP("Labels", "Oceania"),
}
ORGANISATION_KINDS = {
    OrganisationKind.POLICE: QT_TRANSLATE_NOOP("Labels", "Police"),
    OrganisationKind.GENDARMERIE: QT_TRANSLATE_NOOP("Labels", "Gendarmerie"),
    OrganisationKind.JUSTICE: QT_TRANSLATE_NOOP("Labels", "Prosecution and judiciary"),
    OrganisationKind.PRISON: QT_TRANSLATE_NOOP("Labels", "Prison administration"),
    OrganisationKind.BORDER: QT_TRANSLATE_NOOP("Labels", "Border, customs, immigration"),
    OrganisationKind.INTELLIGENCE: QT_TRANSLATE_NOOP("Labels", "Intelligence"),
    OrganisationKind.MINISTRY: QT_TRANSLATE_NOOP("Labels", "Ministry"),
    OrganisationKind.MILITARY: QT_TRANSLATE_NOOP("Labels", "Military"),
    OrganisationKind.INTERNATIONAL: QT_TRANSLATE_NOOP("Labels", "International organisation"),
    OrganisationKind.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Labels", "Civil society"),
}
COURSE_STATUSES = {
    CourseStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    CourseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open for nominations"),
    CourseStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "Running"),
    CourseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    CourseStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
ENROLMENT_STATUSES = {
    EnrolmentStatus.NOMINATED: QT_TRANSLATE_NOOP("Labels", "Nominated"),
    EnrolmentStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    EnrolmentStatus.WAITLISTED: QT_TRANSLATE_NOOP("Labels", "Wait-listed"),
    EnrolmentStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    EnrolmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    EnrolmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("Labels", "No-show"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    EnrolmentStatus.NOT_COMPLETED: QT_TRANSLATE_NOOP("Labels", "Not completed"),
}
DELIVERY_MODES = {
    DeliveryMode.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    DeliveryMode.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    DeliveryMode.BLENDED: QT_TRANSLATE_NOOP("Labels", "Blended"),
}
LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "pt": QT_TRANSLATE_NOOP("Labels", "Portuguese"),
}
ID_DOCUMENTS = {
    IdDocumentType.PASSPORT: QT_TRANSLATE_NOOP("Labels", "Passport"),
    IdDocumentType.NATIONAL_ID: QT_TRANSLATE_NOOP("Labels", "National identity card"),
    IdDocumentType.SERVICE_CARD: QT_TRANSLATE_NOOP("Labels", "Service card"),
    IdDocumentType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other document"),
}
EXCUSED_POLICIES = {
    ExcusedPolicy.NOT_COUNTED: QT_TRANSLATE_NOOP("Labels", "Left out of the count"),
    ExcusedPolicy.ATTENDED: QT_TRANSLATE_NOOP("Labels", "Counted as attended"),
    ExcusedPolicy.ABSENT: QT_TRANSLATE_NOOP("Labels", "Counted as absent"),
}


def long_date(day: date, language: str) -> str:
    """A day with its weekday and month named in the interface's language (not the system's), its
    numbers in Western digits as everywhere else in the window: "vendredi 16 juillet 2021"."""
    locale = QLocale(language)
    return " ".join((locale.dayName(day.isoweekday()), str(day.day),
                     locale.standaloneMonthName(day.month), str(day.year)))


def label(table: dict, code) -> str:
    """The translated word for code in table; the code itself when it is unknown."""
    text = table.get(code)
    if text is not None:  # a code keyed as itself: one look-up, as for every cell of a list
        return QCoreApplication.translate("Labels", text)
    for key, text in table.items():  # keyed by an enum member, asked by its value
        if key == code or getattr(key, "value", key) == code:
            return QCoreApplication.translate("Labels", text)
    return str(code or "")


_FILLED_FROM: dict[str, dict] = {}  # the tables combo boxes were filled from, for say_again


def fill(combo, table: dict, first: tuple[str, object] | None = None) -> None:
    """Fill a combo box with table's words, their codes as data, after an optional first (text, data)."""
    if first is not None:
        combo.addItem(*first)
    for key, text in table.items():
        combo.addItem(QCoreApplication.translate("Labels", text), getattr(key, "value", key))
    _FILLED_FROM[str(id(table))] = table
    combo.setProperty("labelTable", str(id(table)))


def say_again(combo) -> None:
    """The words of a combo box filled from a table, in the language now installed."""
    table = _FILLED_FROM.get(str(combo.property("labelTable") or ""))
    if table is None:
        return
    codes = {getattr(key, "value", key) for key in table}
    for index in range(combo.count()):
        if combo.itemData(index) in codes:
            combo.setItemText(index, label(table, combo.itemData(index)))
CERTIFICATE_STATUSES = {
    "valid": QT_TRANSLATE_NOOP("Labels", "valid"),
    "revoked": QT_TRANSLATE_NOOP("Labels", "revoked"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "superseded"),
}
# The audit trail's actions and kinds of record, kept in the register as codes (tests/gui/
# test_no_text_escapes_translation.py fails on a code the services record that is missing here).
AUDIT_ACTIONS = {
    "activate-user": QT_TRANSLATE_NOOP("Labels", "Account activated"),
    "add-user": QT_TRANSLATE_NOOP("Labels", "User added"),
    "archive": QT_TRANSLATE_NOOP("Labels", "Archived"),
    "audit-checkpoint": QT_TRANSLATE_NOOP("Labels", "Audit checkpoint signed"),
    "change-password": QT_TRANSLATE_NOOP("Labels", "Password changed"),
    "change-role": QT_TRANSLATE_NOOP("Labels", "Role changed"),
    "close": QT_TRANSLATE_NOOP("Labels", "Course closed"),
    "create": QT_TRANSLATE_NOOP("Labels", "Created"),
    "create-database-login": QT_TRANSLATE_NOOP("Labels", "Server login created"),
    "create-first-administrator": QT_TRANSLATE_NOOP("Labels", "First administrator created"),
    "create-key": QT_TRANSLATE_NOOP("Labels", "Signing key created"),
    "deactivate-user": QT_TRANSLATE_NOOP("Labels", "Account deactivated"),
    "demo-data": QT_TRANSLATE_NOOP("Labels", "Demo data created"),
    "export": QT_TRANSLATE_NOOP("Labels", "Exported"),
    "export-audit": QT_TRANSLATE_NOOP("Labels", "Audit trail exported"),
    "import-nominations": QT_TRANSLATE_NOOP("Labels", "Nominations imported"),
    "issue": QT_TRANSLATE_NOOP("Labels", "Certificate issued"),
    "lock-account": QT_TRANSLATE_NOOP("Labels", "Account locked"),
    "mark": QT_TRANSLATE_NOOP("Labels", "Attendance marked"),
    "merge": QT_TRANSLATE_NOOP("Labels", "Duplicates merged"),
    "move": QT_TRANSLATE_NOOP("Labels", "Enrolment status changed"),
    "nominate": QT_TRANSLATE_NOOP("Labels", "Nomination recorded"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Outcome recorded"),
    "print": QT_TRANSLATE_NOOP("Labels", "Printed"),
    "print-again": QT_TRANSLATE_NOOP("Labels", "Originals printed again"),
    "promote": QT_TRANSLATE_NOOP("Labels", "Taken off the waiting list"),
    "publish-revocation-list": QT_TRANSLATE_NOOP("Labels", "Revocation list published"),
    "reprint": QT_TRANSLATE_NOOP("Labels", "Duplicate printed"),
    "reset-password": QT_TRANSLATE_NOOP("Labels", "Password reset"),
    "restore": QT_TRANSLATE_NOOP("Labels", "Restored"),
    "revoke": QT_TRANSLATE_NOOP("Labels", "Certificate revoked"),
    "scores": QT_TRANSLATE_NOOP("Labels", "Scores entered"),
    "sign-in": QT_TRANSLATE_NOOP("Labels", "Signed in"),
    "sign-in-failed": QT_TRANSLATE_NOOP("Labels", "Sign-in failed"),
    "supersede": QT_TRANSLATE_NOOP("Labels", "Certificate superseded"),
    "template": QT_TRANSLATE_NOOP("Labels", "Certificate template changed"),
    "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "verify-audit": QT_TRANSLATE_NOOP("Labels", "Audit trail verified"),
    "verify-certificate": QT_TRANSLATE_NOOP("Labels", "Certificate verified"),
}
AUDIT_RECORDS = {
    "attendance": QT_TRANSLATE_NOOP("Labels", "attendance"),
    "audit": QT_TRANSLATE_NOOP("Labels", "audit trail"),
    "certificate": QT_TRANSLATE_NOOP("Labels", "certificate"),
    "certificate-register": QT_TRANSLATE_NOOP("Labels", "certificate register"),
    "course": QT_TRANSLATE_NOOP("Labels", "course"),
    "enrolment": QT_TRANSLATE_NOOP("Labels", "enrolment"),
    "nominations": QT_TRANSLATE_NOOP("Labels", "nominations"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "organisation"),
    "participant": QT_TRANSLATE_NOOP("Labels", "participant"),
    "participant-list": QT_TRANSLATE_NOOP("Labels", "list of participants"),
    "programme": QT_TRANSLATE_NOOP("Labels", "programme"),
    "register": QT_TRANSLATE_NOOP("Labels", "register"),
    "report": QT_TRANSLATE_NOOP("Labels", "report"),
    "seal": QT_TRANSLATE_NOOP("Labels", "seal"),
    "setting": QT_TRANSLATE_NOOP("Labels", "setting"),
    "trainer": QT_TRANSLATE_NOOP("Labels", "trainer"),
    "user": QT_TRANSLATE_NOOP("Labels", "user"),
}
CERTIFICATE_KINDS = {
    "completion": QT_TRANSLATE_NOOP("Labels", "completion"),
    "participation": QT_TRANSLATE_NOOP("Labels", "participation"),
}
