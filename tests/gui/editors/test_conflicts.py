"""Two clerks on one record: the second save is refused and shows what changed; nothing is lost.
The other clerk is another process writing to the same SQLite file or PostgreSQL database."""

import subprocess
import sys

import pytest

from registry_app.gui.dialogs.conflict_dialog import ConflictDialog
from registry_app.gui.editors.participant_editor import ParticipantEditor
from registry_app.gui.editors.simple_editors import OrganisationEditor
from registry_app.services.register import organisations, participants
from registry_app.services.register.organisations import OrganisationData
from registry_app.services.register.participants import ParticipantData
from registry_app.store.models import AuditEvent, Organisation, Participant

OTHER_CLERK = """
import sys
from registry_app.services.register import participants
from registry_app.services.accounts.signing_in import actor_of
from registry_app.services.register.participants import ParticipantData
from registry_app.store.schema import init_db
from registry_app.store.models import Participant, User

init_db(sys.argv[1])
current = Participant.get_by_id(int(sys.argv[2]))
second_clerk = actor_of(User.create(username="second-clerk", display_name="Second clerk", role="clerk"))
participants.update(second_clerk, current.id, current.version, ParticipantData(
    current.given_names, current.family_name, current.sex, current.nationality_id,
    rank="Commissaire divisionnaire", phone=current.phone))
"""


def _other_clerk_changes_the_rank(db_url, participant_id):
    subprocess.run([sys.executable, "-c", OTHER_CLERK, db_url, str(participant_id)], check=True, timeout=60)


@pytest.fixture
def awa(actor):
    return participants.create(actor, ParticipantData("Awa", "Traoré", "F", "ML", rank="Commissaire",
                                                      phone="+223 20 22 00 00"))


def _open(qtbot, actor, record_id):
    form = ParticipantEditor(actor, record_id)
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_stale_save_shows_the_differences_and_reloads(qtbot, actor, awa, db_url, monkeypatch):
    form = _open(qtbot, actor, awa.id)
    form.ui.phoneEdit.setText("+223 76 00 00 01")
    _other_clerk_changes_the_rank(db_url, awa.id)
    shown = []
    monkeypatch.setattr(form, "ask_conflict", lambda changed: shown.extend(changed) or ConflictDialog.RELOAD)

    assert not form.save()
    assert ("Rank or position", "Commissaire", "Commissaire divisionnaire") in shown
    assert ("Phone", "+223 76 00 00 01", "+223 20 22 00 00") in shown
    stored = Participant.get_by_id(awa.id)
    assert (stored.rank, stored.phone, stored.version) == ("Commissaire divisionnaire", "+223 20 22 00 00", 2)
    assert form.ui.rankEdit.text() == "Commissaire divisionnaire" and form.version == 2
    assert not form.is_dirty()


def test_the_clerk_may_knowingly_save_over_the_other_change(qtbot, actor, awa, db_url, monkeypatch):
    form = _open(qtbot, actor, awa.id)
    form.ui.phoneEdit.setText("+223 76 00 00 01")
    _other_clerk_changes_the_rank(db_url, awa.id)
    monkeypatch.setattr(form, "ask_conflict", lambda changed: ConflictDialog.KEEP_MINE)

    assert form.save()
    stored = Participant.get_by_id(awa.id)
    assert (stored.phone, stored.rank, stored.version) == ("+223 76 00 00 01", "Commissaire", 3)
    assert AuditEvent.select().where(AuditEvent.entity == "participant").count() == 3  # every save kept


def test_cancelling_keeps_what_was_typed_and_saves_nothing(qtbot, actor, awa, db_url, monkeypatch):
    form = _open(qtbot, actor, awa.id)
    form.ui.phoneEdit.setText("+223 76 00 00 01")
    _other_clerk_changes_the_rank(db_url, awa.id)
    monkeypatch.setattr(form, "ask_conflict", lambda changed: ConflictDialog.CANCEL)
    assert not form.save()
    assert form.ui.phoneEdit.text() == "+223 76 00 00 01" and "Reload" in form.message.text()
    assert Participant.get_by_id(awa.id).phone == "+223 20 22 00 00"


def test_two_forms_in_one_window_conflict_too(qtbot, actor, monkeypatch):
    agency = organisations.save_organisation(actor, OrganisationData("Police nationale", "police", "SN"))
    first = OrganisationEditor(actor, agency.id)
    second = OrganisationEditor(actor, agency.id)
    for form in (first, second):
        qtbot.addWidget(form)
    first.ui.acronymEdit.setText("PN")
    assert first.save()
    second.ui.nameEdit.setText("Police nationale du Sénégal")
    monkeypatch.setattr(second, "ask_conflict", lambda changed: ConflictDialog.CANCEL)
    assert not second.save()
    assert Organisation.get_by_id(agency.id).acronym == "PN"
    assert Organisation.get_by_id(agency.id).name == "Police nationale"


def test_the_conflict_dialog_shows_each_difference(qtbot):
    dialog = ConflictDialog([("Rank or position", "Commissaire", "Commissaire divisionnaire")])
    qtbot.addWidget(dialog)
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "Rank or position", "Commissaire", "Commissaire divisionnaire"]
    dialog.reload_button.click()
    assert dialog.choice == ConflictDialog.RELOAD
