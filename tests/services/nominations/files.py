"""Nomination files written by the tests, in every format and encoding member states send."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from typing import Any

import openpyxl

HEADINGS = ["Family name", "Given names", "Full name in Arabic script", "Sex (F/M)", "Date of birth", "Nationality",
            "Organisation", "Agency type", "Rank / position", "E-mail", "Phone", "ID document type",
            "ID document number"]
FRENCH = ["Nom de famille", "Prénoms", "Nom complet en arabe", "Sexe", "Date de naissance", "Nationalité",
          "Organisation", "Type d'organisation", "Grade / fonction", "Courriel", "Téléphone",
          "Type de pièce d'identité", "Numéro de pièce d'identité"]
ARABIC = ["اسم العائلة", "الاسم الشخصي", "الاسم الكامل بالعربية", "الجنس", "تاريخ الميلاد", "الجنسية", "المؤسسة",
          "نوع المؤسسة", "الرتبة / الوظيفة", "البريد الإلكتروني", "الهاتف", "نوع وثيقة الهوية", "رقم وثيقة الهوية"]

PEOPLE: list[list[Any]] = [
    ["Benali", "Karima", "كريمة بن علي", "F", date(1985, 3, 21), "Morocco", "Direction Générale de la Sûreté Nationale",
     "Police", "Commissaire", "k.benali@dgsn.ma", "+212 537 00 00 01", "Passport", "0012345"],
    ["Diallo", "Mamadou", "", "M", date(1979, 11, 2), "SN", "Gendarmerie nationale", "Gendarmerie",
     "Capitaine", "", "", "National identity card", "00098765"],
    ["Tesfaye", "Hana", "", "Female", date(1990, 1, 15), "Ethiopia", "Federal Police Commission", "Police",
     "Inspector", "hana@fpc.gov.et", "", "Passport", "EP1234567"],
]


def rows_for(people: list[list[Any]], as_text: bool = False) -> list[list[Any]]:
    if not as_text:
        return people
    return [[v.strftime("%d/%m/%Y") if isinstance(v, date) else v for v in row] for row in people]


def xlsx(rows: list[list[Any]], headings: list[str] = HEADINGS, title_rows: int = 2, date1904: bool = False,
         sheet: str = "Sheet1") -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    if date1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for n in range(title_rows):
        ws.append([f"Ministry of the Interior — nominations, page {n + 1}"])
    if title_rows:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    ws.append(headings)
    for row in rows:
        ws.append(row)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM/YYYY"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_cached_formulas(data: bytes, cached: dict[str, str]) -> bytes:
    """The workbook with its formula cells given cached values, as Excel saves them."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = content.decode("utf-8")
                for ref, value in cached.items():
                    text = re.sub(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>',
                                  rf'<c r="{ref}"\1 t="str"><f>\2</f><v>{value}</v>', text)
                content = text.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


def with_macros(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"Sub AutoOpen(): Shell \"calc\": End Sub" * 10)
    return out.getvalue()


def xls(rows: list[list[Any]], headings: list[str] = HEADINGS) -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Nominations")
    ws.write_merge(0, 0, 0, 5, "Nominations — Ministère de la Justice")
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for col, heading in enumerate(headings):
        ws.write(2, col, heading)
    for r, row in enumerate(rows, start=3):
        for col, value in enumerate(row):
            if isinstance(value, date):
                ws.write(r, col, value, dates)
            elif value not in ("", None):
                ws.write(r, col, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def ods(rows: list[list[Any]], headings: list[str] = HEADINGS) -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Nominations")

    def add(values: list[Any]) -> None:
        row = TableRow()
        for value in values:
            if isinstance(value, date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
                cell.addElement(P(text=value.strftime("%d/%m/%Y")))
            elif isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
            row.addElement(cell)
        table.addElement(row)

    add(["Liste des candidats"])
    add([])
    add(headings)
    for row in rows:
        add(row)
    document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def csv_bytes(rows: list[list[Any]], headings: list[str] = HEADINGS, encoding: str = "utf-8", delimiter: str = ",",
              bom: bool = False) -> bytes:
    import csv

    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter)
    writer.writerow(headings)
    writer.writerows(rows_for(rows, as_text=True))
    data = text.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" if bom and encoding == "utf-8" else b"") + data


def fill_template(template: bytes, rows: list[list[Any]]) -> bytes:
    """The centre's workbook as a member state fills it: values typed under the headings."""
    from registry_app.services.nominations.template import HEADER_ROW, NOMINATIONS_SHEET
    from registry_app.services.nominations.vocabulary import COLUMNS

    book = openpyxl.load_workbook(io.BytesIO(template))
    ws = book[NOMINATIONS_SHEET]
    order = [column.field for column in COLUMNS]
    fields = ["family_name", "given_names", "full_name_ar", "sex", "birth_date", "nationality", "organisation",
              "organisation_kind", "rank", "email", "phone", "id_document_type", "id_document_number"]
    for r, row in enumerate(rows, start=HEADER_ROW + 1):
        for field, value in zip(fields, row):
            ws.cell(row=r, column=order.index(field) + 1, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
