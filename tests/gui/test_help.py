"""The user guide: F1 opens the page on the section one is on, in the interface's language, and every
page, picture and link of the guide is there, and shipped in the bundle."""

import re

import pytest
from PySide6.QtCore import Qt

from registry_app.gui.main_window import ATTENDANCE, CERTIFICATES, MainWindow
from registry_app.services import guide


@pytest.fixture
def window(qtbot, actor):
    def make(language="en"):
        widget = MainWindow("SQLite: x", "default", 1, actor, language)
        qtbot.addWidget(widget)
        with qtbot.waitActive(widget):
            widget.show()
            widget.activateWindow()
        return widget
    return make


def test_f1_opens_the_guide_on_the_page_one_is_on(qtbot, window):
    main = window()
    main.ui.navigation.setCurrentRow(ATTENDANCE)
    qtbot.keyClick(main, Qt.Key.Key_F1)
    dialog = main.guide
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.browser.source().toLocalFile().endswith("en/attendance.md")
    assert "Marking attendance from the signed sheets" in dialog.browser.toPlainText()
    dialog.show_section("index")
    assert "By task" in dialog.browser.toPlainText()


def test_the_guide_speaks_french_in_a_french_window(qtbot, window):
    main = window("fr")
    main.ui.navigation.setCurrentRow(CERTIFICATES)
    dialog = main.show_guide()
    qtbot.addWidget(dialog)
    assert dialog.browser.source().toLocalFile().endswith("fr/certificates.md")
    assert "Remise des certificats d'une session" in dialog.browser.toPlainText()


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_every_page_picture_and_link_of_the_guide_is_there(language):
    for section in (*guide.SECTIONS, "index"):
        page = guide.page(section, language)
        assert page.is_file(), page
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
            assert (page.parent / target).is_file(), (page.name, target)
        if section != "index":
            assert f"../images/{language}-{section}.png" in text


def test_the_arabic_window_opens_the_english_guide():
    assert guide.page("attendance", "ar") == guide.page("attendance", "en")


def test_the_bundle_ships_the_guide():
    from pathlib import Path

    spec = (Path(__file__).resolve().parents[2] / "build.spec").read_text()
    assert '("resources", "resources")' in spec  # the whole of resources/, help/ included
    assert guide.guide_dir().parent.name == "resources"
