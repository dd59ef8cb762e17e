"""The figures of a report as plain values: every view (the window, the PDF pack, the workbook, the
CSV) draws from one ReportDataset and counts nothing itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .scope import ReportFilters

# The breakdowns of people and places, in the order the views show them.
PEOPLE_DIMENSIONS = ("region", "country", "agency_type", "thematic_area", "programme", "course", "year",
                     "quarter")
# The breakdowns of the courses delivered.
COURSE_DIMENSIONS = ("venue", "mode", "language")


@dataclass(frozen=True)
class Group:
    """One row of a breakdown: a country, an agency type, a quarter..."""

    key: str
    labels: dict[str, str]  # by language: en, fr, ar
    people: int  # officials trained, each counted once
    women: int
    men: int
    places: int  # training places: one per person and course
    completed: int
    person_days: float

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.key


@dataclass(frozen=True)
class CourseGroup:
    key: str
    labels: dict[str, str]
    courses: int
    places: int

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.key


@dataclass(frozen=True)
class Totals:
    people: int = 0
    women: int = 0
    men: int = 0
    places: int = 0
    expected: int = 0  # places that were to be taken: trained and no-shows
    completed: int = 0
    not_completed: int = 0
    no_shows: int = 0
    person_days: float = 0.0
    tested: int = 0  # places with both a pre- and a post-test score
    pre_test_mean: float | None = None
    post_test_mean: float | None = None
    improved: int = 0
    completion_certificates: int = 0
    participation_certificates: int = 0
    courses: int = 0

    @property
    def women_share(self) -> float | None:
        return self.women / self.people if self.people else None

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.places if self.places else None

    @property
    def participation_rate(self) -> float | None:
        return self.places / self.expected if self.expected else None

    @property
    def improved_share(self) -> float | None:
        return self.improved / self.tested if self.tested else None

    @property
    def certificates(self) -> int:
        return self.completion_certificates + self.participation_certificates


@dataclass(frozen=True)
class ReportDataset:
    filters: ReportFilters
    computed_at: datetime
    totals: Totals
    breakdowns: dict[str, tuple[Group, ...]] = field(default_factory=dict)
    course_breakdowns: dict[str, tuple[CourseGroup, ...]] = field(default_factory=dict)
