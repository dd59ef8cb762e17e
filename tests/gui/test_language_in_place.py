"""The language changes in place, without a restart and without losing what the clerk was doing:
English, then French, Arabic (right to left) and English again, chosen in Settings, with a search
typed, a filter chosen and a row selected on the participants, a course list searched and a row
selected, a course open on the attendance grid, a certificate search typed, and a participant's form
open with an unsaved change. The window stays the same window; every page's texts change."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from registry_app.gui.main_window import ATTENDANCE, CERTIFICATES, COURSES, REPORTS, SETTINGS
from registry_app.store.models import Course, Participant
from tests.gui.screens import Language, main_window, tabs
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


# -- the Certificates, Reports, Settings, Users and Audit pages, each said again on its own widgets --------

FRENCH = {"certificates": "Numéro", "reports": "Période", "settings": "Préfixe des numéros",
          "users": "Nom d'utilisateur", "audit": "Quand (UTC)"}
ARABIC = {"certificates": "الرقم", "reports": "الفترة", "settings": "بادئة الأرقام", "users": "اسم المستخدم",
          "audit": "متى (UTC)"}


@pytest.fixture
def issued_register(actor, closed_course):
    """A register on each backend: a closed course whose three graduates hold certificates, one of them
    revoked, and a second user."""
    from registry_app.services.accounts import users
    from registry_app.services.certificates import graduation, register
    from tests.conftest import KEY_PASSPHRASE

    course, _enrolments, keys = closed_course
    issued = graduation.issue(actor, course.id, KEY_PASSPHRASE, keys=keys)
    register.revoke(actor, issued.issued[0].serial, "Issued in error")
    users.add_user(actor, "awa", "Awa Traoré", "clerk", "a long enough password", "a long enough password")
    return actor


def _open_every_page(qtbot, window) -> dict[str, QWidget]:
    pages_by_name = {}
    for name, section in (("certificates", CERTIFICATES), ("reports", REPORTS), ("settings", SETTINGS),
                          ("users", window._users_section), ("audit", window._audit_section)):
        window.ui.navigation.setCurrentRow(section)
        QApplication.processEvents()
        pages_by_name[name] = window.page(section)
    qtbot.wait(200)  # the reports' figures are counted a moment after the page is first shown
    return pages_by_name


def _state(pages_by_name) -> dict[str, object]:
    """What the clerk typed, chose, selected and scrolled to on each of the five pages."""
    certificates, reports = pages_by_name["certificates"], pages_by_name["reports"]
    settings, users, audit = pages_by_name["settings"], pages_by_name["users"], pages_by_name["audit"]
    scroll = settings.findChild(QScrollArea).verticalScrollBar()
    return {
        "certificates": (certificates.search.text(), certificates.status.currentData(),
                         certificates.selected().serial if certificates.selected() else None),
        "reports": (reports.period.currentData(), reports.start.date(), reports.end.date(),
                    reports.sex.currentData(), reports.country.currentData(), reports.breakdown.currentData(),
                    reports.behind_table.rowCount()),
        "settings": (settings.edits["serial_prefix"].text(), settings.centre_form.edits["city"].text(),
                     settings.idle_minutes.value(), scroll.value()),
        "users": users.selected().username if users.selected() else None,
        "audit": (audit.entity_id.text(), audit.user.currentData(), audit.table.rowCount(),
                  {index.row() for index in audit.table.selectionModel().selectedRows()},
                  audit.table.verticalScrollBar().value()),
    }


def _do_some_work(qtbot, pages_by_name) -> None:
    from registry_app.gui.selection import select_rows

    certificates = pages_by_name["certificates"]
    certificates.search.setText("INV")
    select_rows(certificates.table, [1])
    reports = pages_by_name["reports"]
    reports.period.setCurrentIndex(reports.period.findData(("since", reports.period.itemData(
        reports.period.count() - 2)[1])))
    reports.sex.setCurrentIndex(reports.sex.findData("M"))
    reports.breakdown.setCurrentIndex(reports.breakdown.findData("country"))
    qtbot.wait(300)
    reports.show_behind("country", reports.table.item(0, 0).data(Qt.ItemDataRole.UserRole), "", "")
    settings = pages_by_name["settings"]
    settings.edits["serial_prefix"].setText("RAB-unsaved")
    settings.centre_form.edits["city"].setText("Rabat, not saved")
    settings.findChild(QScrollArea).verticalScrollBar().setValue(200)
    users = pages_by_name["users"]
    users.select(next(row.user_id for row in users.rows if row.username == "awa"))
    audit = pages_by_name["audit"]
    audit.user.setCurrentIndex(1)
    audit.refresh()
    audit.entity_id.setText("12")  # typed, not yet shown
    select_rows(audit.table, [2])
    audit.table.verticalScrollBar().setValue(3)


def _widgets(page: QWidget) -> list[QWidget]:
    return [page, *page.findChildren(QWidget)]


def test_the_other_pages_speak_in_place_keeping_the_clerk_s_work(qtbot, qapp, issued_register):
    from tests.gui.test_every_text_translated import Sources, _english

    speaking = Language(qapp)
    speaking.use("en")
    window = main_window(issued_register, "en")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    try:
        pages_by_name = _open_every_page(qtbot, window)
        _do_some_work(qtbot, pages_by_name)
        state = _state(pages_by_name)
        assert state["certificates"][2] and state["users"] == "awa" and state["reports"][-1] > 0
        assert state["settings"][-1] == 200 and state["audit"][-1] == 3 and state["audit"][3] == {2}
        widgets = {name: _widgets(page) for name, page in pages_by_name.items()}
        for language in ("fr", "ar", "en"):
            window.speak(language)
            qapp.processEvents()
            direction = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
            for name, page in pages_by_name.items():
                assert any(built is page for built in window._built.values()), f"{name} built again ({language})"
                assert _widgets(page)[:len(widgets[name])] == widgets[name], (name, language)
                assert page.layoutDirection() == direction, (name, language)
            assert _state(pages_by_name) == state, language
            texts = {name: {text for _what, text in _texts(page)} for name, page in pages_by_name.items()}
            for name, page in pages_by_name.items():
                window.ui.navigation.setCurrentRow(next(s for s, p in window._built.items() if p is page))
                qapp.processEvents()
                assert not _cut_choices(page), (name, language, _cut_choices(page))
            if language != "en":
                for name, page in pages_by_name.items():
                    assert not _english(page, Sources(language), name), (language, _english(page, Sources(language),
                                                                                            name))
                    assert {"fr": FRENCH, "ar": ARABIC}[language][name] in texts[name], (name, language)
            else:
                assert {"Serial", "Period", "Serial prefix", "User name", "When (UTC)"} <= set().union(*texts.values())
            _model_texts_in(language, pages_by_name)
    finally:
        speaking.reset()


def _cut_choices(page: QWidget) -> list[str]:
    """The choice boxes whose chosen words are cut short (those that make room for a few letters only, as
    the report's long programme titles do, excepted): the words and the room for them."""
    cut = []
    for combo in page.findChildren(QComboBox):
        if combo.isVisible() and combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                QStyle.SubControl.SC_ComboBoxEditField, combo).width()
            if combo.fontMetrics().horizontalAdvance(combo.currentText()) > room:
                cut.append(f"{combo.currentText()} ({room})")
    return cut


