"""Every way of rewriting the audit trail that the chain alone misses or hides, planted on both
backends as someone holding the database's owner account (or the SQLite file) could, and found by the
verification against the last signed checkpoint."""

import json
from datetime import date

import pytest

from registry_app.services import audit
from registry_app.services.audit_trail import checkpoints, verification
from registry_app.services.certificates import keys as sealing
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store import audit_guard
from registry_app.store.database import db, write_transaction
from registry_app.store.models import AuditCheckpoint, AuditEvent

PASSPHRASE = "checkpoint signing passphrase"


@pytest.fixture
def trail(actor, tmp_path):
    """A trail of a dozen events, a signed checkpoint of them (in the register and in a file), and the
    database's guard removed, as the intruder would."""
    keys = tmp_path / "keys"
    sealing.new_key(actor, PASSPHRASE, date(2020, 1, 1), keys)
    for n in range(5):
        created = participants.create(actor, ParticipantData("Awa", f"Traoré {n}", "F", "ML"))
        participants.update(actor, created.id, created.version, ParticipantData("Awa", f"Traoré {n}", "F", "ML",
                                                                                rank="Commissaire"))
    out = tmp_path / "elsewhere" / "checkpoints.jsonl"
    made = checkpoints.make(actor, PASSPHRASE, out=out, keys_dir=keys)
    assert verification.check(out).sound
    audit_guard.remove(db.obj)
    return made, out


def _events() -> list[AuditEvent]:
    return list(AuditEvent.select().order_by(AuditEvent.id))


def _recompute_chain() -> None:
    """What a careful intruder does after an edit: every hash made again with the program's function."""
    prev = audit.GENESIS
    for event in _events():
        digest = audit.event_hash(prev, event.at, event.user_id, event.action, event.entity, event.entity_id,
                                  event.before, event.after)
        AuditEvent.update(prev_hash=prev, hash=digest).where(AuditEvent.id == event.id).execute()
        prev = digest


def _found(out, kinds) -> verification.Verdict:
    verdict = verification.check(out)
    assert not verdict.sound
    assert kinds <= {p.kind for p in verdict.problems}, verdict.problems
    return verdict


def test_an_intact_trail_with_its_checkpoint_is_sound(trail):
    made, out = trail
    verdict = verification.check(out)
    assert verdict.sound and verdict.checkpoints == 1 and verdict.covered_up_to == made.last_event_id
    assert "intact" in verdict.summary()
    assert json.loads(out.read_text().splitlines()[-1])["last_hash"] == made.last_hash


def test_an_edited_event_is_found_where_it_is(trail):
    _, out = trail
    victim = _events()[3]
    AuditEvent.update(after=victim.after.replace("Traoré", "Touré")).where(AuditEvent.id == victim.id).execute()
    verdict = _found(out, {"chain"})
    assert verdict.first_break == victim.id and f"#{victim.id}" in verdict.summary()


def test_an_edited_event_with_the_chain_recomputed_is_found_by_the_checkpoint(trail):
    made, out = trail
    victim = _events()[3]
    AuditEvent.update(after=victim.after.replace("Traoré", "Touré")).where(AuditEvent.id == victim.id).execute()
    _recompute_chain()
    assert audit.broken_links() == []  # the chain alone is fooled
    verdict = _found(out, {"rewritten"})
    assert verdict.first_break == made.last_event_id


def test_a_deleted_event_in_the_middle_is_found(trail):
    _, out = trail
    victim = _events()[4]
    AuditEvent.delete().where(AuditEvent.id == victim.id).execute()
    _found(out, {"chain", "deleted"})


def test_a_deleted_event_in_the_middle_with_the_chain_recomputed_is_found(trail):
    _, out = trail
    AuditEvent.delete().where(AuditEvent.id == _events()[4].id).execute()
    _recompute_chain()
    assert audit.broken_links() == []
    _found(out, {"deleted", "rewritten"})


@pytest.mark.parametrize("how_many", [1, 5])
def test_the_newest_events_deleted_are_found(trail, how_many):
    made, out = trail
    newest = [e.id for e in _events()[-how_many:]]
    AuditEvent.delete().where(AuditEvent.id.in_(newest)).execute()
    assert audit.broken_links() == []  # what is left still chains
    verdict = _found(out, {"deleted"})
    assert verdict.first_break == made.last_event_id


def test_every_event_deleted_is_found(trail):
    _, out = trail
    AuditEvent.delete().execute()
    assert audit.broken_links() == []
    verdict = _found(out, {"deleted"})
    assert verdict.events == 0


def test_two_events_put_in_each_others_place_are_found(trail):
    _, out = trail
    first, second = _events()[2], _events()[5]
    fields = ("at", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash")
    a = {f: getattr(first, f) for f in fields}
    b = {f: getattr(second, f) for f in fields}
    with write_transaction():
        AuditEvent.update(hash="swap").where(AuditEvent.id == first.id).execute()  # the hash is unique
        AuditEvent.update(**a).where(AuditEvent.id == second.id).execute()
        AuditEvent.update(**b).where(AuditEvent.id == first.id).execute()
    verdict = _found(out, {"chain"})
    assert verdict.first_break == first.id


def test_a_reordered_trail_with_the_chain_recomputed_is_found(trail):
    _, out = trail
    first, second = _events()[2], _events()[5]
    with write_transaction():
        AuditEvent.update(after=second.after, before=second.before, action=second.action,
                          entity_id=second.entity_id).where(AuditEvent.id == first.id).execute()
        AuditEvent.update(after=first.after, before=first.before, action=first.action,
                          entity_id=first.entity_id).where(AuditEvent.id == second.id).execute()
    _recompute_chain()
    _found(out, {"rewritten"})


def test_checkpoints_deleted_from_the_register_are_still_in_the_file(trail):
    _, out = trail
    AuditEvent.delete().where(AuditEvent.id == _events()[-1].id).execute()
    AuditCheckpoint.delete().execute()
    assert verification.check().sound  # the register alone no longer knows
    _found(out, {"checkpoint-missing", "deleted"})


def test_a_forged_checkpoint_is_not_believed(trail, tmp_path):
    made, out = trail
    forged = checkpoints.Checkpoint(made.event_count + 5, made.last_event_id + 5, "0" * 64, made.at, made.kid,
                                    made.signature)
    out.write_text(out.read_text() + forged.to_line() + "\n")
    _found(out, {"checkpoint-signature"})


def test_the_trail_is_filtered_and_exported_and_the_export_is_audited(actor, sign_in_as, tmp_path):
    from registry_app.domain.permissions import PermissionDenied
    from registry_app.services.audit_trail import events

    created = participants.create(actor, ParticipantData("Awa", "=HYPERLINK(1)", "F", "ML"))
    participants.create(actor, ParticipantData("Moussa", "Keïta", "M", "ML"))
    rows, total = events.listing(actor, events.Filters(entity="participant", entity_id=str(created.id)))
    assert total == 1 and rows[0].action == "create" and rows[0].username == actor.username
    rows, total = events.listing(actor, events.Filters(username=actor.username, action="create"))
    assert total == 2 and rows[0].event_id > rows[1].event_id  # newest first
    out = tmp_path / "trail.csv"
    assert events.export_csv(actor, events.Filters(action="create"), out) == 2
    text = out.read_text(encoding="utf-8-sig")
    assert "'{" not in text and "HYPERLINK" in text
    exported = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert exported.action == "export-audit" and '"events": 2' in exported.after
    clerk = sign_in_as("clerk")
    with pytest.raises(PermissionDenied, match="may not read the audit trail"):
        events.listing(clerk, events.Filters())
