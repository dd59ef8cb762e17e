"""The Reports page: figures and charts of the period, filters that apply at once, a click on a bar
or a row lists the participants behind it, and the pack saved from the same figures."""

from datetime import date

from PySide6.QtCharts import QBarSet, QHorizontalBarSeries
from PySide6.QtCore import QDate, Qt

from registry_app.gui.main_window import REPORTS, MainWindow
from registry_app.services.reports import figures
from registry_app.services.reports.scope import ReportFilters


def _page(qtbot, actor, language="en"):
    window = MainWindow("SQLite: x", "default", 4, actor, language)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.ui.navigation.setCurrentRow(REPORTS)
    page = window.reports_page
    qtbot.waitUntil(lambda: page.dataset is not None)
    return window, page


def _whole_register(qtbot, page):
    page.period.setCurrentIndex(page.period.findText("Dates chosen"))
    page.start.setDate(QDate(2021, 1, 1))
    page.end.setDate(QDate(2026, 12, 31))
    qtbot.waitUntil(lambda: page.dataset.filters.start == date(2021, 1, 1)
                    and page.dataset.filters.end == date(2026, 12, 31))


def test_the_page_shows_the_figures_of_the_dataset_and_filters_apply_at_once(qtbot, demo_register):
    window, page = _page(qtbot, demo_register)
    _whole_register(qtbot, page)
    expected = figures.compute(demo_register, ReportFilters(date(2021, 1, 1), date(2026, 12, 31)))
    assert page.summary_values["people"].text() == f"{expected.totals.people:,}"
    page.sex.setCurrentIndex(page.sex.findData("F"))
    qtbot.waitUntil(lambda: page.dataset.filters.sex == "F")
    women = figures.compute(demo_register, ReportFilters(date(2021, 1, 1), date(2026, 12, 31), sex="F"))
    assert page.summary_values["people"].text() == f"{women.totals.people:,}"
    assert page.summary_values["women_share"].text() == "100.0 %"


def test_a_click_on_a_bar_or_a_row_lists_the_participants_behind_it(qtbot, demo_register):
    window, page = _page(qtbot, demo_register)
    _whole_register(qtbot, page)
    series = [s for s in page.charts.views["region"].chart().series() if isinstance(s, QHorizontalBarSeries)][0]
    bar_set: QBarSet = series.barSets()[0]
    top = page.dataset.breakdowns["region"][0]
    bar_set.clicked.emit(len(page.dataset.breakdowns["region"]) - 1)  # drawn bottom up: the last is the largest
    assert page.behind_table.rowCount() == top.places
    assert f"{top.places:,} places, {top.people:,} people" in page.behind_label.text()
    page.tabs.setCurrentIndex(1)
    page.breakdown.setCurrentIndex(page.breakdown.findData("agency_type"))
    first = page.dataset.breakdowns["agency_type"][0]
    assert page.table.item(0, 1).text() == f"{first.people:,}"
    page._row_clicked(0, 0)
    assert page.behind_table.rowCount() == first.places
    page.breakdown.setCurrentIndex(page.breakdown.findData("mode"))
    assert page.table.columnCount() == 3


def test_the_page_in_arabic_names_regions_in_arabic(qtbot, demo_register):
    window, page = _page(qtbot, demo_register, "ar")
    assert page.region.findText("غرب أفريقيا") > 0
    assert page.pack_language.currentData() == "ar"


def test_the_pack_is_saved_from_the_figures_on_screen(qtbot, demo_register, tmp_path, monkeypatch):
    window, page = _page(qtbot, demo_register)
    _whole_register(qtbot, page)
    target = tmp_path / "pack"
    monkeypatch.setattr("registry_app.gui.pages.reports_page.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), "*.pdf"))
    page.pack_language.setCurrentIndex(page.pack_language.findData("fr"))
    page.save("pdf")
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF-")


def test_the_threshold_of_small_numbers_is_set_in_settings(qtbot, demo_register):
    from registry_app.services.reports import privacy

    window, page = _page(qtbot, demo_register)
    settings = window.settings_page.report_settings
    settings.threshold.setValue(8)
    settings.save_button.click()
    assert privacy.threshold() == 8
    assert "8" in settings.note.text()


def test_the_people_behind_a_figure_have_their_country_named_in_the_interface_language(qtbot, demo_register):
    from registry_app.store.models import Country

    window, page = _page(qtbot, demo_register, "fr")
    _whole_register(qtbot, page)
    page.tabs.setCurrentIndex(1)
    page.breakdown.setCurrentIndex(page.breakdown.findData("country"))
    page._row_clicked(0, 0)
    code = page.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    shown = {page.behind_table.item(r, 4).text() for r in range(page.behind_table.rowCount())}
    assert shown == {Country.get_by_id(code).name_fr}
