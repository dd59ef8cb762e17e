"""Finding a participant as a clerk types: accents, Arabic script, transliterations, fragments."""

import pytest

from registry_app.services import participants
from registry_app.services.participant_list import ParticipantFilter, ParticipantList
from registry_app.services.participants import ParticipantData

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
    listing = ParticipantList(ParticipantFilter(text=text))
    rows = listing.page()
    assert listing.count() == len(rows)
    return {r.family_name for r in rows}


@pytest.mark.parametrize("typed,expected", [
    ("sekou", {"Touré"}), ("Sékou", {"Touré"}), ("SEKOU TOURE", {"Touré"}), ("toure", {"Touré"}),
    ("ouedraogo", {"Ouédraogo"}), ("Aissata", {"Ouédraogo"}),
    ("محمد", {"El Amrani"}), ("العمراني", {"El Amrani"}),
    ("فاطمه", {"Bennani"}),  # typed with ha for ta marbuta
    ("Muhammad", {"El Amrani"}), ("Mohamed", {"El Amrani"}),  # transliteration variants
    ("efcc", {"Okafor"}), ("BF7734", {"Ouédraogo"}), ("P-000004", {"Okafor"}),
    ("ok", {"Okafor"}),  # two letters: family names starting with them
    ("zzz", set()),
])
def test_what_the_clerk_types_finds_the_participant(people, typed, expected):
    assert _found(typed) == expected


def test_an_edit_is_found_under_the_new_name_only(people, actor):
    toure = people["Touré"]
    participants.update(actor, toure.id, toure.version, ParticipantData("Sékou", "Camara", "M", "GN"))
    assert _found("camara") == {"Camara"}
    assert _found("toure") == set()
