"""Figures about the register, for the pages that summarise it."""

from __future__ import annotations

from ...domain.permissions import Action
from ...store.models import Course, Enrolment, Organisation, Participant, Programme, Trainer
from ..actors import requiring


def totals() -> dict[str, int]:
    requiring(Action.VIEW)
    return {
        "participants": Participant.select().count(),
        "organisations": Organisation.select().count(),
        "programmes": Programme.select().count(),
        "courses": Course.select().count(),
        "trainers": Trainer.select().count(),
        "enrolments": Enrolment.select().count(),
    }
