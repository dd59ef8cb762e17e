"""The certificate register as a table: newest first, fetched in pages as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...services.certificates import listing as register
from ..labels import CERTIFICATE_KINDS, CERTIFICATE_STATUSES, label

COLUMNS = (
    ("serial", QT_TRANSLATE_NOOP("CertificatesModel", "Serial")),
    ("name", QT_TRANSLATE_NOOP("CertificatesModel", "Participant")),
    ("course", QT_TRANSLATE_NOOP("CertificatesModel", "Course")),
    ("kind", QT_TRANSLATE_NOOP("CertificatesModel", "Kind")),
    ("issue_date", QT_TRANSLATE_NOOP("CertificatesModel", "Issued")),
    ("status", QT_TRANSLATE_NOOP("CertificatesModel", "Status")),
    ("print_count", QT_TRANSLATE_NOOP("CertificatesModel", "Reprints")),
    ("reason", QT_TRANSLATE_NOOP("CertificatesModel", "Reason")),
)
_WORDS = {"kind": CERTIFICATE_KINDS, "status": CERTIFICATE_STATUSES}  # codes shown as words of the interface
PAGE = 300
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


class CertificatesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.text, self.status = "", None
        self.rows: list[register.RegisterRow] = []
        self._more = False  # the page calls refresh() when it is first shown

    def search(self, text: str, status: str | None) -> None:
        self.text, self.status = text, status
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = register.find(self.text, self.status, limit=PAGE)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def speak(self) -> None:
        """Headers, kinds and statuses in the language now installed; the rows and the selection stay."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def row_at(self, row: int) -> register.RegisterRow:
        return self.rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if not self.rows:
            return
        page = register.find(self.text, self.status, limit=PAGE, before_id=self.rows[-1].id)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        # Never super().headerData(): PySide6 6.12.0 aborts the interpreter there (see DESIGN.md).
        if orientation == Qt.Orientation.Horizontal and int(role) == _DISPLAY and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("CertificatesModel", COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        role = int(role)
        if role == _DISPLAY:
            field = COLUMNS[index.column()][0]
            value = getattr(row, field)
            if field in _WORDS:
                return label(_WORDS[field], value)
            return str(value) if value not in (None, "") else ""
        if role == _FOREGROUND and row.status != "valid":
            from PySide6.QtGui import QColor

            return QColor("#A01818") if row.status == "revoked" else QColor("#7A808A")
        return None
