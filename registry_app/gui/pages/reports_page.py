"""Reports: the figures of a period for donors and management. The filters apply at once; the charts
and tables draw from one dataset; a click on a bar or a row lists the participants behind it; the
results pack, the workbook and the CSV are saved from the same figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Refusal
from ...services.reports import choices, figures
from ...services.reports.behind import participants_behind
from ...services.reports.dataset import ReportDataset
from ...services.reports.scope import ReportFilters, quarter, year
from ..errors import show_bug, show_refusal
from ..sayings import Sayings
from ..selection import select_rows
from .reports_tables import BREAKDOWNS, behind_headers, fit_columns, show_breakdown
from .reports_tables import show_behind as show_rows_behind

LANGUAGES = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))


class ReportsPage(QWidget):
    def __init__(self, actor, parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.actor, self.language = actor, language
        self.dataset: ReportDataset | None = None
        self._loaded = False
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh)
        self.say = Sayings()
        self._behind: tuple[str, str, str, str] | None = None  # the figure whose people are listed
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self)
        self.say(lambda: heading.setText(self.tr("Reports")))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        top.addWidget(heading)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(self._filter_bar())
        self._export_buttons(top)
        self.summary = QGridLayout()
        layout.addLayout(self.summary)
        self.summary_values: dict[str, QLabel] = {}
        self._summary_labels()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tabs = QTabWidget(splitter)
        self.charts = None  # made when first shown: Qt Charts is not loaded at start-up
        tables = self._tables_tab()
        self.tabs.addTab(tables, "")
        self.say(lambda: self.tabs.setTabText(self.tabs.indexOf(tables), self.tr("Tables")))
        splitter.addWidget(self._behind_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    # -- filters

    def _combo(self, any_text: Callable[[], str]) -> QComboBox:
        """A filter's choices, "any" first; the others are read from the register when first shown."""
        combo = QComboBox(self)
        # Long programme titles would make the page wider than the window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.addItem("", "")
        self.say(lambda: combo.setItemText(0, any_text()))
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _label(self, text: Callable[[], str]) -> QLabel:
        label = QLabel(self)
        self.say(lambda: label.setText(text()))
        return label

    def _filter_bar(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        self.period = QComboBox(self)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # and to another language's
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start, self.end = QDateEdit(self), QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._changed)
        first.addWidget(self._label(lambda: self.tr("Period")))
        first.addWidget(self.period)
        first.addWidget(self._label(lambda: self.tr("from")))
        first.addWidget(self.start)
        first.addWidget(self._label(lambda: self.tr("to")))
        first.addWidget(self.end)
        self.donor = self._combo(lambda: self.tr("Any donor"))
        first.addWidget(self.donor, 1)
        self.area = self._combo(lambda: self.tr("Any thematic area"))
        first.addWidget(self.area, 1)
        self.programme = self._combo(lambda: self.tr("Any programme"))
        second.addWidget(self.programme, 1)
        self.region = self._combo(lambda: self.tr("Any region"))
        second.addWidget(self.region, 1)
        self.country = self._combo(lambda: self.tr("Any country"))
        second.addWidget(self.country, 1)
        self.agency = self._combo(lambda: self.tr("Any agency type"))
        second.addWidget(self.agency, 1)
        self.sex = self._combo(lambda: self.tr("Women and men"))
        self.sex.addItem("", "F")
        self.sex.addItem("", "M")
        self.say(lambda: (self.sex.setItemText(1, self.tr("Women")), self.sex.setItemText(2, self.tr("Men"))))
        self.sex.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        second.addWidget(self.sex)
        return rows

    def _export_buttons(self, row: QHBoxLayout) -> None:
        self.pack_language = QComboBox(self)
        for code, name in LANGUAGES:
            self.pack_language.addItem(name, code)
        self.pack_language.setCurrentIndex(max(0, self.pack_language.findData(self.language)))
        row.addWidget(self.pack_language)
        for text, suffix in ((lambda: self.tr("Results pack (PDF)…"), "pdf"), (lambda: self.tr("Workbook…"), "xlsx"),
                             (lambda: self.tr("CSV…"), "csv")):
            button = QPushButton(self)
            self.say(lambda b=button, t=text: b.setText(t()))
            button.clicked.connect(lambda _=False, s=suffix: self.save(s))
            row.addWidget(button)

    def _fill_choices(self) -> None:
        offered = choices.filter_choices(self.actor)
        for combo, items in ((self.donor, offered.donors), (self.area, offered.thematic_areas),
                             (self.programme, offered.programmes), (self.region, offered.regions),
                             (self.country, offered.countries), (self.agency, offered.agency_types)):
            combo.blockSignals(True)
            for choice in items:
                combo.addItem(choice.label(self.language), choice.key)
            combo.blockSignals(False)
        this_year = date.today().year
        self.period.blockSignals(True)
        for chosen in (("year", this_year), ("year", this_year - 1),
                       *(("quarter", this_year, which) for which in range(4, 0, -1)),
                       ("since", offered.first_year or this_year), ("dates",)):
            self.period.addItem(self._period_text(chosen), chosen)
        self.period.blockSignals(False)
        self._period_chosen()

    def _period_text(self, chosen: tuple) -> str:
        if chosen[0] == "year":
            return self.tr("This year") if chosen[1] == date.today().year else self.tr("Last year")
        if chosen[0] == "quarter":
            return self.tr("Quarter %1 of %2").replace("%1", str(chosen[2])).replace("%2", str(chosen[1]))
        if chosen[0] == "since":
            return self.tr("Since %1").replace("%1", str(chosen[1]))
        return self.tr("Dates chosen")

    def speak(self, language: str) -> None:
        """The page in another language, on the same widgets: the period, the dates and the filters
        chosen, the table's breakdown and the people listed stay; the figures are drawn again in it."""
        self.language = language
        self.say.again()
        for index in range(self.period.count()):
            self.period.setItemText(index, self._period_text(self.period.itemData(index)))
        if self._loaded:
            self._say_choices_again()
            self.charts.language = language
            if self.dataset is not None:
                self.charts.show_dataset(self.dataset)
                row = self.table.currentRow()
                self._show_table()
                if row >= 0:
                    select_rows(self.table, [row])
        if self._behind is not None:
            self.show_behind(*self._behind)
        elif self._loaded:
            self.behind_label.setText(self.tr("Click a bar or a row to list the participants behind it."))
        fit_columns(self.behind_table)  # its headings are longer in French

    def _say_choices_again(self) -> None:
        """The register's words (regions, countries, programmes...) in the interface's language."""
        offered = choices.filter_choices(self.actor)
        for combo, items in ((self.donor, offered.donors), (self.area, offered.thematic_areas),
                             (self.programme, offered.programmes), (self.region, offered.regions),
                             (self.country, offered.countries), (self.agency, offered.agency_types)):
            for choice in items:
                index = combo.findData(choice.key)
                if index > 0:
                    combo.setItemText(index, choice.label(self.language))

    def _period_chosen(self) -> None:
        chosen = self.period.currentData()
        if not chosen or chosen[0] == "dates":
            return
        if chosen[0] == "year":
            first, last = year(chosen[1])
        elif chosen[0] == "quarter":
            first, last = quarter(chosen[1], chosen[2])
        else:
            first, last = date(chosen[1], 1, 1), year(date.today().year)[1]
        for edit, day in ((self.start, first), (self.end, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        if self._loaded:
            self._timer.start()

    def filters(self) -> ReportFilters:
        return ReportFilters(self.start.date().toPython(), self.end.date().toPython(),
                             donor=self.donor.currentData() or "", thematic_area=self.area.currentData() or "",
                             programme=self.programme.currentData() or "", country=self.country.currentData() or "",
                             region=self.region.currentData() or "", agency_type=self.agency.currentData() or "",
                             sex=self.sex.currentData() or "")

    # -- figures

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded:  # counted when first looked at, not at start-up
            from .reports_charts import ReportCharts

            self.charts = ReportCharts(self.language, self)
            self.charts.clicked.connect(self.show_behind)
            scroller = QScrollArea(self)
            scroller.setWidgetResizable(True)
            scroller.setWidget(self.charts)
            self.tabs.insertTab(0, scroller, "")
            self.say(lambda: self.tabs.setTabText(self.tabs.indexOf(scroller), self.tr("Charts")))
            self.tabs.setCurrentIndex(0)
            self._fill_choices()
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        try:
            self.dataset = figures.compute(self.actor, self.filters())
        except Refusal as refusal:  # e.g. a period that ends before it starts
            show_refusal(self, self.tr("Reports"), refusal)
            return
        except Exception as exc:  # noqa: BLE001 - a bug, shown as such
            show_bug(self, exc, self.tr("Reports"))
            return
        self._show_summary()
        self.charts.show_dataset(self.dataset)
        self._show_table()
        self.behind_table.setRowCount(0)
        self._behind = None
        self.behind_label.setText(self.tr("Click a bar or a row to list the participants behind it."))

    def _summary_labels(self) -> None:
        names = [("people", lambda: self.tr("Officials trained")), ("places", lambda: self.tr("Training places")),
                 ("women_share", lambda: self.tr("Share of women")), ("person_days", lambda: self.tr("Person-days")),
                 ("completion", lambda: self.tr("Completion rate")),
                 ("participation", lambda: self.tr("Participation rate")),
                 ("tests", lambda: self.tr("Pre-/post-test mean")), ("improved", lambda: self.tr("Improved their score")),
                 ("certificates", lambda: self.tr("Certificates issued")),
                 ("courses", lambda: self.tr("Courses delivered"))]
        for index, (key, text) in enumerate(names):
            value = QLabel("–", self)
            value.setStyleSheet("font-size: 14pt; font-weight: 600;")
            caption = self._label(text)
            caption.setStyleSheet("color: #555;")
            self.summary.addWidget(value, 2 * (index // 5), index % 5)
            self.summary.addWidget(caption, 2 * (index // 5) + 1, index % 5)
            self.summary_values[key] = value

    def _show_summary(self) -> None:
        t = self.dataset.totals

        def pct(value: float | None) -> str:
            return "–" if value is None else f"{100 * value:.1f} %"

        tests = "–" if t.pre_test_mean is None else f"{t.pre_test_mean:.1f} → {t.post_test_mean:.1f}"
        for key, text in (("people", f"{t.people:,}"), ("places", f"{t.places:,}"), ("women_share", pct(t.women_share)),
                          ("person_days", f"{t.person_days:,.1f}"), ("completion", pct(t.completion_rate)),
                          ("participation", pct(t.participation_rate)), ("tests", tests),
                          ("improved", pct(t.improved_share)), ("certificates", f"{t.certificates:,}"),
                          ("courses", f"{t.courses:,}")):
            self.summary_values[key].setText(text)

    # -- tables

    def _tables_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.breakdown = QComboBox(tab)
        self.breakdown.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, _text in BREAKDOWNS:
            self.breakdown.addItem("", key)
        self.say(lambda: [self.breakdown.setItemText(index, text()) for index, (_key, text) in enumerate(BREAKDOWNS)])
        self.breakdown.currentIndexChanged.connect(self._show_table)
        layout.addWidget(self.breakdown)
        self.table = QTableWidget(tab)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._row_clicked)
        layout.addWidget(self.table)
        return tab

    def _show_table(self) -> None:
        if self.dataset is None:
            return
        show_breakdown(self.table, self.dataset, self.breakdown.currentData(), self.language)

    def _row_clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.show_behind(self.breakdown.currentData(), item.data(Qt.ItemDataRole.UserRole), "", item.text())

    # -- the participants behind a figure

    def _behind_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.behind_label = QLabel(box)
        self.behind_label.setWordWrap(True)
        layout.addWidget(self.behind_label)
        self.behind_table = QTableWidget(0, 8, box)
        self.say(lambda: self.behind_table.setHorizontalHeaderLabels(behind_headers()))
        self.behind_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.behind_table.verticalHeader().hide()
        self.behind_table.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.behind_table)
        layout.addWidget(self.behind_table)
        return box

    def show_behind(self, dimension: str, key: str, sex: str = "", label: str = "") -> None:
        filters = self.filters()
        if sex:
            filters = filters.narrowed(sex=sex)
        try:
            behind = participants_behind(self.actor, filters, dimension, key)
        except Refusal as refusal:  # e.g. a period that ends before it starts
            show_refusal(self, self.tr("Reports"), refusal)
            return
        except Exception as exc:  # noqa: BLE001 - a bug, shown as such
            show_bug(self, exc, self.tr("Reports"))
            return
        self._behind = (dimension, key, sex, label)
        self.behind_label.setText(self.tr("%1: %2 places, %3 people").replace("%1", label or key)
                                  .replace("%2", f"{behind.count:,}").replace("%3", f"{behind.people:,}"))
        show_rows_behind(self.behind_table, behind, self.language)

    # -- out of the building

    def save(self, suffix: str) -> None:
        if self.dataset is None:
            return
        from ...services.reports import pack
        from ..widgets.background_task import run_with_progress

        f = self.dataset.filters
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), f"report-{f.start}-{f.end}.{suffix}",
                                              f"*.{suffix}")
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        from pathlib import Path

        language, dataset = self.pack_language.currentData(), self.dataset
        task = run_with_progress(lambda progress: pack.write(self.actor, dataset.filters, Path(path), language,
                                                             dataset=dataset),
                                 self.tr("Reports"), self.tr("Writing %1…").replace("%1", Path(path).name), self)
        if task.problem:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Reports"), task.problem)

