"""The lists of organisations, programmes, courses and trainers: searched, filtered, sorted and paged
in SQL, as the participants list is. These tables hold hundreds or a few thousand rows, so pages are
fetched by OFFSET over a stable order (the sort column, then the id) rather than by keyset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from peewee import JOIN, SQL, fn

from ...domain.enrolment import HOLDS_SEAT
from ...domain.names import arabic_stem
from ...domain.permissions import Action
from ...domain.search_text import search_words
from ...store.database import is_postgres
from ...store.models import (
    Country,
    Course,
    CourseTrainer,
    Enrolment,
    Organisation,
    Participant,
    Programme,
    ThematicArea,
    Trainer,
)
from ..actors import requiring


@dataclass(frozen=True)
class ListFilter:
    text: str = ""
    archived: bool = False  # the archived records as well as the current ones
    choices: tuple[tuple[str, object], ...] = ()  # (filter name, value); a None value is no filter

    def chosen(self) -> dict[str, object]:
        return {name: value for name, value in self.choices if value not in (None, "")}


@dataclass(frozen=True)
class ListRow:
    id: int
    values: tuple[Any, ...]  # in the order of the list's columns


def _contains(column: Any, word: str) -> Any:
    if is_postgres():
        return fn.strpos(column, word) > 0
    return fn.instr(column, word) > 0


@dataclass
class RecordList:
    """One list: subclasses say what is selected, searched and filtered."""

    filter: ListFilter = field(default_factory=ListFilter)
    sort: str = ""
    descending: bool = False
    language: str = "en"

    columns: tuple[str, ...] = ()
    model: ClassVar[Any] = None  # the Peewee model listed
    _computed: ClassVar[frozenset[str]] = frozenset()  # columns counted for each row: sorting on one counts them all

    def _select(self) -> Any:
        raise NotImplementedError

    def _sort_expressions(self) -> dict[str, Any]:
        raise NotImplementedError

    def _filters(self) -> dict[str, Any]:
        return {}

    def _word_matches(self, word: str) -> list[Any]:
        """Conditions of which a row must meet one for each word typed."""
        return [_contains(self.model.search_key, word)]

    def _keys_select(self) -> Any:
        """The rows without their computed columns (the counts): enough to count them, and to sort
        them to choose a page, whose rows alone then get their counts. None: the list is small, and
        counted and paged in one query."""
        return None

    def _query(self, select: Any = None) -> Any:
        requiring(Action.VIEW)
        query = self._select() if select is None else select
        if hasattr(self.model, "archived") and not self.filter.archived:
            query = query.where(self.model.archived == SQL("FALSE"))
        for typed in search_words(self.filter.text):
            word = arabic_stem(typed)  # "الأمن" is looked for as "أمن": "للأمن" and "والأمن" hold it too
            condition = None
            for match in self._word_matches(word):
                condition = match if condition is None else condition | match
            query = query.where(condition)
        filters = self._filters()
        for name, value in self.filter.chosen().items():
            query = query.where(filters[name](value))
        return query

    def count(self) -> int:
        keys = self._keys_select()
        return int(self._query(self._select() if keys is None else keys).count())

    def page(self, offset: int = 0, limit: int = 200) -> list[ListRow]:
        expressions = self._sort_expressions()
        column = expressions.get(self.sort) or expressions[self.columns[0]]
        order = [column.desc(), self.model.id.desc()] if self.descending else [column, self.model.id]
        keys = self._keys_select()
        if keys is None or self.sort in self._computed:
            query = self._query().order_by(*order).offset(offset).limit(limit)
        else:
            chosen = self._query(keys).select(self.model.id).order_by(*order).offset(offset).limit(limit)
            query = self._select().where(self.model.id.in_(chosen)).order_by(*order)
        return [ListRow(row[0], tuple(row[1:])) for row in query.tuples()]


def _country_name(language: str) -> Any:
    return {"fr": Country.name_fr, "ar": Country.name_ar}.get(language, Country.name_en)


def _title(model: Any, language: str) -> Any:
    return getattr(model, f"title_{language}", model.title_en)


@dataclass
class OrganisationList(RecordList):
    columns: tuple[str, ...] = ("name", "acronym", "kind", "country", "participants")
    model = Organisation
    _computed = frozenset({"participants"})

    def _select(self) -> Any:
        # A count per row shown (through the participants' organisation index), not a count of
        # every participant grouped on each keystroke.
        members = Participant.select(fn.COUNT(Participant.id)).where(Participant.organisation == Organisation.id)
        return (Organisation.select(Organisation.id, Organisation.name, Organisation.acronym,
                                    Organisation.kind, _country_name(self.language), members.alias("members"))
                .join(Country))

    def _keys_select(self) -> Any:
        return Organisation.select(Organisation.id).join(Country)

    def _sort_expressions(self) -> dict[str, Any]:
        return {"name": Organisation.name, "acronym": Organisation.acronym, "kind": Organisation.kind,
                "country": _country_name(self.language),
                "participants": SQL("members")}

    def _filters(self) -> dict[str, Any]:
        return {"country": lambda v: Organisation.country == v, "kind": lambda v: Organisation.kind == v}


@dataclass
class ProgrammeList(RecordList):
    columns: tuple[str, ...] = ("code", "title", "thematic-area", "hours", "min-attendance", "courses")
    model = Programme

    def _select(self) -> Any:
        return (Programme.select(Programme.id, Programme.code, _title(Programme, self.language),
                                 _title(ThematicArea, self.language), Programme.nominal_hours,
                                 Programme.min_attendance_pct, fn.COUNT(Course.id))
                .join(ThematicArea).switch(Programme).join(Course, JOIN.LEFT_OUTER)
                .group_by(Programme.id, ThematicArea.id))

    def _sort_expressions(self) -> dict[str, Any]:
        return {"code": Programme.code, "title": _title(Programme, self.language),
                "thematic-area": _title(ThematicArea, self.language), "hours": Programme.nominal_hours,
                "min-attendance": Programme.min_attendance_pct, "courses": fn.COUNT(Course.id)}

    def _filters(self) -> dict[str, Any]:
        return {"thematic-area": lambda v: Programme.thematic_area == v}


@dataclass
class CourseList(RecordList):
    columns: tuple[str, ...] = ("code", "programme", "start", "end", "venue", "status", "capacity", "seats")
    model = Course
    _computed = frozenset({"seats"})

    def _select(self) -> Any:
        seats = (Enrolment.select(fn.COUNT(Enrolment.id))
                 .where((Enrolment.course == Course.id) & Enrolment.status.in_([s.value for s in HOLDS_SEAT])))
        return (Course.select(Course.id, Course.code, _title(Programme, self.language), Course.start_date,
                              Course.end_date, Course.venue, Course.status, Course.capacity, seats.alias("seats"))
                .join(Programme))

    def _keys_select(self) -> Any:
        # The programme is joined only to sort on its title: otherwise the planner would read the
        # courses programme by programme, each through the index, rather than in one scan.
        keys = Course.select(Course.id)
        return keys.join(Programme) if self.sort == "programme" else keys

    def _word_matches(self, word: str) -> list[Any]:
        # The programmes are matched on their own (a dozen rows), so that the courses are read once
        # in a scan rather than each looked up through its programme.
        programmes = Programme.select(Programme.id).where(_contains(Programme.search_key, word))
        return [_contains(Course.search_key, word), Course.programme.in_(programmes)]

    def _sort_expressions(self) -> dict[str, Any]:
        return {"code": Course.code, "programme": _title(Programme, self.language),
                "start": Course.start_date, "end": Course.end_date, "venue": Course.venue,
                "status": Course.status, "capacity": Course.capacity,
                "seats": SQL("seats")}

    def _filters(self) -> dict[str, Any]:
        return {
            "year": lambda v: (Course.start_date >= date(int(v), 1, 1)) & (Course.start_date <= date(int(v), 12, 31)),
            "status": lambda v: Course.status == v,
            "thematic-area": lambda v: Course.programme.in_(
                Programme.select(Programme.id).where(Programme.thematic_area == v)),
            "programme": lambda v: Course.programme == v,
        }


@dataclass
class TrainerList(RecordList):
    columns: tuple[str, ...] = ("family-name", "given-names", "arabic-name", "affiliation", "expertise",
                                "email", "courses")
    model = Trainer
    _computed = frozenset({"courses"})

    def _select(self) -> Any:
        courses = CourseTrainer.select(fn.COUNT(CourseTrainer.id)).where(CourseTrainer.trainer == Trainer.id)
        return Trainer.select(Trainer.id, Trainer.family_name, Trainer.given_names, Trainer.full_name_ar,
                              Trainer.affiliation, Trainer.expertise, Trainer.email, courses.alias("courses"))

    def _keys_select(self) -> Any:
        return Trainer.select(Trainer.id)

    def _sort_expressions(self) -> dict[str, Any]:
        return {"family-name": Trainer.family_name, "given-names": Trainer.given_names,
                "arabic-name": Trainer.full_name_ar, "affiliation": Trainer.affiliation,
                "expertise": Trainer.expertise, "email": Trainer.email,
                "courses": SQL("courses")}

    def _filters(self) -> dict[str, Any]:
        return {"sex": lambda v: Trainer.sex == v}


def course_years() -> list[int]:
    """The years courses started in, the latest first: the course list's year filter."""
    requiring(Action.VIEW)
    first, last = Course.select(fn.MIN(Course.start_date), fn.MAX(Course.start_date)).tuples().get()
    if first is None:
        return []
    return list(range(date.fromisoformat(str(last)).year, date.fromisoformat(str(first)).year - 1, -1))
