"""The column mappings a clerk made by hand, remembered per sending organisation: the next file from
the same ministry, with the same odd headings, is read without asking again."""

from __future__ import annotations

import json

from ...domain.permissions import Action
from ...store.models import Setting
from ..actors import requiring
from .headers import Layout, remembered_form
from .vocabulary import BY_FIELD

_PREFIX = "nomination-mapping:"


def remembered(sender_id: int) -> dict[str, str]:
    """folded heading -> field, as last mapped for this sender."""
    requiring(Action.VIEW)
    row = Setting.get_or_none(Setting.key == f"{_PREFIX}{sender_id}")
    if row is None:
        return {}
    try:
        stored = json.loads(row.value)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in stored.items() if v in BY_FIELD} if isinstance(stored, dict) else {}


def remember(sender_id: int, layout: Layout) -> None:
    """Keep what the clerk mapped by hand (call inside the import's transaction)."""
    mapping = {**remembered(sender_id), **remembered_form(layout)}
    if mapping:
        value = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
        Setting.insert(key=f"{_PREFIX}{sender_id}", value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}).execute()
