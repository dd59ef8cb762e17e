"""Every figure of a report, recomputed with plain SQL written here, independently of the services,
on both backends, for several periods and filters of the demo register."""

from datetime import date

import pytest

from registry_app.services.demo import generate
from registry_app.services.reports import figures, places
from registry_app.services.reports.scope import ReportFilters, quarter, year
from registry_app.store.database import db
from registry_app.store.models import Certificate, Enrolment

TODAY = date(2026, 11, 29)


def _with_certificates():
    """Certificates for some completed places: valid ones of both kinds, a revoked one, a superseded one."""
    completed = list(Enrolment.select().where(Enrolment.status == "completed").order_by(Enrolment.id).limit(40))
    for index, enrolment in enumerate(completed):
        status = "revoked" if index % 10 == 3 else "superseded" if index % 10 == 7 else "valid"
        Certificate.create(serial=f"T-{index:04d}", kind="participation" if index % 4 == 0 else "completion",
                           enrolment=enrolment, issue_date=TODAY, status=status)
    not_completed = Enrolment.select().where(Enrolment.status == "not-completed").first()
    Certificate.create(serial="T-P", kind="participation", enrolment=not_completed, issue_date=TODAY)


def _where(f: ReportFilters) -> str:
    """The places of the report, in plain SQL with the values written in."""
    parts = [f"c.start_date BETWEEN '{f.start}' AND '{f.end}'", "c.status <> 'cancelled'"]
    if f.donor:
        parts.append(f"c.id IN (SELECT course_id FROM course_funding WHERE donor = '{f.donor}')")
    if f.programme:
        parts.append(f"p.code = '{f.programme}'")
    if f.thematic_area:
        parts.append(f"t.code = '{f.thematic_area}'")
    if f.country:
        parts.append(f"pa.nationality_id = '{f.country}'")
    if f.region:
        parts.append(f"co.region = '{f.region}'")
    if f.agency_type:
        parts.append(f"o.kind = '{f.agency_type}'")
    if f.sex:
        parts.append(f"pa.sex = '{f.sex}'")
    return " AND ".join(parts)


FROM = """FROM enrolment e JOIN course c ON c.id = e.course_id JOIN programme p ON p.id = c.programme_id
JOIN thematic_area t ON t.id = p.thematic_area_id JOIN participant pa ON pa.id = e.participant_id
JOIN country co ON co.code = pa.nationality_id LEFT JOIN organisation o ON o.id = pa.organisation_id
LEFT JOIN (SELECT d.course_id AS course_id, COUNT(*) AS halves FROM course_half_day h
           JOIN course_day d ON d.id = h.day_id WHERE NOT h.excluded AND NOT d.excluded GROUP BY d.course_id)
     s ON s.course_id = c.id"""
TRAINED = "e.status IN ('completed', 'not-completed')"
YEAR = "SUBSTR(CAST(c.start_date AS TEXT), 1, 4)"
QUARTER = (f"{YEAR} || '-Q' || CAST((CAST(SUBSTR(CAST(c.start_date AS TEXT), 6, 2) AS INTEGER) + 2) / 3 AS TEXT)")
GROUPS = {
    "region": "COALESCE(co.region, '')", "country": "pa.nationality_id", "agency_type": "COALESCE(o.kind, '')",
    "thematic_area": "CAST(t.id AS TEXT)", "programme": "CAST(p.id AS TEXT)", "course": "CAST(c.id AS TEXT)",
    "year": YEAR, "quarter": QUARTER,
}


def one(sql):
    return db.execute_sql(sql).fetchone()


def _expected_totals(f):
    w = _where(f)
    people, women, men, places, completed, days = one(
        f"SELECT COUNT(DISTINCT pa.id), COUNT(DISTINCT CASE WHEN pa.sex = 'F' THEN pa.id END), "
        f"COUNT(DISTINCT CASE WHEN pa.sex = 'M' THEN pa.id END), COUNT(*), "
        f"SUM(CASE WHEN e.status = 'completed' THEN 1 ELSE 0 END), SUM(COALESCE(s.halves, 0)) / 2.0 "
        f"{FROM} WHERE {TRAINED} AND {w}")
    no_shows = one(f"SELECT COUNT(*) {FROM} WHERE e.status = 'no-show' AND {w}")[0]
    tested, pre, post, improved = one(
        f"SELECT COUNT(*), AVG(e.pre_test), AVG(e.post_test), SUM(CASE WHEN e.post_test > e.pre_test THEN 1 ELSE 0 END) "
        f"{FROM} WHERE {TRAINED} AND e.pre_test IS NOT NULL AND e.post_test IS NOT NULL AND {w}")
    certificates = dict(db.execute_sql(
        f"SELECT x.kind, COUNT(*) FROM certificate x JOIN enrolment e2 ON e2.id = x.enrolment_id "
        f"WHERE x.status = 'valid' AND e2.id IN (SELECT e.id {FROM} WHERE {TRAINED} AND {w}) GROUP BY x.kind").fetchall())
    courses = one(f"SELECT COUNT(DISTINCT c.id) {FROM} WHERE {TRAINED} AND {w}")[0]
    return dict(people=people, women=women, men=men, places=places, completed=completed or 0,
                person_days=float(days or 0), no_shows=no_shows, tested=tested, pre=pre, post=post,
                improved=improved or 0, completion_certificates=certificates.get("completion", 0),
                participation_certificates=certificates.get("participation", 0), courses=courses)


