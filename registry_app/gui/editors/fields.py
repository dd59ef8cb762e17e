"""Reading and writing a form's widgets as plain values, whatever kind of widget holds them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)  # an optional date edit shows its minimum as blank: no date given


def make_date_optional(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")
    edit.setDate(NO_DATE)


def value_of(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        value = widget.date()
        if value == widget.minimumDate() and widget.specialValueText():
            return None
        return date(value.year(), value.month(), value.day())
    if isinstance(widget, QSpinBox):
        if widget.value() == widget.minimum() and widget.specialValueText():
            return None
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(f"No value for a {type(widget).__name__}")


def set_value(widget: QWidget, value) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value or "")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else 0)
    elif isinstance(widget, QDateEdit):
        widget.setDate(widget.minimumDate() if value is None else QDate(value.year, value.month, value.day))
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        raise TypeError(f"No value for a {type(widget).__name__}")


def changed_signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    raise TypeError(f"No change signal for a {type(widget).__name__}")


def form_row(root: QWidget, widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout holding widget, and its row."""
    for form in root.findChildren(QFormLayout):
        row, _role = form.getWidgetPosition(widget)
        if row >= 0:
            return form, row
    return None


def label_text(root: QWidget, widget: QWidget) -> str:
    found = form_row(root, widget)
    if found is not None:
        label = found[0].labelForField(widget)
        if isinstance(label, QLabel):
            return label.text().replace("&", "")
    return widget.accessibleName() or widget.objectName()


def add_error_label(root: QWidget, widget: QWidget) -> QLabel:
    """A hidden label in the row under widget, where its error will be said."""
    label = QLabel(root)
    label.setObjectName(widget.objectName() + "Error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    found = form_row(root, widget)
    if found is not None:
        form, row = found
        form.insertRow(row + 1, "", label)
    show_error(label, "")
    return label


def show_error(label: QLabel, text: str) -> None:
    """Say an error under its field, or take the (empty) row away when there is none."""
    label.setText(text)
    parent = label.parentWidget()
    found = form_row(parent, label) if parent is not None else None
    if found is not None:
        found[0].setRowVisible(found[1], bool(text))
    else:
        label.setVisible(bool(text))
