"""Nominations and enrolment: the state machine, the capacity, the waiting list and the counts."""

import pytest

from registry_app.domain.enrolment import TransitionRefused
from registry_app.services.courses import enrolments
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.models import AuditEvent, Course, Enrolment, Organisation


def _people(actor, count, organisation=None):
    return [participants.create(actor, ParticipantData(f"Given{n}", f"Family{n}", "F" if n % 3 else "M",
                                                       "SN" if n % 2 else "KE", organisation_id=organisation))
            for n in range(count)]


def _fresh(enrolment_id):
    return Enrolment.get_by_id(enrolment_id)


def test_nominating_adds_each_person_once_and_names_those_already_there(actor, small_course):
    course, _, existing = small_course
    people = _people(actor, 2)
    first = enrolments.nominate(actor, course.id, [p.id for p in people] + [existing[0].participant_id])
    assert first.added == [p.id for p in people]
    assert first.already == ["TRAORÉ Awa"]
    again = enrolments.nominate(actor, course.id, [people[0].id])
    assert again.added == [] and again.already == ["FAMILY0 Given0"]
    assert AuditEvent.select().where(AuditEvent.action == "nominate").count() == 2


def test_nominating_a_whole_organisation(actor, small_course):
    course, _, _ = small_course
    agency = Organisation.create(name="Direction générale de la Sûreté nationale", kind="police", country="SN")
    people = _people(actor, 3, organisation=agency.id)
    ids = enrolments.participants_of_organisation(agency.id)
    result = enrolments.nominate(actor, course.id, ids)
    assert sorted(result.added) == sorted(p.id for p in people)
    assert {e.nominated_by_id for e in Enrolment.select().where(Enrolment.participant.in_(ids))} == {agency.id}


def test_confirming_into_a_full_course_wait_lists_with_a_message(actor, small_course):
    course, _, existing = small_course  # three confirmed
    Course.update(capacity=3).where(Course.id == course.id).execute()
    nominee = existing[3]
    moved = enrolments.move(actor, nominee.id, nominee.version, "confirmed")
    assert moved.status == "wait-listed"
    assert "full (3 seats)" in str(moved.message)
    assert _fresh(nominee.id).status == "wait-listed"


def test_a_freed_seat_goes_to_the_longest_waiting(actor, small_course):
    course, _, existing = small_course
    Course.update(capacity=3).where(Course.id == course.id).execute()
    late = _people(actor, 2)
    enrolments.nominate(actor, course.id, [p.id for p in late])
    waiting = [existing[3]] + list(Enrolment.select().where(Enrolment.participant.in_([p.id for p in late]))
                                   .order_by(Enrolment.id))
    for enrolment in waiting:
        enrolments.move(actor, enrolment.id, _fresh(enrolment.id).version, "wait-listed")
    assert enrolments.promote_from_waiting_list(actor, course.id) == []  # still full

    enrolments.move(actor, existing[0].id, _fresh(existing[0].id).version, "withdrawn")
    promoted = enrolments.promote_from_waiting_list(actor, course.id)
    assert [e.id for e in promoted] == [waiting[0].id]
    assert _fresh(waiting[1].id).status == "wait-listed"
    assert enrolments.seats_taken(course.id) == 3


def test_moves_the_state_machine_forbids_are_refused_in_words(actor, small_course):
    _, _, existing = small_course
    nominee = existing[3]
    with pytest.raises(TransitionRefused, match="nominated cannot become a no-show"):
        enrolments.move(actor, nominee.id, nominee.version, "no-show")
    assert _fresh(nominee.id).status == "nominated"


def test_a_stale_move_is_a_conflict(actor, small_course):
    from registry_app.services.versioning import ConflictError

    _, _, existing = small_course
    nominee = existing[3]
    enrolments.move(actor, nominee.id, nominee.version, "confirmed")
    with pytest.raises(ConflictError):
        enrolments.move(actor, nominee.id, nominee.version, "declined")
    assert _fresh(nominee.id).status == "confirmed"


def test_counts_by_country_organisation_and_sex(actor, small_course):
    course, _, existing = small_course
    enrolments.move(actor, existing[2].id, existing[2].version, "withdrawn")  # Okafor, NG, M
    counts = enrolments.counts(course.id)
    assert counts.seats_taken == 2
    assert counts.by_status == {"confirmed": 2, "nominated": 1, "withdrawn": 1}
    assert dict(counts.by_country) == {"ML": 1, "MA": 1, "GN": 1}
    assert counts.by_sex == {"F": 1, "M": 2}
    assert counts.by_organisation == [("", 3)]


def test_a_cancelled_course_takes_no_nominations(actor, small_course):
    course, _, _ = small_course
    Course.update(status="cancelled").where(Course.id == course.id).execute()
    with pytest.raises(TransitionRefused, match="cancelled"):
        enrolments.nominate(actor, course.id, [p.id for p in _people(actor, 1)])


def test_enrolment_rows_put_the_room_first(actor, small_course):
    course, _, _ = small_course
    rows = enrolments.enrolments_of(course.id)
    assert [r.status for r in rows] == ["confirmed", "confirmed", "confirmed", "nominated"]
    assert [r.name for r in rows[:3]] == ["EL AMRANI Mohamed", "OKAFOR Chinedu", "TRAORÉ Awa"]


def test_a_wait_listed_participant_is_not_confirmed_into_a_full_course(actor, small_course):
    course, _, existing = small_course
    Course.update(capacity=3).where(Course.id == course.id).execute()
    nominee = existing[3]
    moved = enrolments.move(actor, nominee.id, nominee.version, "wait-listed")
    with pytest.raises(TransitionRefused, match="stays on the waiting list"):
        enrolments.move(actor, nominee.id, moved.enrolment.version, "confirmed")


def test_two_clerks_confirming_the_last_seat_at_once_do_not_overbook(actor, small_course, monkeypatch):
    """Two connections (two threads) confirm at once. Each holds on after counting the seats, so
    that without the course lock both would see one seat free and both take it."""
    import threading

    from registry_app.store.database import db

    course, _, existing = small_course
    Course.update(capacity=4).where(Course.id == course.id).execute()
    enrolments.nominate(actor, course.id, [_people(actor, 1)[0].id])
    waiting = list(Enrolment.select().where((Enrolment.course == course) & (Enrolment.status == "nominated")))
    count_seats = enrolments.seats_taken
    both_counted = threading.Barrier(2, timeout=2)

    def count_then_wait(course_id):
        seats = count_seats(course_id)
        try:
            both_counted.wait()
        except threading.BrokenBarrierError:  # the other clerk waits for the lock: go on alone
            pass
        return seats

    monkeypatch.setattr(enrolments, "seats_taken", count_then_wait)
    results, errors = [], []

    def clerk(enrolment):
        try:
            results.append(enrolments.move(actor, enrolment.id, enrolment.version, "confirmed").status)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=clerk, args=(e,)) for e in waiting]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(results) == ["confirmed", "wait-listed"]
    assert count_seats(course.id) == 4
