"""Lists the forms and filters choose from."""

from __future__ import annotations

from ...domain.permissions import Action
from ...store.models import Country
from ..actors import requiring

_NAME = {"en": Country.name_en, "fr": Country.name_fr, "ar": Country.name_ar}


def country_choices(language: str = "en", african_first: bool = True) -> list[tuple[str, str]]:
    """(code, name) of every country, the African member states first, each part by name."""
    requiring(Action.VIEW)
    name = _NAME.get(language, Country.name_en)
    query = Country.select(Country.code, name, Country.african_member_state).tuples()
    rows = sorted(query, key=lambda r: (not r[2] if african_first else False, r[1].casefold()))
    return [(code, label) for code, label, _ in rows]


def country_name(code: str | None, language: str = "en") -> str:
    requiring(Action.VIEW)
    if not code:
        return ""
    name = _NAME.get(language, Country.name_en)
    found = Country.select(name).where(Country.code == code).scalar()
    return found or code
