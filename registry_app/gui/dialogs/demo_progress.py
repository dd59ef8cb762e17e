"""Filling the register with demo data off the GUI thread, with a progress dialog that can cancel.
A cancelled fill rolls its transaction back: the register stays empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...services.actors import Actor
from ...services.demo import generate
from ...store.database import db


class DemoCancelled(Exception):
    pass


class DemoWorker(QThread):
    progressed = Signal(int, str)

    def __init__(self, actor: Actor, participants: int, parent=None):
        super().__init__(parent)
        self._actor = actor
        self._participants = participants
        self._cancelled = False
        self.summary = None
        self.failed_message = ""

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, percent: int, text: str) -> None:
        if self._cancelled:
            raise DemoCancelled()
        self.progressed.emit(percent, text)

    def run(self) -> None:
        try:
            self.summary = generate(self._actor, self._participants, progress=self._progress)
        except DemoCancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - shown to the user once the thread is done
            self.failed_message = str(exc)
        finally:
            db.close()  # this thread's connection


def fill_with_demo(actor: Actor, participants: int = 2000, parent: QWidget | None = None) -> DemoWorker:
    """Run the demo fill with a modal progress dialog; returns the finished worker."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("DemoProgress", "Demo data"))
    dialog.setLabelText(QCoreApplication.translate("DemoProgress", "Creating the demo register…"))
    dialog.setRange(0, 100)
    dialog.setMinimumDuration(0)
    worker = DemoWorker(actor, participants)
    worker.progressed.connect(lambda pct, text: (dialog.setValue(pct), dialog.setLabelText(text)))
    dialog.canceled.connect(worker.cancel)
    worker.finished.connect(dialog.reset)
    worker.start()
    dialog.exec()
    worker.wait()
    return worker
