"""The audit trail: who changed what, when, from what to what, each event chained to the one before
by a SHA-256 hash so that an edited or deleted event shows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..store import bulk
from ..store.database import db, is_postgres, retried, write_transaction
from ..store.models import AuditEvent, utcnow
from .actors import Actor

GENESIS = "0" * 64
_AUDIT_LOCK_KEY = 0x52454749  # any constant: serialises audit writers on PostgreSQL


def _jsonable(value: object) -> object:
    """What json cannot write itself, at any depth (a merge's snapshots nest the records' values)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes sha256={hashlib.sha256(value).hexdigest()[:16]}>"
    raise TypeError(f"{type(value).__name__} has no place in an audit snapshot")


# Made once: json.dumps with options builds a new encoder per call, and an import writes thousands of events.
_SNAPSHOT = json.JSONEncoder(default=_jsonable, ensure_ascii=False, sort_keys=True)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def to_json(values: dict[str, Any] | None) -> str:
    if values is None:
        return ""
    return _SNAPSHOT.encode(values)


def event_hash(prev_hash: str, at: datetime, user_id: int, action: str, entity: str,
               entity_id: str, before: str, after: str) -> str:
    return _hash_of(prev_hash, at.isoformat(), user_id, action, entity, entity_id, before, after)


def _hash_of(prev_hash: str, at: str, user_id: int, action: str, entity: str, entity_id: str, before: str,
             after: str) -> str:
    canonical = _CANONICAL.encode([prev_hash, at, user_id, action, entity, entity_id, before, after])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _chain_head() -> str:
    """The hash of the newest event, once this transaction holds the right to add after it. Only in
    the transaction of the change recorded: an event must stand or fall with its change."""
    if db.transaction_depth() == 0:
        raise RuntimeError("An audit event must be written in the transaction of its change.")
    if is_postgres():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_AUDIT_LOCK_KEY,))
    last = AuditEvent.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1).scalar()
    return str(last or GENESIS)


def record(actor: Actor, action: str, entity: str, entity_id: Any, before: dict[str, Any] | None = None,
           after: dict[str, Any] | None = None) -> AuditEvent:
    """Write one audit event. Call inside the transaction of the change it records."""
    prev_hash = _chain_head()
    at = utcnow()
    before_text, after_text = to_json(before), to_json(after)
    digest = event_hash(prev_hash, at, actor.user_id, action, entity, str(entity_id), before_text, after_text)
    return AuditEvent.create(
        at=at, user=actor.user_id, action=action, entity=entity, entity_id=str(entity_id),
        before=before_text, after=after_text, prev_hash=prev_hash, hash=digest,
    )


def record_many(actor: Actor, events: Sequence[tuple[str, str, Any, dict[str, Any] | None, dict[str, Any] | None]],
                ) -> None:
    """Write many events (action, entity, entity id, before, after) chained in order, as many
    record() calls would, in a few inserts: an import of thousands of records."""
    prev_hash = _chain_head()
    at = utcnow()
    stamp = at.isoformat()
    rows = []
    for action, entity, entity_id, before, after in events:
        before_text, after_text = to_json(before), to_json(after)
        digest = _hash_of(prev_hash, stamp, actor.user_id, action, entity, str(entity_id), before_text, after_text)
        rows.append({"at": at, "user": actor.user_id, "action": action, "entity": entity,
                     "entity_id": str(entity_id), "before": before_text, "after": after_text,
                     "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    bulk.insert_dicts(db.obj, AuditEvent, rows)  # in order: the chain is read by id


def broken_links(events: Iterable[AuditEvent] | None = None) -> list[int]:
    """Ids of the events whose hash or link to the previous event does not check out."""
    events = events if events is not None else AuditEvent.select().order_by(AuditEvent.id)
    broken = []
    prev_hash = GENESIS
    for event in events:
        expected = event_hash(prev_hash, event.at, event.user_id, event.action, event.entity,
                              event.entity_id, event.before, event.after)
        if event.prev_hash != prev_hash or event.hash != expected:
            broken.append(event.id)
        prev_hash = event.hash
    return broken


@retried
def record_alone(actor: Actor, action: str, entity: str, entity_id: Any, after: dict[str, Any] | None = None) -> None:
    """An event in a transaction of its own: for what changes nothing in the register but must be on
    record (who printed, exported, verified, published what)."""
    with write_transaction():
        record(actor, action, entity, entity_id, None, after)
