"""Creating and correcting participants: references, audit trail, and no lost updates."""

import pytest

from registry_app.domain.permissions import PermissionDenied
from registry_app.services import audit
from registry_app.services.actors import Actor
from registry_app.services.register import participants
from registry_app.services.register.participants import InvalidParticipant, ParticipantData, UnprintableName
from registry_app.services.versioning import ConflictError
from registry_app.store import audit_guard
from registry_app.store.database import db
from registry_app.store.models import AuditEvent, Participant, User

AWA = ParticipantData(given_names="Awa", family_name="Traoré", sex="F", nationality="ML",
                      email="a.traore@pn.gov.ml", id_document_number="AB1234567")


def test_a_new_participant_gets_the_next_reference_and_derived_keys(actor):
    first = participants.create(actor, AWA)
    second = participants.create(actor, ParticipantData("Moussa", "Keïta", "M", "ML"))
    assert (first.reference, second.reference) == ("P-000001", "P-000002")
    stored = Participant.get_by_id(first.id)
    assert stored.sort_name == "traore awa"
    assert "ab1234567" in stored.search_key and "p 000001" in stored.search_key


def test_each_change_writes_one_audit_event_with_before_and_after(actor):
    created = participants.create(actor, AWA)
    updated = participants.update(actor, created.id, created.version,
                                  ParticipantData(**{**AWA.__dict__, "rank": "Commissaire"}))
    events = list(AuditEvent.select().where(AuditEvent.entity == "participant").order_by(AuditEvent.id))
    assert [e.action for e in events] == ["create", "update"]
    assert events[0].before == "" and '"family_name": "Traoré"' in events[0].after
    assert '"rank": ""' in events[1].before and '"rank": "Commissaire"' in events[1].after
    assert events[1].user_id == actor.user_id
    assert updated.version == 2


def test_a_stale_save_is_refused_and_changes_nothing(actor):
    created = participants.create(actor, AWA)
    participants.update(actor, created.id, 1, ParticipantData(**{**AWA.__dict__, "phone": "+223 20 22 00 01"}))
    events_before = AuditEvent.select().count()
    with pytest.raises(ConflictError) as conflict:
        participants.update(actor, created.id, 1, ParticipantData(**{**AWA.__dict__, "phone": "+223 20 22 00 02"}))
    assert conflict.value.current.phone == "+223 20 22 00 01"
    assert "changed by someone else" in str(conflict.value)
    assert Participant.get_by_id(created.id).phone == "+223 20 22 00 01"
    assert AuditEvent.select().count() == events_before


def test_the_audit_chain_verifies_and_shows_an_edited_event(actor):
    created = participants.create(actor, AWA)
    participants.update(actor, created.id, 1, ParticipantData(**{**AWA.__dict__, "notes": "x"}))
    assert audit.broken_links() == []
    tampered = AuditEvent.select().order_by(AuditEvent.id).first()
    audit_guard.remove(db.obj)  # as someone holding the file could
    AuditEvent.update(after=tampered.after.replace("Traoré", "Touré")).where(AuditEvent.id == tampered.id).execute()
    assert audit.broken_links() == [tampered.id]


def test_an_audit_event_outside_a_transaction_is_refused(actor):
    with pytest.raises(RuntimeError, match="transaction"):
        audit.record(actor, "create", "participant", 1)


@pytest.mark.parametrize("field,data", [
    ("family_name", ParticipantData("Awa", "  ", "F", "ML")),
    ("sex", ParticipantData("Awa", "Traoré", "X", "ML")),
    ("nationality", ParticipantData("Awa", "Traoré", "F", "ZZ")),
])
def test_bad_input_names_the_field_and_saves_nothing(actor, field, data):
    with pytest.raises(InvalidParticipant) as invalid:
        participants.create(actor, data)
    assert invalid.value.field == field
    assert Participant.select().count() == 0


def test_a_viewer_may_not_edit(database):
    user = User.create(username="guest", display_name="Guest", role="viewer")
    viewer = Actor(user.id, "guest", "Guest", "viewer")
    with pytest.raises(PermissionDenied):
        participants.create(viewer, AWA)


@pytest.mark.parametrize("second", ["محمد بن علي", "አበበ ቢቂላ", "ⵜⴰⵙⵍⵉⵎⵜ ⴰⵎⴰⵣⵉⵖ", "Αλέξανδρος", "Мухаммад"])
def test_the_second_name_may_be_in_any_script_the_documents_draw(actor, second):
    created = participants.create(actor, ParticipantData("Awa", "Traoré", "F", "ML", full_name_ar=second))
    assert Participant.get_by_id(created.id).full_name_ar == second


@pytest.mark.parametrize("field,values,characters", [
    ("full_name_ar", {"full_name_ar": "王小明"}, "王 小 明"),
    ("full_name_ar", {"full_name_ar": "ᏣᎳᎩ"}, "Ꮳ Ꮃ Ꭹ"),
    ("family_name", {"family_name": "Traoré 😀"}, "😀"),
])
def test_a_name_no_font_can_print_is_refused_on_saving(actor, field, values, characters):
    with pytest.raises(UnprintableName) as refused:
        participants.create(actor, ParticipantData(**{**AWA.__dict__, **values}))
    assert refused.value.field == field and refused.value.values == {"characters": characters}
    assert "No font of the printed documents can draw" in str(refused.value)
    french = refused.value.sentence(lambda template: template.replace("No font of the printed documents can draw",
                                                                      "Aucune police ne dessine"))
    assert french.startswith(f"Aucune police ne dessine {characters}")
    assert Participant.select().count() == 0
    created = participants.create(actor, AWA)
    with pytest.raises(UnprintableName):
        participants.update(actor, created.id, created.version, ParticipantData(**{**AWA.__dict__, **values}))
    assert Participant.get_by_id(created.id).version == 1


def test_a_name_is_checked_as_it_is_typed():
    assert participants.unprintable("አበበ ቢቂላ") is None and participants.unprintable("") is None
    assert participants.unprintable("王小明") == participants.UNPRINTABLE_AS_TYPED
