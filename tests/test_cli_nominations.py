"""The command line of nominations: the workbook, the import (all or nothing, exit code by outcome,
the errors file) and the lists out."""

from __future__ import annotations

import csv
import io

import openpyxl

from registry_app.cli import main
from registry_app.store.models import AuditEvent, Enrolment, Organisation, Participant
from tests.services.nominations import files

COURSE = "INV-101/2026-03"


def _cli(argv):
    return main(["--user", "admin-under-test", *argv])


def test_template_then_import_then_export(db_url, small_course, tmp_path, capsys, password_on_stdin):
    template = tmp_path / "nominations.xlsx"
    assert _cli(["nominations", "template", "--db", db_url, "--course", COURSE, "--out", str(template)]) == 0
    filled = tmp_path / "filled.xlsx"
    filled.write_bytes(files.fill_template(template.read_bytes(), files.PEOPLE))
    assert _cli(["import", "nominations", "--db", db_url, "--course", COURSE, str(filled), "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out and Participant.select().count() == 4
    assert _cli(["import", "nominations", "--db", db_url, "--course", COURSE, str(filled)]) == 0
    assert "3 nominated" in capsys.readouterr().out
    assert Enrolment.select().where(Enrolment.course == small_course[0]).count() == 7
    out = tmp_path / "nominations-out.csv"
    assert _cli(["export", "nominations", "--db", db_url, "--course", COURSE, "--out", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Reference" and len(rows) == 8


def test_problems_exit_1_write_nothing_and_go_to_the_errors_file(db_url, small_course, tmp_path, capsys, password_on_stdin):
    people = [list(r) for r in files.PEOPLE]
    people[1][3] = "?"
    people[2][0] = "=HYPERLINK(\"http://x\",\"click\")"
    people[2][5] = "Narnia"
    sent = tmp_path / "sent.csv"
    sent.write_bytes(files.csv_bytes(people, delimiter=";"))
    errors = tmp_path / "errors.csv"
    def written():
        return (Participant.select().count(), Organisation.select().count(), Enrolment.select().count(),
                AuditEvent.select().where(AuditEvent.entity != "user").count())

    before = written()
    code = _cli(["import", "nominations", "--db", db_url, "--course", COURSE, str(sent), "--errors", str(errors)])
    assert code == 1
    assert written() == before
    err = capsys.readouterr().err
    assert "sent.csv, row 3, column D (Sex (F/M)) [?]" in err and "Nothing was imported" in err
    rows = list(csv.reader(io.StringIO(errors.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["file", "sheet", "row", "column", "value", "problem", "blocking"]
    assert {(r[2], r[3][0]) for r in rows[1:]} == {("3", "D"), ("4", "F")}


def test_an_unreadable_file_or_an_unknown_course_exits_2(db_url, small_course, tmp_path, capsys, password_on_stdin):
    broken = tmp_path / "cut.xlsx"
    broken.write_bytes(files.xlsx(files.PEOPLE)[:700])
    assert _cli(["import", "nominations", "--db", db_url, "--course", COURSE, str(broken)]) == 2
    assert "cut.xlsx is damaged or cut short" in capsys.readouterr().err
    assert _cli(["import", "nominations", "--db", db_url, "--course", "NOPE-1", str(broken)]) == 2


def test_lists_out_neutralise_formulas(db_url, small_course, actor, tmp_path, password_on_stdin):
    from registry_app.services.register import participants
    from registry_app.services.register.participants import ParticipantData

    participants.create(actor, ParticipantData("=cmd|' /C calc'!A0", "+Evil", "M", "MA", rank="@SUM(A1)"))
    out = tmp_path / "people.xlsx"
    assert _cli(["export", "participants", "--db", db_url, "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    values = [cell.value for row in sheet.iter_rows() for cell in row if cell.value]
    assert "'+Evil" in values and "'=cmd|' /C calc'!A0" in values and "'@SUM(A1)" in values
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "@")) for v in values)
    grid = tmp_path / "attendance.csv"
    assert _cli(["export", "attendance", "--db", db_url, "--course", COURSE, "--out", str(grid)]) == 0
    rows = list(csv.reader(io.StringIO(grid.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 4 and rows[0][4].endswith("AM")
