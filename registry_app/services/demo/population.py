"""The demo's agencies and participants."""

from __future__ import annotations

import random
from collections import Counter
from functools import cache
from typing import Any

from ...domain import names
from ...domain.countries import AFRICAN_MEMBER_STATES
from ...domain.enums import OrganisationKind as K
from ...store.models import utcnow
from ..register.participants import format_reference
from . import catalogue, people

_LANGUAGE_INDEX = {"en": 0, "fr": 1, "pt": 2}
_BIG_COUNTRIES = {"MA", "NG", "EG", "KE", "SN", "DZ", "ML", "NE", "BF", "CI", "TN", "ET"}


@cache
def _skeletons(given: str, family: str, arabic: str) -> str:
    return names.name_skeletons(given, family, arabic)


@cache
def _name_keys(given: str, family: str, arabic: str) -> tuple[str, str]:
    return names.sort_key(family, given), names.search_key(family, given, arabic)


@cache
def _ascii(text: str) -> str:
    return names.to_latin(text).replace(" ", "")


class Population:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.organisations: list[dict[str, Any]] = []
        self._by_country: dict[str, dict[str, list[dict[str, Any]]]] = {}
        self._make_organisations()
        self._international = [o for o in self.organisations if o["kind"] == K.INTERNATIONAL.value]
        codes = [c.code for c in AFRICAN_MEMBER_STATES]
        self._countries = codes
        self._country_weights = [people.COUNTRY_WEIGHTS.get(c, 1) for c in codes]
        self._kinds = list(catalogue.KIND_WEIGHTS)
        self._kind_weights = list(catalogue.KIND_WEIGHTS.values())
        self.group_of: dict[int, str] = {}  # participant id -> language group
        self.organisation_of: dict[int, int] = {}  # participant id -> organisation id

    def _org_language(self, country: str) -> str:
        group = people.language_group(country)
        return {"ar-fr": "fr", "ar-en": "en", "fr": "fr", "pt": "pt"}.get(group, "en")

    def _make_organisations(self) -> None:
        for info in AFRICAN_MEMBER_STATES:
            lang = _LANGUAGE_INDEX[self._org_language(info.code)]
            for kind, template in catalogue.ORGANISATION_TEMPLATES.items():
                if kind == K.GENDARMERIE and lang == 0 and self.rng.random() < 0.7:
                    continue  # most anglophone states have no gendarmerie
                self._add_org(info.code, kind, template[lang], template[3 + lang])
            if info.code in _BIG_COUNTRIES:
                for kind, template in catalogue.EXTRA_ORGANISATIONS.items():
                    self._add_org(info.code, kind, template[lang], template[3 + lang])
        for name, acronym, country in catalogue.INTERNATIONAL:
            self._add_org(country, K.INTERNATIONAL, name, acronym)

    def _add_org(self, country: str, kind: K, name: str, acronym: str) -> None:
        row = dict(id=len(self.organisations) + 1, name=name, acronym=acronym, kind=kind.value,
                   country=country)
        self.organisations.append(row)
        self._by_country.setdefault(country, {}).setdefault(kind.value, []).append(row)

    def organisation_rows(self) -> list[dict[str, Any]]:
        return self.organisations

    def _pick_organisation(self, country: str) -> dict[str, Any]:
        kind = self.rng.choices(self._kinds, self._kind_weights)[0]
        if kind == K.INTERNATIONAL:
            return self.rng.choice(self._international)
        by_kind = self._by_country[country]
        options = by_kind.get(kind.value) or by_kind[K.POLICE.value]
        return self.rng.choice(options)

    def _name(self, country: str, sex: str) -> tuple[str, str, str]:
        group = people.language_group(country)
        rng = self.rng
        if group.startswith("ar"):
            column = 0 if group == "ar-fr" else 1
            given = rng.choice(people.ARAB_WOMEN if sex == "F" else people.ARAB_MEN)
            family = rng.choice(people.ARAB_FAMILIES)
            return given[column], family[column], f"{given[2]} {family[2]}"
        if group == "fr":
            pools = (people.FRANCOPHONE_WOMEN, people.FRANCOPHONE_MEN, people.FRANCOPHONE_FAMILIES)
        elif group == "pt":
            pools = (people.LUSOPHONE_WOMEN, people.LUSOPHONE_MEN, people.LUSOPHONE_FAMILIES)
        else:
            pools = (people.ANGLOPHONE_WOMEN, people.ANGLOPHONE_MEN, people.ANGLOPHONE_FAMILIES)
        first = rng.choice(pools[0] if sex == "F" else pools[1])
        if rng.random() < 0.15:
            first = f"{first} {rng.choice(pools[0] if sex == 'F' else pools[1])}"
        return first, rng.choice(pools[2]), ""

    def participants(self, count: int) -> list[dict[str, Any]]:
        rng, now = self.rng, utcnow()
        rows = []
        countries = rng.choices(self._countries, self._country_weights, k=count)
        for pid, country in enumerate(countries, start=1):
            organisation = self._pick_organisation(country)
            women_share = 0.38 if organisation["kind"] in ("justice", "civil-society", "ministry") else 0.22
            sex = "F" if rng.random() < women_share else "M"
            given, family, arabic = self._name(country, sex)
            group = people.language_group(country)
            self.group_of[pid] = group
            self.organisation_of[pid] = organisation["id"]
            reference = format_reference(pid)
            email = self._email(given, family, organisation, country) if rng.random() < 0.8 else ""
            passport = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randrange(10**6, 10**7)}"
            french = group in ("fr", "ar-fr")
            rows.append(dict(
                id=pid, reference=reference,
                title=("Mme" if sex == "F" else "M.") if french else ("Ms" if sex == "F" else "Mr"),
                given_names=given, family_name=family, full_name_ar=arabic, sex=sex,
                birth_date=_birth_date(rng), nationality=country, organisation=organisation["id"],
                rank=self._rank(organisation["kind"], french), email=email,
                phone=f"+{people.CALLING_CODES[country]} {rng.randrange(100, 1000)} {rng.randrange(100000, 1000000)}",
                preferred_language=people.working_languages(group)[0],
                id_document_type="passport", id_document_number=passport,
                sort_name=_name_keys(given, family, arabic)[0],
                search_key=f"{_name_keys(given, family, arabic)[1]} {names.search_key(reference, email, passport)}",
                name_skeleton=_skeletons(given, family, arabic),
                created_at=now, updated_at=now,
            ))
        return rows

    def _rank(self, kind: str, french: bool) -> str:
        english, french_ranks = catalogue.RANKS[K(kind)]
        return self.rng.choice(french_ranks if french else english)

    def _email(self, given: str, family: str, organisation: dict[str, Any], country: str) -> str:
        local = f"{_ascii(given.split()[0])}.{_ascii(family)}"
        domain = f"{organisation['acronym'].lower() or 'mail'}.gov.{country.lower()}"
        if organisation["kind"] in ("international", "civil-society"):
            domain = f"{organisation['acronym'].lower()}.org"
        return f"{local}@{domain}"

    def demand(self) -> Counter[Any]:
        """How many participants can follow a course in each language."""
        demand: Counter[Any] = Counter()
        for group in self.group_of.values():
            demand[people.working_languages(group)[0]] += 1
        return demand


def _birth_date(rng: random.Random) -> Any:
    from datetime import date, timedelta

    return date(1962, 1, 1) + timedelta(days=rng.randrange(0, 36 * 365))
