from datetime import datetime, timedelta

from registry_app.domain.backup_rotation import Rotation, kept


def test_the_rotation_keeps_a_day_a_week_and_a_month_back_and_everything_of_the_last_day():
    start = datetime(2026, 1, 1, 18, 0)
    stamps = [start + timedelta(days=n, hours=h) for n in range(400) for h in (0, 2)]
    newest = stamps[-1]
    keep = kept(stamps, Rotation(daily=7, weekly=4, monthly=12))
    assert newest in keep and newest - timedelta(hours=2) in keep  # the last 24 hours, whole
    days = {s.date() for s in keep}
    assert len(keep) < 30
    for back in range(7):
        assert (newest - timedelta(days=back)).date() in days
    months = {(s.year, s.month) for s in keep}
    assert len(months) == 12
    assert min(keep) > newest - timedelta(days=366)


def test_nothing_to_keep_of_nothing():
    assert kept([]) == set()
