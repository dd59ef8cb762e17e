"""The list pages of the register on a demo register, and forms opened from them with the keyboard."""

import pytest
from PySide6.QtCore import Qt

from registry_app.gui.editors.course_editor import CourseEditor
from registry_app.gui.editors.participant_editor import ParticipantEditor
from registry_app.gui.editors.simple_editors import OrganisationEditor, TrainerEditor
from registry_app.gui.main_window import COURSES, ORGANISATIONS, PARTICIPANTS, PROGRAMMES, TRAINERS, MainWindow
from registry_app.store.models import Course, Organisation, Participant, Trainer


@pytest.fixture
def window(qtbot, demo_register, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from registry_app.gui.editors.record_editor import RecordEditor

    monkeypatch.setattr(RecordEditor, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)
    main = MainWindow("SQLite", "default", 2, demo_register)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


def test_each_list_page_counts_its_records_when_first_shown(window):
    for row, entity, model in ((ORGANISATIONS, "organisation", Organisation), (PROGRAMMES, "programme", None),
                               (COURSES, "course", Course), (TRAINERS, "trainer", Trainer)):
        page = window.register_pages[entity]
        assert page.model.rowCount() == 0  # nothing read before the page is shown
        window.ui.navigation.setCurrentRow(row)
        assert page.model.rowCount() > 0
        if model is not None:
            assert page.model.total() == model.select().where(
                getattr(model, "archived", False) == False).count()  # noqa: E712
        assert page.ui.countLabel.text().endswith("in the register.")


def test_search_filter_and_sort_the_organisations(window, qtbot):
    window.ui.navigation.setCurrentRow(ORGANISATIONS)
    page = window.register_pages["organisation"]
    country = Organisation.select().first().country_id
    combo = page.filter_combo("country")
    combo.setCurrentIndex(combo.findData(country))
    expected = Organisation.select().where(Organisation.country == country).count()
    assert page.model.total() == expected and page.model.rowCount() == expected
    page.ui.table.horizontalHeader().sectionClicked.emit(0)  # sort by name, then back
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == sorted(names, key=str.casefold) or names == sorted(names, key=str.casefold, reverse=True)
    qtbot.keyClicks(page.ui.searchEdit, "zzzz-no-such")
    assert page.model.total() == 0 and page.ui.countLabel.text() == "No organisation matches."


def test_course_filters_by_year_and_status(window):
    page = window.register_pages["course"]
    years = page.filter_combo("year")
    years.setCurrentIndex(1)
    year = years.currentData()
    status = page.filter_combo("status")
    status.setCurrentIndex(status.findData("closed"))
    expected = [c for c in Course.select() if c.start_date.year == year and c.status == "closed"]
    assert page.model.total() == len(expected)
    dates = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # the latest first


def test_enter_opens_the_record_and_the_same_form_is_reused(window, qtbot):
    window.ui.navigation.setCurrentRow(TRAINERS)
    page = window.register_pages["trainer"]
    page.ui.table.setFocus()
    page.ui.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    key = ("trainer", page.model.record_id(0))
    editor = window.forms.open[key]
    assert isinstance(editor, TrainerEditor) and editor.isVisible()
    page.ui.table.activated.emit(page.model.index(0, 1))
    assert window.forms.open[key] is editor
    assert editor.ui.family_nameEdit.text() == Trainer.get_by_id(key[1]).family_name


def test_ctrl_n_opens_a_new_form_of_the_list_shown(window, qtbot):
    for row, kind in ((PARTICIPANTS, ParticipantEditor), (ORGANISATIONS, OrganisationEditor),
                      (COURSES, CourseEditor)):
        window.ui.navigation.setCurrentRow(row)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        opened = [w for w in window.findChildren(kind) if w.isVisible() and w.record_id is None]
        assert opened, kind.__name__
        opened[0].close()


def test_a_saved_form_refreshes_its_list(window, qtbot):
    window.ui.navigation.setCurrentRow(ORGANISATIONS)
    page = window.register_pages["organisation"]
    before = page.model.total()
    form = window.open_record("organisation", None)
    form.ui.nameEdit.setText("Cellule nationale de traitement des informations financières")
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("justice"))
    form.ui.countryCombo.setCurrentIndex(form.ui.countryCombo.findData("SN"))
    assert form.save()
    assert page.model.total() == before + 1
    form.ui.archiveButton.click()
    assert page.model.total() == before


def test_archived_participants_are_left_out_unless_asked_for(window, qtbot):
    page = window.participants_page
    total = page.model.total()
    person = Participant.select().first()
    form = window.open_record("participant", person.id)
    form.ui.archiveButton.click()
    assert page.model.total() == total - 1
    page.ui.archivedCheck.setChecked(True)
    assert page.model.total() == total


def test_ctrl_f_searches_the_list_shown(window, qtbot):
    window.ui.navigation.setCurrentRow(COURSES)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.register_pages["course"].ui.searchEdit.hasFocus()


def test_the_list_model_is_a_sound_qt_model(window, qtmodeltester):
    model = window.register_pages["organisation"].model
    model.load()
    qtmodeltester.check(model)


def test_quitting_asks_about_a_form_with_unsaved_changes(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    form = window.open_record("trainer", None)
    form.ui.family_nameEdit.setText("Otieno")
    monkeypatch.setattr(form, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and form.isVisible()
    monkeypatch.setattr(form, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
