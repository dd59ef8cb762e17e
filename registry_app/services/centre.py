"""The centre's own settings: its name, its city, the prefix of its certificate serials."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from ..domain.permissions import Action
from ..store.database import write_transaction
from ..store.models import Setting
from . import audit
from .actors import Actor
from ..domain.errors import Refusal

_KEY = "centre"


@dataclass(frozen=True)
class CentreSettings:
    name_en: str = "Training Centre"
    name_fr: str = "Centre de formation"
    name_ar: str = "مركز التدريب"
    city: str = ""
    country_code: str = ""
    serial_prefix: str = "TRC"
    serial_pattern: str = "{prefix}-{year}-{seq:05d}-{check}"
    head_name: str = ""  # who signs certificates unless a programme's template says otherwise
    head_title: str = "Director"
    certificate_file_pattern: str = "{serial}_{family}"  # names of the single certificate PDFs


def load() -> CentreSettings:
    row = Setting.get_or_none(Setting.key == _KEY)
    if row is None:
        return CentreSettings()
    known = {f.name for f in fields(CentreSettings)}
    stored = {k: v for k, v in json.loads(row.value).items() if k in known}
    return CentreSettings(**stored)


def write(settings: CentreSettings) -> None:
    """Store the settings in the caller's transaction (the caller audits)."""
    value = json.dumps(asdict(settings), ensure_ascii=False)
    Setting.insert(key=_KEY, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


class InvalidSettings(Refusal, ValueError):
    pass


def check(settings: CentreSettings) -> None:
    from ..domain.serials import SerialError, SerialPattern

    if not settings.serial_prefix.strip().isalnum():
        raise InvalidSettings("The serial prefix is letters and digits only, e.g. RBT.")
    try:
        SerialPattern(settings.serial_pattern).format(settings.serial_prefix, 2026, 1)
    except (SerialError, KeyError, ValueError, IndexError) as exc:
        raise InvalidSettings(f"The serial pattern is not usable: {exc}") from None
    if "{serial}" not in settings.certificate_file_pattern:
        raise InvalidSettings("The file name pattern must hold {serial}, so that two files never clash.")
    try:
        settings.certificate_file_pattern.format(serial="S", family="F", given="G", course="C")
    except (KeyError, ValueError, IndexError) as exc:
        raise InvalidSettings(f"The file name pattern is not usable: {exc}") from None


def save(actor: Actor, settings: CentreSettings) -> None:
    actor.require(Action.ADMINISTER)
    check(settings)
    with write_transaction():
        before = load()
        write(settings)
        audit.record(actor, "update", "setting", _KEY, asdict(before), asdict(settings))
