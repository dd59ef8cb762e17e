"""Small numbers stay private: in what leaves the building (the PDF pack, the workbook, the CSV), a
count of people in a breakdown's row under the threshold set in Settings is shown as '< N'."""

from __future__ import annotations

import json

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.database import retried, write_transaction
from ...store.models import Setting
from .. import audit
from ..actors import Actor, requiring

_KEY = "reports"
DEFAULT_THRESHOLD = 5


class BadThreshold(Refusal, ValueError):
    pass


def threshold() -> int:
    """Counts under this are hidden; 0 or 1 hides nothing."""
    requiring(Action.VIEW)
    row = Setting.get_or_none(Setting.key == _KEY)
    if row is None:
        return DEFAULT_THRESHOLD
    return int(json.loads(row.value).get("small_number_threshold", DEFAULT_THRESHOLD))


@retried
def set_threshold(actor: Actor, value: int) -> None:
    actor.require(Action.ADMINISTER)
    if not 0 <= value <= 100:
        raise BadThreshold("The threshold of small numbers is between 0 and 100, not {value}.", value=value)
    with write_transaction():
        before = threshold()
        text = json.dumps({"small_number_threshold": value})
        Setting.insert(key=_KEY, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record(actor, "update", "setting", _KEY, {"small_number_threshold": before},
                     {"small_number_threshold": value})


def shown(count: int, limit: int) -> str | int:
    """The count as it leaves the building: '< limit' for 1 to limit - 1, else the count."""
    return f"< {limit}" if 0 < count < limit else count


def hidden(count: int, limit: int) -> bool:
    return 0 < count < limit
