"""A table model over one of services.register.lists: pages fetched as the view scrolls, sorted in SQL."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...services.register.lists import ListFilter, ListRow, RecordList

PAGE_SIZE = 64  # a tall window's worth; more as the clerk scrolls
RecordIdRole = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ID = int(RecordIdRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordListModel(QAbstractTableModel):
    countChanged = Signal(int)

    def __init__(self, make_list: Callable[..., RecordList], headers: list[str],
                 formatters: dict[int, Callable[[object], str]] | None = None,
                 numeric: frozenset[int] = frozenset(), sort: tuple[int, bool] = (0, False), parent=None):
        super().__init__(parent)
        self._make_list = make_list
        self._headers = headers
        self._formatters = formatters or {}
        self._numeric = numeric
        self._filter = ListFilter()
        self._sort_column, self._descending = sort
        self._rows: list[ListRow] = []
        self._total = 0
        self._list = make_list(filter=self._filter)
        self._columns = self._list.columns
        self._loaded = False  # read on first show: the window opens without querying every list

    def load(self) -> None:
        """Read the list, unless it has been read already."""
        if not self._loaded:
            self._reload()

    # --- reading -------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._text(row, column)
        if role == _ID:
            return row.id
        if role == _ALIGNMENT and column in self._numeric:
            return _RIGHT
        return None

    def _text(self, row: ListRow, column: int) -> str:
        value = row.values[column]
        formatter = self._formatters.get(column)
        return formatter(value) if formatter else ("" if value is None else str(value))

    # --- what TextTableView paints -------------------------------------------------------------------

    def row_texts(self, first: int, last: int) -> list[list[str]]:
        columns = range(len(self._headers))
        return [[self._text(row, column) for column in columns] for row in self._rows[first:last + 1]]

    def text_alignment(self, column: int):
        return _RIGHT if column in self._numeric else None

    def record_id(self, row: int) -> int:
        return self._rows[row].id

    def total(self) -> int:
        return self._total

    def current_filter(self) -> ListFilter:
        return self._filter

    # --- paging --------------------------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid():
            return
        rows = self._list.page(len(self._rows), PAGE_SIZE)
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # --- changing what is shown -----------------------------------------------------------------------

    def set_filter(self, list_filter: ListFilter) -> None:
        if list_filter != self._filter:
            self._filter = list_filter
            self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reload()

    def is_loaded(self) -> bool:
        return self._loaded

    def speak(self, make_list: Callable[..., RecordList], headers: list[str],
              formatters: dict[int, Callable[[object], str]]) -> None:
        """The same list, its filter, order and rows kept, in another language: headers and formatted
        cells said again, names of things (countries, programmes' titles) read in that language."""
        self._make_list, self._headers, self._formatters = make_list, headers, formatters
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)
        if self._loaded:
            self._reload()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(headers) - 1))

    def refresh(self) -> None:
        """Read the list again (after a save), if it has been shown; otherwise its first show will."""
        if self._loaded:
            self._reload()

    def _reload(self) -> None:
        self._loaded = True
        self._list = self._make_list(filter=self._filter, sort=self._columns[self._sort_column],
                                     descending=self._descending)
        total = self._list.count()
        rows = self._list.page(0, PAGE_SIZE) if total else []
        if rows != self._rows or total != self._total:
            self.beginResetModel()
            self._rows, self._total = rows, total
            self.endResetModel()
        # else the clerk typed on and the table would show the same rows: nothing to repaint
        self.countChanged.emit(self._total)
