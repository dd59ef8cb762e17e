"""The course form: details, schedule and trainers saved together; nominations and enrolment on it."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from registry_app.gui.editors.course_editor import CourseEditor
from registry_app.services.register import participants, trainers
from registry_app.services.register.participants import ParticipantData
from registry_app.services.register.trainers import TrainerData
from registry_app.store.models import Course, CourseDay, CourseHalfDay, CourseTrainer, Enrolment


@pytest.fixture
def open_course(qtbot, actor):
    def opener(record_id=None):
        form = CourseEditor(actor, record_id)
        qtbot.addWidget(form)
        form.show()
        return form
    return opener


def test_a_new_course_with_its_schedule_and_trainers(qtbot, actor, small_course, open_course):
    programme_id = small_course[0].programme_id
    lead = trainers.save_trainer(actor, TrainerData("Amina", "Diallo", "F"))
    form = open_course()
    ui = form.ui
    qtbot.keyClicks(ui.codeEdit, "INV-101/2026-09")
    ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findData(programme_id))
    ui.start_dateDate.setDate(QDate(2026, 9, 7))
    ui.end_dateDate.setDate(QDate(2026, 9, 11))
    qtbot.keyClicks(ui.venueEdit, "Programme Office, Rabat")
    assert ui.scheduleTable.rowCount() == 5
    form.set_day_taught(date(2026, 9, 11), True, morning=True, afternoon=False)
    form.set_trainers([lead.id], lead.id)
    assert form.save()

    course = Course.get(Course.code == "INV-101/2026-09")
    assert CourseDay.select().where(CourseDay.course == course).count() == 5
    friday_pm = (CourseHalfDay.select().join(CourseDay)
                 .where((CourseDay.course == course) & (CourseDay.date == date(2026, 9, 11))
                        & (CourseHalfDay.slot == "PM")).get())
    assert friday_pm.excluded
    assert [(t.trainer_id, t.lead) for t in CourseTrainer.select().where(CourseTrainer.course == course)] == [(lead.id, True)]
    assert ui.tabs.isTabEnabled(3)  # nominations open once the course exists


def test_the_end_before_the_start_is_said_on_the_end_date(qtbot, small_course, open_course):
    form = open_course(small_course[0].id)
    form.ui.end_dateDate.setDate(QDate(2026, 1, 1))
    assert form.field_error("end_date") == "The course cannot end before it starts."
    assert form.ui.scheduleTable.rowCount() == 0
    assert not form.save()


def test_a_duplicate_course_code_is_refused_on_its_field(qtbot, small_course, open_course):
    form = open_course()
    ui = form.ui
    ui.codeEdit.setText(small_course[0].code)
    ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findData(small_course[0].programme_id))
    ui.venueEdit.setText("Rabat")
    assert not form.save()
    assert form.field_error("code") == "Another course already has this code."


def _people(actor, count):
    return [participants.create(actor, ParticipantData(f"Nomsa{n}", "Okello", "F", "UG")) for n in range(count)]


def test_nominate_confirm_past_capacity_and_promote(qtbot, actor, small_course, open_course):
    course = small_course[0]
    Course.update(capacity=4).where(Course.id == course.id).execute()
    _people(actor, 3)
    form = open_course(course.id)
    ui, panel = form.ui, form.enrolment
    ui.tabs.setCurrentIndex(3)
    qtbot.keyClicks(ui.participantSearchEdit, "okello")
    assert ui.candidatesList.count() == 3
    ui.candidatesList.selectAll()
    ui.nominateButton.click()
    assert "3 participant(s) nominated." in ui.enrolmentMessage.text()
    assert panel.model.rowCount() == 7
    assert "Seats taken: 3 of 4." in ui.seatsLabel.text()

    # the three new nominees are selected: confirming them fills the last seat and wait-lists two
    ui.confirmButton.click()
    statuses = sorted(e.status for e in Enrolment.select().where(
        (Enrolment.course == course) & Enrolment.participant.in_([p.id for p in _okellos()])))
    assert statuses == ["confirmed", "wait-listed", "wait-listed"]
    okellos = Enrolment.select().where((Enrolment.course == course)
                                       & Enrolment.participant.in_([p.id for p in _okellos()]))
    assert panel.selected_ids() == {e.id for e in okellos}  # all three still selected after the move
    assert "put on the waiting list instead" in ui.enrolmentMessage.text()
    assert "Seats taken: 4 of 4." in ui.seatsLabel.text()

    panel.select_participants([small_course[2][0].participant_id])  # Traoré withdraws
    ui.withdrawButton.click()
    ui.promoteButton.click()
    assert "1 participant(s) confirmed from the waiting list." in ui.enrolmentMessage.text()
    assert "Seats taken: 4 of 4." in ui.seatsLabel.text()
    assert "Women 3 · Men 3" in ui.countsLabel.text()  # three Okellos; Traoré, withdrawn, is not counted


def test_confirming_more_people_than_seats_follows_the_nomination_order(qtbot, actor, small_course, open_course):
    from registry_app.services.courses import enrolments

    course = small_course[0]
    Course.update(capacity=4).where(Course.id == course.id).execute()  # three confirmed: one seat left
    first, second, third = (participants.create(actor, ParticipantData(given, "Okello", "F", "UG"))
                            for given in ("Zawadi", "Nomsa", "Akinyi"))  # nominated against the alphabet
    for day, person in enumerate((first, second, third), start=1):
        enrolments.nominate(actor, course.id, [person.id], on=date(2026, 1, day))
    form = open_course(course.id)
    form.ui.tabs.setCurrentIndex(3)
    form.enrolment.select_participants([first.id, second.id, third.id])
    form.ui.confirmButton.click()
    status = {e.participant_id: e.status for e in Enrolment.select().where(Enrolment.course == course)}
    assert (status[first.id], status[second.id], status[third.id]) == ("confirmed", "wait-listed", "wait-listed")


def _okellos():
    from registry_app.store.models import Participant
    return list(Participant.select().where(Participant.family_name == "Okello"))


def test_a_refused_move_is_explained(qtbot, small_course, open_course):
    form = open_course(small_course[0].id)
    nominee = small_course[2][3].participant_id
    form.enrolment.select_participants([nominee])
    form.ui.noShowButton.click()
    assert "cannot become a no-show" in form.ui.enrolmentMessage.text()
    assert Enrolment.get_by_id(small_course[2][3].id).status == "nominated"


def test_nominating_a_whole_organisation(qtbot, actor, small_course, open_course):
    from registry_app.services.register import organisations
    from registry_app.services.register.organisations import OrganisationData

    agency = organisations.save_organisation(actor, OrganisationData("Uganda Police Force", "police", "UG", "UPF"))
    for n in range(2):
        participants.create(actor, ParticipantData(f"Given{n}", "Mugisha", "M", "UG", organisation_id=agency.id))
    form = open_course(small_course[0].id)
    picker = form.ui.organisationPicker
    picker.setCurrentIndex(picker.findData(agency.id))
    form.ui.nominateOrganisationButton.click()
    assert "2 participant(s) nominated." in form.ui.enrolmentMessage.text()
    assert "Uganda Police Force 2" in form.ui.countsLabel.text()


def test_the_enrolment_model_is_a_sound_qt_model(qtmodeltester, small_course, open_course):
    form = open_course(small_course[0].id)
    qtmodeltester.check(form.enrolment.model)
    assert form.enrolment.model.data(form.enrolment.model.index(0, 3), Qt.ItemDataRole.DisplayRole) == "Confirmed"


def _open_editor(table):
    from PySide6.QtWidgets import QLineEdit
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    return editors[0] if len(editors) == 1 else None


def _type_funding(qtbot, form, row, donor, grant):
    """Type a row of the funding tab as a clerk does: double-click a cell, type, press Enter."""
    table = form.ui.fundingTable
    for column, text in ((0, donor), (1, grant)):
        table.setCurrentCell(row, column)
        if table.state() != table.State.EditingState:  # Add a donor opens the donor's cell itself
            table.editItem(table.item(row, column))
        qtbot.waitUntil(lambda: _open_editor(table) is not None)
        editor = _open_editor(table)
        editor.setFocus()
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _open_editor(table) is None)


def test_funding_typed_in_its_tab_is_saved_with_the_course(qtbot, small_course, open_course):
    from registry_app.services.courses import funding as course_funding
    from registry_app.services.courses.funding import FundingSource
    course = small_course[0]
    form = open_course(course.id)
    ui = form.ui
    form.activateWindow()
    ui.tabs.setCurrentWidget(ui.fundingTab)
    assert ui.fundingTable.rowCount() == 0 and not ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.addFundingButton, Qt.MouseButton.LeftButton)
    _type_funding(qtbot, form, 0, "European Union", "EU-CT-AFR/2026/017")
    qtbot.mouseClick(ui.addFundingButton, Qt.MouseButton.LeftButton)
    _type_funding(qtbot, form, 1, "State of Qatar", "QA-CTF/2026/012")
    assert form.is_dirty() and ui.saveButton.isEnabled()
    assert form.save()
    assert course_funding.funding_of(course.id) == [FundingSource("European Union", "EU-CT-AFR/2026/017"),
                                                    FundingSource("State of Qatar", "QA-CTF/2026/012")]
    assert Course.get_by_id(course.id).version == course.version + 1

    # opened again, the form shows them; removing one is a change, saved like the others
    again = open_course(course.id)
    assert again.funding.value() == (("European Union", "EU-CT-AFR/2026/017"), ("State of Qatar", "QA-CTF/2026/012"))
    assert not again.is_dirty()
    again.ui.fundingTable.setCurrentCell(1, 0)
    qtbot.mouseClick(again.ui.removeFundingButton, Qt.MouseButton.LeftButton)
    assert again.is_dirty()
    assert again.save()
    assert course_funding.funding_of(course.id) == [FundingSource("European Union", "EU-CT-AFR/2026/017")]


def test_a_donor_listed_twice_or_missing_is_said_under_the_funding_table(qtbot, small_course, open_course):
    from registry_app.services.courses import funding as course_funding
    course = small_course[0]
    form = open_course(course.id)
    ui = form.ui
    form.funding.add_row("European Union", "EU-1")
    form.funding.add_row("European union", "EU-2")
    assert "listed twice" in form.funding.error() and ui.fundingError.isVisible() is ui.fundingTab.isVisible()
    ui.tabs.setCurrentIndex(0)
    assert not form.save()
    assert ui.tabs.currentWidget() is ui.fundingTab and ui.fundingError.isVisible()
    assert "listed twice" in form.message.text()
    assert course_funding.funding_of(course.id) == []
    assert Course.get_by_id(course.id).version == course.version

    ui.fundingTable.setCurrentCell(1, 0)
    ui.removeFundingButton.click()
    form.funding.add_row("", "JP-JSB/2026/031")
    assert form.funding.error() == "Name the donor of the grant JP-JSB/2026/031."
    ui.fundingTable.setCurrentCell(1, 0)
    ui.removeFundingButton.click()
    assert form.funding.error() == "" and not ui.fundingError.isVisible()
    assert form.save()
    assert [s.donor for s in course_funding.funding_of(course.id)] == ["European Union"]
