"""The window's one place for what goes wrong: a refusal is said in a sentence in the interface's
language; anything else is a bug, logged with its traceback and shown as "something went wrong" with
the log's path and a button that copies the details."""

from __future__ import annotations

import sys
from pathlib import PurePath
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import Refusal
from ..services import bugs


def translated(template: str) -> str:
    """A service's or the domain's message in the interface's language (validation_messages lists them)."""
    return QCoreApplication.translate("Validation", template)


def sentence(refusal: Refusal | OSError) -> str:
    """A refusal in the interface's language; a file the system refused (OSError) in the system's words.
    In a right-to-left window a path or a code in a refusal is isolated left to right, so that the
    sentence does not reorder its slashes."""
    if not isinstance(refusal, Refusal):
        return str(refusal.strerror or refusal) if isinstance(refusal, OSError) else str(refusal)
    if not refusal.values or QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return refusal.sentence(translated)
    values = {name: f"\u2066{value}\u2069" if isinstance(value, PurePath) or "/" in str(value) or "\\" in str(value)
              else value for name, value in refusal.values.items()}
    try:
        return translated(refusal.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(refusal)


def show_refusal(parent: QWidget | None, title: str, refusal: Refusal) -> None:
    QMessageBox.warning(parent, title, sentence(refusal))


def show_bug(parent: QWidget | None, error: BaseException, context: str = "") -> QMessageBox:
    """Log the bug and tell the person, without a traceback on their screen."""
    log = bugs.record(error, context)
    # The path is isolated left to right, so that an Arabic sentence does not reorder its slashes.
    where = (QCoreApplication.translate("Errors", "The details were written to %1.").replace("%1", f"\u2066{log}\u2069")
             if log
             else QCoreApplication.translate("Errors", "The details could not be written to the log."))
    message = QCoreApplication.translate(
        "Errors", "Something went wrong; this is a fault of the program, not of what you did. Nothing was half-saved.")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Something went wrong"),
                      message + "\n\n" + where, QMessageBox.StandardButton.Close, parent)
    copy = box.addButton(QCoreApplication.translate("Errors", "Copy the details"), QMessageBox.ButtonRole.ActionRole)
    text = bugs.details(error)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    box.setDetailedText(text)
    if QApplication.instance() is not None and not _testing():
        box.exec()
    return box


def _testing() -> bool:
    """Under the test suite a modal box would block; tests look at the returned box instead."""
    return "pytest" in sys.modules


def install_excepthook() -> None:
    """A bug raised in a slot reaches here instead of printing a traceback on the terminal."""
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        error.__traceback__ = trace
        if isinstance(error, Refusal):
            show_refusal(QApplication.activeWindow(), QCoreApplication.translate("Errors", "Refused"), error)
        else:
            show_bug(QApplication.activeWindow(), error, "window")

    sys.excepthook = hook
