"""The participants list: filtered, sorted and paged in SQL, so that 100,000 participants open at once.

Pages are fetched by keyset ("the rows after this one in this order"), which costs the same on the
last page as on the first, unlike OFFSET. The SQL itself is in store.participant_queries.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass
from itertools import islice

from ...domain.enums import StrEnum
from ...store import participant_queries as queries
from ...store import search_matches
from ...store.database import db
from ...store.participant_queries import ParticipantFilter
from ..actors import requiring
from ...domain.permissions import Action

__all__ = ["ParticipantFilter", "ParticipantList", "ParticipantRow", "SortColumn"]

# Fewer matches than this are sorted in SQL, in a millisecond or two; more are found by walking
# the name order in memory, read again after each change to the register.
_MATCHES_WALKED = 500


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
        self._criteria = queries.Criteria.of(db.obj, self.filter, sounds_alike)
        self._text = self._criteria.text
        matched = self._criteria.matched
        self._matches = len(matched) if matched is not None else None  # what the words match, archived too

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
        """As matching(), and the list's first page: what the table shows on a keystroke."""
        exact = cls(filter, sort, descending, language)
        total, rows = exact._count_and_first_page(limit)
        if not exact._offers_alike(total):
            return exact, total, rows
        alike = cls(filter, sort, descending, language, sounds_alike=True)
        return (alike, *alike._count_and_first_page(limit))

    def _offers_alike(self, total: int) -> bool:
        return not total and self._text is not None and self._text.can_sound_alike

    def _count_and_first_page(self, limit: int) -> tuple[int, list[ParticipantRow]]:
        """When a page is chosen by sorting every match (PostgreSQL, a search by words), the count
        comes with it: one query instead of four."""
        if not self._criteria.sorts_every_match(db.obj):
            total = self.count()
            return total, self.page(limit=limit) if total else []
        rows = queries.page(db.obj, self._criteria, self.sort.value, self.descending, None, limit,
                            self.language, counted=True)
        return (rows[0][-1] if rows else 0), [_row(row[:-1]) for row in rows]

    def count(self) -> int:
        """Matching participants. The archived ones (a handful, in a partial index) are counted
        apart and taken off, so that the main count can be read from an index alone."""
        database = db.obj
        if self._criteria.whole and self.filter.text_only:
            matched, found = self._criteria.matched, self._matches
            assert matched is not None and found is not None  # whole: the words' matches are all known
            if self.filter.include_archived:
                return found
            return found - queries.archived_among(database, matched)
        if self.filter.text_only and self._text is None:
            total = queries.count_all(database)
        else:
            total = queries.count(database, self._criteria, archived=None)
        if self.filter.include_archived or not queries.any_archived(database):
            return total
        return total - queries.count(database, self._criteria, archived=True)

    def _scan_in_sort_order(self, limit: int) -> bool:
        """Whether to walk the sort index and test each row against the search, rather than fetch
        every match and sort them: better once matches are many (about sqrt(page x register))."""
        if self._matches is None or self.sort != SortColumn.NAME or not self.filter.text_only:
            return False
        return self._matches * self._matches > limit * queries.count_all(db.obj)

    def _chosen_in_name_order(self, after: tuple[Any, ...] | None, limit: int) -> list[int] | None:
        """The page's participants, found by walking the name order in memory and keeping the
        words' matches, when many participants match a search by name alone sorted by name, as
        the clerk's first letters do. In SQL, sorting thousands of matches reads each one's row,
        and walking the name index reads most of it when they all start with "Shi"."""
        matched = self._criteria.matched
        if (matched is None or not self._criteria.whole or len(matched) < _MATCHES_WALKED or self.sort != SortColumn.NAME
                or not self.filter.text_only):
            return None
        database = db.obj
        if not self.filter.include_archived:
            matched = matched - search_matches.archived(database)
        order = search_matches.name_order(database)
        if after is None:
            walked = reversed(order) if self.descending else order
        else:
            try:
                at = order.index(after[-1])
            except ValueError:  # gone since: SQL finds where the page goes on
                return None
            walked = reversed(order[:at]) if self.descending else islice(order, at + 1, None)
        return list(islice(filter(matched.__contains__, walked), limit))

    def page(self, after: tuple[Any, ...] | None = None, limit: int = 200) -> list[ParticipantRow]:
        chosen = self._chosen_in_name_order(after, limit)
        if chosen is not None:
            rows = queries.rows_of(db.obj, chosen, self.sort.value, self.descending, self.language)
        else:
            rows = queries.page(db.obj, self._criteria, self.sort.value, self.descending, after, limit,
                                self.language, self._scan_in_sort_order(limit))
        return [_row(row) for row in rows]
