"""The record forms open over the main window: one per saved record, brought forward when asked for
again; each kind's code imported when its first form opens (the forms are a tenth of a second of
start-up otherwise); and the lists a save may change, read again."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

EDITORS = {"participant": ("participant_editor", "ParticipantEditor"),
           "organisation": ("simple_editors", "OrganisationEditor"),
           "programme": ("simple_editors", "ProgrammeEditor"),
           "course": ("course_editor", "CourseEditor"),
           "trainer": ("simple_editors", "TrainerEditor")}
# What a save in one kind of form may change in the lists (counts of members, of courses, of seats).
REFRESHES = {"participant": ("participant", "organisation"), "organisation": ("organisation", "participant"),
             "programme": ("programme", "course"), "course": ("course", "programme", "trainer"),
             "trainer": ("trainer",)}


class RecordForms:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.open: dict[tuple[str, int], QWidget] = {}  # the forms open on saved records

    def show(self, entity: str, record_id: int | None) -> QWidget:
        """A record's form, opened, or the one already open for it brought forward."""
        key = (entity, record_id)
        editor = self.open.get(key)  # type: ignore[arg-type]  # a new record's form is never kept
        if editor is None:
            editor = self._made(entity, record_id)
            if record_id is not None:
                self.open[(entity, record_id)] = editor
                editor.destroyed.connect(lambda _obj=None, k=(entity, record_id): self.open.pop(k, None))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _made(self, entity: str, record_id: int | None) -> QWidget:
        window = self.window
        module, name = EDITORS[entity]
        editor_class = getattr(importlib.import_module(f"{__package__}.editors.{module}"), name)
        editor: QWidget = editor_class(window.actor, record_id, window, window.language)
        editor.setWindowFlag(Qt.WindowType.Window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _id, e=entity: self.saved(e))  # type: ignore[attr-defined]
        return editor

    def saved(self, entity: str) -> None:
        window = self.window
        for refreshed in REFRESHES[entity]:
            if refreshed == "participant":
                window.participants_page.refresh()
            elif refreshed in window._register_pages:  # a list not built yet reads the register when shown
                window._register_pages[refreshed].refresh()

    def may_all_close(self) -> bool:
        """Each visible form asked in turn about its unsaved changes; False at the first that stays."""
        from .editors.record_editor import RecordEditor

        return all(not editor.isVisible() or editor.may_close() for editor in self.window.findChildren(RecordEditor))
