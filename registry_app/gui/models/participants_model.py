"""The participants table: a model over ParticipantList that fetches pages as the view scrolls."""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...services.register.participant_list import ParticipantFilter, ParticipantList, ParticipantRow, SortColumn
from ..labels import SEX_IN_LISTS, label

COLUMN_REFERENCE = 0
COLUMN_FAMILY_NAME = 1
COLUMN_GIVEN_NAMES = 2
COLUMN_ARABIC_NAME = 3
COLUMN_SEX = 4
COLUMN_NATIONALITY = 5
COLUMN_ORGANISATION = 6
COLUMN_RANK = 7

_HEADERS = {
    COLUMN_REFERENCE: QT_TRANSLATE_NOOP("ParticipantsModel", "Reference"),
    COLUMN_FAMILY_NAME: QT_TRANSLATE_NOOP("ParticipantsModel", "Family name"),
    COLUMN_GIVEN_NAMES: QT_TRANSLATE_NOOP("ParticipantsModel", "Given names"),
    COLUMN_ARABIC_NAME: QT_TRANSLATE_NOOP("ParticipantsModel", "Name in another script"),
    COLUMN_SEX: QT_TRANSLATE_NOOP("ParticipantsModel", "Sex"),
    COLUMN_NATIONALITY: QT_TRANSLATE_NOOP("ParticipantsModel", "Nationality"),
    COLUMN_ORGANISATION: QT_TRANSLATE_NOOP("ParticipantsModel", "Organisation"),
    COLUMN_RANK: QT_TRANSLATE_NOOP("ParticipantsModel", "Rank / position"),
}
# Family and given names sort together, by family name then given names.
SORT_OF_COLUMN = {
    COLUMN_REFERENCE: SortColumn.REFERENCE,
    COLUMN_FAMILY_NAME: SortColumn.NAME,
    COLUMN_GIVEN_NAMES: SortColumn.NAME,
    COLUMN_ARABIC_NAME: SortColumn.ARABIC_NAME,
    COLUMN_SEX: SortColumn.SEX,
    COLUMN_NATIONALITY: SortColumn.NATIONALITY,
    COLUMN_ORGANISATION: SortColumn.ORGANISATION,
    COLUMN_RANK: SortColumn.RANK,
}
# A tall window shows about 40 rows; more come as the clerk scrolls. A smaller first page is read and
# sorted faster on each keystroke.
PAGE_SIZE = 64
ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
# Before the reference of a name that is not an exact match of what was typed but written otherwise or
# sounding alike; the view also tints these rows and draws a line above the first.
ALIKE_MARK = "≈ "
ALIKE_NOTE = QT_TRANSLATE_NOOP("ParticipantsModel", "Sounds like what you typed, or written otherwise: "
                               "not an exact match.")

# Plain ints, looked up once: the view asks for a dozen roles per visible cell on every repaint, and
# data() is the hottest Python code of a keystroke.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(ParticipantIdRole)
# Absolute: Arabic names sit on the right in a French or an Arabic (mirrored) window alike.
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
_HANDLED_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _ID})
_FIELDS = ("reference", "family_name", "given_names", "full_name_ar", "sex", "nationality_name",
           "organisation", "rank")
_TEXTS = attrgetter(*_FIELDS)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantsModel", text)


