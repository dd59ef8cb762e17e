"""The participants list: filtered, sorted and paged in SQL, so that 100,000 participants open at once.

Pages are fetched by keyset ("the rows after this one in this order"), which costs the same on the
last page as on the first, unlike OFFSET. How each search is answered is planned in
store.participant_search; this module turns its rows into the list's and offers the names that sound
alike below the exact matches.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ...domain.enums import StrEnum
from ...domain.permissions import Action
from ...store.database import db
from ...store.participant_queries import ParticipantFilter
from ...store.participant_search import ParticipantSearch
from ..actors import requiring

__all__ = ["ParticipantFilter", "ParticipantList", "ParticipantRow", "SortColumn"]

class SortColumn(StrEnum):
    REFERENCE = "reference"
    NAME = "name"
    ARABIC_NAME = "arabic-name"
    SEX = "sex"
    NATIONALITY = "nationality"
    ORGANISATION = "organisation"
    RANK = "rank"


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    reference: str
    family_name: str
    given_names: str
    full_name_ar: str
    sex: str
    nationality: str
    nationality_name: str
    organisation: str
    rank: str
    key: tuple[Any, ...]  # where this row stands in the sort order; pass it back to fetch the next page
    sounds_alike: bool = False  # offered below the exact matches: written otherwise, or sounding alike


def _row(row: tuple[Any, ...]) -> ParticipantRow:
    """A row of participant_queries.page(): ten display columns, then the sort key."""
    return ParticipantRow(*row[:10], key=tuple(row[10:]))  # type: ignore[misc]  # ten display columns


class ParticipantList:
    def __init__(self, filter: ParticipantFilter | None = None, sort: SortColumn = SortColumn.NAME,
                 descending: bool = False, language: str = "en", sounds_alike: bool = False):
        requiring(Action.VIEW)
        self.filter = filter or ParticipantFilter()
        self.sort = SortColumn(sort)
        self.descending = descending
        self.language = language
        self.sounds_alike = sounds_alike
        self.alike_below = 0  # names that sound alike, offered below the exact matches of the first page
        self.alike_after: ParticipantList | None = None  # names alike still to follow the exact matches
        self.alike_from: tuple[Any, ...] | None = None  # where they start (None: at the beginning)
        self._search = ParticipantSearch(db.obj, self.filter, self.sort.value, descending, language, sounds_alike)

    @classmethod
    def matching(cls, filter: ParticipantFilter, sort: SortColumn = SortColumn.NAME,
                 descending: bool = False, language: str = "en") -> tuple[ParticipantList, int]:
        """The list for what was typed, and its count. When no name matches as typed, the names
        that sound alike (other transliterations, the other script) are offered instead."""
        exact = cls(filter, sort, descending, language)
        total = exact.count()
        if not exact._offers_alike(total):
            return exact, total
        alike = cls(filter, sort, descending, language, sounds_alike=True)
        return alike, alike.count()

    @classmethod
    def first_page(cls, filter: ParticipantFilter, sort: SortColumn = SortColumn.NAME, descending: bool = False,
                   language: str = "en", limit: int = 200) -> tuple[ParticipantList, int, list[ParticipantRow]]:
        """The list's first page: what the table shows on a keystroke. The names written otherwise or
        sounding alike (N'Diaye for "NDiaye", Fatima for "Fatma", the other script) follow the exact
        matches, marked, however many these are: on this page when the exact ones end on it (counted
        in the total and in alike_below), else when the clerk has scrolled past the last exact one
        (alike_after, read then, not on every keystroke); when none matches exactly, they are the list."""
        exact = cls(filter, sort, descending, language)
        total, found = exact._search.count_and_first_page(limit)
        rows = [_row(row) for row in found]
        if not exact._search.can_sound_alike:
            return exact, total, rows
        alike = cls(filter, sort, descending, language, sounds_alike=True)
        if len(rows) >= limit:  # more exact matches than a page: the others wait for the end of the list
            exact.alike_after = alike
            return exact, total, rows
        alike_total, others = alike._search.count_and_first_page(limit)
        if not total:
            return alike, alike_total, [replace(_row(row), sounds_alike=True) for row in others]
        shown = {row.id for row in rows}
        below = [replace(_row(row), sounds_alike=True) for row in others if row[0] not in shown]
        exact.alike_below = len(below)
        if len(others) >= limit:  # the page of names alike was full: more follow as the clerk scrolls
            exact.alike_after, exact.alike_from = alike, tuple(others[-1][10:])
        return exact, total + len(below), rows + below

    def alike_page(self, after: tuple[Any, ...] | None, exact_ids: set[int],
                   limit: int = 200) -> tuple[list[ParticipantRow], tuple[Any, ...] | None]:
        """The next names alike after the exact matches (those among exact_ids left out), marked, and
        where the following page starts (None at the end)."""
        if self.alike_after is None:
            return [], None
        found = self.alike_after._search.page(after, limit)
        rows = [replace(_row(row), sounds_alike=True) for row in found if row[0] not in exact_ids]
        return rows, (tuple(found[-1][10:]) if len(found) == limit else None)

    def _offers_alike(self, total: int) -> bool:
        return not total and self._search.can_sound_alike

    def count(self) -> int:
        return self._search.count()

    def page(self, after: tuple[Any, ...] | None = None, limit: int = 200) -> list[ParticipantRow]:
        return [replace(_row(row), sounds_alike=self.sounds_alike) for row in self._search.page(after, limit)]
