"""The command line of nominations: the workbook, the import (all or nothing, exit code by outcome,
the errors file) and the lists out."""

from __future__ import annotations

import csv
import io
from datetime import date

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


# --- remembered column mappings from the command line ---------------------------------------------------------

ODD = ["Apellido", "Nombre", "Sexo", "Nacimiento", "Pais", "Puesto"]  # a sender's own headings, named by no list


def _odd_file(tmp_path, name, people):
    rows = [[p[0], p[1], p[3], p[4], p[5], p[8]] for p in people]
    path = tmp_path / name
    path.write_bytes(files.csv_bytes(rows, headings=ODD))
    return path


def _remembered(sender):
    from registry_app.services.nominations import mappings

    return mappings.remembered(sender.id)


MAPS = ["--map", "Apellido=family_name", "--map", "Nombre=Given names", "--map", "Sexo=sex",
        "--map", "Nacimiento=date of birth", "--map", "Pais=nationalité", "--map", "Puesto=rank"]


def test_map_and_sender_import_and_remember_the_mapping_for_the_next_file(db_url, small_course, tmp_path, capsys,
                                                                          password_on_stdin):
    sender = Organisation.create(name="Ministère de l'Intérieur", acronym="MININT", kind="ministry", country="SN")
    first = _odd_file(tmp_path, "first.csv", files.PEOPLE[:2])
    argv = ["import", "nominations", "--db", db_url, "--course", COURSE]
    assert _cli([*argv, str(first)]) == 2  # headings nobody knows: the command says how to name them
    err = capsys.readouterr().err
    assert "--map" in err and "--sender" in err
    assert _cli([*argv, str(first), "--sender", "MININT", *MAPS, "--dry-run"]) == 0
    assert _remembered(sender) == {}  # a dry run writes nothing, the mapping neither
    assert _cli([*argv, str(first), "--sender", "ministere de l'interieur", *MAPS]) == 0
    assert "2 nominated" in capsys.readouterr().out
    assert _remembered(sender)["apellido"] == "family_name" and _remembered(sender)["puesto"] == "rank"
    people = {p.family_name: p for p in Participant.select().where(Participant.family_name.in_(["Benali", "Diallo"]))}
    assert people["Benali"].given_names == "Karima" and people["Benali"].rank == "Commissaire"
    assert people["Benali"].organisation_id == sender.id  # no organisation column: the sender's people
    second = _odd_file(tmp_path, "second.csv", files.PEOPLE[2:])
    assert _cli([*argv, str(second), "--sender", "MININT"]) == 0  # read as remembered, nothing given again
    hana = Participant.get(Participant.family_name == "Tesfaye")
    assert (hana.given_names, hana.sex, hana.nationality_id, hana.rank) == ("Hana", "F", "ET", "Inspector")


def test_map_overrides_what_a_heading_names(db_url, small_course, tmp_path, capsys, password_on_stdin):
    # "Name" would be read as the family name; this sender writes given names under it
    headings = ["Surname", "Name", "Sex", "Date of birth", "Nationality", "Organisation", "Agency type"]
    path = tmp_path / "names.csv"
    path.write_bytes(files.csv_bytes([["Benali", "Karima", "F", date(1985, 3, 21), "MA", "DGSN", "Police"]],
                                     headings=headings))
    argv = ["import", "nominations", "--db", db_url, "--course", COURSE, str(path)]
    assert _cli([*argv, "--map", "Name=given_names"]) == 0
    person = Participant.get(Participant.family_name == "Benali")
    assert person.given_names == "Karima"


def test_unusable_sender_or_map_exit_2_and_write_nothing(db_url, small_course, tmp_path, capsys, password_on_stdin):
    Organisation.create(name="Police nationale", kind="police", country="SN")
    Organisation.create(name="Police nationale", kind="police", country="ML")
    path = _odd_file(tmp_path, "odd.csv", files.PEOPLE[:1])
    argv = ["import", "nominations", "--db", db_url, "--course", COURSE, str(path), *MAPS]
    before = (Participant.select().count(), Enrolment.select().count())
    assert _cli([*argv, "--sender", "Nobody"]) == 2
    assert "no organisation of the register is named 'Nobody'" in capsys.readouterr().err
    assert _cli([*argv, "--sender", "Police nationale"]) == 2
    err = capsys.readouterr().err
    assert "2 organisations are named 'Police nationale' (in ML, SN)" in err and "--sender-country" in err
    assert _cli([*argv, "--map", "Apellido=favourite colour"]) == 2
    assert "is not HEADING=FIELD" in capsys.readouterr().err
    assert _cli([*argv, "--map", "Segundo apellido=family_name", "--sender", "Police nationale",
                 "--sender-country", "sn"]) == 2
    assert "no column of odd.csv is headed 'Segundo apellido'" in capsys.readouterr().err
    assert (Participant.select().count(), Enrolment.select().count()) == before
    assert _cli([*argv, "--sender", "Police nationale", "--sender-country", "SN"]) == 0
