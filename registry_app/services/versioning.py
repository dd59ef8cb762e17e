"""Versioned writes: an update names the version it was read at, and is refused if the row moved on."""

from __future__ import annotations

from typing import Any, TypeVar

from peewee import BlobField, Model

from ..domain.errors import Refusal
from ..store.models import Searchable, VersionedModel, utcnow

V = TypeVar("V", bound=VersionedModel)

# Derived columns, rebuilt from the others: not worth an audit line.
_NOT_AUDITED = frozenset({"search_key", "name_skeleton", "sort_name", "created_at", "updated_at"})


class ConflictError(Refusal, RuntimeError):
    """Someone else saved the record since it was read. ``current`` is the record as it is now."""

    def __init__(self, model: type[Model], record_id: Any, current: Model | None) -> None:
        self.model = model
        self.record_id = record_id
        self.current = current
        what = model.__name__.lower()
        if current is None:
            message = f"This {what} was deleted by someone else while you were editing it."
        else:
            message = (
                f"This {what} was changed by someone else while you were editing it "
                f"(it is now at version {getattr(current, 'version', '?')}). Reload it to see their changes."
            )
        super().__init__(message)


def snapshot(record: Model) -> dict[str, Any]:
    """The record's values for the audit trail."""
    values = {}
    for name, field in record._meta.fields.items():
        if name in _NOT_AUDITED:
            continue
        value = getattr(record, field.name + ("_id" if hasattr(field, "rel_model") else ""), None)
        if isinstance(field, BlobField):
            value = bytes(value) if value is not None else None
        values[name] = value
    return values


def snapshot_of_row(row: dict[str, Any]) -> dict[str, Any]:
    """snapshot() of a row read as a dict (field name -> value, foreign keys as ids): for many records
    at once, which reading as models would slow."""
    return {name: value for name, value in row.items() if name not in _NOT_AUDITED}


def snapshots_of_rows(defaults: dict[str, Any], rows: list[tuple[Any, dict[str, Any]]]) -> list[dict[str, Any]]:
    """snapshot_of_row() of many rows inserted at once, each (id, its values over the table's defaults):
    the defaults filtered once, each row merged over them and its few derived columns dropped."""
    kept = snapshot_of_row(defaults)
    snapshots = []
    for record_id, row in rows:
        values = {**kept, **row, "id": record_id}
        for name in _NOT_AUDITED.intersection(row):
            del values[name]
        snapshots.append(values)
    return snapshots


def update_versioned(record: V, expected_version: int | None, changes: dict[str, Any]) -> V:
    """Apply changes to record's row if it is still at expected_version; return the fresh row."""
    model = type(record)
    if issubclass(model, Searchable):  # an UPDATE query bypasses Searchable.save: keep the key with it
        searched = {name: getattr(record, name) for name in model.searched_fields}
        changes = {**changes, "search_key": model.key_for({**searched, **changes})}
    fields = {model._meta.fields[name]: value for name, value in changes.items()}
    fields[model.version] = model.version + 1
    fields[model.updated_at] = utcnow()
    updated = (
        model.update(fields)
        .where((model.id == record.id) & (model.version == expected_version))
        .execute()
    )
    if updated != 1:
        raise ConflictError(model, record.id, model.get_or_none(model.id == record.id))
    return model.get_by_id(record.id)
