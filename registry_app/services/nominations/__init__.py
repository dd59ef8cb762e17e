"""Nominations in: the workbook the centre sends member states, and the import of what they send back
(read, checked, matched, previewed, then committed whole). Lists out: the register's lists to XLSX/CSV."""

from .checking import ImportRow, MappingNeeded, Preview, prepare
from .committing import ImportResult, commit, errors_csv
from .problems import FileRefused, ImportRefused, Problem
from .template import workbook

__all__ = ["FileRefused", "ImportRefused", "ImportResult", "ImportRow", "MappingNeeded", "Preview", "Problem",
           "commit", "errors_csv", "prepare", "workbook"]
