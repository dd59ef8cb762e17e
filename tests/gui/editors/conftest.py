import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from registry_app.gui.editors.record_editor import RecordEditor


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the run: fail instead. Tests that expect a question
    answer it by replacing the editor's ask_* method."""
    def blocked(*args, **kwargs):
        raise AssertionError("a modal dialog would have waited for an answer here")

    monkeypatch.setattr(QDialog, "exec", blocked)
    monkeypatch.setattr(QMessageBox, "question", blocked)
    # Forms left with changes when a test ends are closed by pytest-qt: drop the changes quietly.
    monkeypatch.setattr(RecordEditor, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)
