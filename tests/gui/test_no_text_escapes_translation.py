"""No text a clerk sees bypasses translation. A pseudo-translation wraps every message that goes through
Qt's translation (tr(), QCoreApplication.translate, the services' templates and words shown through
gui.errors.translated) in ⟦ ⟧; the window, its pages filled from a demo register, its menus, forms,
dialogs, tables (headers and cells), charts and status bar are then read, and any text with letters
outside the markers that is not the register's own data (names, codes, titles in the interface's
language, dates, paths) was never put through translation: a hard-coded English string, a status word,
a service's message that is not a template. test_every_text_translated.py checks the other half: that
what goes through translation has a French and an Arabic translation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from peewee import fn
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from registry_app.domain import enums
from registry_app.gui.main_window import ATTENDANCE
from registry_app.store import models
from tests.gui.pseudo_translation import CLOSE, OPEN, Offenders, PseudoTranslator, RegisterData
from tests.gui.screens import ON_SERVER, ON_SQLITE, Language, forms_and_dialogs, main_window, pages, tabs
from tests.services.nominations import files

NO_SUCH_COURSE = "XYZ-999/2099-01"
COLUMN_LETTERS = tuple(chr(code) for code in range(ord("A"), ord("Z") + 1))  # a spreadsheet's own
ODD_HEADINGS = ["Nom", "Prénom usuel", "Sexe", "Né(e) le", "Pays", "Unité", "Type"]
# What the test gives the window (typed, or in a member state's workbook), shown back as it is.
TYPED = (ON_SQLITE, ON_SERVER, NO_SUCH_COURSE, "Atlantis", "R-?", "X", "Sheet1", "with-problems.xlsx", "odd.xlsx",
         *files.HEADINGS, *ODD_HEADINGS, *(f"{chr(65 + n)} ({heading})" for n, heading in enumerate(files.HEADINGS)),
         *(f"Ministry of the Interior — nominations, page {n}" for n in (1, 2)),
         # but a sex given as its code (F, M): read as such, it is said in the interface's words
         *(value for row in files.PEOPLE for value in row if isinstance(value, str) and value not in ("F", "M")))


@pytest.fixture
def pseudo(qapp):
    """The pseudo-translation in place of any language (Qt's own messages wrapped too)."""
    speaking = Language(qapp)
    speaking.reset()
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    speaking.reset()


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str]]:
    """The message boxes the window opens, kept (title, text) instead of waiting for an answer, and
    the steps its progress dialogs say."""
    boxes: list[tuple[str, str]] = []

    def keep(answer):
        def box(_parent, title, text, *args, **kwargs):
            boxes.append((title, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", keep(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", keep(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", keep(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", keep(QMessageBox.StandardButton.No))
    says = QProgressDialog.setLabelText

    def step(dialog, text):  # the steps of long work, said beside its progress bar
        boxes.append((dialog.windowTitle(), text))
        says(dialog, text)

    monkeypatch.setattr(QProgressDialog, "setLabelText", step)
    return boxes


def _window_at_work(qtbot, actor, language: str) -> QMainWindow:
    window = main_window(actor, language)
    qtbot.addWidget(window)
    window.resize(1024, 698)
    window.show()
    course = models.Course.select().where(models.Course.status == "running").order_by(models.Course.id).first() \
        or models.Course.select().order_by(models.Course.id).first()
    window.ui.navigation.setCurrentRow(ATTENDANCE)
    assert window.attendance_page.open_course(course.code)
    return window


def _first_half_day(page) -> int:
    return next(c for c in range(page.model.columnCount()) if page.model.half_day_at(c) is not None)


def _attendance_refusals(page, offenders: Offenders) -> None:
    """A code that names no course, a key refused on a day to come, "all present" without a half-day."""
    assert not page.open_course(NO_SUCH_COURSE)
    assert page.last_refusal
    offenders.read("attendance, an unknown course code", page)
    coming = (models.Course.select().join(models.Enrolment)
              .where(models.Course.start_date > date.today(), models.Enrolment.status == "confirmed")
              .order_by(models.Course.start_date).first())
    assert page.open_course(coming.code)
    page.last_refusal = ""
    page.ui.grid.setCurrentIndex(page.model.index(0, _first_half_day(page)))
    page.mark_current(enums.AttendanceStatus.ABSENT)
    assert page.last_refusal, "a mark on a day to come was not refused"
    offenders.read("attendance, a refused key", page)
    page.last_refusal = ""
    assert page.closing_dialog() is None and page.last_refusal  # a course that has not run
    offenders.read("attendance, a course that cannot close yet", page)
    page.ui.grid.setCurrentIndex(page.model.index(0, 0))
    page.all_present()
    offenders.read("attendance, all present without a half-day", page)


def _enrolment_refusals(window, offenders: Offenders) -> None:
    """Moves the rules refuse, and a course that fills up, said in the course form."""
    from registry_app.gui.selection import select_rows

    open_course = (models.Course.select().join(models.Enrolment).where(models.Course.status.in_(("open", "planned")))
                   .group_by(models.Course.id).having(fn.COUNT(models.Enrolment.id) > 2).order_by(models.Course.id)
                   .first())
    form = window.open_record("course", open_course.id)
    table = form.ui.enrolmentTable
    for status in (enums.EnrolmentStatus.COMPLETED, enums.EnrolmentStatus.CONFIRMED, enums.EnrolmentStatus.NO_SHOW):
        select_rows(table, range(table.model().rowCount()))
        form.enrolment.move_selected(status)
        assert form.ui.enrolmentMessage.text()
        offenders.read(f"course form, enrolments moved to {status.value}", form)
    form.close()


def _participant_form_at_work(window, offenders: Offenders) -> None:
    person = models.Participant.select().order_by(models.Participant.id).first()
    form = window.open_record("participant", person.id)
    email = form.ui.emailEdit.text()
    form.ui.emailEdit.setText("not an address")
    assert not form.save()
    offenders.read("participant form, a wrong e-mail", form)
    form.ui.emailEdit.setText(email)
    assert form.save()
    offenders.read("participant form, saved", form)
    form.close()


def _more_screens(qtbot, window, actor, language: str, offenders: Offenders) -> None:
    """The dialogs and boxes the walk of the pages does not open: graduation on a course, a certificate
    verified, the people behind a report's figure, a duplicate to merge, another register to choose,
    a register that cannot be opened."""
    from registry_app.domain.errors import Refusal
    from registry_app.gui.dialogs.duplicates_dialog import MergeDialog
    from registry_app.gui.dialogs.graduation_dialog import GraduationDialog
    from registry_app.gui.dialogs.open_failure_dialog import failure_box
    from registry_app.gui.dialogs.register_chooser import RegisterChooser
    from registry_app.gui.dialogs.verify_dialog import VerifyDialog
    from registry_app.services.register import participants

    closed = models.Certificate.select().order_by(models.Certificate.id).first().enrolment.course
    graduation = GraduationDialog(actor, None, None, language)
    qtbot.addWidget(graduation)
    for code in (NO_SUCH_COURSE, closed.code):
        graduation.load(code)
        offenders.read(f"graduation dialog on {code}", graduation)
    verify = VerifyDialog()
    qtbot.addWidget(verify)
    as_printed = Offenders(RegisterData(language, TYPED, every_language=True))  # the certificate's languages
    for serial in [c.serial for c in models.Certificate.select().order_by(models.Certificate.id).limit(2)] + [
            "XX-0000-00000-Q"]:
        verify.serial.setText(serial)
        verify.verify()
        as_printed.read(f"verify dialog on {serial}", verify)
    offenders.found |= as_printed.found
    reports = window.reports_page
    reports.refresh()
    reports.show_behind("", "")
    offenders.read("reports, the people behind the figures", reports)
    person = models.Participant.select().order_by(models.Participant.id).first()
    merge = MergeDialog(participants.get(person.id), [], language)
    qtbot.addWidget(merge)
    offenders.read("merge dialog", merge)
    users = window.users_page
    users.select(actor.user_id)
    assert not users.change_role(enums.Role.CLERK)  # the last administrator
    offenders.read("users, the last administrator kept", users)
    settings = window.settings_page
    settings.edits["serial_prefix"].setText("R-?")
    assert not settings.save_certificate_settings()
    assert window.backups_box.back_up_now() is not None
    offenders.read("settings, a wrong prefix and a backup made", settings)
    chooser = RegisterChooser(None, "postgresql://clerk@db.example.org:5432/registry")
    qtbot.addWidget(chooser)
    offenders.read("register chooser", chooser)
    box = failure_box(Refusal("{path} is a folder, not a register file.", path=Path("/srv/registry")))
    qtbot.addWidget(box)
    offenders.read("a register that cannot be opened", box)


@pytest.fixture
def graduated(demo_register, tmp_path):
    """The demo register with one closed course's certificates issued, and one of them revoked."""
    from registry_app.services.certificates import graduation, keys
    from registry_app.services.certificates import register as certificate_register

    keys.new_key(demo_register, "a passphrase for the test", date(2020, 1, 1), tmp_path / "keys")
    for course in models.Course.select().where(models.Course.status == "closed").order_by(models.Course.id):
        issued = graduation.issue(demo_register, course.id, "a passphrase for the test", keys=tmp_path / "keys").issued
        if issued:
            certificate_register.revoke(demo_register, issued[0].serial, "Issued to the wrong person")
            return demo_register
    raise AssertionError("no closed course of the demo register gives a certificate")


def _reached_what_the_issue_names(seen: set[str]) -> None:
    """The walk reached the texts clerks saw left in English: a refused enrolment, a refused attendance
    key, an unknown course code, a closing explanation, course statuses, AM/PM headers, M/F, the
    Reports' labels (each found marked as translated)."""
    everything = "\n".join(seen)
    for marked in (f"{OPEN} has not come yet: attendance is marked on the day or after.{CLOSE}",
                   f"{OPEN}No course has the code {CLOSE}", f"{OPEN}AM{CLOSE}", f"{OPEN}PM{CLOSE}",
                   f"{OPEN}F{CLOSE}", f"{OPEN}M{CLOSE}", f"{OPEN}Running{CLOSE}", f"{OPEN}Closed{CLOSE}",
                   f"{OPEN} of {CLOSE}", f"{OPEN} half-days = {CLOSE}",  # a closing explanation
                   f"{OPEN}An enrolment that is {CLOSE}",  # a refused enrolment
                   f"{OPEN}Officials trained by region{CLOSE}"):  # a chart of the Reports
        assert marked in everything, f"the walk did not reach {marked!r}"


def _nominations_at_work(window, language: str, folder: Path, offenders: Offenders) -> None:
    """A member state's workbook with problems (located, fixed, skipped, imported), and one whose odd
    headings open the mapping dialog."""
    course = (models.Course.select().where(models.Course.status == "open", models.Course.start_date > date.today())
              .order_by(models.Course.id).first())
    form = window.open_record("course", course.id)
    people = [list(row) for row in files.PEOPLE]
    people[0][3], people[2][5] = "X", "Atlantis"
    sent = folder / "with-problems.xlsx"
    sent.write_bytes(files.xlsx(people))
    dialog = form.nomination_files.import_file(sent, ask=False)
    assert dialog.problems.rowCount()
    offenders.read("nominations, a workbook with problems", dialog)
    dialog.rows.selectRow(0)
    dialog.fix_selected("sex", "F")
    dialog.rows.selectRow(2)
    dialog.toggle_skip()
    dialog.commit()
    offenders.read("nominations, imported", dialog)
    offenders.read("course form, after the import", form)
    odd = folder / "odd.xlsx"
    odd.write_bytes(files.xlsx([[r[0], r[1], r[3], r[4], r[5], r[6], r[7]] for r in files.PEOPLE], headings=ODD_HEADINGS))
    mapping = form.nomination_files.import_file(odd, ask=False).mapping_dialog
    columns = Offenders(RegisterData(language, TYPED + COLUMN_LETTERS))
    columns.read("nominations, the mapping dialog", mapping)  # the file's cells and its columns' letters
    offenders.found |= columns.found
    form.close()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_text_a_clerk_sees_goes_through_translation(qtbot, qapp, graduated, pseudo, said, language, tmp_path):
    demo_register = graduated
    window = _window_at_work(qtbot, demo_register, language)
    offenders = Offenders(RegisterData(language, TYPED))
    for name, page in pages(window):
        qtbot.wait(50)
        for _ in tabs(page):
            offenders.read(name, page)
    offenders.text("window", "window title", window.windowTitle())
    offenders.read("menus", window.menuBar())
    offenders.read("status bar", window.statusBar())
    offenders.read("navigation", window.ui.navigation)
    for name, build in forms_and_dialogs(demo_register, language):
        widget = build()
        qtbot.addWidget(widget)
        widget.show()
        for _ in tabs(widget):
            offenders.read(name, widget)
        widget.hide()
    _attendance_refusals(window.attendance_page, offenders)
    _enrolment_refusals(window, offenders)
    _participant_form_at_work(window, offenders)
    _more_screens(qtbot, window, demo_register, language, offenders)
    _nominations_at_work(window, language, tmp_path, offenders)
    offenders.read("status bar, after the day's work", window.statusBar())
    assert said  # the refused settings were said in a box
    assert f"{OPEN}Reading the workbook…{CLOSE}" in {text for _title, text in said}  # a service's step
    for title, text in said:
        offenders.text("message box", "title", title)
        offenders.text("message box", "text", text)
    _reached_what_the_issue_names(offenders.seen)
    assert not offenders.found, f"{len(offenders.found)} texts bypass translation:\n" + "\n".join(
        sorted(offenders.found))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_an_empty_register_speaks_through_translation_too(qtbot, qapp, sqlite_database, pseudo, said, language):
    """A new register says other things (nothing yet, no course, no backup): every page, the forms of new
    records, graduation and the attendance page asked for a course that does not exist."""
    from registry_app.gui.dialogs.graduation_dialog import GraduationDialog
    from registry_app.gui.editors.course_editor import CourseEditor
    from registry_app.gui.editors.participant_editor import ParticipantEditor
    from registry_app.services.actors import current

    actor = current()
    window = main_window(actor, language)
    qtbot.addWidget(window)
    window.show()
    offenders = Offenders(RegisterData(language, TYPED))
    for name, page in pages(window):
        qtbot.wait(50)
        for _ in tabs(page):
            offenders.read(f"empty register, {name}", page)
    assert not window.attendance_page.open_course(NO_SUCH_COURSE)
    offenders.read("empty register, attendance", window.attendance_page)
    for name, widget in (("participant form", ParticipantEditor(actor, None, None, language)),
                         ("course form", CourseEditor(actor, None, None, language)),
                         ("graduation dialog", GraduationDialog(actor, None, None, language))):
        qtbot.addWidget(widget)
        widget.show()
        for _ in tabs(widget):
            offenders.read(f"empty register, {name}", widget)
    offenders.read("empty register, status bar", window.statusBar())
    for title, text in said:
        offenders.text("empty register, message box", "title", title)
        offenders.text("empty register, message box", "text", text)
    assert not offenders.found, f"{len(offenders.found)} texts bypass translation:\n" + "\n".join(
        sorted(offenders.found))


def test_the_check_finds_a_text_that_bypasses_translation(qtbot, qapp, demo_register, pseudo):
    """The check itself: a hard-coded English label, an English programme title on a French page and a
    status put into a translated sentence as its code are found; a translated label, a participant's
    name, a course code with its French title and a date are not."""
    from registry_app.domain.errors import Refusal, Word
    from registry_app.gui.errors import sentence

    person = models.Participant.select().order_by(models.Participant.id).first()
    course = models.Course.select().order_by(models.Course.id).first()
    box = QWidget()
    qtbot.addWidget(box)
    QLabel(QCoreApplication.translate("Test", "Seats taken"), box)
    QLabel(f"{person.family_name.upper()}, {person.given_names}", box)
    QLabel(f"{course.code} — {course.programme.title_fr} — 12/03/2026", box)
    QLabel(sentence(Refusal("Course {code} is {status}.", code=course.code, status=Word("open"))), box)
    planted = {"hardCoded": "Seats taken", "englishTitle": f"{course.code} — {course.programme.title_en}",
               "statusAsCode": sentence(Refusal("Course {code} is {status}.", code=course.code, status="open"))}
    for name, text in planted.items():
        QLabel(text, box).setObjectName(name)
    offenders = Offenders(RegisterData("fr"))
    offenders.read("box", box)
    assert {line.split("'")[1] for line in offenders.found} == set(planted), offenders.found
