"""Printing the originals again from the graduation window: the folder asked for, the work done
behind a progress dialog, the result said in the window's language, and the files the very bytes
first printed."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from registry_app.gui.pages.certificates_page import CertificatesPage
from registry_app.store.models import AuditEvent, Certificate
from tests.conftest import KEY_PASSPHRASE as PASSPHRASE
from tests.documents.pdf import page_count, pages_text

COURSE = "INV-101/2026-03"


@pytest.fixture
def said(monkeypatch):
    """What the window says in its message boxes (they would block the test)."""
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: messages.append(text))
    return messages


@pytest.fixture
def dialog(qtbot, actor, closed_course, said, monkeypatch, tmp_path):
    """The graduation window of a course just graduated, its files in tmp_path/first."""
    page = CertificatesPage(actor)
    page.keys = closed_course[2]
    qtbot.addWidget(page)
    window = page.graduation()
    qtbot.addWidget(window)
    assert window.load(COURSE)
    assert not window.print_button.isEnabled(), "nothing issued yet: nothing to print again"
    window.passphrase.setText(PASSPHRASE)
    first = tmp_path / "first"
    first.mkdir()
    task = window.issue(str(first))
    assert task.result is not None and not task.problem
    return window


def _choose_folder(monkeypatch, folder) -> list:
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: asked.append(args) or str(folder))
    return asked


def _files(folder):
    return {path.name: path.read_bytes() for path in folder.iterdir()}


@pytest.mark.parametrize("language,printed", [
    ("en", "3 original(s) printed again, as first issued, in"),
    ("fr", "3 original(aux) imprimé(s) à nouveau, tels que délivrés, dans"),
    ("ar", "طُبع 3 أصل مرة أخرى، كما صدر أول مرة، في"),
])
def test_the_originals_printed_again_are_the_bytes_first_printed(dialog, qtbot, monkeypatch, tmp_path, said,
                                                                 translated, language, printed):
    translated(language)
    again = tmp_path / "again"
    asked = _choose_folder(monkeypatch, again)
    assert dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, _left())
    assert len(asked) == 1 and printed in said[-1] and str(again) in said[-1]
    first = _files(tmp_path / "first")
    assert _files(again) == first and len(first) == 4  # three single PDFs and the merged one
    merged = again / "INV-101_2026-03_certificates.pdf"
    assert page_count(merged) == 3
    text = "\n".join(pages_text(merged))
    assert all(certificate.serial in text for certificate in Certificate.select())
    assert AuditEvent.select().where(AuditEvent.action == "print-again").count() == 3
    assert {c.print_count for c in Certificate.select()} == {1}


def test_cancelling_the_folder_prints_nothing(dialog, qtbot, monkeypatch, said):
    before = list(said)
    asked = _choose_folder(monkeypatch, "")
    qtbot.mouseClick(dialog.print_button, _left())
    assert asked and said == before
    assert not AuditEvent.select().where(AuditEvent.action == "print-again").exists()


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_recorded(dialog, qtbot, monkeypatch, tmp_path, said):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    _choose_folder(monkeypatch, blocker / "inside")
    qtbot.mouseClick(dialog.print_button, _left())
    assert "cannot be written into" in said[-1] and "inside" in said[-1]
    assert not AuditEvent.select().where(AuditEvent.action == "print-again").exists()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


