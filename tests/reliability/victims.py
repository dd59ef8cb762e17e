"""Work to be killed with kill -9 at a random moment: `python -m tests.reliability.victims MODE URL ...`.
Prints "ready" once the register is open, so that the moment of the kill falls in the work itself.

  demo URL N                     fill the empty register with N demo participants (one transaction)
  edits URL                      edit random participants and attendance marks, forever
  graduation URL KEYS COURSE OUT issue a closed course's certificates and write their PDFs
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

PASSPHRASE = "kill nine passphrase"
SESSIONS_OVER = date(2026, 3, 10)


def main(mode: str, url: str, *rest: str) -> None:
    from registry_app.store.schema import init_db
    from tests.actors import signed_in

    init_db(url)
    actor = signed_in("victim")
    print("ready", flush=True)
    if mode == "demo":
        from registry_app.services.demo import generate

        generate(actor, participants=int(rest[0]), seed=11, today=date(2026, 11, 29))
    elif mode == "edits":
        _edits(actor)
    else:
        from registry_app.services.certificates import graduation

        graduation.issue(actor, int(rest[1]), PASSPHRASE, today=SESSIONS_OVER, keys=Path(rest[0]), out=Path(rest[2]))
    print("done", flush=True)


def _edits(actor) -> None:
    from registry_app.domain.errors import Refusal
    from registry_app.services.attendance import marks
    from registry_app.services.register import participants
    from registry_app.store.models import AttendanceMark, Participant

    rng = random.Random()
    people = [p.id for p in Participant.select(Participant.id)]
    slots = list(AttendanceMark.select(AttendanceMark.enrolment, AttendanceMark.half_day).tuples())
    for n in range(1_000_000):
        try:
            if slots and n % 3 == 0:
                enrolment, half_day = rng.choice(slots)
                marks.set_mark(actor, enrolment, half_day, rng.choice(["present", "late", "absent"]),
                               today=SESSIONS_OVER)
            else:
                person = Participant.get_by_id(rng.choice(people))
                data = participants.ParticipantData(person.given_names, person.family_name, person.sex,
                                                    person.nationality_id, rank=f"edit {n}", notes="n" * rng.randint(0, 3000))
                participants.update(actor, person.id, person.version, data)
        except Refusal:
            pass


if __name__ == "__main__":
    main(*sys.argv[1:])
