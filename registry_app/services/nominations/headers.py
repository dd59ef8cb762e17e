"""Finding the heading row of a sheet (below titles and merged cells) and which column holds what:
by the headings' names in English, French or Arabic, or as the clerk mapped them for this sender."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .reading import SourceSheet
from .vocabulary import BY_FIELD, COLUMNS, REQUIRED, folded

SEARCHED_ROWS = 40  # titles, logos and notes above the headings: member states' sheets have a few

_NAMES: dict[str, str] = {}
for _column in COLUMNS:
    for _name in _column.names():
        _NAMES.setdefault(folded(_name), _column.field)
_REQUIRED_MARK = re.compile(r"[*]+")


def field_of(heading: Any) -> str | None:
    """The field a heading names: the whole text, or one of its lines or slash-separated parts."""
    text = _REQUIRED_MARK.sub(" ", str(heading or "")).strip()
    if not text:
        return None
    for candidate in (text, *text.splitlines(), *re.split(r"[\n/]", text)):
        found = _NAMES.get(folded(candidate))
        if found:
            return found
    return None


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass(frozen=True)
class Layout:
    """Where the headings are and what each column holds (column index -> field)."""

    header_row: int  # 0-based index into SourceSheet.rows
    mapping: dict[int, str]
    headings: dict[int, str]  # column index -> the heading as written

    def missing(self) -> list[str]:
        mapped = set(self.mapping.values())
        return [name for name in REQUIRED if name not in mapped]

    def column_name(self, index: int) -> str:
        heading = " ".join(self.headings.get(index, "")[:200].split())
        heading = heading if len(heading) <= 40 else heading[:39] + "…"
        return f"{column_letter(index)} ({heading})" if heading else column_letter(index)

    def column_of(self, field: str) -> int | None:
        for index, mapped in self.mapping.items():
            if mapped == field:
                return index
        return None


def _by_names(row: list[Any]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for index, heading in enumerate(row):
        found = field_of(heading)
        if found and found not in mapping.values():
            mapping[index] = found
    return mapping


def find_layout(sheet: SourceSheet, remembered: dict[str, str] | None = None) -> Layout | None:
    """The row whose cells name the most fields (at least two), with the clerk's remembered mapping
    (folded heading -> field) applied over the names; None when no row looks like headings."""
    best: tuple[int, int] | None = None
    for number, row in enumerate(sheet.rows[:SEARCHED_ROWS]):
        score = len(_by_names(row)) + len(_remembered(row, remembered or {}))
        if score >= 2 and (best is None or score > best[1]):
            best = (number, score)
    if best is None:
        return None
    row = sheet.rows[best[0]]
    mapped = _remembered(row, remembered or {})
    # a field the clerk mapped to a column is no longer read from another column that names it
    named = {index: field for index, field in _by_names(row).items() if field not in mapped.values()}
    return Layout(best[0], _unique({**named, **mapped}), _headings(row))


def _remembered(row: list[Any], remembered: dict[str, str]) -> dict[int, str]:
    return {index: remembered[folded(str(cell))] for index, cell in enumerate(row)
            if str(cell).strip() and folded(str(cell)) in remembered and remembered[folded(str(cell))] in BY_FIELD}


def _unique(mapping: dict[int, str]) -> dict[int, str]:
    seen: set[str] = set()
    unique = {}
    for index in sorted(mapping):
        if mapping[index] not in seen:
            seen.add(mapping[index])
            unique[index] = mapping[index]
    return unique


def _headings(row: list[Any]) -> dict[int, str]:
    return {index: str(cell).strip() for index, cell in enumerate(row) if str(cell or "").strip()}


def layout_with(sheet: SourceSheet, header_row: int, mapping: dict[int, str]) -> Layout:
    """The layout as the clerk set it in the mapping dialog."""
    row = sheet.rows[header_row] if 0 <= header_row < len(sheet.rows) else []
    return Layout(header_row, _unique({i: f for i, f in mapping.items() if f in BY_FIELD}), _headings(row))


def remembered_form(layout: Layout) -> dict[str, str]:
    """What to remember of a mapping: folded heading -> field, for the headings that name no field
    by themselves (what the names find need not be remembered)."""
    return {folded(layout.headings[i]): f for i, f in layout.mapping.items()
            if i in layout.headings and field_of(layout.headings[i]) != f}
