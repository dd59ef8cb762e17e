"""Trainers and experts who deliver courses."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ...domain import validation
from ...domain.enums import Sex
from ...domain.permissions import Action
from ...store.models import Trainer
from ..actors import Actor, requiring
from .saving import InvalidRecord, check, save, set_archived, stripped


@dataclass(frozen=True)
class TrainerData:
    given_names: str
    family_name: str
    sex: str
    title: str = ""
    full_name_ar: str = ""
    affiliation: str = ""
    expertise: str = ""
    email: str = ""
    phone: str = ""


def _clean(data: TrainerData) -> dict[str, Any]:
    values = stripped(asdict(data))
    check("given_names", validation.required(values["given_names"]))
    check("family_name", validation.required(values["family_name"]))
    if values["sex"] not in Sex.values():
        raise InvalidRecord("sex", "Choose F or M.")
    check("email", validation.email(values["email"]))
    check("phone", validation.phone(values["phone"]))
    return values


def save_trainer(actor: Actor, data: TrainerData, record_id: int | None = None,
                 expected_version: int | None = None) -> Trainer:
    return save(actor, Trainer, "trainer", _clean(data), record_id, expected_version)


def archive(actor: Actor, record_id: int, expected_version: int, archived: bool = True) -> Trainer:
    return set_archived(actor, Trainer, "trainer", record_id, expected_version, archived)


def get(record_id: int) -> Trainer:
    requiring(Action.VIEW)
    return Trainer.get_by_id(record_id)
