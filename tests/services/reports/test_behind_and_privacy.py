"""The participants behind each figure are the ones it counts; small numbers are hidden on demand."""

from datetime import date

import pytest

from registry_app.domain.enums import Role
from registry_app.domain.permissions import PermissionDenied
from registry_app.services.actors import Actor
from registry_app.services.demo import generate
from registry_app.services.reports import figures, privacy
from registry_app.services.reports.behind import participants_behind
from registry_app.services.reports.privacy import BadThreshold
from registry_app.services.reports.scope import BadPeriod, ReportFilters, quarter, quarter_of, year


@pytest.fixture
def demo(database, actor):
    generate(actor, participants=300, seed=8, today=date(2026, 11, 29))
    return database


def test_each_row_of_each_breakdown_lists_the_places_it_counts(demo, actor):
    f = ReportFilters(date(2022, 1, 1), date(2025, 12, 31), sex="F")
    data = figures.compute(actor, f)
    everyone = participants_behind(actor, f)
    assert (everyone.count, everyone.people) == (data.totals.places, data.totals.people)
    assert {row.sex for row in everyone.rows} == {"F"}
    for dimension, groups in data.breakdowns.items():
        for group in groups[:6]:
            behind = participants_behind(actor, f, dimension, group.key)
            assert (behind.count, behind.people) == (group.places, group.people), (dimension, group.key)
            assert len(behind.rows) == behind.count
    for dimension, course_groups in data.course_breakdowns.items():
        for course_group in course_groups:
            assert participants_behind(actor, f, dimension, course_group.key).count == course_group.places


def test_the_threshold_is_kept_in_the_register_and_checked(database, actor):
    assert privacy.threshold() == 5
    privacy.set_threshold(actor, 10)
    assert privacy.threshold() == 10
    with pytest.raises(BadThreshold):
        privacy.set_threshold(actor, -1)
    viewer = Actor(actor.user_id, actor.username, actor.display_name, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        privacy.set_threshold(viewer, 3)
    assert [privacy.shown(n, 5) for n in (0, 1, 4, 5, 12)] == [0, "< 5", "< 5", 5, 12]


def test_periods():
    assert year(2025) == (date(2025, 1, 1), date(2025, 12, 31))
    assert quarter(2024, 1) == (date(2024, 1, 1), date(2024, 3, 31))
    assert quarter(2024, 4) == (date(2024, 10, 1), date(2024, 12, 31))
    assert quarter_of(date(2024, 8, 31)) == quarter_of("2024-09-01") == "2024-Q3"
    with pytest.raises(BadPeriod):
        ReportFilters(date(2025, 2, 1), date(2025, 1, 1))
