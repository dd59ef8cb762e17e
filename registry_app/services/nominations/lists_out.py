"""Lists out: the participants list as filtered, a course's nominations and enrolment, and its attendance
grid, as .xlsx or .csv. Every cell a spreadsheet could run as a formula is neutralised, as the
certificate register's exports are (certificates.register.neutralise)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from ...domain.permissions import Action
from ...store.participant_queries import ParticipantFilter
from .. import audit
from ..actors import Actor
from ..attendance.marks import load_grid
from ..certificates.register import neutralise
from ..courses.enrolments import enrolments_of
from ..courses.lookup import find_course
from ..register.participant_list import ParticipantList, SortColumn

_PAGE = 2000


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name
    headings: list[str]
    rows: list[list[Any]]


def participants(actor: Actor, text: str = "", country: str | None = None, sex: str | None = None,
                 region: str | None = None, organisation_kind: str | None = None, include_archived: bool = False,
                 sort: SortColumn = SortColumn.NAME, descending: bool = False, language: str = "en") -> Table:
    """The participants list as the clerk filtered and sorted it, every page of it."""
    actor.require(Action.EXPORT)
    audit.record_alone(actor, "export", "participant-list", text or "all", {"country": country or ""})
    wanted = ParticipantFilter(text, country, region, sex, organisation_kind, include_archived)
    listed, _ = ParticipantList.matching(wanted, sort, descending, language)
    rows: list[list[Any]] = []
    after = None
    while True:
        page = listed.page(after, limit=_PAGE)
        rows.extend([r.reference, r.family_name, r.given_names, r.full_name_ar, r.sex, r.nationality,
                     r.nationality_name, r.organisation, r.rank] for r in page)
        if len(page) < _PAGE:
            break
        after = page[-1].key
    return Table("Participants", ["Reference", "Family name", "Given names", "Name in Arabic", "Sex", "Nationality",
                                  "Country", "Organisation", "Rank"], rows)


def nominations(actor: Actor, course_code: str) -> Table:
    actor.require(Action.EXPORT)
    audit.record_alone(actor, "export", "nominations", course_code)
    course = find_course(course_code)
    rows: list[list[Any]] = [[r.reference, r.name, r.full_name_ar, r.sex, r.nationality, r.organisation, r.status,
                              r.nominated_on] for r in enrolments_of(course.id)]
    return Table("Nominations", ["Reference", "Name", "Name in Arabic", "Sex", "Nationality", "Organisation",
                                 "Status", "Nominated on"], rows)


def attendance(actor: Actor, course_code: str) -> Table:
    actor.require(Action.EXPORT)
    audit.record_alone(actor, "export", "attendance", course_code)
    grid = load_grid(find_course(course_code).id)
    half_days = [h for h in grid.half_days if not h.excluded]
    headings = ["Reference", "Name", "Name in Arabic", "Status"] + [f"{h.day:%d/%m/%Y} {h.slot}" for h in half_days]
    headings += ["Attended %", "Pre-test", "Post-test"]
    rows: list[list[Any]] = []
    for row in grid.rows:
        counted = grid.attendance(row.enrolment_id)
        rows.append([row.reference, row.name, row.name_ar, row.status]
                    + [grid.marks.get((row.enrolment_id, h.id), "") for h in half_days]
                    + [counted.rate_pct if counted.rate_pct is not None else "", row.pre_test, row.post_test])
    return Table("Attendance", headings, rows)


def _cell(value: Any) -> Any:
    """Numbers and dates stay what they are; text is neutralised."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return neutralise(value)


def to_csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.headings)
    writer.writerows([_cell(v) for v in row] for row in table.rows)
    return out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheets read Arabic and accents right


def to_xlsx(table: Table) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(table.title)
    sheet.append(table.headings)
    for row in table.rows:
        sheet.append([_cell(v) for v in row])  # text "'=..." is written as text, never as a formula
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
