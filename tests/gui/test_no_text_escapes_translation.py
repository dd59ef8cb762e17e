"""No text a clerk sees bypasses translation. A pseudo-translation wraps every message that goes through
Qt's translation (tr(), QCoreApplication.translate, the services' templates and words shown through
gui.errors.translated) in ⟦ ⟧; the window, its pages filled from a demo register, its menus, forms,
dialogs, tables (headers and cells), charts and status bar are then read, and any text with letters
outside the markers that is not the register's own data (names, codes, titles in the interface's
language, dates, paths) was never put through translation: a hard-coded English string, a status word,
a service's message that is not a template. test_every_text_translated.py checks the other half: that
what goes through translation has a French and an Arabic translation."""

from __future__ import annotations

import ast
import html
import importlib
import json
import re
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path

import pytest
from peewee import CharField, TextField, fn
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabBar,
    QTextEdit,
    QWidget,
)

import registry_app
from registry_app import APP_NAME
from registry_app.domain import completion, enums, permissions
from registry_app.gui import labels
from registry_app.gui.main_window import ATTENDANCE, REGISTER_SECTIONS
from registry_app.gui.models.attendance_model import LETTERS
from registry_app.services.reports import wording
from registry_app.store import models
from tests.gui.screens import ON_SERVER, ON_SQLITE, Language, forms_and_dialogs, main_window, pages, tabs
from tests.refusal_templates import ROOT, SCANNED, _module_name, _said_class
from tests.services.nominations import files

# Columns that hold codes the window must translate, not data shown as it is.
CODES = {(models.AuditEvent, "action"), (models.AuditEvent, "entity"), (models.AuditCheckpoint, "reason")}
OPEN, CLOSE = "⟦", "⟧"
_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_PATH = re.compile(r"\w+://\S*|(?<![\w)])(?:[A-Za-z]:)?[/\\][^\s\u2069]*")  # an address, a file's path
_PLACEHOLDER = re.compile(r"(%\d+|%n|\{[A-Za-z_]\w*(?:[:!][^{}]*)?\})")
_KEY = re.compile(f"(?<={OPEN}\\+{CLOSE})\\w+")
_TOKEN = re.compile(r"\w+")
_WORD = re.compile(r"[^\W\d_]+")
# Written the same in every language by design: the languages offered, each in its own name; the
# database engines and formats named on the screen.
LANGUAGE_NAMES = ("English", "Français", "العربية")
NAMES_OF_THINGS = ("SQLite", "PostgreSQL", "PDF", "CSV", "XLSX", "JSON", "PNG", "JPEG", "QR", "Ed25519", "Argon2id")
NO_SUCH_COURSE = "XYZ-999/2099-01"
COLUMN_LETTERS = tuple(chr(code) for code in range(ord("A"), ord("Z") + 1))  # a spreadsheet's own
ODD_HEADINGS = ["Nom", "Prénom usuel", "Sexe", "Né(e) le", "Pays", "Unité", "Type"]
# What the test gives the window (typed, or in a member state's workbook), shown back as it is.
TYPED = (ON_SQLITE, ON_SERVER, NO_SUCH_COURSE, "Atlantis", "R-?", "X", "Sheet1", "with-problems.xlsx", "odd.xlsx",
         *files.HEADINGS, *ODD_HEADINGS, *(f"{chr(65 + n)} ({heading})" for n, heading in enumerate(files.HEADINGS)),
         *(f"Ministry of the Interior — nominations, page {n}" for n in (1, 2)),
         # but a sex given as its code (F, M): read as such, it is said in the interface's words
         *(value for row in files.PEOPLE for value in row if isinstance(value, str) and value not in ("F", "M")))
ROWS_READ = 30  # of each table: the rows a clerk sees first


