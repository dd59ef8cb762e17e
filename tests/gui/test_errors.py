"""What goes wrong in the window: refusals said in the interface's language, bugs logged and shown as
such, with a button that copies the details; work in the background alike."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from registry_app.domain.errors import Refusal
from registry_app.gui import errors
from registry_app.gui.widgets.background_task import BackgroundTask


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REGISTRY_LOG_DIR", str(tmp_path / "logs"))
    return tmp_path / "logs"


def _boom():
    raise ZeroDivisionError("division by zero in the sums")


def test_a_bug_is_logged_with_its_traceback_and_shown_without_it(qtbot, log_dir):
    try:
        _boom()
    except ZeroDivisionError as exc:
        box = errors.show_bug(None, exc, "a test")
    log = (log_dir / "registry.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "_boom" in log and "a test" in log
    assert "Something went wrong" in box.windowTitle()
    assert str(log_dir / "registry.log") in box.text()
    assert "Traceback" not in box.text()  # the traceback is in the details, not on the face of the box
    copy = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    copy.click()
    assert "_boom" in QApplication.clipboard().text()


def test_the_excepthook_logs_a_bug_raised_in_a_slot(qtbot, log_dir, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    try:
        _boom()
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "ZeroDivisionError" in (log_dir / "registry.log").read_text(encoding="utf-8")


def test_a_refusal_is_said_in_the_interface_language(qtbot, monkeypatch):
    monkeypatch.setattr(errors, "translated", lambda t: {"No course has the code {code}.":
                                                         "Aucune session n’a le code {code}."}.get(t, t))
    refusal = Refusal("No course has the code {code}.", code="INV-9")
    assert errors.sentence(refusal) == "Aucune session n’a le code INV-9."
    assert str(refusal) == "No course has the code INV-9."


def test_background_work_tells_a_refusal_from_a_bug(qtbot, log_dir):
    refused = BackgroundTask(lambda progress: (_ for _ in ()).throw(Refusal("The course is {status}.", status="closed")))
    refused.start()
    refused.wait()
    assert refused.problem == "The course is closed." and refused.bug is None

    broken = BackgroundTask(lambda progress: _boom())
    broken.start()
    broken.wait()
    assert broken.problem == "" and isinstance(broken.bug, ZeroDivisionError)
