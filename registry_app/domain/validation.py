"""Checks on what a clerk types, shared by the forms (as they type) and the services (on save).

Each check returns None or a message for the clerk. Messages carry no values, so that the window can
translate them as they are (gui/validation_messages.py lists them for the translators).
"""

from __future__ import annotations

import re
from datetime import date

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# International or local numbers: digits with spaces, dots, dashes, brackets, an optional leading +.
_PHONE = re.compile(r"^\+?[0-9 ().\-]{6,30}$")

REQUIRED = "This field must be filled in."
BAD_EMAIL = "This is not an e-mail address (it should look like name@agency.gov)."
BAD_PHONE = "A phone number has 6 to 20 digits, with an optional + in front (e.g. +212 537 00 00 00)."
BIRTH_IN_FUTURE = "The date of birth is in the future."
BIRTH_TOO_YOUNG = "The date of birth makes this person younger than 16."
BIRTH_TOO_OLD = "The date of birth makes this person older than 100."
END_BEFORE_START = "The course cannot end before it starts."
TOO_LONG = "A course lasts at most 366 days."
PERCENT = "Give a whole number from 0 to 100."
POSITIVE = "Give a whole number greater than 0."

MESSAGES = (REQUIRED, BAD_EMAIL, BAD_PHONE, BIRTH_IN_FUTURE, BIRTH_TOO_YOUNG, BIRTH_TOO_OLD,
            END_BEFORE_START, TOO_LONG, PERCENT, POSITIVE)


def required(text: str | None) -> str | None:
    return REQUIRED if not (text or "").strip() else None


def email(text: str | None) -> str | None:
    text = (text or "").strip()
    return BAD_EMAIL if text and not _EMAIL.match(text) else None


def phone(text: str | None) -> str | None:
    text = (text or "").strip()
    if not text:
        return None
    digits = sum(c.isdigit() for c in text)
    return BAD_PHONE if not _PHONE.match(text) or not 6 <= digits <= 20 else None


def birth_date(value: date | None, today: date | None = None) -> str | None:
    if value is None:
        return None
    today = today or date.today()
    if value > today:
        return BIRTH_IN_FUTURE
    age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if age < 16:
        return BIRTH_TOO_YOUNG
    if age > 100:
        return BIRTH_TOO_OLD
    return None


def course_dates(start: date | None, end: date | None) -> str | None:
    if start is None or end is None:
        return REQUIRED
    if end < start:
        return END_BEFORE_START
    if (end - start).days >= 366:
        return TOO_LONG
    return None


def percent(value: int | None) -> str | None:
    return PERCENT if value is None or not 0 <= value <= 100 else None


def positive(value: int | None) -> str | None:
    return POSITIVE if value is None or value <= 0 else None
