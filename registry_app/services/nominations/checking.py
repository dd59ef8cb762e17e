"""The preview of an import: every row read, converted, checked with the register's own checks, and
matched; every problem located. Nothing is written here: the clerk fixes values, picks matches or skips
rows on the preview, and committing.commit writes it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain.enrolment import course_accepts
from ...domain.enums import CourseStatus
from ...domain.errors import Word
from ...domain.permissions import Action
from ...store.models import Course
from ..actors import Actor
from ..courses.lookup import find_course
from ..register.duplicates import Person
from . import mappings
from .headers import Layout, find_layout
from .matching import (
    Candidate,
    OrganisationPick,
    Organisations,
    automatic_match,
    candidates_of,
    candidates_of_many,
    country_index,
    enrolled_in,
)
from .problems import FileRefused, ImportRefused, Problem, shown
from .reading import SourceSheet, read
from .rows import NEW_ORGANISATION_KIND, convert
from .vocabulary import folded

Progress = Callable[[int, int, str], None]

WRONG_COURSE = ("This workbook was made for the course {theirs}, not for {ours}: import it into {theirs}, or ask "
                "the sender to use the workbook of {ours}.")
SEVERAL_MATCHES = ("{count} participants of the register may be this person ({references}): pick one, or mark the "
                   "row as a new participant.")
ARCHIVED_MATCH = "This is {reference}, whose record is archived: pick another participant or mark the row as new."
SAME_AS_ROW = "The same ID document number is on row {row}: the same person twice?"
ALREADY_ENROLLED = "{reference} is already on this course: the row is left as it is."
COLUMN_NOT_READ = "This column's heading names nothing the register keeps: it was not read (map it by hand if it should be)."
DIFFERENT_DOCUMENT = "Matched to {reference} by name, date of birth and nationality, whose ID document number is {theirs}."
# The steps, said beside the progress bar (translated by the window, listed in gui/validation_messages).
READING, CHECKING, MATCHING, READY = ("Reading the workbook…", "Checking every row…",
                                      "Looking for each person in the register…", "Ready.")
STEP_TEMPLATES = (READING, CHECKING, MATCHING, READY)
PROBLEM_TEMPLATES = (WRONG_COURSE, SEVERAL_MATCHES, ARCHIVED_MATCH, SAME_AS_ROW, ALREADY_ENROLLED, DIFFERENT_DOCUMENT,
            COLUMN_NOT_READ)


class MappingNeeded(FileRefused):
    """The columns could not all be told by their headings: the clerk maps them (or the sender fixes
    the headings). ``sheets`` are the file's sheets, for the mapping dialog."""

    sheets: list[SourceSheet] = []
    missing: list[str] = []

    def with_sheets(self, sheets: list[SourceSheet], missing: list[str]) -> MappingNeeded:
        self.sheets, self.missing = sheets, missing
        return self


@dataclass
class ImportRow:
    index: int  # in Preview.rows
    row: int  # the sheet's row number (or the CSV line), as the sender sees it
    cells: list[Any]
    edits: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)  # checked participant values (participants.checked)
    organisation: OrganisationPick | None = None
    problems: list[Problem] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    match: int | None = None  # the participant chosen, None for a new one
    skipped: bool = False
    already_enrolled: bool = False

    @property
    def blocked(self) -> bool:
        return not self.skipped and any(p.blocking for p in self.problems)

    @property
    def status(self) -> str:
        if self.skipped:
            return "skipped"
        if self.blocked:
            return "error"
        if self.already_enrolled:
            return "already"
        return "existing" if self.match is not None else "new"


