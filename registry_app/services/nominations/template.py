"""The nomination workbook the centre sends to member states: an instruction sheet, a nominations sheet
with headings in the course's language and English, drop-down lists, formats that keep document numbers
as typed, a protected heading, and the course's code hidden in the file for the import to check."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ...domain.permissions import Action
from ...store.models import Course, Programme
from .. import centre
from ..actors import Actor
from ..courses.lookup import find_course
from ..register.reference import country_choices
from .vocabulary import COLUMNS, DOCUMENT_WORDS, KIND_WORDS, LANGUAGES, Column, word

NOMINATIONS_SHEET = "Nominations"
HIDDEN_SHEET = "registry"  # very hidden: the course's code, read back by the import
TEMPLATE_VERSION = "1"
HEADER_ROW = 3  # below the title rows
DATE_FORMAT = "DD/MM/YYYY"

_TITLE = {"en": "Nominations", "fr": "Candidatures", "ar": "الترشيحات"}
_INSTRUCTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "How to fill in this workbook",
        "Write one person per row on the sheet “Nominations”, starting on the first empty row under the headings.",
        "Columns marked * must be filled in: family name, given names, sex, nationality and organisation.",
        "Choose the nationality, the sex, the agency type and the ID document type from the drop-down lists.",
        "Write dates of birth as dates (for example 21/03/1985).",
        "Copy ID document numbers exactly as printed: leading zeros are kept.",
        "Write the name in Arabic script too where the person has one.",
        "Do not change the headings, the order of the columns or the hidden sheets: the centre reads "
        "this file automatically.",
        "Send the file back as it is (.xlsx). Thank you.",
    ),
    "fr": (
        "Comment remplir ce classeur",
        "Inscrivez une personne par ligne dans la feuille « Nominations », à partir de la première ligne vide "
        "sous les titres.",
        "Les colonnes marquées * sont obligatoires : nom de famille, prénoms, sexe, nationalité et organisation.",
        "Choisissez la nationalité, le sexe, le type d'organisation et le type de pièce d'identité dans les "
        "listes déroulantes.",
        "Saisissez les dates de naissance comme des dates (par exemple 21/03/1985).",
        "Recopiez les numéros de pièce d'identité tels qu'imprimés : les zéros en tête sont conservés.",
        "Écrivez aussi le nom en caractères arabes lorsque la personne en a un.",
        "Ne modifiez ni les titres, ni l'ordre des colonnes, ni les feuilles masquées : le centre lit ce "
        "fichier automatiquement.",
        "Renvoyez le fichier tel quel (.xlsx). Merci.",
    ),
    "ar": (
        "طريقة ملء هذا المصنف",
        "اكتب شخصاً واحداً في كل سطر من ورقة «Nominations»، بدءاً من أول سطر فارغ تحت العناوين.",
        "الأعمدة المعلمة بـ * إلزامية: اسم العائلة والاسم الشخصي والجنس والجنسية والمؤسسة.",
        "اختر الجنسية والجنس ونوع المؤسسة ونوع وثيقة الهوية من القوائم المنسدلة.",
        "اكتب تاريخ الميلاد كتاريخ (مثلاً 21/03/1985).",
        "انسخ أرقام وثائق الهوية كما هي مطبوعة: تحفظ الأصفار في البداية.",
        "اكتب الاسم بالحروف العربية أيضاً إن وجد.",
        "لا تغير العناوين ولا ترتيب الأعمدة ولا الأوراق المخفية: يقرأ المركز هذا الملف آلياً.",
        "أعد إرسال الملف كما هو (.xlsx). شكراً.",
    ),
}

_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_REQUIRED_FILL = PatternFill("solid", fgColor="9C2A2A")
_THIN = Side(style="thin", color="BFBFBF")


def heading(column: Column, language: str) -> str:
    """The heading cell: the course's language first, English under it, * when required."""
    mark = " *" if column.required else ""
    if language == "en" or language not in LANGUAGES:
        return column.en + mark
    return f"{column.label(language)}{mark}\n{column.en}"


def workbook(actor: Actor, course_code: str, rows: int | None = None) -> bytes:
    """The nomination workbook of a course, as .xlsx bytes."""
    actor.require(Action.VIEW)
    course = find_course(course_code)
    programme = Programme.get_by_id(course.programme_id)
    language = course.language if course.language in LANGUAGES else "en"
    rows = rows or max(100, course.capacity * 3)
    book = Workbook()
    _instructions(book.active, course, programme, language)
    sheet = book.create_sheet(NOMINATIONS_SHEET)
    lists = book.create_sheet("Lists")
    ranges = _lists(lists, language)
    lists.sheet_state = "hidden"
    _nominations(sheet, course, programme, language, rows, ranges)
    hidden = book.create_sheet(HIDDEN_SHEET)
    for row in (("course", course.code), ("template", TEMPLATE_VERSION), ("language", language)):
        hidden.append(row)
    hidden.sheet_state = "veryHidden"
    hidden.protection.sheet = True
    book.active = 1
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _course_line(course: Course, programme: Programme, language: str) -> str:
    title = getattr(programme, f"title_{language}") or programme.title_en
    dates = f"{course.start_date:%d/%m/%Y} – {course.end_date:%d/%m/%Y}"
    return f"{course.code} · {title} · {course.venue} · {dates}"


