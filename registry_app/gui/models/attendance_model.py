"""The attendance grid: participants in rows; half-days, the rate so far and the test scores in columns.
Each mark is saved as it is set (services.attendance), so nothing waits for a "save"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.enums import AttendanceStatus
from ...services.actors import Actor
from ...services.attendance import marks as attendance
from ...services.versioning import ConflictError
from ..errors import sentence
from ..labels import SLOTS, label

LETTERS = {"present": "P", "late": "L", "excused": "E", "absent": "A"}
STATUS_NAMES = {
    "present": QT_TRANSLATE_NOOP("AttendanceModel", "present"),
    "late": QT_TRANSLATE_NOOP("AttendanceModel", "late"),
    "excused": QT_TRANSLATE_NOOP("AttendanceModel", "excused"),
    "absent": QT_TRANSLATE_NOOP("AttendanceModel", "absent"),
}
COLOURS = {"present": "#D8EFD9", "late": "#FFF1C9", "excused": "#DCE7F7", "absent": "#F6D5D3"}
NO_SESSION = QColor("#D9DCE1")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceModel", text)


class AttendanceModel(QAbstractTableModel):
    refused = Signal(str)  # a mark or score the rules did not accept, in words

    def __init__(self, actor: Actor, parent=None, today: date | None = None):
        super().__init__(parent)
        self.actor = actor
        self.today = today
        self.grid: attendance.AttendanceGrid | None = None
        self._brushes = {status: QBrush(QColor(colour)) for status, colour in COLOURS.items()}
        self._no_session = QBrush(NO_SESSION)

    # -- loading and the layout of columns ----------------------------------------------------------
    def load(self, course_id: int | None) -> None:
        self.beginResetModel()
        self.grid = attendance.load_grid(course_id) if course_id is not None else None
        self.endResetModel()

    @property
    def _half_days(self):
        return self.grid.half_days if self.grid else ()

    def rate_column(self) -> int:
        return 1 + len(self._half_days)

    def half_day_at(self, column: int):
        return self._half_days[column - 1] if 1 <= column <= len(self._half_days) else None

    # -- Qt model interface ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.grid else len(self.grid.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.grid else len(self._half_days) + 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        # Never super().headerData(): PySide6 6.12.0 aborts the interpreter there (see DESIGN.md).
        if orientation != Qt.Orientation.Horizontal or int(role) not in (_DISPLAY, _TOOLTIP) or not self.grid:
            return None
        half_day = self.half_day_at(section)
        if half_day is not None:
            return f"{half_day.day:%d/%m}\n{label(SLOTS, half_day.slot)}"
        rate = self.rate_column()
        return {0: QCoreApplication.translate("AttendanceModel", "Participant"),
                rate: QCoreApplication.translate("AttendanceModel", "Attendance"),
                rate + 1: QCoreApplication.translate("AttendanceModel", "Pre-test"),
                rate + 2: QCoreApplication.translate("AttendanceModel", "Post-test")}.get(section)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > self.rate_column():
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.grid or not index.isValid():
            return None
        role = int(role)
        row = self.grid.rows[index.row()]
        column = index.column()
        half_day = self.half_day_at(column)
        if half_day is not None:
            return self._mark_data(row, half_day, role)
        if column == 0:
            if role == _DISPLAY:
                return f"{row.name}  {row.name_ar}".strip()
            return None
        if role == _ALIGN:
            return _CENTRE
        if column == self.rate_column() and role == _DISPLAY:
            rate = self.grid.attendance(row.enrolment_id, self.today).rate_pct
            return "—" if rate is None else f"{rate} %"
        if role in (_DISPLAY, _EDIT) and column > self.rate_column():
            score = row.pre_test if column == self.rate_column() + 1 else row.post_test
            return "" if score is None else f"{score:g}"
        return None

    def _mark_data(self, row, half_day, role: int):
        status = self.grid.marks.get((row.enrolment_id, half_day.id))
        if role == _DISPLAY:
            return LETTERS.get(status, "")
        if role == _BACKGROUND:
            return self._no_session if half_day.excluded else self._brushes.get(status)
        if role == _ALIGN:
            return _CENTRE
        if role == _TOOLTIP:
            if half_day.excluded:
                return QCoreApplication.translate("AttendanceModel", "no session")
            return _tr(STATUS_NAMES[status]) if status else QCoreApplication.translate("AttendanceModel", "no mark")
        return None

    # -- changes, each saved at once ---------------------------------------------------------------
    def set_mark(self, index: QModelIndex, status: AttendanceStatus | None) -> bool:
        half_day = self.half_day_at(index.column())
        if not self.grid or half_day is None:
            return False
        row = self.grid.rows[index.row()]
        try:
            attendance.set_mark(self.actor, row.enrolment_id, half_day.id, status, today=self.today)
        except attendance.MarkRefused as refusal:
            self.refused.emit(sentence(refusal))
            return False
        key = (row.enrolment_id, half_day.id)
        if status is None:
            self.grid.marks.pop(key, None)
        else:
            self.grid.marks[key] = AttendanceStatus(status).value
        self._changed(index.row(), index.column())
        return True

    def mark_all_present(self, column: int) -> int:
        half_day = self.half_day_at(column)
        if not self.grid or half_day is None:
            return 0
        try:
            count = attendance.mark_all_present(self.actor, self.grid.course_id, half_day.id, today=self.today)
        except attendance.MarkRefused as refusal:
            self.refused.emit(sentence(refusal))
            return 0
        self.load(self.grid.course_id)
        return count

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.grid or int(role) != _EDIT or index.column() <= self.rate_column():
            return False
        row = self.grid.rows[index.row()]
        text = str(value).strip().replace(",", ".")
        try:
            score = float(text) if text else None
        except ValueError:
            self.refused.emit(QCoreApplication.translate("AttendanceModel", "A score is a number from 0 to 100."))
            return False
        pre = score if index.column() == self.rate_column() + 1 else row.pre_test
        post = score if index.column() == self.rate_column() + 2 else row.post_test
        try:
            updated = attendance.set_scores(self.actor, row.enrolment_id, row.version, pre, post)
        except (attendance.ScoreRefused, ConflictError) as refusal:
            self.refused.emit(sentence(refusal))
            return False
        rows = list(self.grid.rows)
        rows[index.row()] = replace(row, version=updated.version, pre_test=pre, post_test=post)
        self.grid = replace(self.grid, rows=tuple(rows))
        self._changed(index.row(), index.column())
        return True

    def _changed(self, row: int, column: int) -> None:
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        rate = self.index(row, self.rate_column())
        self.dataChanged.emit(rate, rate)
