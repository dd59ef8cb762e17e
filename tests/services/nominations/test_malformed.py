"""A generated corpus of malformed files: no crash, no partial commit, a located error each."""

from __future__ import annotations

import pytest

from registry_app.services.nominations import FileRefused, ImportRefused, commit, prepare
from registry_app.store.models import AuditEvent, Enrolment, Organisation, Participant
from tests.services.nominations.corpus import corpus

COURSE = "INV-101/2026-03"


def _written():
    return (Participant.select().count(), Organisation.select().count(), Enrolment.select().count(),
            AuditEvent.select().count())


def _located_error(actor, name: str, data: bytes) -> str | None:
    """What is wrong with the answer to one file, or None when the file's fault was found and said."""
    try:
        preview = prepare(actor, COURSE, name, data=data)
    except FileRefused as refused:
        return None if name in str(refused) else f"refused without naming the file: {refused}"
    blocking = preview.blocking()
    if not blocking:
        try:
            commit(actor, preview)
        except ImportRefused as refused:
            return None if name in str(refused) else f"refused at commit without naming the file: {refused}"
        return "committed a malformed file"
    for problem in blocking:
        if problem.file != name or not problem.why or (problem.row == 0 and not problem.values):
            return f"a problem not located: {problem.located()}"
    with pytest.raises(ImportRefused):
        commit(actor, preview)
    return None


def test_every_malformed_file_gets_a_located_error_and_nothing_is_written(actor, small_course):
    files = corpus()
    assert len(files) >= 200
    before = _written()
    wrong = {}
    for name, make in files:
        answer = _located_error(actor, name, make())
        if answer:
            wrong[name] = answer
    assert wrong == {}
    assert _written() == before
    kinds = {name.split("-")[0] for name, _ in files}
    assert {"truncated", "wrong", "huge", "million", "formula", "macros", "password", "encoding", "mixed"} <= kinds
