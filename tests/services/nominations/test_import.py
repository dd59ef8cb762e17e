"""Importing nomination files: every format and encoding, headings in three languages, matching, the
preview's fixes, one transaction with its audit events."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import pytest

from registry_app.services.nominations import (
    FileRefused,
    ImportRefused,
    MappingNeeded,
    commit,
    prepare,
    workbook,
)
from registry_app.services.nominations.headers import layout_with
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.models import AuditEvent, Enrolment, Organisation, Participant
from tests.services.nominations import files

COURSE = "INV-101/2026-03"


def _imported(actor, course, name, data, **options):
    preview = prepare(actor, COURSE, name, data=data, **options)
    assert preview.blocking() == [], [p.located() for p in preview.blocking()]
    result = commit(actor, preview, today=date(2026, 2, 1))
    return preview, result


def _nominees(course):
    return {(e.participant.family_name, e.participant.id_document_number, e.participant.birth_date,
             e.participant.nationality_id)
            for e in Enrolment.select().where(Enrolment.course == course, Enrolment.status == "nominated")
            if e.participant.family_name in ("Benali", "Diallo", "Tesfaye")}


EXPECTED = {("Benali", "0012345", date(1985, 3, 21), "MA"), ("Diallo", "00098765", date(1979, 11, 2), "SN"),
            ("Tesfaye", "EP1234567", date(1990, 1, 15), "ET")}


@pytest.mark.parametrize("name, make", [
    ("list.xlsx", lambda: files.xlsx(files.PEOPLE)),
    ("list-1904.xlsx", lambda: files.xlsx(files.PEOPLE, date1904=True)),
    ("list.xlsm", lambda: files.with_macros(files.xlsx(files.PEOPLE))),
    ("list.xls", lambda: files.xls(files.PEOPLE)),
    ("list.ods", lambda: files.ods(files.PEOPLE)),
    ("french.xlsx", lambda: files.xlsx(files.PEOPLE, headings=files.FRENCH, title_rows=4)),
    ("arabic.xlsx", lambda: files.xlsx(files.PEOPLE, headings=files.ARABIC, title_rows=0)),
    ("utf8.csv", lambda: files.csv_bytes(files.PEOPLE)),
    ("utf8-bom.csv", lambda: files.csv_bytes(files.PEOPLE, bom=True, delimiter=";")),
    ("utf16.csv", lambda: files.csv_bytes(files.PEOPLE, encoding="utf-16", delimiter="\t")),
    ("utf16le-nobom.csv", lambda: files.csv_bytes(files.PEOPLE, encoding="utf-16-le", delimiter=";")),
    ("windows.csv", lambda: files.csv_bytes([r[:2] + [""] + r[3:] for r in files.PEOPLE], encoding="cp1252",
                                            delimiter=";")),
])
def test_every_format_and_encoding_imports_the_same_people(actor, small_course, name, make):
    course = small_course[0]
    data = make()
    preview, result = _imported(actor, course, name, data)
    assert result.nominated == 3 and result.created == 3
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert _nominees(course) == EXPECTED
    arabic = Participant.get(Participant.family_name == "Benali").full_name_ar
    assert arabic == ("" if name == "windows.csv" else "كريمة بن علي")
    assert Participant.get(Participant.family_name == "Benali").given_names == "Karima"
    assert Organisation.get(Organisation.name == "Gendarmerie nationale").kind == "gendarmerie"


def test_the_centres_workbook_round_trip(actor, small_course):
    course = small_course[0]
    filled = files.fill_template(workbook(actor, COURSE), files.PEOPLE)
    preview, result = _imported(actor, course, "template.xlsx", filled)
    assert preview.sheet.course_code == COURSE and preview.layout.header_row == 2
    assert _nominees(course) == EXPECTED


def test_the_workbook_of_another_course_is_refused_before_anything_is_written(actor, small_course):
    filled = files.fill_template(workbook(actor, COURSE), files.PEOPLE)
    course = small_course[0]
    course.code = "INV-101/2026-09"
    course.save()
    preview = prepare(actor, "INV-101/2026-09", "template.xlsx", data=filled)
    [wrong] = preview.blocking()
    assert wrong.values == {"theirs": COURSE, "ours": "INV-101/2026-09"}
    before = Participant.select().count()
    with pytest.raises(ImportRefused):
        commit(actor, preview)
    assert Participant.select().count() == before


def test_dates_numbers_and_formulas_as_spreadsheets_hold_them(actor, small_course):
    rows = [list(r) for r in files.PEOPLE]
    rows[0][4] = 31127  # 21/03/1985 as Excel's day number, in a cell without a date format
    rows[1][4] = "1979-11-02"
    rows[2][4] = "15.01.1990"
    rows[1][12] = "00098765"
    rows[2][10] = 251911000000.0  # a phone typed as a number
    rows[0][0] = '=UPPER("benali")'
    data = files.with_cached_formulas(files.xlsx(rows), {"A4": "BENALI"})
    preview = prepare(actor, COURSE, "numbers.xlsx", data=data)
    assert preview.blocking() == []
    values = [row.values for row in preview.rows]
    assert [v["birth_date"] for v in values] == [date(1985, 3, 21), date(1979, 11, 2), date(1990, 1, 15)]
    assert values[0]["family_name"] == "BENALI" and values[2]["phone"] == "251911000000"


def test_blank_and_trailing_rows_are_ignored_and_rows_keep_their_numbers(actor, small_course):
    rows = [files.PEOPLE[0], [""] * 13, ["", None, "  "], files.PEOPLE[1]] + [[""] * 13] * 50
    preview = prepare(actor, COURSE, "gaps.xlsx", data=files.xlsx(rows))
    assert [row.row for row in preview.rows] == [4, 7]


def test_problems_are_located_and_the_clerk_fixes_them(actor, small_course):
    rows = [list(r) for r in files.PEOPLE]
    rows[0][3] = "X"
    rows[1][4] = "31/02/1979"
    rows[2][5] = "Atlantis"
    rows[2][9] = "not-an-address"
    preview = prepare(actor, COURSE, "bad.xlsx", data=files.xlsx(rows))
    located = {(p.row, p.column, p.value) for p in preview.blocking()}
    assert (4, "D (Sex (F/M))", "X") in located
    assert (5, "E (Date of birth)", "31/02/1979") in located
    assert (6, "F (Nationality)", "Atlantis") in located
    with pytest.raises(ImportRefused):
        commit(actor, preview)
    assert Participant.select().where(Participant.family_name == "Benali").count() == 0
    preview.fix(0, "sex", "Femme")
    preview.fix(1, "birth_date", "28/02/1979")
    preview.fix(2, "nationality", "Éthiopie")
    [email] = preview.blocking()
    assert (email.row, email.column) == (6, "J (E-mail)")
    preview.skip(2)
    result = commit(actor, preview)
    assert (result.nominated, result.skipped) == (2, 1)


def test_rows_are_matched_by_document_or_by_the_duplicate_rule(actor, small_course):
    known = participants.create(actor, ParticipantData("Karima", "Ben Ali", "F", "MA", birth_date=date(1985, 3, 21)))
    holder = participants.create(actor, ParticipantData("Mamadou", "Diallo", "M", "SN",
                                                        id_document_number="00098765"))
    preview = prepare(actor, COURSE, "list.xlsx", data=files.xlsx(files.PEOPLE))
    assert [row.match for row in preview.rows] == [known.id, holder.id, None]
    assert [row.status for row in preview.rows] == ["existing", "existing", "new"]
    preview.choose(0, None)  # the clerk says Karima Benali is someone else
    result = commit(actor, preview)
    assert (result.created, result.matched) == (2, 1)
    assert Participant.select().where(Participant.given_names == "Karima").count() == 2


def test_several_candidates_stop_the_row_until_the_clerk_picks(actor, small_course):
    twins = [participants.create(actor, ParticipantData("Karima", name, "F", "MA", birth_date=date(1985, 3, 21)))
             for name in ("Benali", "Ben Ali")]
    preview = prepare(actor, COURSE, "list.xlsx", data=files.xlsx(files.PEOPLE))
    [several] = preview.blocking()
    assert several.row == 4 and several.values["count"] == 2
    preview.choose(0, twins[1].id)
    assert preview.blocking() == []
    commit(actor, preview)
    assert Enrolment.select().where(Enrolment.participant == twins[1].id).count() == 1


def test_one_transaction_and_an_audit_event_per_record_and_one_for_the_file(actor, small_course):
    course = small_course[0]
    data = files.xlsx(files.PEOPLE)
    before = AuditEvent.select().count()
    _imported(actor, course, "list.xlsx", data)
    events = list(AuditEvent.select().where(AuditEvent.id > before).order_by(AuditEvent.id))
    kinds = [(e.action, e.entity) for e in events]
    assert kinds.count(("create", "participant")) == 3 and kinds.count(("nominate", "enrolment")) == 3
    assert kinds.count(("create", "organisation")) == 3
    [file_event] = [e for e in events if e.action == "import-nominations"]
    assert hashlib.sha256(data).hexdigest() in file_event.after and "list.xlsx" in file_event.after
    from registry_app.services.audit import broken_links, to_json
    from registry_app.services.versioning import snapshot

    assert broken_links() == []
    for event in events:  # each event holds the record as it is saved, as one saved by its form would
        if event.action in ("create", "nominate") and event.entity in ("participant", "enrolment"):
            model = Participant if event.entity == "participant" else Enrolment
            assert event.after == to_json(snapshot(model.get_by_id(int(event.entity_id))))


def test_a_second_import_of_the_same_file_changes_nothing(actor, small_course):
    course = small_course[0]
    data = files.xlsx(files.PEOPLE)
    _imported(actor, course, "list.xlsx", data)
    preview = prepare(actor, COURSE, "list.xlsx", data=data)
    assert [row.status for row in preview.rows] == ["already"] * 3
    with pytest.raises(ImportRefused):
        commit(actor, preview)


def test_unknown_headings_need_a_mapping_remembered_for_the_sender(actor, small_course):
    odd = ["Nom", "Prénom usuel", "Sexe", "Né(e) le", "Pays", "Unité", "Type", "Passeport N°"]
    rows = [[r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[12]] for r in files.PEOPLE]
    data = files.xlsx(rows, headings=odd)
    with pytest.raises(MappingNeeded) as needed:
        prepare(actor, COURSE, "odd.xlsx", data=data)
    sheet = needed.value.sheets[0]
    mapping = dict(enumerate(["family_name", "given_names", "sex", "birth_date", "nationality", "organisation",
                              "organisation_kind", "id_document_number"]))
    sender = Organisation.create(name="Ministère de l'Intérieur", kind="ministry", country="SN")
    preview = prepare(actor, COURSE, "odd.xlsx", data=data, layout=layout_with(sheet, 2, mapping), sender_id=sender.id)
    commit(actor, preview)
    again = prepare(actor, COURSE, "odd.xlsx", data=data, sender_id=sender.id)  # no dialog the second time
    assert again.layout.mapping == preview.layout.mapping


@pytest.mark.parametrize("data, why", [
    (b"", "empty"), (b"PK\x03\x04broken", "damaged"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "read"),
])
def test_unreadable_files_are_refused_with_the_file_named(actor, small_course, data, why):
    with pytest.raises(FileRefused) as refused:
        prepare(actor, COURSE, "sent.xlsx", data=data)
    assert "sent.xlsx" in str(refused.value) and why in str(refused.value)


def test_the_template_has_what_member_states_need(actor, small_course):
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(workbook(actor, COURSE)))
    assert book.sheetnames == ["Instructions", "Nominations", "Lists", "registry"]
    sheet = book["Nominations"]
    assert sheet.protection.sheet and book["registry"].sheet_state == "veryHidden"
    assert book["registry"]["B1"].value == COURSE
    assert sheet["A3"].value == "Title" and sheet["B3"].value == "Family name *"
    assert sheet["O4"].number_format == "@" and sheet["F4"].number_format == "DD/MM/YYYY"
    assert not sheet["B4"].protection.locked and sheet["B3"].protection.locked
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in sheet.data_validations.dataValidation if dv.type == "list"}
    assert set(lists) == {"E", "G", "I", "N"}  # sex, nationality, agency type, ID document type
    assert book["Lists"]["A1"].value and "(" in book["Lists"]["A1"].value


def test_imported_participants_are_found_by_the_search_at_once(actor, small_course):
    from registry_app.services.register.participant_list import ParticipantFilter, ParticipantList

    _imported(actor, small_course[0], "list.xlsx", files.xlsx(files.PEOPLE))
    for typed in ("Tesfaye", "بن علي", "0012345"):
        listed, count = ParticipantList.matching(ParticipantFilter(typed))
        assert count == 1 and listed.page()[0].family_name in ("Tesfaye", "Benali")
    participants.create(actor, ParticipantData("Later", "Person", "F", "MA"))  # the trigger is back
    assert ParticipantList.matching(ParticipantFilter("Later"))[1] == 1