@dataclass
class Preview:
    file_name: str
    sha256: str
    sheet: SourceSheet
    layout: Layout
    course_id: int
    course_code: str
    sender_id: int | None
    file_problems: list[Problem]
    rows: list[ImportRow]
    countries: dict[str, str]
    organisations: Organisations
    enrolled: set[int]
    language: str = "en"  # the course's: new participants' preferred language
    new_kinds: dict[tuple[str, str], str] = field(default_factory=dict)  # new organisation -> its type

    @property
    def country_codes(self) -> frozenset[str]:
        if not hasattr(self, "_codes"):
            self._codes = frozenset(self.countries.values())
        return self._codes

    def problems(self) -> list[Problem]:
        """Every problem, the file's first, then row by row; skipped rows' problems left out."""
        return self.file_problems + [p for row in self.rows if not row.skipped for p in row.problems]

    def blocking(self) -> list[Problem]:
        return [p for p in self.problems() if p.blocking]

    def counts(self) -> dict[str, int]:
        counts = {"new": 0, "existing": 0, "already": 0, "error": 0, "skipped": 0}
        for row in self.rows:
            counts[row.status] += 1
        return counts

    def fix(self, index: int, field_name: str, text: str) -> ImportRow:
        """The clerk's value for a cell: the row is checked and matched again with it."""
        row = self.rows[index]
        row.edits[field_name] = text
        self._recheck(row)
        return row

    def choose(self, index: int, participant_id: int | None) -> ImportRow:
        """The clerk's pick: one of the row's candidates, or None for a new participant."""
        row = self.rows[index]
        if participant_id is not None and participant_id not in {c.participant_id for c in row.candidates}:
            raise ImportRefused("Pick one of the participants offered for this row.")
        row.match = participant_id
        row.problems = [p for p in row.problems if p.why not in (SEVERAL_MATCHES, ARCHIVED_MATCH)]
        _judge_match(self, row, chosen=True)
        return row

    def skip(self, index: int, skipped: bool = True) -> ImportRow:
        self.rows[index].skipped = skipped
        return self.rows[index]

    def _recheck(self, row: ImportRow) -> None:
        convert(self, row)
        if row.values:
            row.candidates = candidates_of(_person(row))
            row.match = automatic_match(row.candidates)
            _judge_match(self, row, chosen=False)
        _same_documents(self)


def prepare(actor: Actor, course_code: str, path: Path | str, data: bytes | None = None,
            sheet_name: str | None = None, layout: Layout | None = None, sender_id: int | None = None,
            progress: Progress | None = None, mapping: dict[str, str] | None = None) -> Preview:
    """Read, check and match a nomination file for a course; raises FileRefused when the file cannot
    be read at all, MappingNeeded when its columns must be mapped by hand. ``mapping`` (heading ->
    field, as the command line's --map gives it) goes over the mapping remembered for the sender."""
    actor.require(Action.EDIT_REGISTER)
    report = progress or (lambda done, total, text: None)
    course = find_course(course_code)
    if not course_accepts(CourseStatus(course.status)):
        raise ImportRefused("The course {code} is {status}: its nominations can no longer change.",
                            code=course.code, status=Word(course.status))
    path = Path(path)
    data = data if data is not None else _read_bytes(path)
    report(0, 100, READING)
    sheets = read(path, data)
    sheet, found = _sheet_and_layout(path.name, sheets, sheet_name, layout, sender_id, mapping or {})
    report(20, 100, CHECKING)
    preview = Preview(path.name, hashlib.sha256(data).hexdigest(), sheet, found, course.id, course.code, sender_id,
                      list(sheet.notices) + _course_problems(path.name, sheet, course) + _unread(sheet, found), [],
                      country_index(),
                      Organisations(), enrolled_in(course.id), course.language)
    rows = sheet.rows
    for number in range(found.header_row + 1, len(rows)):
        if any(str(cell).strip() for cell in rows[number]):  # stops at the first cell filled, most often the first
            row = ImportRow(len(preview.rows), number + 1, rows[number])
            convert(preview, row)
            preview.rows.append(row)
    for row in preview.rows:  # a new organisation's type given on a later row than its first
        if any(p.why == NEW_ORGANISATION_KIND for p in row.problems):
            convert(preview, row)
    report(60, 100, MATCHING)
    _match_all(preview)
    report(100, 100, READY)
    return preview


def _read_bytes(path: Path) -> bytes:
    from .reading import MAX_BYTES

    try:
        if path.stat().st_size > MAX_BYTES:
            raise FileRefused("The file {file} is larger than 50 MB: no nomination list is that long.", file=path.name)
        return path.read_bytes()
    except OSError as error:
        raise FileRefused("The file {file} cannot be opened: {reason}.",
                          reason=error.strerror or str(error), file=path.name) from error


