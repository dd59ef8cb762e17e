"""The language changes in place, without a restart and without losing what the clerk was doing:
English, then French, Arabic (right to left) and English again, chosen in Settings, with a search
typed, a filter chosen and a row selected on the participants, a course list searched and a row
selected, a course open on the attendance grid, a certificate search typed, and a participant's form
open with an unsaved change. The window stays the same window; every page's texts change."""

from PySide6.QtCore import Qt

from registry_app.gui.main_window import ATTENDANCE, CERTIFICATES, COURSES, REPORTS, SETTINGS
from registry_app.store.models import Course, Participant
from tests.gui.screens import Language, main_window
from tests.gui.test_every_text_translated import _texts

NAVIGATION = {"en": "Courses", "fr": "Sessions", "ar": "الدورات"}


def _page_texts(window) -> dict[int, set[str]]:
    return {section: {text for _what, text in _texts(page) if text.strip()}
            for section, page in window._built.items()}


def _selected(table, model_id) -> set[int]:
    return {model_id(index.row()) for index in table.selectionModel().selectedRows()}


def test_the_language_changes_in_place_keeping_the_clerk_s_work(qtbot, qapp, demo_register):
    speaking = Language(qapp)
    speaking.use("en")
    window = main_window(demo_register, "en")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    form, rank = None, ""
    try:
        participants = window.participants_page
        participants.ui.searchEdit.setText("a")
        combo = participants.ui.nationalityCombo
        combo.setCurrentIndex(combo.findData("MA"))
        from registry_app.gui.selection import select_rows

        select_rows(participants.ui.table, [2])
        chosen_person = _selected(participants.ui.table, participants.model.participant_id)
        courses = window.register_pages["course"]
        window.ui.navigation.setCurrentRow(COURSES)
        courses.ui.searchEdit.setText("INV")
        select_rows(courses.ui.table, [1])
        chosen_course = courses.selected_ids()
        code = Course.select().where(Course.code.startswith("INV")).order_by(Course.code).first().code
        window.ui.navigation.setCurrentRow(ATTENDANCE)
        assert window.attendance_page.open_course(code)
        window.attendance_page.ui.grid.setCurrentIndex(window.attendance_page.model.index(1, 2))
        window.ui.navigation.setCurrentRow(CERTIFICATES)
        window.certificates_page.search.setText("INV")
        window.ui.navigation.setCurrentRow(REPORTS)
        reports = window.reports_page
        reports.sex.setCurrentIndex(reports.sex.findData("F"))
        reports.country.setCurrentIndex(reports.country.findData("MA"))
        person = Participant.select().order_by(Participant.id).first()
        form = window.open_record("participant", person.id)
        rank = form.ui.rankEdit.text()
        form.ui.rankEdit.setText("Commissaire principal")
        window.ui.navigation.setCurrentRow(SETTINGS)
        window.page(SETTINGS)
        qtbot.wait(300)  # the reports' figures are counted again a moment after a filter is chosen
        before = _page_texts(window)
        form_before = {text for _what, text in _texts(form) if text.strip()}
        sections = list(before)

        for language in ("fr", "ar", "en"):
            settings = window.settings_page
            settings.language_combo.setCurrentIndex(settings.language_combo.findData(language))
            qapp.processEvents()
            assert window.isVisible() and window.language == language
            assert window.current_section() == SETTINGS
            assert window.ui.navigation.item(COURSES).text() == NAVIGATION[language]
            direction = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
            assert window.layoutDirection() == direction and form.layoutDirection() == direction
            # what the clerk was doing
            assert participants.ui.searchEdit.text() == "a"
            assert participants.ui.nationalityCombo.currentData() == "MA"
            assert _selected(participants.ui.table, participants.model.participant_id) == chosen_person
            assert courses.ui.searchEdit.text() == "INV" and courses.selected_ids() == chosen_course
            grid = window.attendance_page
            assert grid.course_code == code and grid.ui.courseEdit.text() == code
            assert (grid.ui.grid.currentIndex().row(), grid.ui.grid.currentIndex().column()) == (1, 2)
            assert window.certificates_page.search.text() == "INV"
            window.ui.navigation.setCurrentRow(REPORTS)
            qapp.processEvents()
            assert (window.reports_page.sex.currentData(), window.reports_page.country.currentData()) == ("F", "MA")
            window.ui.navigation.setCurrentRow(SETTINGS)
            assert form.isVisible() and form.ui.rankEdit.text() == "Commissaire principal" and form.is_dirty()
            # and every page says its texts in the new language
            now = _page_texts(window)
            if language != "en":
                assert {text for _what, text in _texts(form) if text.strip()} != form_before
                for section in sections:
                    assert now[section] != before[section], window.ui.navigation.item(section).text()
            header = participants.model.headerData(0, Qt.Orientation.Horizontal)
            assert header == {"en": "Reference", "fr": "Référence", "ar": "المرجع"}[language]
            assert participants.ui.table.horizontalHeader().model().headerData(
                0, Qt.Orientation.Horizontal) == header
        qtbot.wait(300)
        after = _page_texts(window)
        assert {s: before[s] ^ after[s] for s in sections if before[s] != after[s]} == {}
    finally:
        if form is not None:
            form.ui.rankEdit.setText(rank)  # the form closes without asking about unsaved changes
            assert not form.is_dirty()
            form.close()
        speaking.reset()