def _expected_groups(f, dimension):
    rows = db.execute_sql(
        f"SELECT {GROUPS[dimension]}, COUNT(DISTINCT pa.id), COUNT(DISTINCT CASE WHEN pa.sex = 'F' THEN pa.id END), "
        f"COUNT(*), SUM(CASE WHEN e.status = 'completed' THEN 1 ELSE 0 END), SUM(COALESCE(s.halves, 0)) / 2.0 "
        f"{FROM} WHERE {TRAINED} AND {_where(f)} GROUP BY {GROUPS[dimension]}").fetchall()
    return {str(k): (people, women, places, completed, float(days)) for k, people, women, places, completed, days in rows}


def _expected_courses(f, dimension):
    column = {"venue": "c.venue || CASE WHEN c.city <> '' THEN ', ' || c.city ELSE '' END",
              "mode": "c.mode", "language": "c.language"}[dimension]
    rows = db.execute_sql(f"SELECT {column}, COUNT(DISTINCT c.id), COUNT(*) {FROM} WHERE {TRAINED} AND {_where(f)} "
                          f"GROUP BY {column}").fetchall()
    return {k: (n, places) for k, n, places in rows}


def _periods_and_filters():
    whole = (date(2021, 1, 1), date(2026, 12, 31))
    return [
        ReportFilters(*whole),
        ReportFilters(*year(2024)),
        ReportFilters(*quarter(2025, 2)),
        ReportFilters(date(2023, 3, 15), date(2025, 10, 20), donor="European Union"),
        ReportFilters(*whole, thematic_area="INV", sex="F"),
        ReportFilters(*whole, programme="BRD-101", region="Western Africa"),
        ReportFilters(*year(2025), country="MA", agency_type="police"),
        ReportFilters(*whole, donor="State of Qatar", agency_type="justice", sex="M"),
        ReportFilters(*year(2030)),  # nothing at all
    ]


@pytest.fixture
def demo_register(database, actor):
    generate(actor, participants=500, seed=31, today=TODAY)
    _with_certificates()
    return database


@pytest.mark.parametrize("scan_from", [places.SCAN_FROM_COURSES, 0], ids=["joined-in-sql", "participants-scanned"])
def test_every_figure_matches_plain_sql(demo_register, actor, scan_from, monkeypatch):
    monkeypatch.setattr(places, "SCAN_FROM_COURSES", scan_from)
    checked_groups = 0
    for f in _periods_and_filters():
        data = figures.compute(actor, f)
        expected = _expected_totals(f)
        t = data.totals
        assert (t.people, t.women, t.men, t.places, t.completed, t.no_shows, t.tested, t.improved, t.courses) == (
            expected["people"], expected["women"], expected["men"], expected["places"], expected["completed"],
            expected["no_shows"], expected["tested"], expected["improved"], expected["courses"]), f
        assert t.person_days == pytest.approx(expected["person_days"])
        assert t.not_completed == t.places - t.completed and t.expected == t.places + t.no_shows
        for mine, theirs in ((t.pre_test_mean, expected["pre"]), (t.post_test_mean, expected["post"])):
            assert (mine is None and theirs is None) or mine == pytest.approx(float(theirs))
        assert (t.completion_certificates, t.participation_certificates) == (
            expected["completion_certificates"], expected["participation_certificates"]), f
        for dimension in GROUPS:
            shown = {g.key: (g.people, g.women, g.places, g.completed, g.person_days) for g in data.breakdowns[dimension]}
            assert shown.keys() == _expected_groups(f, dimension).keys(), (f, dimension)
            for key, values in _expected_groups(f, dimension).items():
                assert shown[key][:4] == values[:4], (f, dimension, key)
                assert shown[key][4] == pytest.approx(values[4])
                checked_groups += 1
            assert all(g.men == g.people - g.women for g in data.breakdowns[dimension])
        for dimension in ("venue", "mode", "language"):
            shown = {g.key: (g.courses, g.places) for g in data.course_breakdowns[dimension]}
            assert shown == _expected_courses(f, dimension), (f, dimension)
    assert checked_groups > 300


def test_the_demo_gives_every_figure_something_to_count(demo_register, actor):
    data = figures.compute(actor, ReportFilters(date(2021, 1, 1), date(2026, 12, 31)))
    t = data.totals
    assert t.people > 100 and 0 < t.women < t.people and t.places >= t.people
    assert 0 < t.completion_rate < 1 and 0 < t.participation_rate < 1
    assert t.tested > 0 and t.post_test_mean > t.pre_test_mean and 0 < t.improved_share <= 1
    assert t.completion_certificates > 0 and t.participation_certificates > 0
    assert len(data.breakdowns["region"]) >= 4 and len(data.breakdowns["quarter"]) >= 8
    assert {g.key for g in data.course_breakdowns["mode"]} >= {"in-person", "online"}
