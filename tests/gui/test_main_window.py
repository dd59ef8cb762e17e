"""The main window driven as a clerk would: search as you type, sort, scroll, navigate."""

import pytest
from PySide6.QtCore import QLocale, Qt

from registry_app.gui.main_window import COURSES, PARTICIPANTS, SETTINGS, MainWindow
from registry_app.gui.models.participants_model import (
    COLUMN_ARABIC_NAME,
    COLUMN_FAMILY_NAME,
    COLUMN_NATIONALITY,
    PAGE_SIZE,
    ParticipantsModel,
)
from registry_app.gui.selection import select_rows
from registry_app.store.models import Course, Participant


@pytest.fixture
def window(qtbot, demo_register):
    main = MainWindow("SQLite: /tmp/register.sqlite3", "default", 1, demo_register)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _page(window):
    return window.participants_page


def test_the_window_opens_on_the_participants_and_names_the_register(window):
    assert window.current_section() == PARTICIPANTS
    assert window.database_label.text() == "SQLite: /tmp/register.sqlite3"
    page = _page(window)
    assert page.model.rowCount() == PAGE_SIZE
    assert page.ui.countLabel.text() == f"{QLocale().toString(1500)} participants in the register."


def test_search_as_you_type_filters_the_table_and_the_count(window, qtbot):
    page = _page(window)
    target = Participant.select().where(Participant.full_name_ar != "").first()
    family = target.family_name
    qtbot.keyClicks(page.ui.searchEdit, family.lower())
    expected = Participant.select().where(Participant.family_name == family).count()
    shown = {page.model.index(r, COLUMN_FAMILY_NAME).data() for r in range(page.model.rowCount())}
    assert family in shown
    assert page.model.total() >= expected
    assert page.ui.countLabel.text().endswith("match.")


def test_typing_on_without_changing_the_rows_leaves_the_table_and_its_selection_alone(window, qtbot):
    page = _page(window)
    family = Participant.select().order_by(Participant.id).first().family_name
    qtbot.keyClicks(page.ui.searchEdit, family.lower())
    select_rows(page.ui.table, [0])
    chosen, count = page.model.participant_id(0), page.ui.countLabel.text()
    with qtbot.assertNotEmitted(page.model.modelReset):
        qtbot.keyClicks(page.ui.searchEdit, " ")  # the same words: the same rows
    assert [i.row() for i in page.ui.table.selectionModel().selectedRows()] == [0]
    assert page.model.participant_id(0) == chosen and page.ui.countLabel.text() == count
    with qtbot.waitSignal(page.model.modelReset):
        qtbot.keyClicks(page.ui.searchEdit, "qqq")


def test_searching_in_arabic_script_finds_the_latin_record(window, qtbot):
    page = _page(window)
    target = Participant.select().where(Participant.full_name_ar != "").first()
    page.ui.searchEdit.setText(target.full_name_ar)
    ids = {page.model.participant_id(r) for r in range(page.model.rowCount())}
    assert target.id in ids
    row = next(r for r in range(page.model.rowCount()) if page.model.participant_id(r) == target.id)
    assert page.model.index(row, COLUMN_ARABIC_NAME).data() == target.full_name_ar


def test_a_search_that_finds_nothing_says_so(window, qtbot):
    page = _page(window)
    qtbot.keyClicks(page.ui.searchEdit, "qqqxw")
    assert page.model.rowCount() == 0
    assert page.ui.countLabel.text() == "No participant matches."
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.ui.searchEdit.text() == "" and page.model.rowCount() == PAGE_SIZE


def test_the_nationality_filter_and_the_header_sort_work_in_sql(window, qtbot):
    page = _page(window)
    index = page.ui.nationalityCombo.findData("MA")
    page.ui.nationalityCombo.setCurrentIndex(index)
    moroccans = Participant.select().where(Participant.nationality == "MA").count()
    assert page.model.total() == moroccans
    assert {page.model.index(r, COLUMN_NATIONALITY).data() for r in range(page.model.rowCount())} == {"Morocco"}
    page.ui.table.sortByColumn(COLUMN_FAMILY_NAME, Qt.SortOrder.DescendingOrder)
    names = [page.model.index(r, COLUMN_FAMILY_NAME).data() for r in range(page.model.rowCount())]
    first = Participant.select().where(Participant.nationality == "MA").order_by(Participant.sort_name.desc()).first()
    assert names[0] == first.family_name


def test_scrolling_fetches_the_next_pages_until_everyone_is_there(window, qtbot):
    model = _page(window).model
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1500
    assert len({model.participant_id(r) for r in range(model.rowCount())}) == 1500


def test_ctrl_f_goes_to_the_search_box_from_any_section(window, qtbot):
    window.ui.navigation.setCurrentRow(SETTINGS)
    assert window.current_section() == SETTINGS
    window.ui.actionFind.trigger()
    assert window.current_section() == PARTICIPANTS
    assert _page(window).ui.searchEdit.hasFocus()


def test_every_section_opens(window, qtbot):
    for row in range(window.ui.navigation.count()):
        window.ui.navigation.setCurrentRow(row)
        assert window.current_section() == row
    courses = window.ui.pages.widget(COURSES)
    assert courses.model.rowCount() > 0 and courses.model.total() == Course.select().count()


