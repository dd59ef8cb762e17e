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


@pytest.fixture
def sqlite_register(sqlite_database):
    """The demo register on SQLite alone: the name order kept in memory is SQLite's plan."""
    from registry_app.services.actors import current

    generate(current(), participants=300, seed=7)
    return current()


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


@pytest.mark.parametrize("descending", [False, True])
def test_after_changes_the_name_order_kept_is_mended_and_pages_as_sql_does(sqlite_register, monkeypatch, descending):
    """The name order read before a change is kept: participants added, renamed into or out of the
    search, or moved in the alphabet since are placed by their sort keys, and every page is SQL's."""
    from registry_app.services.register.participants import ParticipantData
    from registry_app.store import search_matches
    from registry_app.store.database import db

    monkeypatch.setattr(participant_search, "MATCHES_WALKED", 2)
    listing = ParticipantList(ParticipantFilter(text="ama"), descending=descending)
    _all_pages(listing, 10)
    read = search_matches.name_order(db.obj)
    matching = list(Participant.select().where(Participant.search_key.contains("ama")).order_by(Participant.id))
    first, middle, last = matching[0], matching[len(matching) // 2], matching[-1]
    for given, family in (("Amadou", "Aaaba"), ("Amara", "Mbaye"), ("Amani", "Zzyzx")):
        participants.create(sqlite_register, ParticipantData(given, family, "M", "SN"))
    participants.update(sqlite_register, first.id, first.version, ParticipantData("Jean", "Zulu", "M", "CM"))  # out
    participants.update(sqlite_register, middle.id, middle.version, ParticipantData("Amadou", "Aab", "M", "ML"))
    participants.archive(sqlite_register, last.id, last.version)
    someone = Participant.select().where(~Participant.search_key.contains("ama")).first()
    participants.update(sqlite_register, someone.id, someone.version, ParticipantData("Kamal", "Mbeki", "M", "ZA"))  # in

    mended = search_matches.name_order(db.obj)
    assert mended.ids is read.ids and {first.id, middle.id}.issubset(mended.moved)  # not read again
    listing = ParticipantList(ParticipantFilter(text="ama"), descending=descending)
    picked = _all_pages(listing, 10)
    monkeypatch.setattr(ParticipantSearch, "_chosen_in_name_order", lambda self, after, limit: None)
    sorted_in_sql = _all_pages(ParticipantList(ParticipantFilter(text="ama"), descending=descending), 10)
    assert [r.id for r in picked] == [r.id for r in sorted_in_sql]
    ids = {r.id for r in picked}
    assert middle.id in ids and someone.id in ids and first.id not in ids and last.id not in ids
    assert len(picked) == listing.count()


def test_a_bulk_load_or_many_changes_make_the_name_order_read_again(sqlite_register, monkeypatch):
    from registry_app.services.register.participants import ParticipantData
    from registry_app.store import search, search_matches
    from registry_app.store.database import db, write_transaction

    read = search_matches.name_order(db.obj)
    assert search_matches.name_order(db.obj) is read  # nothing changed: the same
    monkeypatch.setattr(search_matches, "MAX_MOVED", 2)
    for family in ("Aaron", "Baba", "Coulibaly"):
        participants.create(sqlite_register, ParticipantData("Awa", family, "F", "ML"))
    again = search_matches.name_order(db.obj)
    assert again.ids is not read.ids and not again.moved
    assert list(again.ids) == [p.id for p in Participant.select().order_by(Participant.sort_name, Participant.id)]
    with write_transaction(), search.adding_participants(db.obj):  # as an import adds them
        for family in ("Diop", "Ndiaye"):
            participants.create(sqlite_register, ParticipantData("Awa", family, "F", "SN"))
    assert [row[0] for row in db.obj.execute_sql(
        "SELECT participant_id FROM participant_change ORDER BY seq DESC LIMIT 1")] == [None]  # one row for all
    loaded = search_matches.name_order(db.obj)
    assert loaded.ids is not again.ids and not loaded.moved
    assert list(loaded.ids) == [p.id for p in Participant.select().order_by(Participant.sort_name, Participant.id)]
