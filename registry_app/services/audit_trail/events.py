"""The audit trail as a list: filtered by user, record, action and dates, newest first, and exported
(the export itself audited)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ...domain.permissions import Action
from ...store.models import AuditEvent, User
from .. import audit
from ..actors import Actor

PAGE = 500


@dataclass(frozen=True)
class Filters:
    username: str = ""
    entity: str = ""  # participant, course, certificate, user...
    entity_id: str = ""
    action: str = ""
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class EventRow:
    event_id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str


def _query(filters: Filters) -> Any:
    query = AuditEvent.select(AuditEvent, User.username).join(User)
    if filters.username:
        query = query.where(User.username == filters.username.strip())
    if filters.entity:
        query = query.where(AuditEvent.entity == filters.entity.strip())
    if filters.entity_id:
        query = query.where(AuditEvent.entity_id == filters.entity_id.strip())
    if filters.action:
        query = query.where(AuditEvent.action == filters.action.strip())
    if filters.since:
        query = query.where(AuditEvent.at >= datetime.combine(filters.since, datetime.min.time()))
    if filters.until:
        query = query.where(AuditEvent.at < datetime.combine(filters.until + timedelta(days=1), datetime.min.time()))
    return query


def _row(event: Any) -> EventRow:
    return EventRow(event.id, event.at, event.user.username, event.action, event.entity, event.entity_id,
                    event.before, event.after)


def listing(actor: Actor, filters: Filters, limit: int = PAGE) -> tuple[list[EventRow], int]:
    """The newest `limit` events that pass the filters, and how many pass them in all."""
    actor.require(Action.VIEW_AUDIT)
    query = _query(filters)
    rows = [_row(e) for e in query.order_by(AuditEvent.id.desc()).limit(limit)]
    return rows, query.count()


def choices(actor: Actor) -> tuple[list[str], list[str], list[str]]:
    """The user names, kinds of record and actions found in the trail, for the filters' lists."""
    actor.require(Action.VIEW_AUDIT)
    users = [u.username for u in User.select(User.username).order_by(User.username)]
    entities = [e.entity for e in AuditEvent.select(AuditEvent.entity).distinct().order_by(AuditEvent.entity)]
    actions = [a.action for a in AuditEvent.select(AuditEvent.action).distinct().order_by(AuditEvent.action)]
    return users, entities, actions


def export_csv(actor: Actor, filters: Filters, path: Path) -> int:
    """Every event passing the filters, oldest first, to a CSV file; returns how many. Who exported
    what is itself in the trail."""
    actor.require(Action.VIEW_AUDIT)
    actor.require(Action.EXPORT)
    temporary = path.with_name(path.name + ".part")
    count = 0
    with temporary.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "at (UTC)", "user", "action", "record", "record id", "before", "after", "hash"])
        for event in _query(filters).order_by(AuditEvent.id).iterator():
            writer.writerow([event.id, event.at.isoformat(), event.user.username, event.action, event.entity,
                             _cell(event.entity_id), _cell(event.before), _cell(event.after), event.hash])
            count += 1
    temporary.replace(path)
    audit.record_alone(actor, "export-audit", "audit", "trail",
                       {"file": path.name, "events": count, **{k: str(v) for k, v in vars(filters).items() if v}})
    return count


def _cell(text: str) -> str:
    """A cell a spreadsheet would run as a formula is neutralised."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
