"""The enrolments of one course (a few hundred at most), read whole after each change."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...services.courses.enrolments import EnrolmentRow, enrolments_of
from .. import labels

_HEADERS = (
    QT_TRANSLATE_NOOP("EnrolmentModel", "Reference"),
    QT_TRANSLATE_NOOP("EnrolmentModel", "Name"),
    QT_TRANSLATE_NOOP("EnrolmentModel", "Name in another script"),
    QT_TRANSLATE_NOOP("EnrolmentModel", "Status"),
    QT_TRANSLATE_NOOP("EnrolmentModel", "Sex"),
    QT_TRANSLATE_NOOP("EnrolmentModel", "Nationality"),
    QT_TRANSLATE_NOOP("EnrolmentModel", "Organisation"),
    QT_TRANSLATE_NOOP("EnrolmentModel", "Nominated on"),
)
COLUMN_STATUS = 3
WIDTHS = (75, 180, 175, 120, 40, 75, 240, 90)  # the second-script name: room for its heading in French
_STATUS_COLOURS = {
    "confirmed": "#e3f4e1", "completed": "#cfe8cc", "wait-listed": "#fff4d6", "nominated": "#eef3fb",
    "declined": "#f1f1f1", "withdrawn": "#f1f1f1", "no-show": "#fbe3e3", "not-completed": "#fbe3e3",
}


class EnrolmentModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EnrolmentRow] = []
        self._course_id: int | None = None

    def load(self, course_id: int | None) -> None:
        self.beginResetModel()
        self._course_id = course_id
        self._rows = enrolments_of(course_id) if course_id is not None else []
        self.endResetModel()

    def reload(self) -> None:
        self.load(self._course_id)

    def row(self, row: int) -> EnrolmentRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(_HEADERS):
            return QCoreApplication.translate("EnrolmentModel", _HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.reference, row.name, row.full_name_ar, labels.label(labels.ENROLMENT_STATUSES, row.status),
                    labels.label(labels.SEX_IN_LISTS, row.sex), row.nationality, row.organisation,
                    row.nominated_on.isoformat())[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == COLUMN_STATUS:
            return QColor(_STATUS_COLOURS.get(row.status, "#ffffff"))
        return None
