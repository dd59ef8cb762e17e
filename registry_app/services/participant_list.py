"""The participants list: filtered, sorted and paged in SQL, so that 100,000 participants open at once.

Pages are fetched by keyset ("the rows after this one in this order"), which costs the same on the
last page as on the first, unlike OFFSET. A page is found on the participant table alone and only
its rows are joined to their country and organisation for display.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, SQL, Tuple, fn

from ..domain.enums import StrEnum
from ..store import search
from ..store.database import db, is_postgres
from ..store.models import Country, Organisation, Participant, archived_is


class SortColumn(StrEnum):
    REFERENCE = "reference"
    NAME = "name"
    ARABIC_NAME = "arabic-name"
    SEX = "sex"
    NATIONALITY = "nationality"
    ORGANISATION = "organisation"
    RANK = "rank"


@dataclass(frozen=True)
class ParticipantFilter:
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
    key: tuple  # where this row stands in the sort order; pass it back to fetch the next page


_NAME_COLUMNS = {"en": Country.name_en, "fr": Country.name_fr, "ar": Country.name_ar}


def _sort_expressions(column: SortColumn) -> list:
    p = Participant
    return {
        SortColumn.REFERENCE: [p.reference],
        SortColumn.NAME: [p.sort_name],
        SortColumn.ARABIC_NAME: [p.full_name_ar],
        SortColumn.SEX: [p.sex, p.sort_name],
        SortColumn.NATIONALITY: [p.nationality, p.sort_name],
        SortColumn.ORGANISATION: [fn.COALESCE(Organisation.name, ""), p.sort_name],
        SortColumn.RANK: [p.rank],
    }[column] + [p.id]


class ParticipantList:
    def __init__(self, filter: ParticipantFilter | None = None, sort: SortColumn = SortColumn.NAME,
                 descending: bool = False, language: str = "en", sounds_alike: bool = False):
        self.filter = filter or ParticipantFilter()
        self.sort = SortColumn(sort)
        self.descending = descending
        self.language = language
        self.sounds_alike = sounds_alike
        self._country_name = _NAME_COLUMNS.get(language, Country.name_en)
        self._text = search.TextSearch.parse(self.filter.text, sounds_alike)
        self._conditions = self._build_conditions()
        self._matches: int | None = None  # rows the text search matches, once counted

    def _build_conditions(self) -> list:
        """The filter's conditions, except "not archived" (see _filtered)."""
        f, p = self.filter, Participant
        conditions = []
        if f.nationality:
            conditions.append(p.nationality == f.nationality)
        if f.sex:
            conditions.append(p.sex == f.sex)
        if f.region:
            conditions.append(Country.region == f.region)
        if f.organisation_kind:
            conditions.append(Organisation.kind == f.organisation_kind)
        return conditions

    def _filtered(self, query, archived: bool | None = False, join_organisation: bool = False,
                  scan_in_sort_order: bool = False):
        if self.filter.region:
            query = query.join_from(Participant, Country, on=(Participant.nationality == Country.code))
        if self.filter.organisation_kind or join_organisation:
            query = query.join_from(Participant, Organisation, JOIN.LEFT_OUTER,
                                    on=(Participant.organisation == Organisation.id))
        for condition in self._conditions:
            query = query.where(condition)
        if self._text is not None:
            query = query.where(self._text.condition(Participant, scan_in_sort_order))
        if archived is not None and not self.filter.include_archived:
            query = query.where(archived_is(Participant, archived))
        return query

    @classmethod
    def matching(cls, filter: ParticipantFilter, sort: SortColumn = SortColumn.NAME,
                 descending: bool = False, language: str = "en") -> tuple[ParticipantList, int]:
        """The list for what was typed, and its count. When no name matches as typed, the names
        that sound alike (other transliterations, the other script) are offered instead."""
        exact = cls(filter, sort, descending, language)
        total = exact.count()
        if total or exact._text is None or not exact._text.can_sound_alike:
            return exact, total
        alike = cls(filter, sort, descending, language, sounds_alike=True)
        return alike, alike.count()

    def count(self) -> int:
        """Matching participants. The archived ones (a handful, in a partial index) are counted
        apart and taken off, so that the main count can be read from an index alone."""
        total = self._count_ignoring_archived()
        if self.filter.include_archived or not _any_archived():
            return total
        archived = self._filtered(Participant.select(fn.COUNT(Participant.id)), archived=True).scalar()
        return total - archived

    def _count_ignoring_archived(self) -> int:
        match = self._text.fts_match if self._text is not None else None
        if self.filter.text_only and match is not None and not is_postgres():
            self._matches = search.fts_count(db.obj, match)
            return self._matches
        query = self._filtered(Participant.select(fn.COUNT(SQL("*"))), archived=None)
        return query.scalar()

    def _scan_in_sort_order(self) -> bool:
        """Whether to walk the sort index and test each row against the search, rather than fetch
        every match and sort them: better once matches are many (about sqrt(200 x register))."""
        if self._matches is None or self.sort != SortColumn.NAME or not self.filter.text_only:
            return False
        return self._matches * self._matches > 200 * _register_size()

    def page(self, after: tuple | None = None, limit: int = 200) -> list[ParticipantRow]:
        p = Participant
        sort = _sort_expressions(self.sort)
        ids = self._filtered(p.select(p.id), join_organisation=self.sort == SortColumn.ORGANISATION,
                             scan_in_sort_order=self._scan_in_sort_order())
        if after is not None:
            keyset = Tuple(*sort)
            ids = ids.where(keyset < Tuple(*after) if self.descending else keyset > Tuple(*after))
        ordering = [e.desc() if self.descending else e.asc() for e in sort]
        ids = ids.order_by(*ordering).limit(limit)
        query = (
            p.select(p.id, p.reference, p.family_name, p.given_names, p.full_name_ar, p.sex,
                     p.nationality, self._country_name, fn.COALESCE(Organisation.name, ""), p.rank,
                     *sort)
            .join(Country, on=(p.nationality == Country.code))
            .join_from(p, Organisation, JOIN.LEFT_OUTER, on=(p.organisation == Organisation.id))
            .where(p.id.in_(ids))
            .order_by(*ordering)
        )
        # Raw rows: every column is text or a number already, and peewee's conversions cost more
        # than the query on a page of 200.
        rows = db.obj.execute(query).fetchall()
        return [ParticipantRow(*row[:10], key=tuple(row[10:])) for row in rows]


def _any_archived() -> bool:
    return Participant.select(Participant.id).where(archived_is(Participant, True)).limit(1).exists()


def _register_size() -> int:
    return Participant.select(fn.COUNT(SQL("*"))).scalar()
