"""Saving and archiving the records a clerk edits in a form: one transaction and one audit event per
save, the version checked (see records.update_versioned), bad input refused field by field."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from peewee import IntegrityError

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.database import retried, write_transaction
from ...store.failures import ChangedMeanwhileError
from .. import audit
from ..actors import Actor
from ..versioning import V, snapshot, update_versioned


class InvalidRecord(Refusal, ValueError):
    """Bad input; ``field`` names the form field at fault and the message says what is wrong."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


def check(field: str, problem: str | None) -> None:
    if problem:
        raise InvalidRecord(field, problem)


def stripped(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}


# Characters no form can mean and PostgreSQL refuses (NUL): taken out of every text saved. Tabs and line
# breaks stay (notes).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TOO_LONG = "This text is longer than this field holds."


def bounded(model: type[Any], values: dict[str, Any], error: type[InvalidRecord] = InvalidRecord) -> dict[str, Any]:
    """values without control characters, refused field by field where a text is longer than the
    model's column: the same limits on SQLite (which would store anything) as on PostgreSQL."""
    limits = _limits(model)
    clean = {}
    for name, value in values.items():
        if isinstance(value, str):
            if not value.isprintable():  # every control character is unprintable: most texts have none
                value = _CONTROLS.sub("", value)
            limit = limits.get(name)
            if limit and len(value) > limit:
                raise error(name, TOO_LONG)
        clean[name] = value
    return clean


_LIMITS: dict[Any, dict[str, int]] = {}


def _limits(model: type[Any]) -> dict[str, int]:
    """The longest text each of the model's fields holds, by field name: worked out once per model (an
    import bounds thousands of records)."""
    if model not in _LIMITS:
        _LIMITS[model] = {name: field.max_length for name, field in model._meta.fields.items()
                          if getattr(field, "max_length", None)}
    return _LIMITS[model]


@retried
def save(actor: Actor, model: type[V], entity: str, values: dict[str, Any],
         record_id: int | None = None, expected_version: int | None = None,
         unique: tuple[str, str] | None = None, after_write: Callable[[V], None] | None = None,
         related: Callable[[V], dict[str, Any]] | None = None,
         ) -> V:
    """Create (record_id None) or update a record with values; ``unique`` is the form field blamed,
    and the message shown, when the database refuses a duplicate; ``after_write`` runs in the same transaction;
    ``related`` gives the rows saved with the record (its funding...) for the audit event's before and after."""
    actor.require(Action.EDIT_REGISTER)
    values = bounded(model, values)
    try:
        with write_transaction():
            if record_id is None:
                record = model.create(**values)
                before = None
            else:
                current = model.get_by_id(record_id)
                before = {**snapshot(current), **(related(current) if related else {})}
                record = update_versioned(current, expected_version, values)
            if after_write is not None:
                after_write(record)
            audit.record(actor, "create" if before is None else "update", entity, record.id,
                         before, {**snapshot(record), **(related(record) if related else {})})
    except (IntegrityError, ChangedMeanwhileError) as error:
        # SQLite says "UNIQUE constraint failed", PostgreSQL "violates unique constraint"
        cause = error.__cause__ if isinstance(error, ChangedMeanwhileError) else error
        if unique is None or "unique" not in str(cause).lower():
            raise
        raise InvalidRecord(*unique) from cause
    return record


@retried
def set_archived(actor: Actor, model: type[V], entity: str, record_id: int,
                 expected_version: int, archived: bool) -> V:
    """Archive (or bring back) a record: it leaves the lists and pickers but keeps its history,
    which deleting would break."""
    actor.require(Action.EDIT_REGISTER)
    with write_transaction():
        current = model.get_by_id(record_id)
        record = update_versioned(current, expected_version, {"archived": archived})
        audit.record(actor, "archive" if archived else "restore", entity, record_id,
                     {"archived": getattr(current, "archived", None)}, {"archived": archived})
    return record
