"""Verifying a certificate: the QR text pasted, a picture or PDF of it, or a typed serial. The verdict
says whether revocation was checked: in the register, which knows the certificates it issued, or in
a centre's signed revocation list loaded here for one it does not know."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
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

from ...domain.errors import Refusal
from ...services.certificates import keys as sealing
from ...services.certificates import verification
from ...services.certificates.verification import Verdict
from ..errors import sentence

GOOD, BAD, UNSURE = "#1B6E2A", "#A01818", "#8A5A00"


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.resize(720, 560)
        self.revocations = None  # a centre's signed list, once loaded
        self.qr_text = QPlainTextEdit(self)
        self.qr_text.setPlaceholderText(
            self.tr("Paste the text read from the QR code (it starts with TR3:, TR2: or TR1:, or with the verification address)"))
        self.serial = QLineEdit(self)
        self.serial.setPlaceholderText(self.tr("or type the serial, e.g. RBT-2026-00017-K"))
        self.open_button = QPushButton(self.tr("Read a &picture or PDF…"), self)
        self.list_button = QPushButton(self.tr("Revocation &list…"), self)
        self.list_button.setToolTip(self.tr("A centre's signed list of revoked certificates, to check certificates "
                                            "this register did not issue"))
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(self.result.textFormat().RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        form = QFormLayout()
        form.addRow(self.tr("QR code"), self.qr_text)
        form.addRow(self.tr("Serial"), self.serial)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.list_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result, 1)
        self.open_button.clicked.connect(self.read_file)
        self.list_button.clicked.connect(self.load_revocations)
        self.verify_button.clicked.connect(self.verify)

    def read_file(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("A scan of the certificate"), "",
                                                  self.tr("Pictures and PDF (*.png *.jpg *.jpeg *.pdf)"))
        if not path:
            return False
        try:
            self.qr_text.setPlainText(verification.qr_texts(Path(path))[0])
        except Refusal as problem:
            self.result.setText(html.escape(sentence(problem)))
            return False
        return self.verify()

    def load_revocations(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("The centre's revocation list"), "",
                                                  self.tr("Revocation lists (*.txt)"))
        if not path:
            return False
        try:
            self.revocations = verification.read_revocations(Path(path), sealing.trust_list())
        except Refusal as problem:
            self.result.setText(html.escape(sentence(problem)))
            return False
        self.list_button.setText(self.tr("Revocation list of %1").replace("%1", f"{self.revocations.issued:%d/%m/%Y}"))
        return True

    def verify(self) -> bool:
        trust = sealing.trust_list()
        text = self.qr_text.toPlainText().strip()
        report = verification.check_text(text, trust, revocations=self.revocations) if text else \
            verification.check_serial(self.serial.text(), trust)
        self.result.setText(self._describe(report, trust))
        return report.verdict is Verdict.VALID

    def _verdict(self, report) -> tuple[str, str]:
        seal = report.seal
        if seal is None:
            return BAD, self.tr("Not valid: no certificate has this serial in the register.")
        if report.verdict is Verdict.VALID:
            where = self.tr("in the register") if report.register_status == "valid" else \
                self.tr("in the revocation list of %1").replace("%1", f"{report.revocations.issued:%d/%m/%Y}")
            return GOOD, self.tr("Valid: the signature is good and the certificate is not revoked (checked %1).") \
                .replace("%1", where)
        if report.verdict is Verdict.VALID_UNCHECKED:
            return UNSURE, self.tr("Signature valid, revocation not checked: this register did not issue the "
                                   "certificate. Load the issuing centre's revocation list to know whether it was "
                                   "withdrawn.")
        if seal.valid:
            status = self.tr("revoked") if report.register_status == "revoked" else self.tr("superseded")
            return BAD, self.tr("Not valid: the signature is good but the certificate was %1: %2") \
                .replace("%1", status).replace("%2", report.reason)
        return BAD, self.tr("Not valid: %1").replace("%1", self._why(seal.reason))

    def _why(self, reason: str) -> str:
        return {
            "empty": self.tr("there is no text to verify."),
            "notOurs": self.tr("this is not the seal of a certificate."),
            "damaged": self.tr("the seal is damaged (cut short or altered)."),
            "noKey": self.tr("the signature matches none of the centre's keys: the certificate was altered or forged, "
                             "or sealed by another centre."),
            "unknownKey": self.tr("the seal names a key the centre does not list."),
            "altered": self.tr("the signature does not match what the certificate says: it was altered or forged."),
            "keyOutsideValidity": self.tr("the key that sealed it was not valid on the issue date."),
        }.get(reason, self.tr("the seal cannot be verified."))

    def _describe(self, report, trust) -> str:
        colour, verdict = self._verdict(report)
        parts = [f"<b style='color:{colour}'>{html.escape(verdict)}</b>"]
        if report.revocations is not None and report.revocations.out_of_date(date.today()):
            parts.append(html.escape(self.tr("This revocation list was due to be replaced on %1: ask the centre for its "
                                             "latest.").replace("%1", f"{report.revocations.next_update:%d/%m/%Y}")))
        if report.seal is not None and report.seal.payload is not None:
            parts.append(self._as_printed(verification.as_printed(report.seal.payload, trust)))
        return "<br><br>".join(parts)

    def _as_printed(self, printed) -> str:
        outcome = self.tr("Completion") if printed.outcome == "completion" else self.tr("Participation")
        rows = [(self.tr("Serial"), printed.serial)]
        rows += [(self.tr("Name"), name) for name in printed.names]
        rows += [(self.tr("Programme"), title) for _, title in printed.programmes]
        rows += [(self.tr("Course"), printed.course),
                 (self.tr("Dates"), f"{printed.start:%d/%m/%Y} – {printed.end:%d/%m/%Y}"),
                 (self.tr("Hours"), str(printed.hours)), (self.tr("Outcome"), outcome),
                 (self.tr("Issued"), f"{printed.issued:%d/%m/%Y}")]
        return "<br>".join(f"{html.escape(label)}: <b>{html.escape(value)}</b>" for label, value in rows)