def _model_texts_in(language: str, pages_by_name) -> None:
    """What the tables' rows say in words (statuses, kinds, roles) and the charts' titles."""
    certificates = pages_by_name["certificates"]
    statuses = {certificates.model.index(row, 5).data() for row in range(certificates.model.rowCount())}
    kinds = {certificates.model.index(row, 3).data() for row in range(certificates.model.rowCount())}
    assert statuses == {"en": {"valid", "revoked"}, "fr": {"valide", "révoqué"},
                        "ar": {"صالحة", "ملغاة"}}[language], statuses
    assert kinds.isdisjoint({"completion", "participation"}) == (language != "en"), kinds
    users = pages_by_name["users"]
    roles = {users.table.item(row, 2).text() for row in range(users.table.rowCount())}
    assert {"en": "Administrator", "fr": "Administrateur", "ar": "مسؤول"}[language] in roles
    behind = pages_by_name["reports"].behind_table  # the men behind a country's figure
    assert {behind.item(row, 3).text() for row in range(behind.rowCount())} == {"en": {"M"}, "fr": {"H"},
                                                                                 "ar": {"ذكر"}}[language]
    assert {"en": "Completed", "fr": "Achevé", "ar": "أتمّ"}[language] in {
        behind.item(row, 7).text() for row in range(behind.rowCount())}
    audit = pages_by_name["audit"]
    actions = {audit.table.item(row, 3).text() for row in range(audit.table.rowCount())}
    assert {"en": "Certificate issued", "fr": "Certificat délivré", "ar": "إصدار شهادة"}[language] in actions
    assert audit.action.itemText(audit.action.findData("add-user")) == {
        "en": "User added", "fr": "Utilisateur ajouté", "ar": "إضافة مستخدم"}[language]
    charts = pages_by_name["reports"].charts
    title = charts.views["region"].chart().title()
    assert title == {"en": "Officials trained by region", "fr": "Agents formés par région",
                     "ar": "المسؤولون المدرَّبون حسب المنطقة"}[language]