class ParticipantsModel(QAbstractTableModel):
    countChanged = Signal(int)

    def __init__(self, parent=None, language: str = "en"):
        super().__init__(parent)
        self._language = language
        self._filter = ParticipantFilter()
        self._sort = SortColumn.NAME
        self._descending = False
        self._rows: list[ParticipantRow] = []
        self._more = True
        self._total = 0
        self._alike_from: tuple | None = None  # where the next page of names alike starts
        self._alike_more = False  # names alike still to follow the exact matches
        self.refresh()

    # -- what the page changes -------------------------------------------------------------------
    def set_filter(self, participant_filter: ParticipantFilter) -> None:
        if participant_filter != self._filter:
            self._filter = participant_filter
            self.refresh()

    def sort_order(self) -> tuple[SortColumn, bool]:
        return self._sort, self._descending

    def current_filter(self) -> ParticipantFilter:
        return self._filter

    def total(self) -> int:
        return self._total

    def sounds_alike(self) -> bool:
        """Whether the rows shown are names that sound like what was typed, not exact matches."""
        return self._list.sounds_alike

    def alike_below(self) -> int:
        """How many rows, below the exact matches, are names written otherwise or sounding alike."""
        return self._list.alike_below

    def alike_follow(self) -> bool:
        """Whether names written otherwise or sounding alike follow the exact matches, past this page."""
        return self._list.alike_after is not None

    def first_alike_row(self) -> int | None:
        """The first row that is not an exact match but a name written otherwise or sounding alike."""
        return next((number for number, row in enumerate(self._rows) if row.sounds_alike), None)

    def is_alike(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].sounds_alike

    def speak(self, language: str) -> None:
        """The same search in another language: headers said again, countries named in it."""
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        self.refresh()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(_HEADERS) - 1))

    def refresh(self) -> None:
        listing, total, rows = ParticipantList.first_page(self._filter, self._sort, self._descending,
                                                          self._language, PAGE_SIZE)
        self._list = listing
        if rows != self._rows or total != self._total:
            self.beginResetModel()
            self._rows, self._total = rows, total
            self._more = len(rows) - listing.alike_below == PAGE_SIZE  # exact matches still to come
            self.endResetModel()
        self._alike_more, self._alike_from = listing.alike_after is not None, listing.alike_from
        # else typing on has not changed what the table shows (the word had already picked these rows
        # out): nothing to repaint, and the selection stays where it was.
        self.countChanged.emit(total)

    # -- what TextTableView paints ----------------------------------------------------------------
    def row_texts(self, first: int, last: int) -> list[tuple[str, ...]]:
        sexes = {sex.value: QCoreApplication.translate("Labels", word) for sex, word in SEX_IN_LISTS.items()}
        texts = []
        for row in self._rows[first:last + 1]:
            cells = _TEXTS(row)
            if row.sounds_alike:
                cells = (ALIKE_MARK + cells[0],) + cells[1:]
            texts.append(cells[:COLUMN_SEX] + (sexes.get(cells[COLUMN_SEX], cells[COLUMN_SEX]),) + cells[COLUMN_SEX + 1:])
        return texts

    def text_alignment(self, column: int):
        return _RIGHT if column == COLUMN_ARABIC_NAME else None

    def participant_id(self, row: int) -> int:
        return self._rows[row].id

    # -- Qt model interface ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and (self._more or self._alike_more)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or not self._rows:
            return
        if self._more:
            page = self._list.page(after=self._rows[-1].key, limit=PAGE_SIZE)
            self._more = len(page) == PAGE_SIZE
        elif self._alike_more:
            page = self._next_alike_page()
        else:
            return
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _next_alike_page(self) -> list[ParticipantRow]:
        """Past the last exact match: the names alike, read a page at a time (a page of exact matches
        only is skipped)."""
        exact_ids = {row.id for row in self._rows if not row.sounds_alike}
        while True:
            page, self._alike_from = self._list.alike_page(self._alike_from, exact_ids, PAGE_SIZE)
            self._alike_more = self._alike_from is not None
            if page or not self._alike_more:
                return page

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = SORT_OF_COLUMN.get(column, SortColumn.NAME)
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            self.refresh()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        # Never super().headerData(): PySide6 6.12.0 aborts the interpreter there (see DESIGN.md).
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS.get(section, ""))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in _HANDLED_ROLES:
            return None
        row_number = index.row()
        if row_number < 0 or row_number >= len(self._rows):
            return None
        row, column = self._rows[row_number], index.column()
        if role == _DISPLAY:
            if column == COLUMN_SEX:
                return label(SEX_IN_LISTS, row.sex)
            if column == COLUMN_REFERENCE and row.sounds_alike:
                return ALIKE_MARK + row.reference
            return getattr(row, _FIELDS[column]) if 0 <= column < len(_FIELDS) else None
        if role == _ID:
            return row.id
        if role == _TOOLTIP:
            if row.sounds_alike:
                return _tr(ALIKE_NOTE)
            return row.nationality if column == COLUMN_NATIONALITY else None
        return _RIGHT if column == COLUMN_ARABIC_NAME else None
