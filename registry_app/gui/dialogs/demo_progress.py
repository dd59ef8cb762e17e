"""Filling the register with demo data off the GUI thread, with a progress dialog that can cancel.
A cancelled fill rolls its transaction back: the register stays empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.actors import Actor
from ...services.demo import generate
from ..widgets.background_task import BackgroundTask, Progress, run_with_progress


def demo_work(actor: Actor, participants: int):
    def work(progress: Progress):
        return generate(actor, participants, progress=lambda percent, text: progress(percent, 100, text))

    return work


def demo_task(actor: Actor, participants: int) -> BackgroundTask:
    """The fill as a task not yet started (run_with_progress starts one behind a dialog)."""
    return BackgroundTask(demo_work(actor, participants))


def fill_with_demo(actor: Actor, participants: int = 2000, parent: QWidget | None = None) -> BackgroundTask:
    """Run the demo fill with a modal progress dialog; returns the finished task."""
    return run_with_progress(demo_work(actor, participants),
                             QCoreApplication.translate("DemoProgress", "Demo data"),
                             QCoreApplication.translate("DemoProgress", "Creating the demo register…"), parent)
