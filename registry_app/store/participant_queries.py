"""The SQL of the participants list, written out: it runs on every keystroke, and composing it with
the ORM took longer than running it. One text for SQLite (FTS5) and PostgreSQL (pg_trgm); every sort
column is NOT NULL, so that row-value comparisons page through it (keyset paging)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from peewee import Database

from . import search_matches
from .database import is_postgres
from .search import TextSearch

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "reference": ("p.reference", "p.id"),
    "name": ("p.sort_name", "p.id"),
    "arabic-name": ("p.full_name_ar", "p.id"),
    "sex": ("p.sex", "p.sort_name", "p.id"),
    "nationality": ("p.nationality_id", "p.sort_name", "p.id"),
    "organisation": ("COALESCE(o.name, '')", "p.sort_name", "p.id"),
    "rank": ("p.rank", "p.id"),
}
COUNTRY_NAMES = {"en": "c.name_en", "fr": "c.name_fr", "ar": "c.name_ar"}
ROW_COLUMNS = ("p.id, p.reference, p.family_name, p.given_names, p.full_name_ar, p.sex, p.nationality_id, "
               "{country_name}, COALESCE(o.name, ''), p.rank")


@dataclass(frozen=True)
class ParticipantFilter:
    """What the clerk asks the list for: the text typed, and the filters chosen."""

    text: str = ""
    nationality: str | None = None
    region: str | None = None
    sex: str | None = None
    organisation_kind: str | None = None
    include_archived: bool = False

    @property
    def text_only(self) -> bool:
        return not (self.nationality or self.region or self.sex or self.organisation_kind)


@dataclass(frozen=True)
class Criteria:
    """A filter with its text parsed into a search (exact, or sounding alike).

    On SQLite, matched holds the participants (archived too) that the long words of the text match
    in the FTS index, or that the first letters of an Arabic name start; whole says that they are
    all the text asks for, with no condition on the text left to SQL."""

    filter: ParticipantFilter
    text: TextSearch | None
    matched: frozenset[int] | None = None
    whole: bool = False

    @classmethod
    def of(cls, database: Database, filter: ParticipantFilter, sounds_alike: bool = False) -> Criteria:
        text = TextSearch.parse(filter.text, sounds_alike)
        if text is None or is_postgres(database):
            return cls(filter, text)
        if text.long_words:
            return cls(filter, text, search_matches.matching(database, text.fts_clauses), not text.short_words)
        if text.arabic_prefix:
            # The Arabic names' index is in Arabic order; the list is in the Latin names' order.
            condition, params = text.sql(postgres=False)
            ids = database.execute_sql(f"SELECT p.id FROM participant p WHERE {condition}", params)
            return cls(filter, text, frozenset(row[0] for row in ids), True)
        return cls(filter, text)

    def sorts_every_match(self, database: Database) -> bool:
        """Whether a page is chosen by sorting every match (PostgreSQL, a search by words): the
        count then comes with the first page at no cost."""
        return is_postgres(database) and self.text is not None and bool(self.text.long_words)

    @cached_property
    def matched_json(self) -> str:
        """The matches as a JSON array, read back in SQL with json_each: one parameter however many."""
        return json.dumps(list(self.matched or ()))


class _Statement:
    def __init__(self, database: Database):
        self.database = database
        self.postgres = is_postgres(database)
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, text: str, params: Iterable[Any] = ()) -> _Statement:
        self.parts.append(text)
        self.params.extend(params)
        return self

    def run(self) -> Any:
        sql = " ".join(self.parts)
        if self.postgres:
            sql = sql.replace("?", "%s")
        return self.database.execute_sql(sql, self.params)


def _from(statement: _Statement, criteria: Criteria, join_organisation: bool = False) -> None:
    statement.add("FROM participant p")
    if criteria.filter.region:
        statement.add("JOIN country c ON c.code = p.nationality_id")
    if criteria.filter.organisation_kind or join_organisation:
        statement.add("LEFT JOIN organisation o ON o.id = p.organisation_id")


def _where(statement: _Statement, criteria: Criteria, archived: bool | None,
           scan_in_sort_order: bool = False) -> None:
    f = criteria.filter
    conditions: list[tuple[str, list[Any]]] = [("1 = 1", [])]
    for column, value in (("p.nationality_id", f.nationality), ("p.sex", f.sex),
                          ("c.region", f.region), ("o.kind", f.organisation_kind)):
        if value:
            conditions.append((f"{column} = ?", [value]))
    if criteria.matched is not None:
        # "p.id + 0" keeps the SQLite planner from driving the query by the matches, so that it
        # walks the sort index instead and stops at the end of the page.
        column = "p.id + 0" if scan_in_sort_order else "p.id"
        conditions.append((f"{column} IN (SELECT value FROM json_each(?))", [criteria.matched_json]))
    if criteria.text is not None and not criteria.whole:
        conditions.append(criteria.text.sql(statement.postgres))
    if archived is not None and not f.include_archived:
        conditions.append((f"p.archived = {'TRUE' if archived else 'FALSE'}", []))
    statement.add("WHERE " + " AND ".join(f"({text})" for text, _ in conditions),
                  [p for _, params in conditions for p in params])


def count(database: Database, criteria: Criteria, archived: bool | None) -> int:
    """Participants matching criteria; archived: only those (True), only the others (False), or all."""
    statement = _Statement(database).add("SELECT count(*)")
    _from(statement, criteria)
    _where(statement, criteria, archived)
    return int(statement.run().fetchone()[0])


def count_all(database: Database) -> int:
    return int(database.execute_sql("SELECT count(*) FROM participant").fetchone()[0])


def any_archived(database: Database) -> bool:
    return database.execute_sql("SELECT 1 FROM participant WHERE archived = TRUE LIMIT 1").fetchone() is not None


def archived_among(database: Database, ids: frozenset[int]) -> int:
    """How many of these participants are archived."""
    return len(ids & search_matches.archived(database))


# The joins that give a chosen row its country's name and its organisation's.
_DISPLAY_JOINS = ("JOIN country c ON c.code = p.nationality_id "
                  "LEFT JOIN organisation o ON o.id = p.organisation_id")


def _display_columns(keys: tuple[str, ...], language: str) -> str:
    """The ten display columns, then the sort key."""
    return f"{ROW_COLUMNS.format(country_name=COUNTRY_NAMES.get(language, 'c.name_en'))}, {', '.join(keys)}"


def _order(keys: Sequence[str], descending: bool) -> str:
    return ", ".join(k + (" DESC" if descending else "") for k in keys)


def rows_of(database: Database, ids: list[int], sort: str, descending: bool, language: str = "en") -> list[tuple[Any, ...]]:
    """The rows of these participants, as page() gives them, in the sort order: a page chosen beforehand."""
    keys = SORT_KEYS[sort]
    sql = (f"SELECT {_display_columns(keys, language)} FROM participant p {_DISPLAY_JOINS} "
           f"WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY {_order(keys, descending)}")
    rows: list[tuple[Any, ...]] = database.execute_sql(sql, (json.dumps(ids),)).fetchall()
    return rows


def name_keys(database: Database, ids: list[int]) -> dict[int, str]:
    """The sort names of these participants (those that still exist)."""
    rows = database.execute_sql("SELECT id, sort_name FROM participant WHERE id IN (SELECT value FROM json_each(?))",
                                (json.dumps(ids),)).fetchall()
    return dict(rows)


def page(database: Database, criteria: Criteria, sort: str, descending: bool, after: tuple[Any, ...] | None,
         limit: int, language: str = "en", scan_in_sort_order: bool = False, counted: bool = False) -> list[tuple[Any, ...]]:
    """One page of rows: the ten display columns, then the sort key, then, if counted, how many rows
    match in all. The page is chosen on the participant table alone; only its rows are joined for
    display."""
    keys = SORT_KEYS[sort]
    statement = _Statement(database)
    statement.add(f"SELECT {_display_columns(keys, language)}{', chosen.total' if counted else ''} "
                  f"FROM (SELECT p.id{', count(*) OVER () AS total' if counted else ''}")
    _from(statement, criteria, join_organisation=sort == "organisation")
    _where(statement, criteria, archived=False, scan_in_sort_order=scan_in_sort_order)
    if after is not None:
        marks = ", ".join("?" for _ in keys)
        statement.add(f"AND ({', '.join(keys)}) {'<' if descending else '>'} ({marks})", list(after))
    if criteria.sorts_every_match(database):
        # Left to itself PostgreSQL walks the sort index and tests each row for the words until the
        # page is full: most of the register when the matches sit late in the alphabet (150 ms
        # for "Sylla" in 100,000). Sorted on a copy of the key, the matches come from the trigram
        # index and are sorted: a few milliseconds, and some 15 for the thousands of a short word.
        inner = _order([k if k == "p.id" else f"({k} || '')" for k in keys], descending)
    else:
        inner = _order(keys, descending)
    statement.add(f"ORDER BY {inner} LIMIT ?) chosen JOIN participant p ON p.id = chosen.id {_DISPLAY_JOINS}",
                  [limit])
    statement.add(f"ORDER BY {_order(keys, descending)}")
    rows: list[tuple[Any, ...]] = statement.run().fetchall()
    return rows
