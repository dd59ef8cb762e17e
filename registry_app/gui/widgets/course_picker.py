"""Choosing a course by typing part of its code or of its programme's title: the field completes from
every course ("INV-101/2026-03 — Counter-terrorism investigations") and names only a course that exists.
What was typed and not found is put back to the course shown, so that the field never names another
course than the page shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from ...services.courses import lookup
from ..errors import sentence


class CoursePicker(QObject):
    chosen = Signal(object)  # the course (a record) the clerk named
    refused = Signal(str)  # what was typed names no course, in words

    def __init__(self, field: QLineEdit, language: str = "en") -> None:
        super().__init__(field)
        self.field, self.language = field, language
        self.code: str | None = None  # the course the page shows
        self._lines = QStringListModel(self)
        completer = QCompleter(self._lines, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        field.setCompleter(completer)
        field.returnPressed.connect(self.pick)
        completer.activated[str].connect(self.pick)
        field.editingFinished.connect(self._put_back_unless_picked)

    def reload(self) -> None:
        """Read the courses again (on showing the page: a course may have been added meanwhile)."""
        self._lines.setStringList([choice.line for choice in lookup.choices(self.language)])

    def show(self, code: str | None) -> None:
        """The page now shows this course (None: none)."""
        self.code = code
        self.field.setText(code or "")

    def pick(self, text: str | None = None) -> bool:
        text = self.field.text() if text is None else text
        if not text.strip():
            self.show(self.code)
            return False
        try:
            course = lookup.find_course(text)
        except lookup.CourseNotFound as missing:
            self.show(self.code)
            self.refused.emit(sentence(missing))
            return False
        self.show(course.code)
        self.chosen.emit(course)
        return True

    def _put_back_unless_picked(self) -> None:
        if self.field.text() != (self.code or "") and not self.field.completer().popup().isVisible():
            self.field.setText(self.code or "")

