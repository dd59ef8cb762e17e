"""Nominations on the course form: the workbook saved from its button, a file imported through the
preview (problems located, fixed, matched, skipped), the mapping dialog, and a file dropped on the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from registry_app.gui.editors.course_editor import CourseEditor
from registry_app.store.models import Enrolment, Participant
from tests.services.nominations import files


@pytest.fixture
def course_form(qtbot, actor, small_course):
    form = CourseEditor(actor, small_course[0].id)
    qtbot.addWidget(form)
    form.show()
    return form


def test_the_workbook_from_its_button_comes_back_through_the_preview(course_form, small_course, tmp_path):
    saved = course_form.nomination_files.save_workbook(tmp_path / "to-send.xlsx")
    sent = tmp_path / "returned.xlsx"
    sent.write_bytes(files.fill_template(saved.read_bytes(), files.PEOPLE))
    dialog = course_form.nomination_files.import_file(sent, ask=False)
    assert dialog.rows.rowCount() == 3 and dialog.import_button.isEnabled()
    assert dialog.rows.item(0, 2).text() == "Benali" and dialog.rows.item(0, 1).text() == "new"
    dialog.commit()
    assert dialog.result.nominated == 3
    assert Enrolment.select().where(Enrolment.course == small_course[0]).count() == 7


def test_problems_are_located_fixed_and_skipped_in_the_preview(course_form, tmp_path):
    people = [list(r) for r in files.PEOPLE]
    people[0][3] = "X"
    people[2][5] = "Atlantis"
    sent = tmp_path / "with-problems.xlsx"
    sent.write_bytes(files.xlsx(people))
    dialog = course_form.nomination_files.import_file(sent, ask=False)
    assert not dialog.import_button.isEnabled()
    problems = {(dialog.problems.item(r, 1).text(), dialog.problems.item(r, 2).text(), dialog.problems.item(r, 3).text())
                for r in range(dialog.problems.rowCount())}
    assert ("4", "D (Sex (F/M))", "X") in problems and ("6", "F (Nationality)", "Atlantis") in problems
    dialog.rows.selectRow(0)
    dialog.fix_selected("sex", "F")
    dialog.rows.selectRow(2)
    dialog.toggle_skip()
    assert dialog.import_button.isEnabled() and dialog.rows.item(2, 1).text() == "skipped"
    dialog.commit()
    assert (dialog.result.nominated, dialog.result.skipped) == (2, 1)


def test_odd_headings_open_the_mapping_dialog(course_form, tmp_path):
    odd = ["Nom", "Prénom usuel", "Sexe", "Né(e) le", "Pays", "Unité", "Type"]
    rows = [[r[0], r[1], r[3], r[4], r[5], r[6], r[7]] for r in files.PEOPLE]
    sent = tmp_path / "odd.xlsx"
    sent.write_bytes(files.xlsx(rows, headings=odd))
    dialog = course_form.nomination_files.import_file(sent, ask=False)
    mapping = dialog.mapping_dialog
    assert mapping.headerSpin.value() == 3 and mapping.combos[0].currentData() == "family_name"
    for column, field in enumerate(["family_name", "given_names", "sex", "birth_date", "nationality", "organisation",
                                    "organisation_kind"]):
        mapping.set_field(column, field)
    assert dialog.load(mapping.layout_chosen())
    assert dialog.rows.rowCount() == 3 and dialog.import_button.isEnabled()


def test_a_workbook_dropped_on_the_form_is_imported_there(course_form, tmp_path, monkeypatch):
    sent = tmp_path / "dropped.csv"
    sent.write_bytes(files.csv_bytes(files.PEOPLE, delimiter=";"))
    shown = []

    def answered(dialog):  # the preview, answered as the clerk would: Import
        shown.append(dialog)
        dialog.commit()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr("registry_app.gui.dialogs.nominations_import.NominationsImportDialog.exec", answered)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sent))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    course_form.dropEvent(event)
    assert shown and shown[0].result.nominated == 3
    assert Participant.select().where(Participant.family_name == "Tesfaye").count() == 1


def test_the_lists_out_from_the_window(course_form, qtbot, small_course, tmp_path):
    import csv
    import io

    import openpyxl

    from registry_app.gui.pages.participants_page import ParticipantsPage

    grid = course_form.nomination_files.export("attendance", tmp_path / "grid.csv")
    rows = list(csv.reader(io.StringIO(grid.read_text(encoding="utf-8-sig"))))
    assert rows[0][:2] == ["Reference", "Name"] and len(rows) == 4  # the three in the room
    listed = course_form.nomination_files.export("nominations", tmp_path / "nominations.xlsx")
    assert openpyxl.load_workbook(listed).active.max_row == 5
    page = ParticipantsPage()
    qtbot.addWidget(page)
    page.ui.searchEdit.setText("Okafor")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    out = page.export_list(tmp_path / "found.csv")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r[1] for r in rows[1:]] == ["Okafor"]
