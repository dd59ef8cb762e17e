"""The pseudo-translation the translation check installs, what it reads off every widget, and what
counts as the register's own data (shown as it is in every language): tests/gui/
test_no_text_escapes_translation.py uses them."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from enum import Enum

from peewee import CharField, TextField
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from registry_app import APP_NAME
from registry_app.domain import completion, enums, permissions
from registry_app.gui.models.attendance_model import LETTERS
from registry_app.services.reports import wording
from registry_app.store import models

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
