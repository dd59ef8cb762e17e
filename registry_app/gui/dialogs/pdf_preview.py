"""A PDF shown in the program (QtPdf), printed through the system's print dialog, or saved."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QVBoxLayout, QWidget


class PdfPreviewDialog(QDialog):
    def __init__(self, title: str, pdf: bytes, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(980, 760)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_document(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), self.suggested_name, "PDF (*.pdf)")
        if not path:
            return None
        try:
            with open(path, "wb") as out:
                out.write(self.pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The file could not be written: %1").replace("%1", str(exc)))
            return None
        return path

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> None:
        """Each page rendered at the printer's resolution and drawn onto its page."""
        painter = QPainter(printer)
        try:
            first, last = 0, self.document.pageCount() - 1
            for page in range(first, last + 1):
                if page > first:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                image = self.document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
