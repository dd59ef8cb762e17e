"""Verifying a certificate: the QR text pasted, a picture or PDF of it, or a typed serial."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.certificates import keys as sealing
from ...services.certificates import verification
from ..errors import sentence


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.resize(720, 520)
        self.qr_text = QPlainTextEdit(self)
        self.qr_text.setPlaceholderText(self.tr("Paste the text read from the QR code (it starts with TR1:)"))
        self.serial = QLineEdit(self)
        self.serial.setPlaceholderText(self.tr("or type the serial, e.g. RBT-2026-00017-K"))
        self.open_button = QPushButton(self.tr("Read a &picture or PDF…"), self)
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(self.result.textFormat().RichText)
        form = QFormLayout()
        form.addRow(self.tr("QR code"), self.qr_text)
        form.addRow(self.tr("Serial"), self.serial)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result, 1)
        self.open_button.clicked.connect(self.read_file)
        self.verify_button.clicked.connect(self.verify)

    def read_file(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("A scan of the certificate"), "",
                                                  self.tr("Pictures and PDF (*.png *.jpg *.jpeg *.pdf)"))
        if not path:
            return False
        try:
            self.qr_text.setPlainText(verification.qr_texts(Path(path))[0])
        except verification.NoCodeFound as problem:
            self.result.setText(sentence(problem))
            return False
        except OSError as problem:
            self.result.setText(self.tr("The file could not be read: %1").replace("%1", problem.strerror or str(problem)))
            return False
        return self.verify()

    def verify(self) -> bool:
        trust = sealing.trust_list()
        text = self.qr_text.toPlainText().strip()
        report = verification.check_text(text, trust) if text else \
            verification.check_serial(self.serial.text(), trust)
        self.result.setText(self._describe(report))
        return bool(report.seal and report.seal.valid and report.register_status == "valid")

    def _describe(self, report) -> str:
        seal = report.seal
        parts = []
        if seal is None:
            return self.tr("<b>No certificate has this serial in the register.</b>")
        if seal.valid:
            parts.append(self.tr("<b style='color:#1B6E2A'>Signature valid</b> — key %1").replace("%1", seal.key.kid))
        else:
            parts.append(self.tr("<b style='color:#A01818'>Signature not valid</b>: %1").replace("%1", seal.problem))
        if seal.payload:
            p = seal.payload
            parts.append(f"{p.serial}<br>{p.name}<br>{p.programme} ({p.course})<br>"
                         f"{p.start:%d/%m/%Y} – {p.end:%d/%m/%Y}, {p.hours} h<br>{p.outcome}, {p.issued:%d/%m/%Y}")
        if report.register_status:
            status = report.register_status + (f" — {report.reason}" if report.reason else "")
            parts.append(self.tr("Register: <b>%1</b>").replace("%1", status))
        return "<br><br>".join(parts)
