"""Figures about the register, for the pages that summarise it."""

from __future__ import annotations

from ...store.models import Course, Enrolment, Organisation, Participant, Programme, Trainer


def totals() -> dict[str, int]:
    return {
        "participants": Participant.select().count(),
        "organisations": Organisation.select().count(),
        "programmes": Programme.select().count(),
        "courses": Course.select().count(),
        "trainers": Trainer.select().count(),
        "enrolments": Enrolment.select().count(),
    }