def _instructions(sheet: Any, course: Course, programme: Programme, language: str) -> None:
    sheet.title = "Instructions"
    sheet.sheet_view.rightToLeft = language == "ar"
    settings = centre.load()
    sheet.column_dimensions["A"].width = 110
    sheet.append([getattr(settings, f"name_{language}", settings.name_en)])
    sheet.append([_course_line(course, programme, language)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"].font = Font(bold=True, size=12)
    sheet.append([])
    texts = _INSTRUCTIONS[language] + (() if language == "en" else ("",) + _INSTRUCTIONS["en"])
    for number, text in enumerate(texts):
        sheet.append([text])
        cell = sheet.cell(row=sheet.max_row, column=1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if number in (0, len(_INSTRUCTIONS[language]) + 1):
            cell.font = Font(bold=True)
    sheet.protection.sheet = True


def _lists(sheet: Any, language: str) -> dict[str, str]:
    """The drop-down lists' values, one column each; returns the range of each."""
    columns = {
        "nationality": [f"{name} ({code})" for code, name in country_choices(language)],
        "sex": ["F", "M"],
        "organisation_kind": [word(KIND_WORDS, kind, language) for kind in KIND_WORDS],
        "id_document_type": [word(DOCUMENT_WORDS, kind, language) for kind in DOCUMENT_WORDS],
    }
    ranges = {}
    for index, (field, values) in enumerate(columns.items(), start=1):
        letter = get_column_letter(index)
        for row, value in enumerate(values, start=1):
            sheet.cell(row=row, column=index, value=value)
        ranges[field] = f"Lists!${letter}$1:${letter}${len(values)}"
    sheet.protection.sheet = True
    return ranges


def _nominations(sheet: Any, course: Course, programme: Programme, language: str, rows: int,
                 ranges: dict[str, str]) -> None:
    sheet.sheet_view.rightToLeft = language == "ar"
    last = get_column_letter(len(COLUMNS))
    sheet["A1"] = f"{_TITLE[language]} – {_course_line(course, programme, language)}"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.merge_cells(f"A1:{last}1")
    sheet["A2"] = centre.load().name_en
    sheet.merge_cells(f"A2:{last}2")
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=heading(column, language))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _REQUIRED_FILL if column.required else _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
        _body(sheet, index, column, rows)
    sheet.row_dimensions[HEADER_ROW].height = 48 if language != "en" else 24
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)
    _drop_downs(sheet, ranges, rows, language)
    # Protected: headings and titles locked, the body left open; rows may be added and sorted.
    sheet.protection.sheet = True
    for option in ("formatColumns", "formatRows", "formatCells", "insertRows", "deleteRows", "sort", "autoFilter"):
        setattr(sheet.protection, option, False)


def _body(sheet: Any, index: int, column: Column, rows: int) -> None:
    text_format = column.field != "birth_date"  # text: document numbers and phones keep their zeros
    for row in range(HEADER_ROW + 1, HEADER_ROW + 1 + rows):
        cell = sheet.cell(row=row, column=index)
        cell.protection = Protection(locked=False)
        cell.number_format = "@" if text_format else DATE_FORMAT
        cell.border = Border(bottom=_THIN)


def _drop_downs(sheet: Any, ranges: dict[str, str], rows: int, language: str) -> None:
    first, last = HEADER_ROW + 1, HEADER_ROW + rows
    letters = {column.field: get_column_letter(i) for i, column in enumerate(COLUMNS, start=1)}
    prompt = {"en": "Choose from the list", "fr": "Choisissez dans la liste", "ar": "اختر من القائمة"}[language]
    for field, source in ranges.items():
        check = DataValidation(type="list", formula1=f"={source}", allow_blank=True, showDropDown=False)
        check.error = prompt
        check.showErrorMessage = True
        check.add(f"{letters[field]}{first}:{letters[field]}{last}")
        sheet.add_data_validation(check)
    dates = DataValidation(type="date", operator="between", formula1="DATE(1920,1,1)",
                           formula2=f"DATE({date.today().year},12,31)", allow_blank=True)
    dates.error = {"en": "Write a date, e.g. 21/03/1985", "fr": "Saisissez une date, p. ex. 21/03/1985",
                   "ar": "اكتب تاريخاً، مثلاً 21/03/1985"}[language]
    dates.showErrorMessage = True
    dates.add(f"{letters['birth_date']}{first}:{letters['birth_date']}{last}")
    sheet.add_data_validation(dates)
