"""Reading a nomination file into rows of cell values: .xlsx, .xlsm, .xls and .ods through calamine
(formulas come as their cached values, dates as dates), .csv through csv_text. The file is judged by
its content, not only its name: a workbook renamed .csv, or a text file renamed .xlsx, is still read
or refused for what it is. Nothing of the file is run (macros are reported, never executed)."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import csv_text
from .problems import FileRefused, Problem, shown

MAX_BYTES = 50_000_000
MAX_DATA_ROWS = 20_000  # rows with something in them; a course takes a few hundred nominations at most
HIDDEN_SHEET = "registry"

MACROS = "The file {file} contains macros; they were not run, only the cells were read."
OTHER_SEPARATOR = ("This line is separated by another character than the rest of the file ({separator}): save the "
                   "file again from one program.")
PROBLEM_TEMPLATES = (MACROS, OTHER_SEPARATOR)

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904=\"(?:1|true)\"")


@dataclass
class SourceSheet:
    """One sheet's cells, row 0 being the sheet's row 1 and column 0 its column A."""

    file_name: str
    sheet: str  # "" for a CSV file
    rows: list[list[Any]]
    kind: str  # xlsx, xls, ods or csv
    date1904: bool = False
    course_code: str = ""  # the hidden code of the centre's workbook, "" in any other file
    notices: list[Problem] = field(default_factory=list)


def read(path: Path | str, data: bytes | None = None) -> list[SourceSheet]:
    """The visible sheets of the file that hold anything, in the workbook's order."""
    path = Path(path)
    name = path.name
    if data is None:
        try:
            if path.stat().st_size > MAX_BYTES:
                raise FileRefused("The file {file} is larger than 50 MB: no nomination list is that long.", file=name)
            data = path.read_bytes()
        except OSError as error:
            raise FileRefused("The file {file} cannot be opened: {reason}.", reason=error.strerror, file=name) from error
    if len(data) > MAX_BYTES:
        raise FileRefused("The file {file} is larger than 50 MB: no nomination list is that long.", file=name)
    if not data.strip():
        raise FileRefused("The file {file} is empty.", file=name)
    if data.startswith(_OLE):
        if _ENCRYPTED in data[:65536] or _ENCRYPTED in data:
            raise FileRefused("The file {file} is protected by a password. Open it, remove the password "
                                    "(File > Info > Protect workbook) and send it again.", file=name)
        return _workbook(name, data, "xls")
    if data.startswith(_ZIP):
        return _zipped(name, data)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise FileRefused("The file {file} is not a workbook, although its name says so: it may be "
                                "damaged or cut short. Ask for it again.", file=name)
    return [_csv(name, data)]


def _zipped(name: str, data: bytes) -> list[SourceSheet]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            workbook_xml = archive.read("xl/workbook.xml") if "xl/workbook.xml" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, EOFError, ValueError) as error:
        raise FileRefused("The file {file} is damaged or cut short (it is not a complete workbook). "
                                "Ask for it again.", file=name) from error
    if "content.xml" in names:
        return _workbook(name, data, "ods")
    if "xl/workbook.xml" not in names:
        raise FileRefused("The file {file} is a zip archive, not a workbook.", file=name)
    sheets = _workbook(name, data, "xlsx", date1904=bool(_DATE1904.search(workbook_xml[:20000])))
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        for sheet in sheets:
            sheet.notices.append(Problem(name, "", 0, "", "", MACROS, {"file": name}, blocking=False))
    return sheets


