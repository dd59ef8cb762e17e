"""The attendance grid driven from the keyboard, closing a course, and a document previewed."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from registry_app.gui.dialogs.closing_dialog import ClosingDialog
from registry_app.gui.pages.attendance_page import AttendancePage
from registry_app.services.courses import closing
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


def test_a_mark_on_a_day_off_is_refused_with_the_reason(page, qtbot, refusals):
    excluded_column = page.model.columnCount() - 4  # the last half-day, the afternoon off
    page.ui.grid.setCurrentIndex(page.model.index(0, excluded_column))
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_P)
    assert refusals and "is not a session" in refusals[-1]
    assert not AttendanceMark.select().exists()


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
    dialog = ClosingDialog("INV-101/2026-03", closing.propose(page.course_id), page)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text() == "not completed"  # no post-test yet: the pass mark is 60
    dialog.table.selectRow(1)
    assert dialog.override_selected("excused by the ministry; tested orally: 70")
    assert page.apply_closing(dialog.overrides)
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
