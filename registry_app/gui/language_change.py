"""The window in another language, in place: nothing is closed or built again that holds what the
clerk is doing. Qt sends every widget a LanguageChange when the translators are swapped; the Designer
forms say their texts again (retranslateUi), and what the code wrote (lists' headers, filters' choices,
counts, names of countries and programmes in the interface's language) is written again by each page's
speak(). A page that holds nothing of the clerk's but its texts (Reports' choices apart, see below) is
built again in place the next time it is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from .. import APP_NAME
from .app import use_language
from .editors.record_editor import RecordEditor
from .main_window import REGISTER_SECTIONS, SETTINGS, SPECS, MainWindow  # imported by it when first needed
from .pages import register_pages


def speak(window: MainWindow, language: str) -> None:
    use_language(QApplication.instance(), language)  # the layout's direction turns with it
    window.language = language
    _say_the_window_again(window)
    for section, page in list(window._built.items()):
        speak_page = getattr(page, "speak", None)
        if section in REGISTER_SECTIONS:
            page.speak(getattr(register_pages, SPECS[REGISTER_SECTIONS[section]])(language))
        elif speak_page is not None:
            speak_page(language)
        else:
            _build_again(window, section, page)
    for editor in window.findChildren(RecordEditor):
        editor.speak(language)


def _say_the_window_again(window: MainWindow) -> None:
    ui = window.ui
    ui.retranslateUi(window)
    window.setWindowTitle(f"{APP_NAME} — {window.opened_on[0]}")
    for row, name in enumerate(window.section_names):
        ui.navigation.item(row).setText(window.tr(name))
    window.user_label.setText(QCoreApplication.translate("MainWindow", "User: %1")
                              .replace("%1", window.actor.display_name))
    window.password_action.setText(QCoreApplication.translate("MainWindow", "Change my &password…"))


def _build_again(window: MainWindow, section: int, page: QWidget) -> None:
    """In place of the page, the stand-in a page not yet built has; built at once if it is shown. What
    the clerk typed in the certificates' search and the status chosen are carried over."""
    carried = _carried(page)
    stack = window.ui.pages
    shown = stack.currentWidget() is page
    waits = getattr(getattr(window, "_backups_box", None), "wait_for_full_check", None)
    if waits is not None and page is window._built.get(SETTINGS):
        waits()  # the backups' check thread must not outlive its page
    del window._built[section]
    stand_in = QWidget()
    stack.insertWidget(section, stand_in)
    stack.removeWidget(page)
    page.hide()
    page.deleteLater()
    if shown:
        stack.setCurrentIndex(section)
        _carry(window.page(section), carried)
    elif carried:
        _carry(window.page(section), carried)


def _carried(page: QWidget) -> dict:
    search, status = getattr(page, "search", None), getattr(page, "status", None)
    if search is None or not search.text():
        return {}
    return {"search": search.text(), "status": status.currentData() if status is not None else None}


def _carry(page: QWidget, carried: dict) -> None:
    if not carried:
        return
    page.search.setText(carried["search"])
    status = getattr(page, "status", None)
    if status is not None:
        status.setCurrentIndex(max(0, status.findData(carried["status"])))
