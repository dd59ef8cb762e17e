"""One row of a nomination file turned into a participant's values, checked by the register's own
checks (services.register.participants.checked), its organisation found or to be created."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..register.participants import ParticipantData, checked
from ..register.saving import InvalidRecord
from . import values as cells
from .matching import OrganisationPick
from .problems import Problem, shown
from .vocabulary import BY_FIELD

if TYPE_CHECKING:
    from .checking import ImportRow, Preview

NEW_ORGANISATION_KIND = "{name} is not yet in the register: give its agency type so that it can be added."
PROBLEM_TEMPLATES = (NEW_ORGANISATION_KIND,)

_TEXT_FIELDS = ("title", "family_name", "given_names", "full_name_ar", "organisation", "organisation_acronym",
                "rank", "email", "phone", "id_document_number")


def convert(preview: Preview, row: ImportRow) -> None:
    """Fill row.values, row.organisation and row.problems from the row's cells and the clerk's edits."""
    row.problems, row.values, row.organisation = [], {}, None
    layout = preview.layout
    found: dict[str, Any] = {}
    for index, field in layout.mapping.items():
        raw: Any = row.edits[field] if field in row.edits else (row.cells[index] if index < len(row.cells) else "")
        try:
            found[field] = _value(field, raw, preview)
        except cells.CellProblem as problem:
            row.problems.append(_problem(preview, row, field, raw, problem.why, problem.values))
    for field in set(row.edits) - set(layout.mapping.values()):  # a value the clerk gave for a column the file lacks
        try:
            found[field] = _value(field, row.edits[field], preview)
        except cells.CellProblem as problem:
            row.problems.append(_problem(preview, row, field, row.edits[field], problem.why, problem.values))
    if row.problems:
        return
    _participant(preview, row, found)
    if not row.problems:
        _organisation(preview, row, found)


def _value(field: str, raw: Any, preview: Preview) -> Any:
    if field == "birth_date":
        return cells.a_date(raw, preview.sheet.date1904)
    if field == "sex":
        return cells.sex(raw)
    if field == "nationality":
        return cells.country(raw, preview.countries)
    if field == "organisation_kind":
        return cells.organisation_kind(raw)
    if field == "id_document_type":
        return cells.document_type(raw)
    return cells.text(raw, multiline=field == "notes")


def _participant(preview: Preview, row: ImportRow, found: dict[str, Any]) -> None:
    data = ParticipantData(
        given_names=found.get("given_names", ""), family_name=found.get("family_name", ""),
        sex=found.get("sex", ""), nationality=found.get("nationality", ""),
        full_name_ar=found.get("full_name_ar", ""), title=found.get("title", ""),
        birth_date=found.get("birth_date"), rank=found.get("rank", ""), email=found.get("email", ""),
        phone=found.get("phone", ""), id_document_type=found.get("id_document_type", ""),
        id_document_number=found.get("id_document_number", ""), notes=found.get("notes", ""),
        preferred_language=preview.language, photo=None)
    try:
        row.values = checked(data, preview.country_codes)
    except InvalidRecord as refusal:
        raw = found.get(refusal.field, "")
        row.problems.append(_problem(preview, row, refusal.field, raw, refusal.template, refusal.values))


def _organisation(preview: Preview, row: ImportRow, found: dict[str, Any]) -> None:
    sender = preview.organisations.by_id(preview.sender_id) if preview.sender_id else None
    name = found.get("organisation", "")
    if not name:
        if sender is None:
            row.problems.append(_problem(preview, row, "organisation", "", "This field must be filled in.", {}))
            row.values = {}
            return
        row.organisation = sender
        return
    country = sender.country if sender is not None else row.values["nationality"]
    pick = preview.organisations.find(name, country, found.get("organisation_kind", ""),
                                      found.get("organisation_acronym", ""))
    if pick.id is None and pick.kind:
        preview.new_kinds.setdefault(pick.key(), pick.kind)
    if pick.id is None and not pick.kind:
        if pick.key() in preview.new_kinds:  # another row of the file gives the new organisation's type
            pick = OrganisationPick(None, pick.name, pick.country, preview.new_kinds[pick.key()], pick.acronym)
        else:
            row.problems.append(_problem(preview, row, "organisation_kind", "", NEW_ORGANISATION_KIND,
                                         {"name": name}))
            row.values = {}
            return
    row.organisation = pick


def _problem(preview: Preview, row: ImportRow, field: str, raw: Any, why: str, values: dict[str, Any]) -> Problem:
    index = preview.layout.column_of(field)
    column = preview.layout.column_name(index) if index is not None else BY_FIELD[field].en if field in BY_FIELD else field
    return Problem(preview.file_name, preview.sheet.sheet, row.row, column, shown(raw), why, values)
