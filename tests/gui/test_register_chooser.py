"""Choosing another register in the window: a file, or a register on a PostgreSQL server (server, port,
database, user; the password asked, never stored), checked as --db is. Driven through the widgets
against real PostgreSQL servers the tests start, one of them asking for a password."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from registry_app import paths
from registry_app.gui import app as gui_app
from registry_app.gui.dialogs import open_failure_dialog
from registry_app.gui.dialogs.register_chooser import RegisterChooser
from registry_app.services import opening
from registry_app.store.database import db
from tests.postgres import PostgresCluster, create_database, postgres_bin_or_skip, replace_database_name

SECRET = "s3cret: with @ and /"


def _open_button(chooser: RegisterChooser):
    return chooser.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _type_server(qtbot, chooser: RegisterChooser, url: str, password: str = "") -> None:
    parts = urlsplit(url)
    qtbot.mouseClick(chooser.server_choice, Qt.MouseButton.LeftButton)
    chooser.server_choice.setChecked(True)
    for edit, text in ((chooser.host_edit, parts.hostname), (chooser.database_edit, parts.path.lstrip("/")),
                       (chooser.user_edit, parts.username or ""), (chooser.password_edit, password)):
        edit.clear()
        qtbot.keyClicks(edit, text or "")
    chooser.port_box.setValue(parts.port or 5432)


@pytest.mark.postgres
def test_a_server_register_chosen_through_the_form_opens(qtbot, postgres_admin_url, postgres_template):
    name = "registry_chosen_in_window"
    create_database(postgres_admin_url, name, template=postgres_template)
    chooser = RegisterChooser()
    qtbot.addWidget(chooser)
    _type_server(qtbot, chooser, replace_database_name(postgres_admin_url, name))
    qtbot.mouseClick(_open_button(chooser), Qt.MouseButton.LeftButton)
    assert chooser.result() == QDialog.DialogCode.Accepted
    opened = opening.open_register(opening.choose(chooser.chosen_url))
    port = urlsplit(postgres_admin_url).port
    assert opened.description == f"PostgreSQL: {name} on 127.0.0.1:{port}" and opened.source == "--db"
    db.close()


def test_a_form_without_a_server_or_a_database_says_what_is_missing(qtbot):
    chooser = RegisterChooser()
    qtbot.addWidget(chooser)
    chooser.server_choice.setChecked(True)
    qtbot.mouseClick(_open_button(chooser), Qt.MouseButton.LeftButton)
    assert chooser.result() != QDialog.DialogCode.Accepted and "server's name" in chooser.problem.text()
    qtbot.keyClicks(chooser.host_edit, "localhost")
    qtbot.mouseClick(_open_button(chooser), Qt.MouseButton.LeftButton)
    assert chooser.result() != QDialog.DialogCode.Accepted and "name the database" in chooser.problem.text()
    chooser.file_choice.setChecked(True)
    assert not chooser.host_edit.isEnabled() and chooser.path_edit.isEnabled()
    qtbot.mouseClick(_open_button(chooser), Qt.MouseButton.LeftButton)
    assert "register's file" in chooser.problem.text()


@pytest.fixture(scope="module")
def server_with_password():
    bin_dir = postgres_bin_or_skip()
    base = Path(tempfile.mkdtemp(prefix="registry-test-password-"))
    cluster = PostgresCluster(bin_dir, base, password=SECRET)
    try:
        cluster.start()
        import psycopg

        with psycopg.connect(dbname="postgres", host="127.0.0.1", port=cluster.port, user="postgres",
                             password=SECRET, autocommit=True) as connection:
            connection.execute('CREATE DATABASE "office_register"')
        yield f"postgresql://postgres@127.0.0.1:{cluster.port}/office_register"
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.postgres
def test_after_a_failure_the_clerk_opens_a_server_register_with_its_password(qtbot, tmp_path, monkeypatch,
                                                                            server_with_password):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a register")
    said, forms = [], []
    passwords = iter(["wrong password", SECRET])

    def clicked(box):
        said.append(box.text())
        return "another"

    def chosen(chooser):
        forms.append((chooser.host_edit.text(), chooser.port_box.value(), chooser.database_edit.text(),
                      chooser.user_edit.text(), chooser.password_edit.text()))
        if len(forms) == 1:
            _type_server(qtbot, chooser, server_with_password)
        chooser.password_edit.clear()
        qtbot.keyClicks(chooser.password_edit, next(passwords))
        qtbot.mouseClick(_open_button(chooser), Qt.MouseButton.LeftButton)
        return chooser.result()

    shown = []
    real_show = gui_app._show

    def show_and_note(app, register, demo, language, **signing_in):
        window = real_show(app, register, demo, language, **signing_in)
        shown.append(register.description)
        return window

    from tests.actors import signed_in

    monkeypatch.setattr(open_failure_dialog, "_clicked", clicked)
    monkeypatch.setattr(open_failure_dialog, "_chosen", chosen)
    monkeypatch.setattr(gui_app, "_sign_in", lambda *args: signed_in("admin-under-test"))
    monkeypatch.setattr(gui_app, "centre_step", lambda actor: None)
    monkeypatch.setattr(gui_app, "_show", show_and_note)
    monkeypatch.setattr(gui_app, "_run_event_loop", lambda app: 0)
    assert gui_app.run(str(text_file)) == 0
    port = urlsplit(server_with_password).port
    assert "is a text file" in said[0]
    assert "refused the user name or password for postgres" in said[1]
    assert forms[1] == ("127.0.0.1", port, "office_register", "postgres", "")  # filled again, but not the password
    assert shown == [f"PostgreSQL: office_register on 127.0.0.1:{port}"]
    settings = paths.settings_path()
    assert not settings.exists() or SECRET not in settings.read_text() and "database_url" not in json.loads(
        settings.read_text())
    for widget in QApplication.topLevelWidgets():
        widget.close()
    db.close()


@pytest.mark.postgres
def test_settings_open_another_register_on_a_server(qtbot, tmp_path, monkeypatch, postgres_admin_url,
                                                    postgres_template):
    from registry_app.gui.main_window import MainWindow
    from registry_app.services.backups import copies
    from tests.actors import signed_in

    name = "registry_chosen_in_settings"
    create_database(postgres_admin_url, name, template=postgres_template)
    first = tmp_path / "office.sqlite3"
    shown, loops = [], []
    real_show = gui_app._show

    def show_and_note(app, register, demo, language, **signing_in):
        window = real_show(app, register, demo, language, **signing_in)
        shown.append((register.description, window))
        return window

    def choose(window, chooser):
        _type_server(qtbot, chooser, replace_database_name(postgres_admin_url, name))
        qtbot.mouseClick(_open_button(chooser), Qt.MouseButton.LeftButton)
        return chooser.result()

    def event_loop(app):
        loops.append(1)
        window = shown[-1][1]
        if len(loops) == 1:
            button = window.settings_page.findChild(QPushButton, "openAnotherRegister")
            assert button is not None
            button.click()
            assert window.next_url.startswith("postgresql://") and not window.isVisible()
        return 0

    monkeypatch.setattr(MainWindow, "choose_register", choose)
    monkeypatch.setattr(gui_app, "_sign_in", lambda *args: signed_in("admin-under-test"))
    monkeypatch.setattr(gui_app, "centre_step", lambda actor: None)
    monkeypatch.setattr(gui_app, "_show", show_and_note)
    monkeypatch.setattr(gui_app, "_run_event_loop", event_loop)
    monkeypatch.setattr(gui_app, "_first_run_choice", lambda choice: (False, None), raising=False)
    assert gui_app.run(f"sqlite:///{first}") == 0
    port = urlsplit(postgres_admin_url).port
    assert [d for d, _ in shown] == [f"SQLite: {first}", f"PostgreSQL: {name} on 127.0.0.1:{port}"]
    assert [b.reason for b in copies.backups(copies.register_at(first))] == ["daily"]  # the one left is backed up
    for widget in QApplication.topLevelWidgets():
        widget.close()
    db.close()
