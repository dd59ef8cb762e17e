"""A generated corpus of malformed nomination files: what years of member states' spreadsheets bring.
Each file has at least one thing wrong that the import must locate."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import openpyxl

from tests.services.nominations import files

Make = Callable[[], bytes]


def _people(n: int = 3) -> list[list[Any]]:
    return [list(files.PEOPLE[i % 3]) for i in range(n)]


def _with(column: int, value: Any, row: int = 1) -> list[list[Any]]:
    people = _people()
    people[row][column] = value
    return people


def truncated() -> Iterator[tuple[str, Make]]:
    whole = {"xlsx": files.xlsx(_people(40)), "ods": files.ods(_people(40)), "xls": files.xls(_people(40))}
    for kind, data in whole.items():
        for n in range(12):
            cut = max(8, len(data) * (n + 1) // 14)
            yield f"truncated-{n}.{kind}", lambda data=data, cut=cut: data[:cut]
    xlsx = whole["xlsx"]
    for n, offset in enumerate((100, 1000, 3000)):
        yield f"flipped-bytes-{n}.xlsx", lambda offset=offset: (
            xlsx[:offset] + bytes(b ^ 0xFF for b in xlsx[offset:offset + 400]) + xlsx[offset + 400:])


WRONG_VALUES: list[tuple[int, Any]] = [
    (0, True), (1, False), (3, 1.0), (3, "X"), (3, date(1990, 1, 1)), (4, "yesterday"), (4, "31/02/1985"),
    (4, -5.0), (4, 99999999.0), (4, True), (4, "1985-13-45"), (4, "00/00/0000"), (4, timedelta(days=3)),
    (5, "Atlantis"), (5, 42.0), (5, date(2000, 1, 1)), (5, "ZZ"), (7, "Spaceforce"), (7, 3.0), (11, "Library card"),
    (9, "not an address"), (9, "a@b"), (10, "call me"), (10, "++--"), (0, ""), (1, "   "), (6, ""),
    (0, "#REF!"), (1, "#DIV/0!"), (4, date(2030, 1, 1)), (4, date(1890, 1, 1)), (4, "2015-06-01"),
]


def wrong_types() -> Iterator[tuple[str, Make]]:
    for n, (column, value) in enumerate(WRONG_VALUES):
        people = _with(column, value)
        yield f"wrong-type-{n}.xlsx", lambda people=people: files.xlsx(people)
        if not isinstance(value, (timedelta, bool)):  # text has no TRUE/FALSE cells
            yield f"wrong-type-{n}.ods", lambda people=people: files.ods(people)
            yield f"wrong-type-{n}.csv", lambda people=people: files.csv_bytes(people, delimiter=";")
        if not isinstance(value, (timedelta, bool)):
            yield f"wrong-type-{n}.xls", lambda people=people: files.xls(people)


def huge_cells() -> Iterator[tuple[str, Make]]:
    for n, size in enumerate((1_001, 5_000, 32_000, 200_000)):
        people = _with(0, "A" * size)
        yield f"huge-cell-{n}.xlsx", lambda people=people: files.xlsx(people)
        yield f"huge-cell-{n}.csv", lambda people=people: files.csv_bytes(people)
        yield f"huge-cell-{n}.ods", lambda people=people: files.ods(people)
    yield "huge-heading.xlsx", lambda: files.xlsx(_people(), headings=["N" * 40_000] + files.HEADINGS[1:])
    yield "huge-arabic.csv", lambda: files.csv_bytes(_with(2, "م" * 50_000), encoding="utf-16")


def million_empty_rows() -> Iterator[tuple[str, Make]]:
    bad = _with(3, "?")
    yield "million-blank-lines.csv", lambda: files.csv_bytes(bad) + b"\r\n" * 1_000_000
    yield "million-empty-cells.csv", lambda: files.csv_bytes(bad, delimiter=";") + b";;;;;;;;;;;;\r\n" * 1_000_000

    def far_cell() -> bytes:
        book = openpyxl.load_workbook(io.BytesIO(files.xlsx(bad)))
        book.active.cell(row=1_048_576, column=13, value=" ")
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
    yield "million-rows-last-cell.xlsx", far_cell
    yield "too-many-rows.csv", lambda: files.csv_bytes(_people(20_001))


def formulas() -> Iterator[tuple[str, Make]]:
    for n, (formula, cached) in enumerate([("1/0", "#DIV/0!"), ("VLOOKUP(A1,Z:Z,2)", "#N/A"), ("B99", None),
                                            ('UPPER("x")', None), ("#REF!+1", "#REF!"), ("NOW()", None)]):
        people = _with(0, f"={formula}", row=0)
        cached_values = {"A4": cached} if cached else {}
        yield f"formula-{n}.xlsx", lambda people=people, c=cached_values: files.with_cached_formulas(files.xlsx(people), c)
        text = _with(3, f"={formula}", row=2)
        yield f"formula-{n}.csv", lambda text=text: files.csv_bytes(text)


def macros() -> Iterator[tuple[str, Make]]:
    for n, (column, value) in enumerate(WRONG_VALUES[:8]):
        people = _with(column, value)
        yield f"macros-{n}.xlsm", lambda people=people: files.with_macros(files.xlsx(people))


def password_protected() -> Iterator[tuple[str, Make]]:
    from msoffcrypto.format.ooxml import OOXMLFile

    def encrypted(password: str) -> bytes:
        out = io.BytesIO()
        OOXMLFile(io.BytesIO(files.xlsx(_people()))).encrypt(password, out)
        return out.getvalue()
    for n, password in enumerate(("1234", "VelvetSweatshop", "kalimat sirr")):
        yield f"password-{n}.xlsx", lambda password=password: encrypted(password)
    yield "password-renamed.xls", lambda: encrypted("x")


def wrong_encodings() -> Iterator[tuple[str, Make]]:
    arabic = [list(r) for r in _people()]
    japanese = [["山田", "太郎"] + r[2:] for r in _people()]
    for n, (people, encoding) in enumerate([(arabic, "utf-32"), (arabic, "cp1256"), (japanese, "shift_jis"),
                                            (japanese, "euc_jp"), (arabic, "iso-8859-6"), (_people(), "cp500"),
                                            (japanese, "gb18030"), (_people(), "utf-16-be"),
                                            (arabic, "utf-32-le")]):
        def make(people: list[list[Any]] = people, encoding: str = encoding) -> bytes:
            rows = [[str(v).encode(encoding, "replace").decode(encoding) if isinstance(v, str) else v for v in r]
                    for r in people]
            rows[0][3] = "?"  # and a value wrong in any encoding
            return files.csv_bytes(rows, encoding=encoding)
        yield f"encoding-{n}-{encoding}.csv", make
    yield "latin1-with-c1-controls.csv", lambda: files.csv_bytes(_with(3, "?")).replace(b"Karima", b"Kar\x81ma")
    yield "binary-noise.csv", lambda: bytes(range(256)) * 40
    yield "png-named.xlsx", lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 300
    yield "pdf-named.csv", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 4


def mixed_delimiters() -> Iterator[tuple[str, Make]]:
    for n in range(8):
        def make(n: int = n) -> bytes:
            comma = files.csv_bytes(_people(4)).decode().splitlines()
            semi = files.csv_bytes(_people(4), delimiter=";").decode().splitlines()
            lines = comma[:1 + n % 3] + semi[1 + n % 3:] if n % 2 else semi[:2] + comma[2:]
            return "\r\n".join(lines).encode()
        yield f"mixed-delimiters-{n}.csv", make
    yield "tab-and-comma.csv", lambda: files.csv_bytes(_people(), delimiter="\t") + b"Smith,John,,M,,MA,X,police\r\n"


def wrong_course() -> Iterator[tuple[str, Make]]:
    def template_of(code: str) -> Callable[[], bytes]:
        def make() -> bytes:
            book = openpyxl.load_workbook(io.BytesIO(files.xlsx(_people())))
            hidden = book.create_sheet("registry")
            hidden.append(["course", code])
            hidden.sheet_state = "veryHidden"
            out = io.BytesIO()
            book.save(out)
            return out.getvalue()
        return make
    for n, code in enumerate(("INV-101/2025-01", "PRI-201/2026-03", "inv-101/2026-03", "INV-101/2026-03-bis", "X" * 300)):
        yield f"wrong-course-{n}.xlsx", template_of(code)


def odd_structures() -> Iterator[tuple[str, Make]]:
    yield "empty.xlsx", lambda: _book(lambda ws: None)
    yield "headings-only.xlsx", lambda: files.xlsx([])
    yield "no-headings.xlsx", lambda: files.xlsx(_people(), headings=["a", "b", "c"])
    yield "headings-too-low.xlsx", lambda: files.xlsx(_people(), title_rows=60)
    yield "only-hidden-sheet.xlsx", lambda: _book(lambda ws: setattr(ws, "sheet_state", "hidden"), data=True)
    yield "not-a-workbook.zip.xlsx", lambda: _zip({"readme.txt": b"hello"})
    yield "bad-xml.xlsx", lambda: _replace(files.xlsx(_people()), "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row")
    yield "missing-sheet-part.xlsx", lambda: _drop(files.xlsx(_people()), "xl/worksheets/sheet1.xml")
    yield "empty.csv", lambda: b""
    yield "whitespace.csv", lambda: b" \r\n\t\r\n"
    yield "bom-only.csv", lambda: b"\xef\xbb\xbf"
    yield "quotes-unclosed.csv", lambda: files.csv_bytes(_people()) + b'"Smith,"John\r\n"never closed'
    yield "nul-in-text.csv", lambda: files.csv_bytes(_people()).replace(b"Karima", b"Kar\0ima")
    yield "one-column.csv", lambda: b"Family name\r\nBenali\r\nDiallo\r\n"
    yield "duplicate-documents.xlsx", lambda: files.xlsx([_people()[0], _people()[0]])
    yield "control-chars.csv", lambda: files.csv_bytes(_with(3, "\x07\x1b[31mM"))


def _book(shape: Callable[[Any], None], data: bool = False) -> bytes:
    book = openpyxl.Workbook()
    if data:
        ws = book.create_sheet("Data")
        for row in [files.HEADINGS, *files.PEOPLE]:
            ws.append(row)
        shape(ws)
    else:
        shape(book.active)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def _replace(data: bytes, member: str, content: bytes | None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename == member:
                if content is not None:
                    target.writestr(item, content)
            else:
                target.writestr(item, source.read(item.filename))
    return out.getvalue()


def _drop(data: bytes, member: str) -> bytes:
    return _replace(data, member, None)


def corpus() -> list[tuple[str, Make]]:
    return [item for family in (truncated, wrong_types, huge_cells, million_empty_rows, formulas, macros,
                                password_protected, wrong_encodings, mixed_delimiters, wrong_course, odd_structures)
            for item in family()]
