"""The window in another language, in place: nothing is closed or built again that holds what the
clerk is doing. Qt sends every widget a LanguageChange when the translators are swapped; the Designer
forms say their texts again (retranslateUi), and what the code wrote (lists' headers, filters' choices,
counts, names of countries and programmes in the interface's language) is written again by each page's
speak(), on the same widgets. An open user guide turns to the same topic in the new language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .. import APP_NAME
from .app import use_language
from .dialogs.help_dialog import HelpDialog
from .editors.record_editor import RecordEditor
from .main_window import REGISTER_SECTIONS, SPECS, MainWindow  # imported by it when first needed
from .pages import register_pages


def speak(window: MainWindow, language: str) -> None:
    use_language(QApplication.instance(), language)  # the layout's direction turns with it
    window.language = language
    _say_the_window_again(window)
    for section, page in window._built.items():
        if section in REGISTER_SECTIONS:
            page.speak(getattr(register_pages, SPECS[REGISTER_SECTIONS[section]])(language))
        else:
            page.speak(language)
    for editor in window.findChildren(RecordEditor):
        editor.speak(language)
    for guide in window.findChildren(HelpDialog):
        guide.speak(language)


def _say_the_window_again(window: MainWindow) -> None:
    ui = window.ui
    ui.retranslateUi(window)
    window.setWindowTitle(f"{APP_NAME} — {window.opened_on[0]}")
    for row, name in enumerate(window.section_names):
        ui.navigation.item(row).setText(window.tr(name))
    window.user_label.setText(QCoreApplication.translate("MainWindow", "User: %1")
                              .replace("%1", window.actor.display_name))
    window.password_action.setText(QCoreApplication.translate("MainWindow", "Change my &password…"))
