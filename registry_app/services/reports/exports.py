"""What leaves the building: the figures of a dataset as tables in one language, with the small
numbers hidden, written as a workbook (one sheet per breakdown), a CSV, or the PDF results pack."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import Refusal
from . import wording_pack
from .dataset import COURSE_DIMENSIONS, PEOPLE_DIMENSIONS, ReportDataset, Totals
from .privacy import hidden, shown
from .wording_pack import word

HIDDEN_DAYS = "–"  # the person-days of a row whose places are hidden would give them away


class UnknownFormat(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class Table:
    dimension: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str | int | float, ...], ...]


def number(value: float, language: str, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if language == "fr":
        return text.replace(",", "\u202f").replace(".", ",")
    return text


def percent(value: float | None, language: str) -> str:
    if value is None:
        return "–"
    shown_value = number(100 * value, language, 1)
    return f"{shown_value}\u00a0%" if language == "fr" else f"{shown_value}%"


def summary(totals: Totals, language: str) -> list[tuple[str, str]]:
    def n(value: float, decimals: int = 0) -> str:
        return number(value, language, decimals)

    tests = "–" if totals.pre_test_mean is None else n(totals.pre_test_mean, 1)
    post = "–" if totals.post_test_mean is None else n(totals.post_test_mean, 1)
    return [
        (word("people", language), n(totals.people)),
        (word("places", language), n(totals.places)),
        (word("women", language), n(totals.women)),
        (word("men", language), n(totals.men)),
        (word("women_share", language), percent(totals.women_share, language)),
        (word("person_days", language), n(totals.person_days, 1)),
        (word("completion_rate", language), percent(totals.completion_rate, language)),
        (word("participation_rate", language), percent(totals.participation_rate, language)),
        (word("pre_test", language), tests),
        (word("post_test", language), post),
        (word("improved", language), percent(totals.improved_share, language)),
        (word("certificates", language), n(totals.certificates)),
        (word("courses", language), n(totals.courses)),
    ]


def tables(dataset: ReportDataset, language: str, limit: int) -> list[Table]:
    """One table per breakdown, in the language, with counts under limit shown as '< limit'."""
    result = []
    people_header = tuple(word(k, language) for k in ("group", "people", "women", "men", "places", "completed",
                                                       "person_days"))
    for dimension in PEOPLE_DIMENSIONS:
        rows = []
        groups = dataset.breakdowns[dimension]
        if dimension in ("year", "quarter"):  # a trend reads in time order
            groups = tuple(sorted(groups, key=lambda g: g.key))
        for g in groups:
            # Women and men hide each other: one and the total would give the other away.
            sexes_hidden = hidden(g.women, limit) or hidden(g.men, limit)
            women = f"< {limit}" if sexes_hidden and g.women < limit else shown(g.women, limit)
            men = f"< {limit}" if sexes_hidden and g.men < limit else shown(g.men, limit)
            if sexes_hidden and not hidden(g.women, limit) and not hidden(g.men, limit):
                women = men = HIDDEN_DAYS
            if sexes_hidden and isinstance(women, int):
                women = HIDDEN_DAYS
            if sexes_hidden and isinstance(men, int):
                men = HIDDEN_DAYS
            days: str | float = HIDDEN_DAYS if hidden(g.places, limit) else g.person_days
            rows.append((g.label(language), shown(g.people, limit), women, men, shown(g.places, limit),
                         HIDDEN_DAYS if hidden(g.places, limit) else shown(g.completed, limit), days))
        result.append(Table(dimension, word(dimension, language), people_header, tuple(rows)))
    course_header = (word("group", language), word("courses", language), word("places", language))
    for dimension in COURSE_DIMENSIONS:
        course_rows = tuple((g.label(language), g.courses, shown(g.places, limit))
                            for g in dataset.course_breakdowns[dimension])
        result.append(Table(dimension, word(dimension, language), course_header, course_rows))
    return result


def cover_lines(dataset: ReportDataset, language: str, limit: int) -> list[str]:
    f = dataset.filters
    chosen = [(key, getattr(f, key)) for key in ("donor", "thematic_area", "programme", "country", "region",
                                                 "agency_type", "sex") if getattr(f, key)]
    filters = "; ".join(f"{word('filter_' + key, language)}: {value}" for key, value in chosen)
    lines = [word("period", language, start=f.start.isoformat(), end=f.end.isoformat()),
             word("filters", language, filters=filters) if chosen else word("no_filters", language),
             word("prepared", language, day=dataset.computed_at.date().isoformat())]
    if limit > 1:
        lines.append(word("privacy", language, limit=limit))
    return lines


def _cell(value: str | int | float) -> str | int | float:
    """Text that a spreadsheet would run as a formula is kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and value != HIDDEN_DAYS:
        return "'" + value
    return value


def csv_text(dataset: ReportDataset, language: str, limit: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([word("breakdown", language), word("figure", language), word("value", language)])
    for label, value in [*((line, "") for line in cover_lines(dataset, language, limit)),
                         *summary(dataset.totals, language)]:
        writer.writerow([word("summary", language), _cell(label), value])
    for table in tables(dataset, language, limit):
        writer.writerow([])
        writer.writerow([table.dimension, *table.header])
        for row in table.rows:
            writer.writerow([table.dimension, *(_cell(v) for v in row)])
    return out.getvalue()


def write_xlsx(dataset: ReportDataset, path: Path, language: str, limit: int) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_name(word("summary", language))
    for line in cover_lines(dataset, language, limit):
        sheet.append([line])
    sheet.append([])
    for label, value in summary(dataset.totals, language):
        sheet.append([label, value])
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 16
    sheets = [sheet]
    for table in tables(dataset, language, limit):
        sheet = book.create_sheet(_sheet_name(table.title))
        sheet.append(list(table.header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_cell(v) for v in row])
        sheet.column_dimensions["A"].width = 48
        sheet.freeze_panes = "B2"
        sheets.append(sheet)
    sheet = book.create_sheet(_sheet_name(word("note", language)))
    for note in wording_pack.notes(language):
        sheet.append([note])
    sheet.column_dimensions["A"].width = 140
    sheets.append(sheet)
    if language == "ar":
        for sheet in sheets:
            sheet.sheet_view.rightToLeft = True
    _write_atomically(path, lambda handle: book.save(handle))


def _sheet_name(title: str) -> str:
    for ch in "[]:*?/\\":
        title = title.replace(ch, " ")
    return title[:31]


def _write_atomically(path: Path, write: object) -> None:
    """Write through a temporary file renamed into place: a failed export leaves no half file."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        with open(temporary, "wb") as handle:
            write(handle)  # type: ignore[operator]
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> None:
    _write_atomically(path, lambda handle: handle.write(data))


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("pdf", "xlsx", "csv"):
        raise UnknownFormat("A report is written as .pdf, .xlsx or .csv, not {name}.", name=path.name)
    return suffix