def test_a_section_is_built_when_first_shown_and_then_shows_the_register(window, qtbot):
    """Only the participants' page is built at start-up; the others are built on first show, in their
    place in the navigation, with their data, and kept afterwards."""
    from registry_app.gui.pages.record_list_page import RecordListPage

    stand_in = window.ui.pages.widget(COURSES)
    assert not isinstance(stand_in, RecordListPage)
    assert window._built.keys() == {PARTICIPANTS}
    window.ui.navigation.setCurrentRow(COURSES)
    courses = window.ui.pages.currentWidget()
    assert isinstance(courses, RecordListPage) and window.ui.pages.indexOf(courses) == COURSES
    assert courses.isVisible() and courses.model.total() == Course.select().count() > 0
    assert courses.model.index(0, 0).data()
    window.ui.navigation.setCurrentRow(PARTICIPANTS)
    window.ui.navigation.setCurrentRow(COURSES)
    assert window.ui.pages.currentWidget() is courses and window.register_pages["course"] is courses
    assert window.ui.pages.count() == window.ui.navigation.count()


def test_a_page_asked_for_before_it_is_shown_is_built_in_place_without_changing_the_section(window):
    settings = window.settings_page
    assert window.current_section() == PARTICIPANTS and window.ui.pages.currentWidget() is window.participants_page
    assert window.ui.pages.widget(SETTINGS) is settings and window.ui.pages.count() == window.ui.navigation.count()
    window.ui.navigation.setCurrentRow(SETTINGS)
    assert window.ui.pages.currentWidget() is settings


def test_a_save_refreshes_only_the_lists_already_built(window, qtbot):
    window.forms.saved("course")  # the programmes, courses and trainers lists are not built: nothing to refresh
    assert window._built.keys() == {PARTICIPANTS}
    courses = window.register_pages["course"]
    before = courses.model.total()
    window.forms.saved("course")
    assert courses.model.total() == before


def test_the_settings_page_says_which_register_is_open(window):
    settings = window.settings_page
    assert settings.values["database"].text() == "SQLite: /tmp/register.sqlite3"
    assert settings.centre_form.edits["name_en"].text().startswith("Programme Office")


def test_the_participants_model_passes_qt_model_checks(qtmodeltester, demo_register):
    model = ParticipantsModel()
    qtmodeltester.check(model)


def test_header_data_for_every_orientation_and_role_returns_plainly(demo_register):
    """PySide6 6.12.0 aborted the interpreter when headerData fell back to super(); ours never does."""
    model = ParticipantsModel()
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
                     Qt.ItemDataRole.SizeHintRole):
            for section in (0, 3, 99):
                value = model.headerData(section, orientation, role)
                assert value is None or isinstance(value, str)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Family name"


def test_a_spelling_nobody_has_offers_the_names_that_sound_alike(window, qtbot):
    page = _page(window)
    page.ui.searchEdit.setText("Muhammad")  # the demo spells it Mohamed or Mohammed
    assert page.model.sounds_alike() and page.model.rowCount() > 0
    assert page.ui.countLabel.text().startswith("No name matches exactly;")
    given = {page.model.index(r, 2).data().split()[0] for r in range(page.model.rowCount())}
    assert {"Mohamed", "Mohammed"} & given


def test_certificate_settings_are_checked_then_saved(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from registry_app.services import centre

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    settings = window.settings_page
    settings.edits["serial_pattern"].setText("{prefix}-{year}")
    assert not settings.save_certificate_settings() and "{seq}" in settings.last_message
    settings.edits["serial_pattern"].setText("{prefix}/{year}/{seq:04d}{check}")
    settings.edits["certificate_file_pattern"].setText("{course}_{family}_{serial}")
    assert settings.save_certificate_settings()
    assert centre.load().serial_pattern == "{prefix}/{year}/{seq:04d}{check}"


def test_a_signing_key_is_made_and_its_trust_file_exported_from_settings(window, tmp_path):
    import json

    settings = window.settings_page
    settings.keys_dir = tmp_path / "keys"
    assert "None yet" in settings.key_label.text()
    assert settings.create_key("a good long passphrase")
    assert "✓" in settings.key_label.text() and list((tmp_path / "keys").glob("*.key"))
    assert settings.export_trust(str(tmp_path / "trust.json"))
    assert len(json.loads((tmp_path / "trust.json").read_text())["keys"]) == 1


def test_the_verification_address_is_checked_and_the_verifier_published_from_settings(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from registry_app.services import centre

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    settings = window.settings_page
    settings.edits["verification_address"].setText("verify.example.org#x")
    assert not settings.save_certificate_settings() and "web address" in settings.last_message
    settings.edits["verification_address"].setText("https://verify.example.org/")
    assert settings.save_certificate_settings() and centre.load().verification_address == "https://verify.example.org/"
    settings.keys_dir = tmp_path / "keys"
    assert settings.create_key("a good long passphrase")
    assert settings.publish_button.isEnabled()
    assert not settings.publish_verifier(str(tmp_path / "site"), "a wrong passphrase")
    assert not (tmp_path / "site").exists()
    assert settings.publish_verifier(str(tmp_path / "site"), "a good long passphrase")
    assert (tmp_path / "site" / "index.html").is_file() and str(tmp_path / "site") in settings.last_message
    settings.grab().save(str(tmp_path / "settings.png"))
