"""Cell values as the register wants them: text from numbers typed as numbers, dates from Excel's day
numbers (both epochs) or from text, the drop-down words of any of the three languages as codes."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from .vocabulary import DOCUMENT_INDEX, KIND_INDEX, SEX_INDEX, folded

MAX_CELL = 1000  # longer than any name, rank or address; the register's own limits are checked after
_EPOCH_1900 = date(1899, 12, 30)  # Excel's day 0, counting its phantom 29 February 1900
_EPOCH_1904 = date(1904, 1, 1)
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_SPACES = re.compile(r"\s+")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

TOO_LONG = "This cell has {length} characters; no field of the register takes more than {limit}."
NOT_A_DATE = "This is not a date: write it as 21/03/1985."
IMPOSSIBLE_DATE = "This date does not exist."
UNKNOWN_SEX = "Sex must be F or M (Female, Male, Femme, Homme, أنثى, ذكر)."
UNKNOWN_COUNTRY = "This country is not in the register's list: choose it from the drop-down list."
UNKNOWN_KIND = "This agency type is not one of the list: choose it from the drop-down list."
UNKNOWN_DOCUMENT = "This ID document type is not one of the list (passport, national identity card, service card, other)."
WRONG_TYPE = "This cell holds {kind} where text was expected."
FORMULA_ERROR = "This cell's formula gives an error ({error}): type the value itself."
PROBLEM_TEMPLATES = (TOO_LONG, NOT_A_DATE, IMPOSSIBLE_DATE, UNKNOWN_SEX, UNKNOWN_COUNTRY, UNKNOWN_KIND, UNKNOWN_DOCUMENT,
            WRONG_TYPE, FORMULA_ERROR)
_FORMULA_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!",
                             "#GETTING_DATA"})


class CellProblem(ValueError):
    def __init__(self, why: str, **values: Any) -> None:
        self.why = why
        self.values = values
        super().__init__(why)


def text(value: Any, multiline: bool = False) -> str:
    """A cell as text: 1234.0 typed as a number is "1234", invisible characters dropped."""
    if value is None:
        return ""
    if isinstance(value, str) and len(value) <= MAX_CELL and value.isprintable() and "  " not in value \
            and value == value.strip() and not value.startswith("#"):
        return value  # most cells: nothing to clean (isprintable is false for controls and invisible marks)
    if isinstance(value, bool):
        raise CellProblem(WRONG_TYPE, kind="TRUE/FALSE")
    if isinstance(value, float):
        result = str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    elif isinstance(value, (datetime, date)):
        result = value.strftime("%d/%m/%Y")
    elif isinstance(value, timedelta):
        raise CellProblem(WRONG_TYPE, kind="a duration")
    else:
        result = str(value)
    if result.strip().upper() in _FORMULA_ERRORS:
        raise CellProblem(FORMULA_ERROR, error=result.strip())
    if len(result) > MAX_CELL:
        raise CellProblem(TOO_LONG, length=f"{len(result):,}", limit=f"{MAX_CELL:,}")
    result = _CONTROLS.sub("", result)
    return result.strip() if multiline else _SPACES.sub(" ", result).strip()


def a_date(value: Any, date1904: bool = False) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellProblem(NOT_A_DATE)
    if isinstance(value, (int, float)):
        return _serial(float(value), date1904)
    return _date_text(text(value))


def _serial(number: float, date1904: bool) -> date:
    if not 1 <= number < 2_958_466:  # 1900-01-01 .. 9999-12-31
        raise CellProblem(NOT_A_DATE)
    if date1904:
        return _EPOCH_1904 + timedelta(days=int(number))
    return _EPOCH_1900 + timedelta(days=int(number) + (1 if number < 61 else 0))


def _date_text(written: str) -> date | None:
    if not written:
        return None
    if written.replace(".", "", 1).isdigit():  # a day number typed as text
        return _serial(float(written), False)
    for pattern in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(written, pattern).date()
        except ValueError:
            pass
    match = _NUMERIC_DATE.match(written)
    if not match:
        raise CellProblem(NOT_A_DATE)
    first, second, third = (int(part) for part in match.groups())
    if len(match.group(1)) == 4:
        year, month, day = first, second, third
    else:
        day, month, year = (first, second, third) if first > 12 or second <= 12 else (second, first, third)
        if year < 100:  # two digits: a person born in '85 is not a century old nor unborn
            year += 1900 if year > date.today().year % 100 else 2000
    try:
        return date(year, month, day)
    except ValueError as error:
        raise CellProblem(IMPOSSIBLE_DATE) from error


def _chosen(value: Any, index: dict[str, str], unknown: str) -> str:
    """The stored value of a word from one of the workbook's drop-down lists, in any of its languages."""
    written = text(value)
    if not written:
        return ""
    found = index.get(folded(written))
    if found is None:
        raise CellProblem(unknown)
    return found


def sex(value: Any) -> str:
    return _chosen(value, SEX_INDEX, UNKNOWN_SEX)


def organisation_kind(value: Any) -> str:
    return _chosen(value, KIND_INDEX, UNKNOWN_KIND)


def document_type(value: Any) -> str:
    return _chosen(value, DOCUMENT_INDEX, UNKNOWN_DOCUMENT)


_CODE_IN_BRACKETS = re.compile(r"\(([A-Za-z]{2,3})\)\s*$")


def country(value: Any, index: dict[str, str]) -> str:
    """An ISO code from a code (MA, MAR), a name in English, French or Arabic, or the drop-down's
    "Morocco (MA)"; index is folded name or code -> ISO code (see checking.country_index)."""
    written = text(value)
    if not written:
        return ""
    in_brackets = _CODE_IN_BRACKETS.search(written)
    for candidate in ((in_brackets.group(1),) if in_brackets else ()) + (written,):
        found = index.get(folded(candidate))
        if found:
            return found
    raise CellProblem(UNKNOWN_COUNTRY)
