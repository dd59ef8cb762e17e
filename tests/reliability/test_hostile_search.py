"""Any text through every list's search, on both backends: no error, and never more than a few words
reach the database however much was pasted."""

from __future__ import annotations

import time
from datetime import date

import pytest

from registry_app.domain.search_text import MAX_WORD, MAX_WORDS, search_words
from registry_app.services.certificates import listing
from registry_app.services.demo import generate
from registry_app.services.register.lists import (
    CourseList,
    ListFilter,
    OrganisationList,
    ProgrammeList,
    TrainerList,
)
from registry_app.services.register.participant_list import ParticipantList
from registry_app.store.participant_queries import ParticipantFilter

WORDS = "Mohamed Traoré Sûreté nationale Investigations Rabat Ouagadougou Niamey Camara".split()

HOSTILE = {
    "nothing": "",
    "blanks": " \t\n ",
    "a NUL": "\x00",
    "NULs inside a name": "Tra\x00oré\x00",
    "one letter": "m",
    "one Arabic letter": "م",
    "70 words": " ".join(WORDS[n % len(WORDS)] + str(n) for n in range(70)),
    "1,666 words": " ".join(WORDS[n % len(WORDS)] for n in range(1666)),
    "100,000 letters in one word": "a" * 100_000,
    "right-to-left marks": "\u200fمحمد\u200e \u202bالعمراني\u202c \u2067x\u2069",
    "emoji": "👮🏽‍♀️ 🇲🇦 🙂🙂🙂",
    "SQL": "'; DROP TABLE participant; --",
    "LIKE wildcards": "%_% \\ %%",
    "FTS5 syntax": '"NEAR( AND OR NOT * ^ : col: "" (',
    "quotes": "O'Brien \"Sékou\" ‘x’",
    "a lone surrogate": "Awa\ud800 Traoré",
    "combining marks only": "\u0301\u0301\u0308",
    "Arabic diacritics only": "\u064b\u064c\u064d",
    "Ge'ez and Tifinagh": "ሰላም ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "private use and unassigned": "\ue000\U0010fffd\uffff",
    "a reference": "P-000012",
    "a serial": "CT-2026-",
    "control characters": "".join(chr(c) for c in range(1, 32)),
}


def _lists():
    yield "participants", lambda text: ParticipantList.first_page(ParticipantFilter(text=text))[1]
    yield "participants, archived too", lambda text: ParticipantList.matching(
        ParticipantFilter(text=text, include_archived=True, sex="F"))[1]
    for name, kind in (("organisations", OrganisationList), ("programmes", ProgrammeList),
                       ("courses", CourseList), ("trainers", TrainerList)):
        yield name, lambda text, kind=kind: (kind(ListFilter(text=text)).count(),
                                             len(kind(ListFilter(text=text)).page(0, 64)))
    yield "certificates", lambda text: len(listing.find(text, limit=64))


def test_the_words_reaching_the_database_are_bounded():
    for text in HOSTILE.values():
        found = search_words(text)
        assert len(found) <= MAX_WORDS and all(len(w) <= MAX_WORD for w in found)
        assert all("\x00" not in w and "\u200f" not in w for w in found)


def test_hostile_text_through_every_list(database, actor, report):
    generate(actor, participants=60, seed=3, today=date(2026, 11, 29))
    tried, slowest = 0, (0.0, "")
    for list_name, search in _lists():
        for case, text in HOSTILE.items():
            started = time.perf_counter()
            try:
                search(text)
            except Exception as exc:  # noqa: BLE001 - the failure is the finding, with its case
                pytest.fail(f"{list_name} list, {case}: {type(exc).__name__}: {exc}")
            took = time.perf_counter() - started
            slowest = max(slowest, (took, f"{list_name}, {case}"))
            tried += 1
    backend = "PostgreSQL" if "Postgres" in type(database).__name__ else "SQLite"
    report(f"{backend}: {tried} hostile searches through 7 lists ({len(HOSTILE)} kinds of text), no error; "
           f"slowest {slowest[0] * 1000:.0f} ms ({slowest[1]})")