class PseudoTranslator(QTranslator):
    """Every message that asks for a translation comes back marked, each stretch between its
    placeholders on its own ("⟦Course ⟧{code}⟦ is ⟧{status}"), so that a value filled in later (a
    status left as a code, an English word) stays outside the marks and is read as any other text."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        if not source:
            return source
        return "".join(part if _PLACEHOLDER.fullmatch(part) else f"{OPEN}{part}{CLOSE}"
                       for part in _PLACEHOLDER.split(source) if part)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class RegisterData:
    """What the register holds, shown as it is: every text of every row (a title in another language
    than the interface's excepted, so that an English programme title on a French page is found),
    the words of those texts (names are shown as "FAMILY, Given", codes inside sentences), the
    locale's month and day names, the centre's name and the window's own paths."""

    def __init__(self, language: str, extra: tuple[str, ...] = (), every_language: bool = False):
        self.values: set[str] = set()
        for model in models.MODELS:
            fields = [f for f in model._meta.sorted_fields if isinstance(f, (CharField, TextField))
                      and (every_language or not _in_another_language(f.name, language)) and (model, f.name) not in CODES]
            for row in model.select(*fields).tuples() if fields else ():
                for value in row:
                    self.values.update(_strings(value))
        locale = QLocale(language)
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                self.values.add(locale.monthName(month, form))
                self.values.add(locale.standaloneMonthName(month, form))
                if month <= 7:
                    self.values.add(locale.dayName(month, form))
        self.values -= _codes()  # a status, a sex, a role kept as a code is shown translated, never as it is
        self.values |= {APP_NAME, *extra, *LANGUAGE_NAMES, *NAMES_OF_THINGS}
        for table in (wording.REGIONS, wording.AGENCY_TYPES, wording.MODES, wording.COURSE_LANGUAGES):
            self.values.update(wording.labels(table, key)[language] for key in table)  # the reports' own words
        self.words = {word.casefold() for value in self.values for word in _WORD.findall(value) if len(word) > 1}
        self.holding: dict[str, list[str]] = {}  # a token (word, number, key id): the values holding it
        for value in self.values:
            for token in {t.casefold() for t in _TOKEN.findall(value) if len(t) > 1}:
                self.holding.setdefault(token, []).append(value)

    def untranslated(self, text: str) -> str:
        """What of the text has letters, is not marked as translated, and is not the register's data."""
        left, before = _KEY.sub(" ", _plain(text)), None  # Ctrl+S: the key's letter is no word
        while left != before:  # a translated sentence holding translated words
            left, before = _WRAPPED.sub(" ", left), left
        left = _PATH.sub(" ", _PLACEHOLDER.sub(" ", left))  # a placeholder shown as such is syntax ({given})
        if not _WORD.search(left) or left.strip() in self.values:
            return ""
        words = [w for w in _WORD.findall(left) if w.casefold() not in self.words]
        if words and all(len(w) == 1 for w in words):
            # A lone letter is data only inside a whole value ("Cour d'appel", "Université Mohammed V")
            candidates = {value for t in _TOKEN.findall(left) if len(t) > 1 for value in self.holding.get(t.casefold(), ())}
            for value in sorted(candidates, key=len, reverse=True):  # the longest first, whole
                left = left.replace(value, " ")
            words = [w for w in _WORD.findall(left) if w.casefold() not in self.words and w not in LETTERS.values()]
        return " ".join(words)


def _in_another_language(field: str, language: str) -> bool:
    """title_en on a French page: a title shown in the wrong language is found (and so are the search
    keys, which hold every language's title folded, and are never shown)."""
    if field == "search_key":
        return True
    prefix, _, suffix = field.rpartition("_")
    return prefix in ("title", "name") and suffix in ("en", "fr", "ar") and suffix != language


def _strings(value: object) -> Iterator[str]:
    """A row's text, and the texts inside a JSON value (a setting, an audit snapshot)."""
    if not isinstance(value, str) or not value:
        return
    yield value
    if value[:1] in "[{\"":
        try:
            parsed = json.loads(value)
        except ValueError:
            return
        yield from _json_strings(parsed)


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield from _strings(value)  # JSON kept as a text inside JSON (the trust list in a setting)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _codes() -> set[str]:
    """Every code of the domain's enumerations (statuses, sexes, half-days, roles, actions...)."""
    found: set[str] = set()
    for module in (enums, completion, permissions):
        for item in vars(module).values():
            if isinstance(item, type) and issubclass(item, Enum):
                found.update(str(member.value) for member in item)
    return found


def _plain(text: str) -> str:
    """The text as read: a mnemonic's & and rich text's tags and entities taken out."""
    if "<" in text:
        text = html.unescape(re.sub(r"<[^>]*>", " ", text))
    return re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list's model (the navigation) keeps its one column to itself
        columns = 1
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield "table header", str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
        yield "row header", str(model.headerData(row, Qt.Orientation.Vertical) or "")
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield "cell", value


def _chart_texts(view: QChartView) -> Iterator[tuple[str, str]]:
    chart = view.chart()
    yield "chart title", chart.title()
    for axis in chart.axes():
        yield "chart axis", axis.titleText()
        yield from (("chart category", c) for c in getattr(axis, "categories", lambda: [])())
    for marker in chart.legend().markers():
        yield "chart legend", marker.label()


def _texts(widget: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """(widget, what, text) for every text the widget and its children show."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.isWindow():
            yield child, "window title", child.windowTitle()
        if isinstance(child, QLabel):
            yield child, "label", child.text()
        elif isinstance(child, QAbstractButton):
            yield child, "button", child.text()
        elif isinstance(child, QGroupBox):
            yield child, "group box", child.title()
        elif isinstance(child, QLineEdit):
            yield child, "placeholder", child.placeholderText()
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            yield child, "placeholder", child.placeholderText()
        if isinstance(child, QTabBar):
            for index in range(child.count()):
                yield child, "tab", child.tabText(index)
                yield child, "tooltip", child.tabToolTip(index)
        if isinstance(child, QComboBox):
            yield from ((child, "combo item", child.itemText(i)) for i in range(child.count()))
        if isinstance(child, QAbstractItemView) and not isinstance(child, QHeaderView) \
                and not isinstance(child.parent(), QComboBox):
            yield from ((child, what, text) for what, text in _model_texts(child))
        if isinstance(child, QChartView):
            yield from ((child, what, text) for what, text in _chart_texts(child))
        if isinstance(child, QMenu):
            yield child, "menu", child.title()
        for action in child.actions():
            yield child, "action", action.text()
            yield child, "action tooltip", action.toolTip()
            yield child, "status tip", action.statusTip()
            if action.menu() is not None:
                yield from _texts(action.menu())
        yield child, "tooltip", child.toolTip()
        yield child, "what's this", child.whatsThis()


class Offenders:
    def __init__(self, data: RegisterData):
        self.data = data
        self.found: set[str] = set()
        self.seen: set[str] = set()  # every text read, to show what the walk reached

    def read(self, where: str, widget: QWidget) -> None:
        for child, what, text in _texts(widget):
            self.text(where, what, text, type(child).__name__, child.objectName())

    def text(self, where: str, what: str, text: str, kind: str = "", name: str = "") -> None:
        self.seen.add(text)
        if left := self.data.untranslated(text):
            self.found.add(f"{where}: {kind} {name!r} {what} {text!r} (untranslated: {left!r})")


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


def _audit_codes() -> tuple[set[str], set[str]]:
    """The actions and kinds of record the services write into the audit trail, read from their sources
    (audit.record and audit.record_alone with literal codes, either branch of a conditional)."""
    def literals(node: ast.expr) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return literals(node.body) | literals(node.orelse)
        return set()

    actions: set[str] = set()
    records: set[str] = set()
    for path in (Path(registry_app.__file__).parent / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("record", "record_alone") and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "audit" and len(node.args) >= 3:
                actions |= literals(node.args[1])
                records |= literals(node.args[2])
    return actions, records


def test_every_action_of_the_audit_trail_is_named_in_words():
    """The Audit page shows each event's action and record in the interface's language, not as codes."""
    actions, records = _audit_codes()
    assert {"demo-data", "issue", "sign-in-failed", "archive", "restore"} <= actions  # the sources were read
    assert not actions - set(labels.AUDIT_ACTIONS), actions - set(labels.AUDIT_ACTIONS)
    # The register's own records (organisation, trainer...) are saved under their kind's name.
    assert not records - set(labels.AUDIT_RECORDS), records - set(labels.AUDIT_RECORDS)
    assert set(REGISTER_SECTIONS.values()) <= set(labels.AUDIT_RECORDS)


# Values of the services' sentences named like the register's coded columns: a status, a half-day...
CODED_VALUES = {"status", "slot", "role", "sex", "kind", "mode", "region"}


def test_no_sentence_of_the_services_carries_a_code_as_a_word():
    """A status put into a refusal as its code ("Course X is open") stays English in every language:
    it must be a Word (translated with the sentence) or a describe(). Read from the sources, so that the
    refusals no test reaches through the window are checked too."""
    found = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            module = importlib.import_module(_module_name(path))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args and _said_class(module, node.func)):
                    continue
                for keyword in node.keywords:
                    value = keyword.value
                    name = value.attr if isinstance(value, ast.Attribute) else getattr(value, "id", None)
                    if name in CODED_VALUES or (keyword.arg in CODED_VALUES and not isinstance(value, ast.Call)):
                        found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {keyword.arg}="
                                     f"{ast.unparse(value)}")
    assert not found, "codes said as they are:\n" + "\n".join(found)


# The Qt calls that put a text on the screen, and which of their arguments is the text.
SHOWING = {"setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,),
           "setStatusTip": (0,), "setTitle": (0,), "setTabText": (1,), "addTab": (1,), "addItem": (0,),
           "addItems": (0,), "setHorizontalHeaderLabels": (0,), "showMessage": (0,), "addAction": (0,),
           "addMenu": (0,), "setWhatsThis": (0,), "setInformativeText": (0,), "setSuffix": (0,),
           "setPrefix": (0,), "setSpecialValueText": (0,), "addButton": (0,), "setLabelText": (0,),
           "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
           "QAction": (0, 1), "QTableWidgetItem": (0,), "QListWidgetItem": (0,), "QMenu": (0,)}
BOXES = {"warning": (1, 2), "information": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
         "getOpenFileName": (1, 3), "getSaveFileName": (1, 3), "getOpenFileNames": (1, 3),
         "getExistingDirectory": (1,), "getText": (1, 2), "getItem": (1, 2)}
_FILTER = re.compile(r"^(\w+) \(\*\.(\w+)\)$")  # "PDF (*.pdf)": a format named by its extension


def _literal(node: ast.expr) -> str:
    """The literal text of an argument (an f-string's literal parts); "" for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(part.value for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, (ast.List, ast.Tuple)):
        return " ".join(_literal(item) for item in node.elts)
    return ""


def _shown_words(text: str) -> list[str]:
    text = re.sub(r"<[^>]*>", " ", text)  # rich text's tags
    if (named := _FILTER.match(text.strip())) and named[1].casefold() == named[2].casefold():
        return []
    if "example." in text:  # an example address shown as a placeholder
        return []
    return _WORD.findall(text)


def hard_coded_texts(root: Path) -> list[str]:
    """Every literal text with words given straight to a Qt call that shows it (without tr())."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if "forms" in path.parts:
            continue  # compiled from ui/*.ui, every text through retranslateUi
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            call = node.func
            name = call.attr if isinstance(call, ast.Attribute) else getattr(call, "id", "")
            static = isinstance(call, ast.Attribute) and isinstance(call.value, ast.Name) \
                and call.value.id in ("QMessageBox", "QFileDialog", "QInputDialog")
            places = BOXES.get(name, ()) if static else SHOWING.get(name, ())
            for place in places:
                if place < len(node.args) and _shown_words(text := _literal(node.args[place])):
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {name} {text!r}")
    return found


def test_no_text_is_given_to_the_screen_without_translation(tmp_path):
    """What the window walk cannot reach (a message box, a file dialog's filter, a status-bar message):
    no literal text goes straight to a Qt call that shows it. The check itself finds planted ones."""
    assert not hard_coded_texts(Path(registry_app.__file__).parent / "gui")
    planted = tmp_path / "gui" / "planted.py"
    planted.parent.mkdir()
    planted.write_text('box.setText(self.tr("Saved."))\nQMessageBox.warning(self, "Oops", f"{n} rows skipped")\n'
                       'QFileDialog.getSaveFileName(self, self.tr("Save"), "", "Spreadsheets (*.xlsx)")\n'
                       'QFileDialog.getSaveFileName(self, self.tr("Save"), "", "PDF (*.pdf)")\n', encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in hard_coded_texts(tmp_path / "gui")] == [
        "warning 'Oops'", "warning ' rows skipped'", "getSaveFileName 'Spreadsheets (*.xlsx)'"]
