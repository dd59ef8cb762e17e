"""Accredited programmes: titles in three languages, hours and the completion rule."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ...domain import validation
from ...domain.completion import ExcusedPolicy
from ...domain.permissions import Action
from ...store.models import Programme, ThematicArea
from ..actors import Actor, requiring
from .saving import InvalidRecord, check, save, set_archived, stripped

DUPLICATE_CODE = "Another programme already has this code."


@dataclass(frozen=True)
class ProgrammeData:
    code: str
    title_en: str
    title_fr: str
    title_ar: str
    thematic_area_id: int | None
    nominal_hours: int | None
    min_attendance_pct: int | None = 80
    pass_mark: int | None = None
    excused_policy: str = ExcusedPolicy.NOT_COUNTED.value
    accreditation_body: str = ""
    accreditation_reference: str = ""


def _clean(data: ProgrammeData) -> dict[str, Any]:
    values = stripped(asdict(data))
    for field in ("code", "title_en", "title_fr", "title_ar"):
        check(field, validation.required(values[field]))
    if values["thematic_area_id"] is None or ThematicArea.get_or_none(id=values["thematic_area_id"]) is None:
        raise InvalidRecord("thematic_area", "Choose the thematic area of the programme.")
    values["thematic_area"] = values.pop("thematic_area_id")
    check("nominal_hours", validation.positive(values["nominal_hours"]))
    check("min_attendance_pct", validation.percent(values["min_attendance_pct"]))
    if values["pass_mark"] is not None:
        check("pass_mark", validation.percent(values["pass_mark"]))
    if values["excused_policy"] not in ExcusedPolicy.values():
        raise InvalidRecord("excused_policy", "Choose how excused absences count.")
    return values


def save_programme(actor: Actor, data: ProgrammeData, record_id: int | None = None,
                   expected_version: int | None = None) -> Programme:
    return save(actor, Programme, "programme", _clean(data), record_id, expected_version,
                unique=("code", DUPLICATE_CODE))


def archive(actor: Actor, record_id: int, expected_version: int, archived: bool = True) -> Programme:
    return set_archived(actor, Programme, "programme", record_id, expected_version, archived)


def thematic_areas(language: str = "en") -> list[tuple[int, str]]:
    requiring(Action.VIEW)
    column = {"fr": ThematicArea.title_fr, "ar": ThematicArea.title_ar}.get(language, ThematicArea.title_en)
    return list(ThematicArea.select(ThematicArea.id, column).order_by(ThematicArea.code).tuples())


def choices(language: str = "en", include_id: int | None = None) -> list[tuple[int, str]]:
    """(id, "CODE — title") of the programmes a course may be a delivery of."""
    requiring(Action.VIEW)
    column = {"fr": Programme.title_fr, "ar": Programme.title_ar}.get(language, Programme.title_en)
    condition = Programme.archived == False  # noqa: E712
    if include_id is not None:
        condition |= Programme.id == include_id
    rows = Programme.select(Programme.id, Programme.code, column).where(condition).order_by(Programme.code)
    return [(i, f"{code} — {title}") for i, code, title in rows.tuples()]


def get(record_id: int) -> Programme:
    requiring(Action.VIEW)
    return Programme.get_by_id(record_id)