def _sheet_and_layout(name: str, sheets: list[SourceSheet], sheet_name: str | None, layout: Layout | None,
                      sender_id: int | None, given: dict[str, str]) -> tuple[SourceSheet, Layout]:
    if sheet_name is not None:
        chosen = [s for s in sheets if s.sheet == sheet_name]
        if not chosen:
            raise FileRefused("The workbook {file} has no sheet named {sheet}.", sheet=sheet_name, file=name)
        sheets_to_try = chosen
    else:
        sheets_to_try = sorted(sheets, key=lambda s: s.sheet != "Nominations")
    if layout is not None:
        return sheets_to_try[0], layout
    remembered = {**(mappings.remembered(sender_id) if sender_id else {}),
                  **{folded(heading): field for heading, field in given.items()}}
    found = [(s, lay) for s in sheets_to_try for lay in [find_layout(s, remembered)] if lay is not None]
    if not found:
        raise MappingNeeded("No row of {file} looks like column headings (family name, given names, sex...): "
                            "map its columns by hand.", file=name).with_sheets(sheets, [])
    sheet, best = max(found, key=lambda pair: len(pair[1].mapping))
    missing = [f for f in best.missing() if not (f == "organisation" and sender_id)]
    if missing:
        from .vocabulary import BY_FIELD

        raise MappingNeeded("No column of {file} holds {fields}: map the columns by hand.", file=name,
                            fields=", ".join(BY_FIELD[f].en for f in missing)).with_sheets(sheets, missing)
    return sheet, best


def _course_problems(name: str, sheet: SourceSheet, course: Course) -> list[Problem]:
    if sheet.course_code and sheet.course_code != course.code:
        return [Problem(name, "", 0, "", sheet.course_code, WRONG_COURSE,
                        {"theirs": sheet.course_code, "ours": course.code})]
    return []


def _unread(sheet: SourceSheet, layout: Layout) -> list[Problem]:
    return [Problem(sheet.file_name, sheet.sheet, layout.header_row + 1, layout.column_name(index),
                    shown(heading), COLUMN_NOT_READ, blocking=False)
            for index, heading in layout.headings.items() if index not in layout.mapping]


def _person(row: ImportRow) -> Person:
    v = row.values
    return Person(v["given_names"], v["family_name"], v.get("full_name_ar", ""), v.get("birth_date"),
                  v["nationality"], v.get("id_document_number", ""))


def _match_all(preview: Preview) -> None:
    checked = [row for row in preview.rows if row.values]
    for row, found in zip(checked, candidates_of_many([_person(row) for row in checked])):
        row.candidates = found
        row.match = automatic_match(found)
        _judge_match(preview, row, chosen=False)
    _same_documents(preview)


def _judge_match(preview: Preview, row: ImportRow, chosen: bool) -> None:
    """The problems of the row's match: several candidates and no pick, an archived record, a
    participant already on the course."""
    row.problems = [p for p in row.problems if p.why not in (SEVERAL_MATCHES, ARCHIVED_MATCH, ALREADY_ENROLLED,
                                                             DIFFERENT_DOCUMENT)]
    row.already_enrolled = False
    problem = _row_problem(preview, row)
    if row.match is None and len(row.candidates) > 1 and not chosen:
        refs = ", ".join(c.reference for c in row.candidates[:5])
        row.problems.append(problem(SEVERAL_MATCHES, {"count": len(row.candidates), "references": refs}))
        return
    picked = next((c for c in row.candidates if c.participant_id == row.match), None)
    if picked is None:
        return
    if picked.archived:
        row.problems.append(problem(ARCHIVED_MATCH, {"reference": picked.reference}))
    elif picked.participant_id in preview.enrolled:
        row.already_enrolled = True
        row.problems.append(problem(ALREADY_ENROLLED, {"reference": picked.reference}, blocking=False))
    mine = row.values.get("id_document_number", "")
    if picked.reason != "same-document" and mine and picked.id_document_number and mine != picked.id_document_number:
        row.problems.append(problem(DIFFERENT_DOCUMENT, {"reference": picked.reference,
                                                         "theirs": picked.id_document_number}, blocking=False))


def _row_problem(preview: Preview, row: ImportRow) -> Callable[..., Problem]:
    def problem(why: str, values: dict[str, Any], blocking: bool = True, column: str = "", value: str = "") -> Problem:
        return Problem(preview.file_name, preview.sheet.sheet, row.row, column, value, why, values, blocking)
    return problem


def _same_documents(preview: Preview) -> None:
    """The same document number twice in the file: the later row is stopped until the clerk decides."""
    first: dict[str, int] = {}
    column = preview.layout.column_of("id_document_number")
    where = preview.layout.column_name(column) if column is not None else ""
    for row in preview.rows:
        row.problems = [p for p in row.problems if p.why != SAME_AS_ROW]
        number = row.values.get("id_document_number", "") if not row.skipped else ""
        if not number:
            continue
        if number in first:
            row.problems.append(_row_problem(preview, row)(SAME_AS_ROW, {"row": first[number]}, column=where,
                                                           value=number))
        else:
            first[number] = row.row
