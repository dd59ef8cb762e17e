"""Saving a list of the register as .xlsx or .csv, as the clerk sees it (services.nominations.lists_out)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.errors import Refusal
from ..services.nominations import lists_out
from .errors import sentence


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListExport", text)


def save_list(parent: QWidget | None, make: Callable[[], lists_out.Table], suggested: str,
              target: Path | None = None) -> Path | None:
    """Ask where (unless target is given), then write the list; the file's ending chooses the format."""
    if target is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, _tr("Export the list"), suggested,
                                                _tr("Workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not chosen:
            return None
        target = Path(chosen)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".xlsx")
    try:
        table = make()
    except Refusal as refusal:
        QMessageBox.warning(parent, _tr("Export the list"), sentence(refusal))
        return None
    data = lists_out.to_csv(table) if target.suffix.lower() == ".csv" else lists_out.to_xlsx(table)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)  # a reader never sees half a file
    return target
