"""The window in another language, in place: nothing is closed or built again that holds what the
clerk is doing. Qt sends every widget a LanguageChange when the translators are swapped; the Designer
forms say their texts again (retranslateUi), and what the code wrote (lists' headers, filters' choices,
counts, names of countries and programmes in the interface's language) is written again by each page's
speak(). The other pages (certificates, reports, settings, users, audit) are built again in their
place, what was typed and chosen in their fields set back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QWidget

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
    """The page built anew in the new language, in its place, with what the clerk had typed or chosen
    in its fields (searches, filters, dates) set back once it is shown and has read its choices."""
    # Settings shows what is saved, its language among it: nothing of it is carried over.
    carried = {} if section == SETTINGS else _fields_of(page)
    stack = window.ui.pages
    shown = stack.currentWidget() is page
    if page is window._built.get(SETTINGS):
        window._backups_box.wait_for_full_check()  # the backups' check thread must not outlive its page
    del window._built[section]
    stand_in = QWidget()
    stack.insertWidget(section, stand_in)
    stack.removeWidget(page)
    page.hide()
    page.deleteLater()
    if not shown and not carried:
        return  # built when next shown, as at start-up
    if shown:
        stack.setCurrentIndex(section)
    fresh = window.page(section)
    if carried:
        _SetBackOnShow(fresh, carried)
    if shown:
        stack.setCurrentWidget(fresh)


def _fields_of(page: QWidget) -> dict[str, object]:
    """What the clerk typed or chose in the page's own fields, by the page's names for them."""
    found: dict[str, object] = {}
    for name, widget in vars(page).items():
        if isinstance(widget, QLineEdit) and widget.text():
            found[name] = widget.text()
        elif isinstance(widget, QComboBox) and widget.currentIndex() > 0:
            found[name] = widget.currentData()
        elif isinstance(widget, QDateEdit):
            found[name] = widget.date()
    return found


class _SetBackOnShow(QObject):
    """Sets the fields back at once, and the choices a page fills only when first shown just after
    its showing."""

    def __init__(self, page: QWidget, fields: dict[str, object]):
        super().__init__(page)
        self.page, self.fields = page, fields
        self.set_back()
        if self.fields:
            page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.page and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self.set_back)
        return False

    def set_back(self) -> None:
        waiting = {}
        for name, value in self.fields.items():
            widget = getattr(self.page, name, None)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0:
                    waiting[name] = value  # its choices are not read yet
                else:
                    widget.setCurrentIndex(index)
            elif isinstance(widget, QDateEdit):
                widget.setDate(value)
        self.fields = waiting
        if not waiting:
            self.page.removeEventFilter(self)
