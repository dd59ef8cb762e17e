"""Who pays for the demo's courses: each thematic area has a main donor, whose grant of the year a
course is charged to, and about one course in five is co-funded by a second donor."""

from __future__ import annotations

import random
from typing import Any

from .courses import CoursePlan

# donor, the prefix of its grant references
DONORS = [
    ("European Union", "EU-CT-AFR"),
    ("Government of Japan", "JP-JSB"),
    ("Kingdom of the Netherlands", "NL-MFA"),
    ("State of Qatar", "QA-CTF"),
    ("Kingdom of Saudi Arabia", "SA-UNCCT"),
    ("Federal Republic of Germany", "DE-GFFO"),
    ("Kingdom of Spain", "ES-AECID"),
]
# The donor that funds most courses of each thematic area.
MAIN_DONOR = {"SEC": 0, "INV": 0, "PRI": 1, "BRD": 2, "RRR": 3}


def grant_reference(donor: int, year: int) -> str:
    prefix = DONORS[donor][1]
    return f"{prefix}/{year}/{(donor * 7 + year) % 90 + 10:03d}"


def funding_rows(rng: random.Random, plans: list[CoursePlan], area_codes: dict[int, str]) -> list[dict[str, Any]]:
    """One row per (course, donor); area_codes maps a thematic area's id to its code."""
    rows: list[dict[str, Any]] = []
    for plan in plans:
        area = area_codes[plan.programme["thematic_area"]]
        main = MAIN_DONOR.get(area, 0) if rng.random() < 0.8 else rng.randrange(len(DONORS))
        donors = [main]
        if rng.random() < 0.2:
            donors.append(rng.choice([d for d in range(len(DONORS)) if d != main]))
        rows.extend(dict(course=plan.id, donor=DONORS[d][0], grant_reference=grant_reference(d, plan.start.year))
                    for d in donors)
    return rows