def test_the_open_user_guide_turns_to_the_new_language_on_the_same_topic(qtbot, qapp, demo_register):
    speaking = Language(qapp)
    speaking.use("en")
    window = main_window(demo_register, "en")
    qtbot.addWidget(window)
    window.show()
    try:
        window.ui.navigation.setCurrentRow(CERTIFICATES)
        guide = window.show_guide()
        qtbot.addWidget(guide)
        assert guide.browser.source().toLocalFile().endswith("en/certificates.md")
        english = guide.browser.toPlainText()
        for language, folder, title in (("fr", "fr", "Guide de l'utilisateur"), ("ar", "en", "دليل المستخدم"),
                                        ("en", "en", "User guide")):
            window.speak(language)
            assert guide.isVisible() and window.guide is guide
            assert guide.browser.source().toLocalFile().endswith(f"{folder}/certificates.md"), language
            assert guide.windowTitle() == title
            assert (guide.browser.toPlainText() == english) == (folder == "en"), language
            assert not guide.browser.isBackwardAvailable(), language  # back to a page in the other language
        guide.show_section("reports")  # as a link followed in the guide
        bar = guide.browser.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        window.speak("fr")
        assert guide.browser.source().toLocalFile().endswith("fr/reports.md")
        assert "Rapports" in guide.browser.toPlainText()
        assert bar.maximum() > 0 and abs(bar.value() / bar.maximum() - 0.5) < 0.05  # as far down the page
    finally:
        speaking.reset()


def _narrow_columns(where: str, widget: QWidget) -> list[str]:
    """Each column of the widget's tables narrower than its header's text, as "where: header (width < text)"."""
    found = []
    for table in widget.findChildren(QTableView):
        header, model = table.horizontalHeader(), table.model()
        if model is None:
            continue
        for column in range(model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            stretched = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
            if not header.isSectionHidden(column) and not stretched and header.sectionSize(column) < needed:
                found.append(f"{where}: {text} ({header.sectionSize(column)} < {needed})")
    return found


def _too_narrow(window, forms) -> list[str]:
    """The narrow columns of every page, each shown in turn, and of every tab of the open forms."""
    found = []
    for section in range(window.ui.navigation.count()):
        window.ui.navigation.setCurrentRow(section)
        QApplication.processEvents()
        found += _narrow_columns(window.ui.navigation.item(section).text(), window.page(section))
    for form in forms:
        for _ in tabs(form):
            found += _narrow_columns(form.windowTitle(), form)
    return found


def _headers(table) -> list[str]:
    return [str(table.model().headerData(column, Qt.Orientation.Horizontal)) for column in range(table.model().columnCount())]


def test_columns_are_fitted_again_to_the_longer_french_headers(qtbot, qapp, issued_register, closed_course):
    """On every page and in the open forms (a graduate's history, a course's funding): the headers in
    French, and each column at least as wide as its header's text, as when first shown."""
    speaking = Language(qapp)
    speaking.use("en")
    window = main_window(issued_register, "en")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    course, enrolments, _keys = closed_course
    forms = [window.open_record("participant", enrolments[0].participant_id), window.open_record("course", course.id)]
    try:
        for form in forms:
            form.resize(1000, 700)
        assert not _too_narrow(window, forms)
        history, funding = forms[0].ui.historyTable, forms[1].ui.fundingTable
        assert _headers(history)[0] == "Course" and history.rowCount() == 1
        french_width = history.fontMetrics().horizontalAdvance("Session")
        for language in ("fr", "ar"):
            window.speak(language)
            qtbot.wait(200)
            assert not _too_narrow(window, forms), (language, _too_narrow(window, forms))
        window.speak("fr")
        assert _headers(history)[:2] == ["Session", "Programme"] and history.rowCount() == 1
        assert history.horizontalHeader().sectionSize(0) >= french_width
        assert _headers(funding) == ["Bailleur", "Référence de la subvention"]
    finally:
        for form in forms:
            form.close()
        speaking.reset()
