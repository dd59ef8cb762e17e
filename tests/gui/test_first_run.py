"""The first start: the choice between demo data and an empty register, and the demo fill."""

from registry_app.gui.dialogs.demo_progress import demo_task, fill_with_demo
from registry_app.gui.dialogs.first_run_dialog import FirstRunDialog
from registry_app.services.actors import current
from registry_app.store.models import AuditEvent, Participant


def test_the_dialog_offers_demo_data_first_and_names_the_file(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "register.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.wants_demo()
    assert str(tmp_path / "register.sqlite3") in dialog.ui.pathLabel.text()
    dialog.ui.emptyRadio.setChecked(True)
    assert not dialog.wants_demo()


def test_demo_data_is_made_off_the_gui_thread_with_progress(qtbot, sqlite_database):
    task = fill_with_demo(current(), participants=120)
    assert task.result is not None and task.problem == ""
    assert Participant.select().count() == 120


def test_a_cancelled_demo_fill_writes_nothing(qtbot, sqlite_database):
    task = demo_task(current(), participants=120)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=30_000):
        task.start()
    assert task.result is None and task.problem == ""
    assert Participant.select().count() == 0
    assert not AuditEvent.select().where(AuditEvent.action == "demo-data").exists()
