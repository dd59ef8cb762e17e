"""Reading a CSV file as member states save them: UTF-8 with or without its byte-order mark, UTF-16,
or Windows-1252, separated by commas or semicolons (French and Arabic Excel write semicolons)."""

from __future__ import annotations

import codecs
import csv
import io

from .problems import FileRefused

_DELIMITERS = ",;\t"


def decode(data: bytes, file_name: str) -> str:
    """The file's text; refused, with the line at fault, when it is in none of the encodings above."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", file_name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", file_name)
    sample = data[:4000]
    if sample and sample.count(0) * 4 >= len(sample):  # UTF-16 without its mark: every other byte is 0
        even_zeros = sample[0::2].count(0)
        return _strict(data, "utf-16-be" if even_zeros > sample[1::2].count(0) else "utf-16-le", file_name)
    if 0 in sample:
        raise FileRefused("The file {file} is neither a spreadsheet nor a text (CSV) file.", file=file_name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _strict(data, "cp1252", file_name)


def _strict(data: bytes, encoding: str, file_name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n" if "16" not in encoding else "\n".encode(encoding)) + 1
        raise FileRefused("The file {file} is not in UTF-8, UTF-16 or Windows-1252: "
                          "line {line} has bytes that none of them reads. Save it again as "
                          "'CSV UTF-8' or as a workbook.", line=line, file=file_name) from error


def delimiter(text: str) -> str:
    """The separator used by the first lines: the one that splits them most evenly."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", -1
    for candidate in _DELIMITERS:
        counts = [_split_count(line, candidate) for line in lines]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * common if common > 1 else 0
        if score > best_score:
            best, best_score = candidate, score
    return best


def _split_count(line: str, candidate: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=candidate), []))
    except csv.Error:  # a cell past the csv module's limit: rows() says where
        return 0


def rows(text: str, separator: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=separator)
    try:
        return [row for row in reader]
    except csv.Error as error:
        raise ValueError(f"line {reader.line_num}: {error}") from error
