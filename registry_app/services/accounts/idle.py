"""How long the window may stay unused before it locks itself (a register of security officials must
not stay open on an empty desk). One setting for the centre, changed by an administrator."""

from __future__ import annotations

import json

from ...domain.permissions import Action
from ...store.database import retried, write_transaction
from ...store.models import Setting
from .. import audit
from ..actors import Actor, requiring
from .errors import AccountRefused

_KEY = "idle_lock_minutes"
DEFAULT_MINUTES = 10
LONGEST = 240


def idle_minutes() -> int:
    requiring(Action.VIEW)
    row = Setting.get_or_none(Setting.key == _KEY)
    return int(json.loads(row.value)) if row else DEFAULT_MINUTES


@retried
def set_idle_minutes(actor: Actor, minutes: int) -> None:
    actor.require(Action.ADMINISTER)
    if not 1 <= minutes <= LONGEST:
        raise AccountRefused("The window locks after 1 to {longest} minutes unused.", longest=LONGEST)
    with write_transaction():
        before = idle_minutes()
        Setting.insert(key=_KEY, value=json.dumps(minutes)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(minutes)}).execute()
        audit.record(actor, "update", "setting", _KEY, {"minutes": before}, {"minutes": minutes})
