"""No text a clerk can see stays in English in the French or the Arabic window: every page, form tab
and dialog is built in each language and every text of its widgets is read (labels, buttons, group
boxes, tab titles, menus and their actions, table headers, placeholders, tooltips, combo box items,
window titles). A text that is an English message of the translation files (placeholders %1 or {name}
standing for anything), while that language translates it otherwise, was not put through tr()."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from tests.gui.screens import TRANSLATIONS, Language, forms_and_dialogs, main_window, pages, tabs

# Texts that read the same in every language: codes, units, symbols, proper nouns.
ALLOWED = {"OK", "PDF", "CSV", "QR", "ID", "AM", "PM", "%", "—", "…", "·", "x", "X", "@", "SQLite", "PostgreSQL",
           "Ed25519", "Argon2id", "XLSX", "URL", "Training Registry"}
ENDONYMS = ("English", "Français", "العربية")
_PLACEHOLDER = re.compile(r"%\d|\{[a-z_]+\}")


def _plain(text: str) -> str:
    return re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&").strip()


class Sources:
    """The English messages of the translation files, with this language's translations."""

    def __init__(self, language: str):
        root = ET.parse(TRANSLATIONS / f"registry_{language}.ts").getroot()
        self.exact: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        translated: set[str] = set()
        for message in root.iter("message"):
            source = _plain(message.find("source").text or "")
            translation = _plain(message.find("translation").text or "")
            translated.add(translation)
            if source == translation or source in ALLOWED:
                continue  # the language writes it the same (Participants, Organisation, Notes...)
            if _PLACEHOLDER.search(source):
                literal = _PLACEHOLDER.sub("", source)
                if sum(ch.isalpha() for ch in literal) >= 6:
                    parts = _PLACEHOLDER.split(source)
                    self.patterns.append(re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.S))
            else:
                self.exact.add(source)
        self.exact -= translated  # a French word that is also an English message (Date, Sessions...)

    def english(self, text: str) -> bool:
        plain = _plain(text)
        if not plain or plain in ALLOWED:
            return False
        if plain in self.exact:
            return True
        return len(plain) > 8 and any(p.match(plain) for p in self.patterns)


def _texts(widget: QWidget):
    """(what, text) for every text the widget and its children show."""
    yield "window title", widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel):
            yield "label", child.text()
        elif isinstance(child, QAbstractButton):
            yield "button", child.text()
        elif isinstance(child, QGroupBox):
            yield "group box", child.title()
        elif isinstance(child, QLineEdit):
            yield "placeholder", child.placeholderText()
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            yield "placeholder", child.placeholderText()
        if isinstance(child, QTabWidget):
            for index in range(child.count()):
                yield "tab", child.tabText(index)
                yield "tooltip", child.tabToolTip(index)
        if isinstance(child, QComboBox):
            items = [child.itemText(index) for index in range(child.count())]
            if not set(ENDONYMS) <= set(items):  # a choice of languages, each in its own name
                yield from (("combo item", item) for item in items)
        if isinstance(child, (QTableView, QTreeView)) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount(QModelIndex())):
                yield "table header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if isinstance(child, QMenu):
            yield "menu", child.title()
        for action in child.actions():
            yield "action", action.text()
            yield "tooltip", action.toolTip() if action.toolTip() != _plain(action.text()) else ""
        yield "tooltip", child.toolTip()


def _english(widget: QWidget, sources: Sources, where: str) -> set[str]:
    return {f"{where}: {what} {text!r}" for what, text in _texts(widget) if sources.english(text)}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_no_text_of_any_screen_stays_in_english(qtbot, qapp, demo_register, language):
    speaking = Language(qapp)
    speaking.use(language)
    sources = Sources(language)
    try:
        found: set[str] = set()
        window = main_window(demo_register, language)
        qtbot.addWidget(window)
        window.show()
        for name, page in pages(window):
            found |= _english(page, sources, name)
        found |= _english(window.menuBar(), sources, "menus")
        found |= _english(window.statusBar(), sources, "status bar")
        for name, build in forms_and_dialogs(demo_register, language):
            widget = build()
            qtbot.addWidget(widget)
            widget.show()
            for _ in tabs(widget):
                found |= _english(widget, sources, name)
            widget.hide()
        assert not found, "\n".join(sorted(found))
    finally:
        speaking.reset()


def test_the_check_finds_an_english_text(qtbot, qapp):
    """The check itself: a label left in English in the French window is found, its translation is not."""
    speaking = Language(qapp)
    speaking.use("fr")
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        box = QWidget(window)
        QLabel("Participants", box)  # the same word in French
        QLabel("Nombre", box)
        label = QLabel("Seats taken: 3 of 20.", box)  # "Seats taken: %1 of %2." left untranslated
        found = _english(box, Sources("fr"), "box")
        assert found == {f"box: label {label.text()!r}"}
    finally:
        speaking.reset()
