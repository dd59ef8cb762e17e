"""The attendance grid driven from the keyboard, closing a course, and a document previewed."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QMessageBox

from registry_app.gui.pages.attendance_page import AttendancePage
from registry_app.store.models import AttendanceMark, Course, Enrolment
from tests.documents.pdf import page_count

AFTER = date(2026, 3, 10)


@pytest.fixture
def refusals(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def page(qtbot, actor, small_course, refusals):
    widget = AttendancePage(actor, today=AFTER)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.open_course("INV-101/2026-03")
    widget.ui.grid.setFocus()
    return widget


def _marks(enrolment):
    return [m.status for m in AttendanceMark.select().where(AttendanceMark.enrolment == enrolment)
            .order_by(AttendanceMark.half_day)]


def test_keys_mark_down_the_column_and_save_at_once(page, qtbot, small_course):
    course, half_days, enrolments = small_course
    assert page.model.rowCount() == 3  # the nominee is not in the room
    page.ui.grid.setCurrentIndex(page.model.index(0, 1))
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_L):
        qtbot.keyClick(page.ui.grid, key)
    firsts = {e.id: _marks(e) for e in enrolments[:3]}
    assert sorted(s[0] for s in firsts.values()) == ["absent", "late", "present"]
    page.ui.grid.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_Delete)
    assert sum(len(m) for m in (_marks(e) for e in enrolments[:3])) == 2
    assert page.model.index(1, page.model.rate_column()).data() == "0 %"


def test_a_mark_on_a_day_off_is_refused_once_beside_the_grid(page, qtbot, refusals):
    excluded_column = page.model.columnCount() - 4  # the last half-day, the afternoon off
    page.ui.grid.setCurrentIndex(page.model.index(0, excluded_column))
    for key in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_A):
        qtbot.keyClick(page.ui.grid, key)
    assert not refusals  # no box for each key: the typing goes on
    assert "is not a session" in page.ui.messageLabel.text()
    assert not AttendanceMark.select().exists()
    page.ui.grid.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_P)
    assert page.ui.messageLabel.text() == ""  # a mark that is taken clears it


def test_all_present_then_scores_typed_in(page, qtbot):
    page.ui.grid.setCurrentIndex(page.model.index(0, 2))
    assert page.all_present() == 3
    post = page.model.index(0, page.model.rate_column() + 2)
    assert page.model.setData(post, "72,5")
    enrolment_id = page.model.grid.rows[0].enrolment_id
    assert Enrolment.get_by_id(enrolment_id).post_test == 72.5
    assert post.data() == "72.5"


def test_closing_with_an_override_from_the_dialog(page, qtbot, monkeypatch):
    page.ui.grid.setCurrentIndex(page.model.index(0, 1))
    for column in range(1, 6):
        page.ui.grid.setCurrentIndex(page.model.index(0, column))
        page.all_present()
    dialog = page.closing_dialog()
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text() == "not completed"  # no post-test yet: the pass mark is 60
    dialog.table.selectRow(1)
    assert dialog.override_selected("excused by the ministry; tested orally: 70")
    dialog.without_scores_box.setChecked(True)
    assert page.apply_closing(dialog.overrides, dialog.without_scores)
    statuses = {e.status for e in Enrolment.select().where(Enrolment.status.in_(["completed", "not-completed"]))}
    assert statuses == {"completed", "not-completed"}
    assert Course.get(Course.code == "INV-101/2026-03").status == "closed"


def test_the_sign_in_sheet_is_previewed_in_the_window_and_printed(page, qtbot, tmp_path):
    dialog = page.preview("sign-in-sheet")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 3  # one page a day
    printer = QPrinter()  # a PDF printer stands in for the office's
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert page_count(tmp_path / "printed.pdf") == 3


def _type_course(page, qtbot, text):
    page.ui.courseEdit.setText(text)  # typed without the completion's popup, which offscreen Qt cannot show
    qtbot.keyClick(page.ui.courseEdit, Qt.Key.Key_Return)


def test_a_code_that_names_no_course_leaves_field_and_grid_on_the_course_shown(page, qtbot, refusals,
                                                                              actor, small_course):
    course, half_days, enrolments = small_course
    other = Course.create(code="PRI-201/2026-04", programme=course.programme, start_date=date(2026, 4, 6),
                          end_date=date(2026, 4, 8), venue="Rabat", capacity=20, status="running")
    _type_course(page, qtbot, "PRI-201/2026-04")
    assert page.course_id == other.id
    _type_course(page, qtbot, "PRI-2O1/2026-04")  # a typo: the letter O for a zero
    assert page.ui.courseEdit.text() == "PRI-201/2026-04" and page.course_id == other.id
    assert "No course has the code PRI-2O1/2026-04" in page.ui.messageLabel.text()
    assert not refusals
    dialog = page.closing_dialog()
    assert dialog is None or "PRI-201/2026-04" in dialog.windowTitle()


def test_a_course_is_found_whatever_the_case_of_its_code(page, qtbot, small_course):
    course, _, _ = small_course
    page.open_course("")  # nothing typed: the course shown stays
    _type_course(page, qtbot, "inv-101/2026-03")
    assert page.course_id == course.id and page.ui.courseEdit.text() == "INV-101/2026-03"
    dialog = page.preview("roster")
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 1


def test_the_course_field_completes_from_the_programme_title(page, qtbot, small_course):
    course, _, _ = small_course
    completer = page.ui.courseEdit.completer()
    completer.setCompletionPrefix("investigations")
    lines = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert lines == ["INV-101/2026-03 — Counter-terrorism investigations"]
    page.course_id = None
    completer.activated[str].emit(lines[0])
    assert page.course_id == course.id and page.ui.courseEdit.text() == "INV-101/2026-03"


def test_the_programme_title_and_status_are_said_in_the_interface_language(qtbot, actor, small_course, refusals):
    widget = AttendancePage(actor, today=AFTER, language="fr")
    qtbot.addWidget(widget)
    assert widget.open_course("INV-101/2026-03")
    title = widget.ui.courseTitle.text()
    assert title.startswith("\u2068Enquêtes\u2069 — ")  # each value isolated: an Arabic line keeps its order
    assert title.count("\u2068") == 5 == title.count("\u2069")


def test_a_course_that_has_not_ended_is_refused_before_the_closing_dialog(qtbot, actor, small_course, refusals):
    widget = AttendancePage(actor, today=date(2026, 3, 3))  # its second day
    qtbot.addWidget(widget)
    assert widget.open_course("INV-101/2026-03")
    assert widget.closing_dialog() is None
    assert "close it after its last session" in widget.ui.messageLabel.text()


def test_closing_without_post_test_scores_is_said_and_done_only_on_purpose(page, qtbot, small_course):
    course, _, enrolments = small_course
    for column in range(1, 6):
        page.ui.grid.setCurrentIndex(page.model.index(0, column))
        page.all_present()
    dialog = page.closing_dialog()
    qtbot.addWidget(dialog)
    assert "3 participant(s) have no post-test score" in dialog.findChild(QLabel, "missingScores").text()
    assert not dialog.close_button.isEnabled()
    assert not page.apply_closing({})  # the rules refuse it too
    assert "no post-test score" in page.ui.messageLabel.text()
    assert Course.get_by_id(course.id).status == "running"
    dialog.without_scores_box.setChecked(True)
    assert dialog.close_button.isEnabled()
    assert page.apply_closing({}, dialog.without_scores)
    assert Course.get_by_id(course.id).status == "closed"
    page.model.setData(page.model.index(0, page.model.rate_column() + 2), "75")
