"""Finding a participant as a clerk types: accents, Arabic script, transliterations, fragments."""

import pytest

from registry_app.services.register import participants
from registry_app.services.register.participant_list import ParticipantFilter, ParticipantList
from registry_app.services.register.participants import ParticipantData

PEOPLE = [
    ParticipantData("Sékou", "Touré", "M", "GN"),
    ParticipantData("Mohammed", "El Amrani", "M", "MA", full_name_ar="محمد العمراني"),
    ParticipantData("Fatima Zahra", "Bennani", "F", "MA", full_name_ar="فاطمة الزهراء بناني"),
    ParticipantData("Chinedu", "Okafor", "M", "NG", email="c.okafor@efcc.gov.ng"),
    ParticipantData("Aïssata", "Ouédraogo", "F", "BF", id_document_number="BF7734120"),
]


@pytest.fixture
def people(actor):
    return {p.family_name: participants.create(actor, p) for p in PEOPLE}


def _found(text: str) -> set[str]:
    listing, count = ParticipantList.matching(ParticipantFilter(text=text))
    rows = listing.page()
    assert count == len(rows)
    return {r.family_name for r in rows}


@pytest.mark.parametrize("typed,expected", [
    ("sekou", {"Touré"}), ("Sékou", {"Touré"}), ("SEKOU TOURE", {"Touré"}), ("toure", {"Touré"}),
    ("ouedraogo", {"Ouédraogo"}), ("Aissata", {"Ouédraogo"}),
    ("محمد", {"El Amrani"}), ("العمراني", {"El Amrani"}),
    ("فاطمه", {"Bennani"}),  # typed with ha for ta marbuta
    ("Muhammad", {"El Amrani"}), ("Mohamed", {"El Amrani"}),  # no exact match: sounds alike
    ("efcc", {"Okafor"}), ("BF7734", {"Ouédraogo"}), ("P-000004", {"Okafor"}),
    ("ok", {"Okafor"}),  # two letters: family names starting with them
    ("مح", {"El Amrani"}), ("ف", {"Bennani"}),  # or names in Arabic starting with them
    ("zzz", set()),
])
def test_what_the_clerk_types_finds_the_participant(people, typed, expected):
    assert _found(typed) == expected


def test_an_edit_is_found_under_the_new_name_only(people, actor):
    toure = people["Touré"]
    participants.update(actor, toure.id, toure.version, ParticipantData("Sékou", "Camara", "M", "GN"))
    assert _found("camara") == {"Camara"}
    assert _found("toure") == set()


def test_names_that_sound_alike_are_offered_only_when_nothing_matches_exactly(people, actor):
    participants.create(actor, ParticipantData("Mohamed", "Haddad", "M", "TN"))
    exact, count = ParticipantList.matching(ParticipantFilter(text="Mohamed"))
    assert not exact.sounds_alike and count == 1  # Haddad; not El Amrani's "Mohammed"
    alike, count = ParticipantList.matching(ParticipantFilter(text="Muhammad"))
    assert alike.sounds_alike and {r.family_name for r in alike.page()} == {"Haddad", "El Amrani"}


@pytest.mark.parametrize("typed", ["", "sekou", "Muhammad", "ok", "efcc", "zzz", "محمد", "fatima zahra b"])
def test_the_first_page_comes_with_the_same_count_as_the_list(people, actor, typed):
    okafor = people["Okafor"]
    participants.archive(actor, okafor.id, okafor.version)  # "efcc" now finds nobody
    listing, total, rows = ParticipantList.first_page(ParticipantFilter(text=typed), limit=2)
    alone, count = ParticipantList.matching(ParticipantFilter(text=typed))
    assert (total, listing.sounds_alike) == (count, alone.sounds_alike)
    assert rows == alone.page(limit=2)
