"""Every page at 1024x768 in English, French and Arabic: the window fits the screen, the search
fields have room for what a clerk types, and no column header of a list is cut short."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QLineEdit, QTableView

from registry_app import paths
from registry_app.gui.main_window import MainWindow

TRANSLATIONS = paths.resources_dir() / "translations"


@pytest.fixture(params=["en", "fr", "ar"])
def window(request, qtbot, qapp, demo_register):
    language = request.param
    translator = QTranslator()
    if language != "en":
        assert translator.load(QLocale(language), "registry", "_", str(TRANSLATIONS))
        QCoreApplication.installTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)
    widget = MainWindow("SQLite: x", "default", 1, demo_register, language)
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    widget.show()
    yield widget
    QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _header_cut_short(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    model = table.model()
    cut = []
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if header.sectionSize(column) < header.fontMetrics().horizontalAdvance(text) + 12:
            cut.append(text)
    return cut


def test_every_page_fits_1024_by_768(window, qapp):
    for section in range(window.ui.navigation.count()):
        window.ui.navigation.setCurrentRow(section)
        qapp.processEvents()
        assert window.width() <= 1024, window.ui.navigation.item(section).text()
        page = window.ui.pages.currentWidget()
        for field in page.findChildren(QLineEdit, "searchEdit"):
            assert field.width() >= 300, (window.ui.navigation.item(section).text(), field.width())
        for table in page.findChildren(QTableView):
            if table.isVisible() and table.model() is not None and table.model().columnCount() <= 10:
                assert not _header_cut_short(table), (window.ui.navigation.item(section).text(),
                                                      _header_cut_short(table))


def test_the_courses_list_shows_its_seats_without_scrolling(window, qapp):
    window.ui.navigation.setCurrentRow(3)
    qapp.processEvents()
    table = window.register_pages["course"].ui.table
    header = table.horizontalHeader()
    last = table.model().columnCount() - 1
    assert header.sectionPosition(last) + header.sectionSize(last) <= table.viewport().width()
