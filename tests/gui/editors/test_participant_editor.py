"""The participant form driven through its widgets: create, check, guard, photo, archive,
duplicates and merge, history."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from registry_app.gui.dialogs.duplicates_dialog import DuplicatesDialog
from registry_app.gui.editors.participant_editor import ParticipantEditor
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.models import AuditEvent, Enrolment, Participant


@pytest.fixture
def editor(qtbot, actor):
    def open_editor(record_id=None):
        form = ParticipantEditor(actor, record_id)
        qtbot.addWidget(form)
        with qtbot.waitActive(form):  # shortcuts and focus reach the active window only
            form.show()
            form.activateWindow()
        return form
    return open_editor


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def _type_awa(qtbot, form):
    ui = form.ui
    qtbot.keyClicks(ui.given_namesEdit, "Awa")
    qtbot.keyClicks(ui.family_nameEdit, "Traor")
    ui.family_nameEdit.insert("é")  # QTest types ASCII only; an input method would give the é
    _choose(ui.sexCombo, "F")
    _choose(ui.nationalityCombo, "ML")
    ui.birth_dateDate.setDate(QDate(1985, 3, 14))


def test_a_new_participant_is_typed_and_saved_with_ctrl_s(qtbot, editor):
    form = editor()
    _type_awa(qtbot, form)
    qtbot.keyClicks(form.ui.emailEdit, "a.traore@police.gov.ml")
    assert form.isWindowModified()
    qtbot.keyClick(form.ui.emailEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = Participant.get(Participant.family_name == "Traoré")
    assert saved.email == "a.traore@police.gov.ml" and saved.birth_date == date(1985, 3, 14)
    assert form.record_id == saved.id and not form.isWindowModified()
    assert form.ui.headerLabel.text() == f"{saved.reference} — TRAORÉ Awa"


def test_errors_are_shown_next_to_their_fields_as_the_clerk_types(qtbot, editor):
    form = editor()
    _type_awa(qtbot, form)
    qtbot.keyClicks(form.ui.emailEdit, "a.traore@")
    assert "not an e-mail address" in form.field_error("email")
    assert form.findChild(type(form.ui.headerLabel), "emailEditError").isVisible()
    form.ui.given_namesEdit.clear()
    assert form.field_error("given_names") == "This field must be filled in."
    assert not form.save()
    assert Participant.select().count() == 0
    assert form.ui.given_namesEdit.hasFocus()  # the first field in error
    qtbot.keyClicks(form.ui.given_namesEdit, "Awa")
    form.ui.emailEdit.setText("a.traore@police.gov.ml")
    assert form.field_error("email") == ""
    assert form.save()


def test_a_name_no_document_can_print_is_refused_as_typed_and_on_saving(qtbot, editor):
    form = editor()
    _type_awa(qtbot, form)
    form.ui.full_name_arEdit.setText("አበበ ቢቂላ")  # Ge'ez: printed in its own font
    assert form.field_error("full_name_ar") == ""
    form.ui.full_name_arEdit.setText("王小明")
    assert "No font of the printed documents" in form.field_error("full_name_ar")
    assert not form.save() and Participant.select().count() == 0
    form.ui.full_name_arEdit.setText("ⵜⴰⵙⵍⵉⵎⵜ")
    assert form.save() and Participant.get().full_name_ar == "ⵜⴰⵙⵍⵉⵎⵜ"


def test_an_implausible_birth_date_is_refused(qtbot, editor):
    form = editor()
    _type_awa(qtbot, form)
    form.ui.birth_dateDate.setDate(QDate.currentDate().addYears(-10))
    assert "younger than 16" in form.field_error("birth_date")
    assert not form.save()


def test_closing_with_unsaved_changes_asks_first(qtbot, editor, monkeypatch):
    form = editor()
    _type_awa(qtbot, form)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(form, "ask_unsaved", lambda: answers.pop(0))
    form.close()
    assert form.isVisible()  # cancelled: still open, nothing lost
    assert form.ui.given_namesEdit.text() == "Awa"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert Participant.select().count() == 0


def test_closing_can_save_on_the_way(qtbot, editor, monkeypatch):
    form = editor()
    _type_awa(qtbot, form)
    monkeypatch.setattr(form, "ask_unsaved", lambda: QMessageBox.StandardButton.Save)
    form.close()
    assert not form.isVisible() and Participant.select().count() == 1


def test_a_photo_is_scaled_stored_and_shown(qtbot, editor, tmp_path, actor, monkeypatch):
    person = participants.create(actor, ParticipantData("Awa", "Traoré", "F", "ML"))
    picture = QImage(1200, 1600, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366aa"))
    path = tmp_path / "awa.png"
    picture.save(str(path))
    form = editor(person.id)
    monkeypatch.setattr(form, "photo_file", lambda: str(path))
    form.ui.choosePhotoButton.click()
    assert form.is_dirty() and not form.ui.photoLabel.pixmap().isNull()
    assert form.save()
    stored = bytes(Participant.get_by_id(person.id).photo)
    assert stored.startswith(b"\xff\xd8\xff")  # JPEG
    image = QImage.fromData(stored)
    assert (image.width(), image.height()) == (450, 600)
    (tmp_path / "notes.txt").write_text("not a picture")
    monkeypatch.setattr(form, "photo_file", lambda: str(tmp_path / "notes.txt"))
    form.ui.choosePhotoButton.click()
    assert "not a picture" in form.ui.photoError.text() and not form.is_dirty()


def test_archiving_from_the_form(qtbot, editor, actor):
    person = participants.create(actor, ParticipantData("Awa", "Traoré", "F", "ML"))
    form = editor(person.id)
    form.ui.archiveButton.click()
    assert Participant.get_by_id(person.id).archived
    assert form.ui.archivedLabel.isVisible() and form.ui.archiveButton.text() == "Bring back"
    form.ui.archiveButton.click()
    assert not Participant.get_by_id(person.id).archived


def _existing_mohamed(actor):
    return participants.create(actor, ParticipantData("Mohamed", "El Amrani", "M", "MA",
                                                      full_name_ar="محمد العمراني", birth_date=date(1984, 6, 2)))


def _type_muhammad(qtbot, form):
    ui = form.ui
    qtbot.keyClicks(ui.given_namesEdit, "Muhammad")
    qtbot.keyClicks(ui.family_nameEdit, "Elamrani")
    _choose(ui.sexCombo, "M")
    _choose(ui.nationalityCombo, "MA")
    ui.birth_dateDate.setDate(QDate(1984, 6, 2))


def test_a_probable_duplicate_is_offered_before_saving(qtbot, editor, actor, monkeypatch):
    existing = _existing_mohamed(actor)
    form = editor()
    _type_muhammad(qtbot, form)
    offered = []
    monkeypatch.setattr(form, "ask_about_duplicates",
                        lambda found: offered.extend(found) or (DuplicatesDialog.OPEN, existing.id))
    assert not form.save()
    assert [d.participant.id for d in offered] == [existing.id]
    assert Participant.select().count() == 1
    assert form.record_id == existing.id and form.ui.given_namesEdit.text() == "Mohamed"


def test_a_different_person_with_a_close_name_can_still_be_saved(qtbot, editor, actor, monkeypatch):
    _existing_mohamed(actor)
    form = editor()
    _type_muhammad(qtbot, form)
    monkeypatch.setattr(form, "ask_about_duplicates", lambda found: (DuplicatesDialog.SAVE_ANYWAY, None))
    assert form.save()
    assert Participant.select().count() == 2


def test_the_duplicates_dialog_lists_the_candidates(qtbot, actor):
    from registry_app.services.register.duplicates import probable_duplicates

    existing = _existing_mohamed(actor)
    found = probable_duplicates("", "", "محمد العمراني", date(1984, 6, 2), "MA")
    dialog = DuplicatesDialog(found)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == existing.reference
    assert dialog.table.item(0, 2).text() == "محمد العمراني"
    dialog.open_button.click()
    assert (dialog.choice, dialog.chosen_id) == (DuplicatesDialog.OPEN, existing.id)


def test_merging_a_duplicate_from_the_form(qtbot, editor, actor, small_course, monkeypatch):
    _, _, enrolled = small_course
    duplicate = Participant.get_by_id(enrolled[1].participant_id)  # Mohamed El Amrani, MA, on the course
    kept = participants.create(actor, ParticipantData("Mohammed", "Elamrani", "M", "MA"))
    form = editor(kept.id)
    monkeypatch.setattr(form, "ask_which_to_merge", lambda found: duplicate.id)
    form.ui.mergeButton.click()
    assert Enrolment.get_by_id(enrolled[1].id).participant_id == kept.id
    assert Participant.get_by_id(duplicate.id).archived
    assert duplicate.reference in form.message.text()
    assert form.ui.historyTable.rowCount() == 1  # the course came with the merge
    assert AuditEvent.select().where(AuditEvent.action == "merge").count() == 1


def test_the_history_tab_answers_has_this_officer_been_trained(qtbot, editor, closed_course):
    course, enrolled, _ = closed_course
    form = editor(enrolled[0].participant_id)
    table = form.ui.historyTable
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[0] == course.code and cells[3] == "Completed" and cells[4] == "100 %" and cells[6] == "80"
    assert "completed 1" in form.ui.historySummary.text()


def test_the_tab_order_follows_the_form(qtbot, editor):
    form = editor()
    ui = form.ui
    expected = [ui.titleEdit, ui.given_namesEdit, ui.family_nameEdit, ui.full_name_arEdit, ui.sexCombo,
                ui.birth_dateDate, ui.nationalityCombo, ui.organisationCombo, ui.rankEdit, ui.emailEdit,
                ui.phoneEdit]
    for before, after in zip(expected, expected[1:]):
        widget = before.nextInFocusChain()
        while (not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(form)
               or widget.parent() is before):  # a date edit's own line edit
            widget = widget.nextInFocusChain()
        assert widget is after or widget.parent() is after, (before.objectName(), widget.objectName())


def test_merging_a_duplicate_with_a_birth_date_through_the_merge_dialog(qtbot, editor, actor, monkeypatch):
    """Duplicates are found on the date of birth, so a real merge carries dates into the audit trail."""
    from registry_app.gui.dialogs.duplicates_dialog import MergeDialog

    born = date(1984, 6, 2)
    duplicate = participants.create(actor, ParticipantData("Mohamed", "El Amrani", "M", "MA", birth_date=born))
    kept = participants.create(actor, ParticipantData("Mohammed", "Elamrani", "M", "MA", birth_date=born))
    form = editor(kept.id)

    def choose_in_the_dialog(found):
        dialog = MergeDialog(form.current_record(), found, form.language, form)
        qtbot.addWidget(dialog)
        assert dialog.table.item(0, 0).text() == duplicate.reference
        assert dialog.table.item(0, 3).text() == "1984-06-02"
        dialog.merge_button.click()
        return dialog.chosen_id

    monkeypatch.setattr(form, "ask_which_to_merge", choose_in_the_dialog)
    form.ui.mergeButton.click()
    assert Participant.get_by_id(duplicate.id).archived
    assert duplicate.reference in form.message.text()
    event = AuditEvent.get(AuditEvent.action == "merge")
    assert '"birth_date": "1984-06-02"' in event.before
