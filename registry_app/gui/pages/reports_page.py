"""Reports: the figures of a period for donors and management. The filters apply at once; the charts
and tables draw from one dataset; a click on a bar or a row lists the participants behind it; the
results pack, the workbook and the CSV are saved from the same figures."""

from __future__ import annotations

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
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Refusal
from ...services.reports import choices, figures
from ...services.reports.behind import participants_behind
from ...services.reports.dataset import ReportDataset
from ...services.reports.scope import ReportFilters, quarter, year
from .. import labels
from ..errors import show_bug, show_refusal

LANGUAGES = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))


class ReportsPage(QWidget):
    def __init__(self, actor, parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.actor, self.language = actor, language
        self.dataset: ReportDataset | None = None
        self._loaded = False
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Reports"))
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
        self.tabs.addTab(self._tables_tab(), self.tr("Tables"))
        splitter.addWidget(self._behind_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    # -- filters

    def _combo(self, items: list[tuple[str, str]], any_text: str) -> QComboBox:
        combo = QComboBox(self)
        # Long programme titles would make the page wider than the window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.addItem(any_text, "")
        for key, text in items:
            combo.addItem(text, key)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _filter_bar(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        self.period = QComboBox(self)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start, self.end = QDateEdit(self), QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._changed)
        first.addWidget(QLabel(self.tr("Period")))
        first.addWidget(self.period)
        first.addWidget(QLabel(self.tr("from")))
        first.addWidget(self.start)
        first.addWidget(QLabel(self.tr("to")))
        first.addWidget(self.end)
        self.donor = self._combo([], self.tr("Any donor"))
        first.addWidget(self.donor, 1)
        self.area = self._combo([], self.tr("Any thematic area"))
        first.addWidget(self.area, 1)
        self.programme = self._combo([], self.tr("Any programme"))
        second.addWidget(self.programme, 1)
        self.region = self._combo([], self.tr("Any region"))
        second.addWidget(self.region, 1)
        self.country = self._combo([], self.tr("Any country"))
        second.addWidget(self.country, 1)
        self.agency = self._combo([], self.tr("Any agency type"))
        second.addWidget(self.agency, 1)
        self.sex = self._combo([("F", self.tr("Women")), ("M", self.tr("Men"))], self.tr("Women and men"))
        self.sex.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        second.addWidget(self.sex)
        return rows

    def _export_buttons(self, row: QHBoxLayout) -> None:
        self.pack_language = QComboBox(self)
        for code, name in LANGUAGES:
            self.pack_language.addItem(name, code)
        self.pack_language.setCurrentIndex(max(0, self.pack_language.findData(self.language)))
        row.addWidget(self.pack_language)
        for text, suffix in ((self.tr("Results pack (PDF)…"), "pdf"), (self.tr("Workbook…"), "xlsx"),
                             (self.tr("CSV…"), "csv")):
            button = QPushButton(text, self)
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
        self.period.addItem(self.tr("This year"), ("year", this_year))
        self.period.addItem(self.tr("Last year"), ("year", this_year - 1))
        for which in range(4, 0, -1):
            self.period.addItem(self.tr("Quarter %1 of %2").replace("%1", str(which)).replace("%2", str(this_year)),
                                ("quarter", this_year, which))
        first = offered.first_year or this_year
        self.period.addItem(self.tr("Since %1").replace("%1", str(first)), ("since", first))
        self.period.addItem(self.tr("Dates chosen"), ("dates",))
        self.period.blockSignals(False)
        self._period_chosen()

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
            self.tabs.insertTab(0, scroller, self.tr("Charts"))
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
        self.behind_label.setText(self.tr("Click a bar or a row to list the participants behind it."))

    def _summary_labels(self) -> None:
        names = [("people", self.tr("Officials trained")), ("places", self.tr("Training places")),
                 ("women_share", self.tr("Share of women")), ("person_days", self.tr("Person-days")),
                 ("completion", self.tr("Completion rate")), ("participation", self.tr("Participation rate")),
                 ("tests", self.tr("Pre-/post-test mean")), ("improved", self.tr("Improved their score")),
                 ("certificates", self.tr("Certificates issued")), ("courses", self.tr("Courses delivered"))]
        for index, (key, text) in enumerate(names):
            value = QLabel("–", self)
            value.setStyleSheet("font-size: 14pt; font-weight: 600;")
            caption = QLabel(text, self)
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
        for key, text in (("region", self.tr("By region")), ("country", self.tr("By country")),
                          ("agency_type", self.tr("By agency type")), ("thematic_area", self.tr("By thematic area")),
                          ("programme", self.tr("By programme")), ("course", self.tr("By course")),
                          ("year", self.tr("By year")), ("quarter", self.tr("By quarter")),
                          ("venue", self.tr("Courses by venue")), ("mode", self.tr("Courses by mode")),
                          ("language", self.tr("Courses by language"))):
            self.breakdown.addItem(text, key)
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
        dimension = self.breakdown.currentData()
        if dimension in self.dataset.breakdowns:
            header = [self.tr("Group"), self.tr("Officials trained"), self.tr("Women"), self.tr("Men"),
                      self.tr("Training places"), self.tr("Completed"), self.tr("Person-days")]
            groups = self.dataset.breakdowns[dimension]
            rows = [(g.key, g.label(self.language), g.people, g.women, g.men, g.places, g.completed,
                     round(g.person_days, 1)) for g in groups]
        else:
            header = [self.tr("Group"), self.tr("Courses"), self.tr("Training places")]
            rows = [(g.key, g.label(self.language), g.courses, g.places)
                    for g in self.dataset.course_breakdowns[dimension]]
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels(header)
        self.table.setRowCount(len(rows))
        for r, (key, *values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(f"{value:,}" if isinstance(value, int | float) else str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.table.setItem(r, c, item)
        _fit_columns(self.table, first=1)

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
        self.behind_table.setHorizontalHeaderLabels([
            self.tr("Reference"), self.tr("Name"), self.tr("Name in Arabic"), self.tr("Sex"), self.tr("Country"),
            self.tr("Organisation"), self.tr("Course"), self.tr("Status")])
        self.behind_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.behind_table.verticalHeader().hide()
        self.behind_table.horizontalHeader().setStretchLastSection(True)
        _fit_columns(self.behind_table)
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
        self.behind_label.setText(self.tr("%1: %2 places, %3 people").replace("%1", label or key)
                                  .replace("%2", f"{behind.count:,}").replace("%3", f"{behind.people:,}"))
        self.behind_table.setRowCount(len(behind.rows))
        for r, row in enumerate(behind.rows):
            sex, status = labels.label(labels.SEX_IN_LISTS, row.sex), labels.label(labels.ENROLMENT_STATUSES, row.status)
            for c, value in enumerate((row.reference, row.name, row.name_ar, sex, row.country, row.organisation,
                                       row.course, status)):
                self.behind_table.setItem(r, c, QTableWidgetItem(value))
        _fit_columns(self.behind_table)

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


def _fit_columns(table: QTableWidget, first: int = 0) -> None:
    """Columns as wide as their cells and never narrower than their heading."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(first, table.columnCount()):
        table.resizeColumnToContents(column)
        item = table.horizontalHeaderItem(column)
        wanted = metrics.horizontalAdvance(item.text() if item else "") + 24
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
