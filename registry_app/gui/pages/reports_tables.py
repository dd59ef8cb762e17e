"""The Reports page's tables: the figures broken down by one dimension, and the participants behind a
figure; their words (headings, statuses, sex) in the interface's language of the moment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from ...services.register.reference import country_choices
from ...services.reports.behind import Behind
from ...services.reports.dataset import ReportDataset
from .. import labels
from ..widgets.column_widths import fit_to_contents

# The breakdowns offered, in the order of the choice box.
BREAKDOWNS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("region", lambda: QCoreApplication.translate("ReportsPage", "By region")),
    ("country", lambda: QCoreApplication.translate("ReportsPage", "By country")),
    ("agency_type", lambda: QCoreApplication.translate("ReportsPage", "By agency type")),
    ("thematic_area", lambda: QCoreApplication.translate("ReportsPage", "By thematic area")),
    ("programme", lambda: QCoreApplication.translate("ReportsPage", "By programme")),
    ("course", lambda: QCoreApplication.translate("ReportsPage", "By course")),
    ("year", lambda: QCoreApplication.translate("ReportsPage", "By year")),
    ("quarter", lambda: QCoreApplication.translate("ReportsPage", "By quarter")),
    ("venue", lambda: QCoreApplication.translate("ReportsPage", "Courses by venue")),
    ("mode", lambda: QCoreApplication.translate("ReportsPage", "Courses by mode")),
    ("language", lambda: QCoreApplication.translate("ReportsPage", "Courses by language")),
)


def behind_headers() -> list[str]:
    return [QCoreApplication.translate("ReportsPage", "Reference"), QCoreApplication.translate("ReportsPage", "Name"),
            QCoreApplication.translate("ReportsPage", "Name in Arabic"), QCoreApplication.translate("ReportsPage", "Sex"),
            QCoreApplication.translate("ReportsPage", "Country"),
            QCoreApplication.translate("ReportsPage", "Organisation"),
            QCoreApplication.translate("ReportsPage", "Course"), QCoreApplication.translate("ReportsPage", "Status")]


def show_breakdown(table: QTableWidget, dataset: ReportDataset, dimension: str, language: str) -> None:
    """The groups of one dimension, each row holding its group's key (for the people behind it)."""
    rows: list[tuple]
    if dimension in dataset.breakdowns:
        header = [QCoreApplication.translate("ReportsPage", "Group"),
                  QCoreApplication.translate("ReportsPage", "Officials trained"),
                  QCoreApplication.translate("ReportsPage", "Women"), QCoreApplication.translate("ReportsPage", "Men"),
                  QCoreApplication.translate("ReportsPage", "Training places"),
                  QCoreApplication.translate("ReportsPage", "Completed"),
                  QCoreApplication.translate("ReportsPage", "Person-days")]
        rows = [(g.key, g.label(language), g.people, g.women, g.men, g.places, g.completed, round(g.person_days, 1))
                for g in dataset.breakdowns[dimension]]
    else:
        header = [QCoreApplication.translate("ReportsPage", "Group"),
                  QCoreApplication.translate("ReportsPage", "Courses"),
                  QCoreApplication.translate("ReportsPage", "Training places")]
        rows = [(g.key, g.label(language), g.courses, g.places) for g in dataset.course_breakdowns[dimension]]
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, (key, *values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(f"{value:,}" if isinstance(value, int | float) else str(value))
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
    fit_columns(table, first=1)


def show_behind(table: QTableWidget, behind: Behind, language: str) -> None:
    """The participants behind a figure, their sex, country and enrolment's status in the interface's words."""
    countries = dict(country_choices(language))
    table.setRowCount(len(behind.rows))
    for r, row in enumerate(behind.rows):
        for c, value in enumerate((row.reference, row.name, row.name_ar, labels.label(labels.SEX_IN_LISTS, row.sex),
                                   countries.get(row.country, row.country), row.organisation, row.course,
                                   labels.label(labels.ENROLMENT_STATUSES, row.status))):
            table.setItem(r, c, QTableWidgetItem(value))
    fit_columns(table)



def fit_columns(table: QTableWidget, first: int = 0) -> None:
    """Columns as wide as their cells and never narrower than their heading."""
    fit_to_contents(table, range(first, table.columnCount()))
