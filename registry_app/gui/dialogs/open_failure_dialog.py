"""When the register cannot be opened: what is wrong in one sentence, and what the clerk can do about
it: choose another register, restore the latest good backup of a damaged one, or quit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...domain.errors import Refusal
from ...services.opening import DamagedRegister
from ..errors import sentence
from .register_chooser import RegisterChooser


@dataclass(frozen=True)
class Decision:
    action: str  # "another", "restore" or "quit"
    url: str = ""  # the register chosen instead ("another")


def failure_box(refusal: Refusal, parent: QWidget | None = None) -> QMessageBox:
    """The box, not yet shown: its buttons are named another, restore (a damaged register with a good
    backup) and quit."""
    title = QCoreApplication.translate("OpenFailure", "The register cannot be opened")
    box = QMessageBox(QMessageBox.Icon.Critical, title, sentence(refusal), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "OpenFailure", "Nothing was created or changed. Choose another register, or quit."))
    another = box.addButton(QCoreApplication.translate("OpenFailure", "Choose another register…"),
                            QMessageBox.ButtonRole.AcceptRole)
    another.setObjectName("another")
    if isinstance(refusal, DamagedRegister) and refusal.backup is not None:
        label = QCoreApplication.translate("OpenFailure", "Restore the latest good backup (%1)")
        restore = box.addButton(label.replace("%1", refusal.backup.made.strftime("%Y-%m-%d %H:%M")),
                                QMessageBox.ButtonRole.ActionRole)
        restore.setObjectName("restore")
        box.setDefaultButton(restore)
    quit_button = box.addButton(QCoreApplication.translate("OpenFailure", "Quit"), QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quit")
    return box


def ask(refusal: Refusal, parent: QWidget | None = None, current: str | None = None) -> Decision:
    """What the clerk decides; "another" with the register chosen in the RegisterChooser (current, the
    register that failed, fills it in, without a password)."""
    box = failure_box(refusal, parent)
    action = _clicked(box)
    if action != "another":
        return Decision(action or "quit")
    chooser = RegisterChooser(parent, current)
    if _chosen(chooser) != QDialog.DialogCode.Accepted:
        return Decision("quit")
    return Decision("another", chooser.chosen_url)


def _clicked(box: QMessageBox) -> str:
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None else "quit"


def _chosen(chooser: RegisterChooser) -> int:
    return chooser.exec()
