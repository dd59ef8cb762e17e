"""Rows every register starts with: the countries."""

from __future__ import annotations

import gettext
from typing import Any

from peewee import Database

from ..domain.countries import AFRICAN_MEMBER_STATES, region_of
from .models import Country


def country_rows() -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {
        c.code: dict(
            code=c.code, name_en=c.name_en, name_fr=c.name_fr, name_ar=c.name_ar,
            region=c.region.value, african_member_state=True,
        )
        for c in AFRICAN_MEMBER_STATES
    }
    import pycountry  # only needed when a register is created

    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("fr", "ar")
    }
    for country in pycountry.countries:
        if country.alpha_2 in rows:
            continue
        official = country.name
        region = region_of(country.alpha_2)
        rows[country.alpha_2] = dict(
            code=country.alpha_2,
            name_en=getattr(country, "common_name", official),
            name_fr=translations["fr"].gettext(official),
            name_ar=translations["ar"].gettext(official),
            region=region.value if region else None,
            african_member_state=False,
        )
    return sorted(rows.values(), key=lambda r: r["code"])


def seed_countries(database: Database) -> None:
    with database.atomic():
        Country.insert_many(country_rows()).on_conflict_ignore().execute()
