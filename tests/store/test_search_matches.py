"""The matches of each searched word, remembered between keystrokes: never older than the register."""

import sqlite3

import pytest

from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store import search_matches
from registry_app.store.database import db
from registry_app.store.models import Participant
from registry_app.store.search import FTS_ROWIDS

DIALLO = 'search_key : "diallo"'


@pytest.fixture
def clerk(sqlite_database, sign_in_as):
    clerk = sign_in_as("clerk")
    for given, family in (("Aminata", "Diallo"), ("Mamadou", "Diallo"), ("Sékou", "Touré")):
        participants.create(clerk, ParticipantData(given, family, "F", "GN"))
    return clerk


def _diallos() -> set[str]:
    found = search_matches.matching(db.obj, [DIALLO])
    return {p.given_names for p in Participant.select().where(Participant.id.in_(list(found)))}


def test_the_matches_are_those_of_the_index_and_every_word_must_match(clerk):
    index = {row[0] for row in db.obj.execute_sql(FTS_ROWIDS, (DIALLO,))}
    assert search_matches.matching(db.obj, [DIALLO]) == index and len(index) == 2
    both = search_matches.matching(db.obj, [DIALLO, 'search_key : "aminata"'])
    assert {Participant.get_by_id(i).given_names for i in both} == {"Aminata"}


def test_a_participant_written_here_is_found_at_the_next_keystroke(clerk):
    assert _diallos() == {"Aminata", "Mamadou"}
    participants.create(clerk, ParticipantData("Oumou", "Diallo", "F", "ML"))
    assert _diallos() == {"Aminata", "Mamadou", "Oumou"}


def test_a_change_committed_by_another_clerk_is_seen(clerk, tmp_path):
    assert _diallos() == {"Aminata", "Mamadou"}
    toure = Participant.get(Participant.family_name == "Touré")
    other = sqlite3.connect(db.obj.database)
    with other:  # another connection renames Touré to Diallo in the search key, as a save would
        other.execute("UPDATE participant SET search_key = search_key || ' diallo' WHERE id = ?", (toure.id,))
    other.close()
    assert _diallos() == {"Aminata", "Mamadou", "Sékou"}


def test_nothing_learnt_inside_a_transaction_outlives_its_rollback(clerk):
    with db.obj.atomic() as transaction:
        oumou = participants.create(clerk, ParticipantData("Oumou", "Diallo", "F", "ML"))
        assert _diallos() == {"Aminata", "Mamadou", "Oumou"}
        kept = search_matches._matches()._words.get(DIALLO, frozenset())
        assert oumou.id not in kept  # not kept: the rollback would falsify it
        transaction.rollback()
    assert _diallos() == {"Aminata", "Mamadou"}


def test_archived_participants_are_known_and_follow_changes(clerk):
    assert search_matches.archived(db.obj) == frozenset()
    diallo = Participant.get(Participant.given_names == "Mamadou")
    participants.archive(clerk, diallo.id, diallo.version)
    assert search_matches.archived(db.obj) == {diallo.id}


def test_the_memory_is_bounded(clerk, monkeypatch):
    monkeypatch.setattr(search_matches, "MAX_IDS", 2)
    search_matches.matching(db.obj, [DIALLO])  # two ids: kept
    search_matches.matching(db.obj, ['search_key : "toure"'])  # one more: the oldest word goes
    kept = search_matches._matches()._words
    assert list(kept) == ['search_key : "toure"']


def test_the_name_order_is_the_sort_order_and_follows_changes(clerk):
    in_order = [p.id for p in Participant.select().order_by(Participant.sort_name, Participant.id)]
    assert list(search_matches.name_order(db.obj).ids) == in_order
    added = participants.create(clerk, ParticipantData("Zanele", "Aaron", "F", "ZA"))
    renamed = Participant.get_by_id(in_order[0])
    participants.update(clerk, renamed.id, renamed.version, ParticipantData("Sékou", "Zerbo", "M", "BF"))
    order = search_matches.name_order(db.obj)
    assert list(order.ids) == in_order and order.moved == {added.id, renamed.id}  # kept, and what moved


def test_a_change_by_another_connection_is_in_the_moved(clerk):
    order = search_matches.name_order(db.obj)
    moving = order.ids[0]
    other = sqlite3.connect(db.obj.database)
    with other:
        other.execute("UPDATE participant SET sort_name = 'zzz' WHERE id = ?", (moving,))
        other.execute("UPDATE participant SET phone = '+224 1' WHERE id = ?", (order.ids[1],))  # stays in place
    other.close()
    assert search_matches.name_order(db.obj).moved == {moving}


def test_what_moved_inside_a_transaction_is_not_kept(clerk):
    from registry_app.store.database import write_transaction

    before = search_matches.name_order(db.obj)
    with pytest.raises(RuntimeError), write_transaction():
        Participant.update(sort_name="aaa").where(Participant.id == before.ids[-1]).execute()
        assert search_matches.name_order(db.obj).moved == {before.ids[-1]}
        raise RuntimeError("rolled back")
    assert search_matches.name_order(db.obj) is before


def test_the_change_log_is_bounded_and_an_order_older_than_it_is_read_again(clerk):
    from registry_app.store.search import CHANGES_KEPT

    before = search_matches.name_order(db.obj)
    renamed = Participant.get_by_id(before.ids[0])
    participants.update(clerk, renamed.id, renamed.version, ParticipantData("Sékou", "Zerbo", "M", "BF"))
    db.obj.execute_sql(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO participant_change(participant_id) SELECT ? FROM n", (CHANGES_KEPT, before.ids[1]))
    kept = db.obj.execute_sql("SELECT COUNT(*), MIN(participant_id) FROM participant_change").fetchone()
    assert kept == (CHANGES_KEPT, before.ids[1])  # the rename's row is gone: moved would miss it
    after = search_matches.name_order(db.obj)
    assert after.ids is not before.ids and not after.moved
    assert list(after.ids) == [p.id for p in Participant.select().order_by(Participant.sort_name, Participant.id)]