def _workbook(name: str, data: bytes, kind: str, date1904: bool = False) -> list[SourceSheet]:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        with CalamineWorkbook.from_filelike(io.BytesIO(data)) as book:
            course_code = _hidden_code(book)
            sheets = []
            for meta in book.sheets_metadata:
                if meta.visible != SheetVisibleEnum.Visible or meta.typ != SheetTypeEnum.WorkSheet:
                    continue
                rows = _rows(name, meta.name, book.get_sheet_by_name(meta.name))
                if rows:
                    sheets.append(SourceSheet(name, meta.name, rows, kind, date1904, course_code))
    except FileRefused:
        raise
    except BaseException as error:  # noqa: BLE001 - calamine raises its own kinds, and panics as BaseException
        if isinstance(error, (KeyboardInterrupt, SystemExit, MemoryError)):
            raise
        if "password" in type(error).__name__.lower() or "encrypt" in str(error).lower():
            raise FileRefused("The file {file} is protected by a password. Open it, remove the password "
                                    "and send it again.", file=name) from error
        raise FileRefused("The file {file} cannot be read as a workbook ({detail}). It may be damaged: "
                                "open it and save it again, or ask for it again.",
                          detail=str(error)[:200] or type(error).__name__, file=name) from error
    if not sheets:
        raise FileRefused("The workbook {file} has no sheet with anything in it.", file=name)
    return sheets


def _hidden_code(book: Any) -> str:
    if HIDDEN_SHEET not in book.sheet_names:
        return ""
    for row in book.get_sheet_by_name(HIDDEN_SHEET).to_python(skip_empty_area=False, nrows=10):
        if len(row) >= 2 and row[0] == "course":
            return str(row[1]).strip()
    return ""


def _rows(name: str, sheet_name: str, sheet: Any) -> list[list[Any]]:
    """The sheet's rows from A1 on, trailing blank rows left out; refused past MAX_DATA_ROWS filled rows
    (a sheet that says it has a million rows but holds a few is read quickly: blank rows cost little)."""
    rows: list[list[Any]] = []
    filled = 0
    start = sheet.start or (0, 0)
    blank: list[Any] = []
    for row in sheet.iter_rows():
        if row.count("") != len(row):  # in C: a sheet a million rows deep is mostly blank ones
            filled += 1
            if filled > MAX_DATA_ROWS:
                raise FileRefused("The sheet {sheet} of {file} has more than {limit} filled rows: "
                                        "send the nominations of one course only.", sheet=sheet_name,
                                  limit=f"{MAX_DATA_ROWS:,}", file=name)
            rows.append(row)
        else:
            rows.append(blank)
    while rows and not rows[-1]:
        rows.pop()
    top, left = start
    if left:
        rows = [[""] * left + row if row else row for row in rows]
    return [[] for _ in range(top)] + rows if rows else []


def _csv(name: str, data: bytes) -> SourceSheet:
    # trailing blank lines and empty cells, a million of them at times, cost nothing this way (the last
    # row's own empty cells go too, which reads them as empty all the same)
    text = csv_text.decode(data, name).rstrip("\r\n\t ,;")
    separator = csv_text.delimiter(text)
    try:
        rows: list[list[Any]] = list(csv_text.rows(text, separator))
    except ValueError as error:
        raise FileRefused("The file {file} cannot be read as CSV ({detail}).", detail=str(error)[:200], file=name) from error
    filled = sum(1 for row in rows if "".join(row).strip())
    if filled > MAX_DATA_ROWS:
        raise FileRefused("The file {file} has more than {limit} filled rows: send the nominations of one "
                                "course only.", limit=f"{MAX_DATA_ROWS:,}", file=name)
    while rows and not "".join(rows[-1]).strip():
        rows.pop()
    if not rows:
        raise FileRefused("The file {file} is empty.", file=name)
    sheet = SourceSheet(name, "", rows, "csv")
    sheet.notices.extend(_mixed_separators(name, rows, separator))
    return sheet


def _mixed_separators(name: str, rows: list[list[Any]], separator: str) -> list[Problem]:
    """Rows that another separator would split: a file put together from two programs' exports."""
    widths = [len(row) for row in rows if len(row) > 1]
    usual = max(set(widths), key=widths.count) if widths else 1
    problems = []
    for number, row in enumerate(rows, start=1):
        if len(row) >= usual or not row:
            continue
        text = separator.join(row)
        if any(other in text for other in ",;\t" if other != separator):
            problems.append(Problem(name, "", number, "", shown(text), OTHER_SEPARATOR,
                                    {"separator": separator.replace("\t", "tab")}))
    return problems
