"""The participants list: every sort order pages through everyone once, filters and counts agree."""

import pytest

from registry_app.services.demo import generate
from registry_app.services.register import participants
from registry_app.services.register.participant_list import ParticipantFilter, ParticipantList, SortColumn
from registry_app.store import participant_search
from registry_app.store.models import Participant
from registry_app.store.participant_search import ParticipantSearch


@pytest.fixture
def register(actor):
    generate(actor, participants=300, seed=7)
    return actor


def _all_pages(listing: ParticipantList, size: int) -> list:
    rows, after = [], None
    while True:
        page = listing.page(after=after, limit=size)
        rows.extend(page)
        if len(page) < size:
            return rows
        after = page[-1].key


def test_paging_visits_every_participant_once_in_order(register):
    for sort in SortColumn:
        for descending in (False, True):
            listing = ParticipantList(sort=sort, descending=descending)
            rows = _all_pages(listing, 37)
            assert len(rows) == len({r.id for r in rows}) == 300 == listing.count(), sort
            keys = [r.key for r in rows]
            assert keys == sorted(keys, reverse=descending), (sort, descending)


@pytest.mark.parametrize("text", ["ama", "م"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_search_pages_the_same_every_way(register, monkeypatch, descending, text):
    """A page of a search by name with many matches is found by walking the name order in memory
    (SQLite); or the matches are sorted in SQL; or the name index is walked in SQL. Each gives the
    same rows, the archived left out."""
    some = Participant.select().where(Participant.search_key.contains(text)).first()
    participants.archive(register, some.id, some.version)
    listing = ParticipantList(ParticipantFilter(text=text), descending=descending)
    total = listing.count()
    monkeypatch.setattr(participant_search, "MATCHES_WALKED", 2)  # they are many in this register
    picked = _all_pages(listing, 10)
    monkeypatch.setattr(ParticipantSearch, "_chosen_in_name_order", lambda self, after, limit: None)
    sorted_in_sql = _all_pages(listing, 10)
    listing._search.matches = 10**9  # as if the matches were very many
    by_index = _all_pages(listing, 10)
    assert [r.id for r in picked] == [r.id for r in sorted_in_sql] == [r.id for r in by_index]
    assert len(picked) == total > 10 and some.id not in {r.id for r in picked}
    keys = [r.key for r in picked]
    assert keys == sorted(keys, reverse=descending)


def test_a_participant_added_since_is_in_the_next_search(register):
    from registry_app.services.register.participants import ParticipantData

    assert ParticipantList(ParticipantFilter(text="zanele")).count() == 0
    added = participants.create(register, ParticipantData("Zanele", "Aaron", "F", "ZA"))
    rows = ParticipantList(ParticipantFilter(text="zanele")).page()
    assert [r.id for r in rows] == [added.id]


def test_filters_and_counts_agree_with_the_rows(register):
    listing = ParticipantList(ParticipantFilter(nationality="MA", sex="F"))
    rows = _all_pages(listing, 50)
    assert rows and all(r.nationality == "MA" and r.sex == "F" for r in rows)
    assert listing.count() == len(rows) == Participant.select().where(
        (Participant.nationality == "MA") & (Participant.sex == "F")).count()


def test_region_and_organisation_type_filters(register):
    listing = ParticipantList(ParticipantFilter(region="Northern Africa", organisation_kind="police"))
    rows = _all_pages(listing, 50)
    assert rows and listing.count() == len(rows)
    assert {r.nationality for r in rows} <= {"DZ", "EG", "LY", "MA", "SD", "TN"}


def test_archived_participants_are_left_out_and_off_the_counts(register):
    everyone = ParticipantList(ParticipantFilter(text="diallo")).count()
    archived = Participant.select().where(Participant.search_key.contains("diallo")).first()
    Participant.update(archived=True).where(Participant.id == archived.id).execute()
    assert ParticipantList(ParticipantFilter(text="diallo")).count() == everyone - 1
    assert ParticipantList().count() == 299
    assert archived.id not in {r.id for r in _all_pages(ParticipantList(), 100)}
    assert ParticipantList(ParticipantFilter(include_archived=True)).count() == 300
