"""How a search of the participants is answered fast: the one place that chooses, for what was
typed and the order asked, between counting the words' matches already known, reading an index
alone, walking the name order in memory, walking the sort index, or sorting every match in SQL.
The SQL itself is in participant_queries; the matches of each word, cached, in search_matches."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import islice
from typing import Any

from peewee import Database

from . import participant_queries as queries
from . import search_matches
from .database import is_postgres
from .participant_queries import ParticipantFilter

# Fewer matches than this are sorted in SQL, in a millisecond or two; more are found by walking
# the name order in memory, read again after each change to the register.
MATCHES_WALKED = 500
NAME = "name"  # the sort column whose order search_matches keeps in memory

Row = tuple[Any, ...]  # ten display columns, then the row's sort key


class ParticipantSearch:
    """One search (filter, sort, direction) of the register open in database."""

    def __init__(self, database: Database, filter: ParticipantFilter, sort: str, descending: bool,
                 language: str, sounds_alike: bool = False) -> None:
        self.database = database
        self.filter = filter
        self.sort = sort
        self.descending = descending
        self.language = language
        self.criteria = queries.Criteria.of(database, filter, sounds_alike)
        matched = self.criteria.matched
        self.matches = len(matched) if matched is not None else None  # what the words match, archived too

    @property
    def can_sound_alike(self) -> bool:
        return self.criteria.text is not None and self.criteria.text.can_sound_alike

    def count_and_first_page(self, limit: int) -> tuple[int, list[Row]]:
        """When a page is chosen by sorting every match (PostgreSQL, a search by words), the count
        comes with it: one query instead of four."""
        if self.filter == ParticipantFilter() and not is_postgres(self.database):
            search_matches.name_order(self.database)  # the list opens: read now what the first letters will walk
        if not self.criteria.sorts_every_match(self.database):
            total = self.count()
            return total, self.page(limit=limit) if total else []
        rows = queries.page(self.database, self.criteria, self.sort, self.descending, None, limit,
                            self.language, counted=True)
        return (rows[0][-1] if rows else 0), [row[:-1] for row in rows]

    def count(self) -> int:
        """Matching participants. The archived ones (a handful, in a partial index) are counted
        apart and taken off, so that the main count can be read from an index alone."""
        database, text_only = self.database, self.filter.text_only
        if self.criteria.whole and text_only:
            matched, found = self.criteria.matched, self.matches
            assert matched is not None and found is not None  # whole: the words' matches are all known
            if self.filter.include_archived:
                return found
            return found - queries.archived_among(database, matched)
        if text_only and self.criteria.text is None:
            total = queries.count_all(database)
        else:
            total = queries.count(database, self.criteria, archived=None)
        if self.filter.include_archived or not queries.any_archived(database):
            return total
        return total - queries.count(database, self.criteria, archived=True)

    def page(self, after: Row | None = None, limit: int = 200) -> list[Row]:
        chosen = self._chosen_in_name_order(after, limit)
        if chosen is not None:
            return queries.rows_of(self.database, chosen, self.sort, self.descending, self.language)
        return queries.page(self.database, self.criteria, self.sort, self.descending, after, limit,
                            self.language, self._scan_in_sort_order(limit))

    def _scan_in_sort_order(self, limit: int) -> bool:
        """Whether to walk the sort index and test each row against the search, rather than fetch
        every match and sort them: better once matches are many (about sqrt(page x register))."""
        if self.matches is None or self.sort != NAME or not self.filter.text_only:
            return False
        return self.matches * self.matches > limit * queries.count_all(self.database)

    def _chosen_in_name_order(self, after: Row | None, limit: int) -> list[int] | None:
        """The page's participants, found by walking the name order in memory and keeping the
        words' matches, when many participants match a search by name alone sorted by name, as
        the clerk's first letters do. In SQL, sorting thousands of matches reads each one's row,
        and walking the name index reads most of it when they all start with "Shi"."""
        matched = self.criteria.matched
        if (matched is None or not self.criteria.whole or len(matched) < MATCHES_WALKED or self.sort != NAME
                or not self.filter.text_only):
            return None
        if not self.filter.include_archived:
            matched = matched - search_matches.archived(self.database)
        order = search_matches.name_order(self.database)
        moved = order.moved & matched
        if after is not None and after[-1] in order.moved:
            return None  # the page goes on after a participant moved since: SQL finds where
        walked = self._walked(order.ids, after)
        if walked is None:
            return None
        in_place = list(islice(filter((matched - moved).__contains__, walked), limit))
        return self._merged(in_place, moved, after, limit) if moved else in_place

    def _walked(self, ids: array[int], after: Row | None) -> Iterable[int] | None:
        if after is None:
            return reversed(ids) if self.descending else ids
        try:
            at = ids.index(after[-1])
        except ValueError:  # gone since, or new: SQL finds where the page goes on
            return None
        return reversed(ids[:at]) if self.descending else islice(ids, at + 1, None)

    def _merged(self, in_place: list[int], moved: frozenset[int], after: Row | None, limit: int) -> list[int]:
        """The page from the participants in their place and those moved since the order was read,
        placed by their sort keys: the first in_place are the page's unless moved ones come between."""
        keys = queries.name_keys(self.database, [*in_place, *moved])
        if after is not None:
            bound = (after[-2], after[-1])
            moved = frozenset(i for i in moved if i in keys and
                              ((keys[i], i) < bound if self.descending else (keys[i], i) > bound))
        chosen = sorted((i for i in (*in_place, *moved) if i in keys), key=lambda i: (keys[i], i),
                        reverse=self.descending)
        return chosen[:limit]
