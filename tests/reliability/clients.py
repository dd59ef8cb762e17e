"""One clerk of the concurrency test, as a process of its own: `python -m tests.reliability.clients URL N
ROUNDS SEED` does ROUNDS random actions on the register's courses and prints a JSON summary: actions
done, refusals by kind, errors (anything not a refusal) and the participants it saved."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from datetime import date

SESSIONS_OVER = date(2026, 3, 10)


def main(url: str, number: int, rounds: int, seed: int) -> None:
    from registry_app.domain.errors import Refusal
    from registry_app.services.attendance import marks
    from registry_app.services.courses import closing, enrolments
    from registry_app.services.register import participants
    from registry_app.store.models import Course, CourseDay, CourseHalfDay, Enrolment, Participant
    from registry_app.store.schema import init_db
    from tests.actors import signed_in

    init_db(url)
    actor = signed_in(f"clerk-{number}", "clerk")
    rng = random.Random(seed)
    courses = [c.id for c in Course.select(Course.id)]
    people = [p.id for p in Participant.select(Participant.id)]
    done: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    errors: list[str] = []
    saved: Counter[int] = Counter()

    def half_days(course_id: int) -> list[int]:
        return [h.id for h in CourseHalfDay.select(CourseHalfDay.id).join(CourseDay)
                .where((CourseDay.course == course_id) & (CourseHalfDay.excluded == False))]  # noqa: E712

    def room(course_id: int) -> list[Enrolment]:
        return list(Enrolment.select().where((Enrolment.course == course_id)
                                             & Enrolment.status.in_(["confirmed", "completed", "not-completed"])))

    for _ in range(rounds):
        course = rng.choice(courses)
        action = rng.choice(["mark", "mark", "all-present", "scores", "scores", "close", "nominate", "edit", "edit"])
        try:
            if action == "mark":
                people_in = room(course)
                if people_in:
                    marks.set_mark(actor, rng.choice(people_in).id, rng.choice(half_days(course)),
                                   rng.choice(["present", "late", "absent", "excused"]), today=SESSIONS_OVER)
            elif action == "all-present":
                marks.mark_all_present(actor, course, rng.choice(half_days(course)), today=SESSIONS_OVER)
            elif action == "scores":
                people_in = room(course)
                if people_in:
                    enrolment = rng.choice(people_in)
                    marks.set_scores(actor, enrolment.id, enrolment.version, rng.randint(0, 100), rng.randint(0, 100))
            elif action == "close":
                closing.close(actor, course, today=SESSIONS_OVER, without_scores=rng.random() < 0.5)
            elif action == "nominate":
                enrolments.nominate(actor, course, rng.sample(people, 2))
            else:
                person = Participant.get_by_id(rng.choice(people))
                data = participants.ParticipantData(person.given_names, person.family_name, person.sex,
                                                    person.nationality_id, rank=f"clerk {number} round {_}")
                participants.update(actor, person.id, person.version, data)
                saved[person.id] += 1
            done[action] += 1
        except Refusal as refusal:
            refused[type(refusal).__name__] += 1
        except Exception as exc:  # noqa: BLE001 - what the test counts as a failure
            errors.append(f"{action}: {type(exc).__name__}: {exc}"[:300])
    print(json.dumps({"done": done, "refused": refused, "errors": errors, "saved": saved}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
