"""Who pays for a course: its donors, each with the grant the course is charged to. Saved with the
course, in its transaction and its audit event, so that a report can be made for one donor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.models import Course, CourseFunding
from ..actors import requiring
from ..register.saving import InvalidRecord, bounded

FIELD = "funding"  # the form field its refusals are shown on
NO_DONOR = "Name the donor of the grant {grant}."
TWICE = "{donor} is listed twice: a donor has one row, with the grant this course is charged to."


@dataclass(frozen=True)
class FundingSource:
    donor: str
    grant_reference: str = ""


class FundingRefused(InvalidRecord):
    """A funding row the clerk must correct; said on the course form's funding table."""

    def __init__(self, message: str, **values: str):
        self.field = FIELD
        Refusal.__init__(self, message, **values)


class _TooLong(InvalidRecord):
    """A donor or a grant longer than its column: said on the funding table, like the other refusals."""

    def __init__(self, _column: str, message: str) -> None:
        super().__init__(FIELD, message)


def cleaned(sources: Sequence[FundingSource]) -> list[FundingSource]:
    """The rows as they will be saved: trimmed, empty rows left out, each donor once."""
    kept: list[FundingSource] = []
    seen: set[str] = set()
    for source in sources:
        values = bounded(CourseFunding, {"donor": source.donor.strip(),
                                         "grant_reference": source.grant_reference.strip()},
                         _TooLong)
        donor, grant = values["donor"], values["grant_reference"]
        if not donor and not grant:
            continue
        if not donor:
            raise FundingRefused(NO_DONOR, grant=grant)
        if donor.casefold() in seen:
            raise FundingRefused(TWICE, donor=donor)
        seen.add(donor.casefold())
        kept.append(FundingSource(donor, grant))
    return kept


def write(course: Course, sources: Sequence[FundingSource]) -> None:
    """Replace the course's funding rows (inside the course's save)."""
    CourseFunding.delete().where(CourseFunding.course == course).execute()
    for source in sources:
        CourseFunding.create(course=course, donor=source.donor, grant_reference=source.grant_reference)


def _rows(course_id: int) -> list[FundingSource]:
    query = (CourseFunding.select(CourseFunding.donor, CourseFunding.grant_reference)
             .where(CourseFunding.course == course_id).order_by(CourseFunding.id).tuples())
    return [FundingSource(donor, grant) for donor, grant in query]


def snapshot(course: Course) -> dict[str, Any]:
    """The funding as the audit trail records it beside the course's own values."""
    return {"funding": [{"donor": s.donor, "grant_reference": s.grant_reference} for s in _rows(course.id)]}


def funding_of(course_id: int) -> list[FundingSource]:
    requiring(Action.VIEW)
    return _rows(course_id)


def known_donors() -> list[str]:
    """The donors already named on some course: offered as the clerk types, so that one donor keeps
    one spelling (a report for a donor finds its courses by name)."""
    requiring(Action.VIEW)
    query = CourseFunding.select(CourseFunding.donor).distinct().order_by(CourseFunding.donor).tuples()
    return [donor for (donor,) in query]
