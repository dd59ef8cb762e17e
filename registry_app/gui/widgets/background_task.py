"""Work that may take more than a second, off the GUI thread, with a progress dialog whose Cancel
stops it. The work receives a progress function; on Cancel, that function raises, so the work's
transaction rolls back and nothing is left half-written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...domain.errors import Refusal
from ...services.opening import close_this_thread

Progress = Callable[[int, int, str], None]  # done, total, what is being done


class Cancelled(Exception):
    pass


class BackgroundTask(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Progress], object], parent=None):
        super().__init__(parent)
        self._work = work
        self._cancelled = False
        self.result = None  # what the work returned; None if cancelled or failed
        self.problem = ""  # why it was refused, in the interface's language
        self.refusal: Refusal | None = None  # the refusal itself, for callers that act on its kind
        self.bug: BaseException | None = None  # what went wrong that is not a refusal

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._cancelled:
            raise Cancelled()
        self.progressed.emit(done, total, text)

    def run(self) -> None:
        try:
            self.result = self._work(self._progress)
        except Cancelled:
            pass
        except Refusal as refusal:
            from ..errors import sentence

            self.refusal = refusal
            self.problem = sentence(refusal)
        except Exception as exc:  # noqa: BLE001 - a bug: shown as such once the thread is done
            self.bug = exc
        finally:
            close_this_thread()


def run_with_progress(work: Callable[[Progress], object], title: str, label: str,
                      parent: QWidget | None = None) -> BackgroundTask:
    """Run work in a BackgroundTask behind a modal progress dialog; returns the finished task."""
    dialog = QProgressDialog(label, QCoreApplication.translate("BackgroundTask", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(0)
    task = BackgroundTask(work)

    def show(done: int, total: int, text: str) -> None:
        dialog.setValue(int(100 * done / max(1, total)))
        if text:  # a service's step, said in the interface's language
            dialog.setLabelText(QCoreApplication.translate("Validation", text))

    task.progressed.connect(show)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(dialog.reset)
    task.start()
    dialog.exec()
    task.wait()
    if task.bug is not None:
        from ..errors import show_bug

        show_bug(parent, task.bug, title)
    return task

