"""Figures about the register, for the pages that summarise it."""

from __future__ import annotations

from peewee import JOIN, fn

from ..store.models import Course, Enrolment, Organisation, Participant, Programme, Trainer


def _by(model, column) -> list[tuple[str, int]]:
    query = model.select(column, fn.COUNT(model.id)).group_by(column).order_by(fn.COUNT(model.id).desc())
    return [(str(value), count) for value, count in query.tuples()]


def organisations_by_kind() -> list[tuple[str, int]]:
    return _by(Organisation, Organisation.kind)


def courses_by_status() -> list[tuple[str, int]]:
    return _by(Course, Course.status)


def programmes() -> list[tuple[str, int]]:
    query = (Programme.select(Programme.code, Programme.title_en, fn.COUNT(Course.id))
             .join(Course, JOIN.LEFT_OUTER, on=(Course.programme == Programme.id))
             .group_by(Programme.code, Programme.title_en).order_by(Programme.code))
    return [(f"{code} {title}", count) for code, title, count in query.tuples()]


def totals() -> dict[str, int]:
    return {
        "participants": Participant.select().count(),
        "organisations": Organisation.select().count(),
        "programmes": Programme.select().count(),
        "courses": Course.select().count(),
        "trainers": Trainer.select().count(),
        "enrolments": Enrolment.select().count(),
    }
