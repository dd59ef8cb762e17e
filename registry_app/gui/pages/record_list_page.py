"""A list page of the register (organisations, programmes, courses, trainers): search as you type,
filters, SQL sorting, the count, and a record opened with Enter or a double-click."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from ...services.register.lists import ListFilter, RecordList
from ..forms.ui_record_list_page import Ui_RecordListPage
from ..models.record_list_model import RecordListModel
from ..selection import select_rows
from ..widgets.column_widths import fit_columns


@dataclass
class ListFilterChoice:
    name: str  # as services.register.lists knows it
    label: str  # "All countries"...: the first entry, no filter
    choices: Callable[[], list[tuple[str, object]]]


@dataclass
class ListSpec:
    title: str
    search_hint: str
    make_list: Callable[..., RecordList]
    headers: list[str]
    widths: list[int]
    formatters: dict[int, Callable[[object], str]] = field(default_factory=dict)
    numeric: frozenset[int] = frozenset()
    filters: list[ListFilterChoice] = field(default_factory=list)
    count_text: Callable[[int, bool], str] = lambda n, filtered: str(n)
    new_text: str = ""
    archivable: bool = True
    sort: tuple[int, bool] = (0, False)  # column, descending


class RecordListPage(QWidget):
    recordActivated = Signal(int)
    newRequested = Signal()

    def __init__(self, spec: ListSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.ui = Ui_RecordListPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setText(spec.title)
        ui.searchEdit.setPlaceholderText(spec.search_hint)
        ui.newButton.setText(spec.new_text)
        ui.archivedCheck.setVisible(spec.archivable)
        self.model = RecordListModel(spec.make_list, spec.headers, spec.formatters, spec.numeric, spec.sort, self)
        ui.table.setModel(self.model)
        self._combos: list[tuple[str, QComboBox]] = []
        self._filled = False
        self._add_filters()
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_columns(ui.table, spec.widths)
        column, descending = spec.sort
        header.blockSignals(True)  # the model is already in this order
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.setSortIndicatorShown(True)
        ui.table.verticalHeader().setDefaultSectionSize(24)
        ui.searchEdit.textChanged.connect(self._apply_filter)
        ui.archivedCheck.toggled.connect(self._apply_filter)
        ui.newButton.clicked.connect(self.newRequested)
        ui.table.activated.connect(lambda index: self.recordActivated.emit(self.model.record_id(index.row())))
        self.model.countChanged.connect(self._show_count)

    def showEvent(self, event) -> None:
        """The list and its filters' choices are read when the page is first shown, not at start-up."""
        if not self._filled:
            self._fill_filters()
        self.model.load()
        super().showEvent(event)

    def _fill_filters(self) -> None:
        self._filled = True
        for choice, (_, combo) in zip(self.spec.filters, self._combos):
            combo.blockSignals(True)
            for text, value in choice.choices():
                combo.addItem(text, value)
            combo.blockSignals(False)

    def _add_filters(self) -> None:
        for position, choice in enumerate(self.spec.filters):
            combo = QComboBox(self)
            combo.setObjectName(f"{choice.name}Filter")
            combo.setAccessibleName(choice.label)
            combo.addItem(choice.label, None)
            combo.currentIndexChanged.connect(self._apply_filter)
            self.ui.filterLayout.insertWidget(position, combo)
            self._combos.append((choice.name, combo))
        widgets = [self.ui.searchEdit] + [combo for _, combo in self._combos] + [
            self.ui.archivedCheck, self.ui.newButton, self.ui.table]
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    def filter_combo(self, name: str) -> QComboBox:
        if not self._filled:
            self._fill_filters()
        return dict(self._combos)[name]

    def _apply_filter(self, *_args) -> None:
        self.model.set_filter(ListFilter(
            text=self.ui.searchEdit.text(), archived=self.ui.archivedCheck.isChecked(),
            choices=tuple((name, combo.currentData()) for name, combo in self._combos)))

    def _show_count(self, count: int) -> None:
        list_filter = self.model.current_filter()
        filtered = bool(list_filter.text.strip() or list_filter.chosen() or list_filter.archived)
        self.ui.countLabel.setText(self.spec.count_text(count, filtered))

    def refresh(self) -> None:
        self.model.refresh()

    def speak(self, spec: ListSpec) -> None:
        """The page in another language (spec made for it), keeping the search, the filters chosen, the
        order and the selected row."""
        selected = self.selected_ids()
        chosen = [combo.currentData() for _name, combo in self._combos]
        self.spec = spec
        ui = self.ui
        ui.retranslateUi(self)
        ui.titleLabel.setText(spec.title)
        ui.searchEdit.setPlaceholderText(spec.search_hint)
        ui.newButton.setText(spec.new_text)
        for choice, (_name, combo), value in zip(spec.filters, self._combos, chosen, strict=True):
            combo.blockSignals(True)
            combo.clear()
            combo.setAccessibleName(choice.label)
            combo.addItem(choice.label, None)
            if self._filled:
                for text, data in choice.choices():
                    combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.model.speak(spec.make_list, spec.headers, spec.formatters)
        if self.model.is_loaded():  # else the count is shown with the list, when first shown
            self._show_count(self.model.total())
        select_rows(ui.table, (row for row in range(self.model.rowCount()) if self.model.record_id(row) in selected))

    def selected_ids(self) -> set[int]:
        selection = self.ui.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return {self.model.record_id(index.row()) for index in rows}

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()


def number(count: int) -> str:
    return QLocale().toString(count)
