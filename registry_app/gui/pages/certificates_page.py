"""The Certificates page: the register (search, reprint, correct, revoke, export), graduation,
verification and templates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.actors import Actor
from ...services.certificates import listing as certificate_list
from ..errors import sentence
from ..models.certificates_model import CertificatesModel
from ..sayings import Sayings
from ..selection import select_rows
from ..widgets.column_widths import fit_columns

# The PDF, QR and signature machinery is imported when an action needs it, not at start-up.

STATUSES = (("", QT_TRANSLATE_NOOP("CertificatesPage", "All statuses")),
            ("valid", QT_TRANSLATE_NOOP("CertificatesPage", "Valid")),
            ("revoked", QT_TRANSLATE_NOOP("CertificatesPage", "Revoked")),
            ("superseded", QT_TRANSLATE_NOOP("CertificatesPage", "Superseded")))


class CertificatesPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.actor = actor
        self.language = language
        self._shown = False
        self.keys = None  # the signing keys' folder; None: the user's (tests give their own)
        self.say = Sayings()
        title = QLabel(self)
        self.say(lambda: title.setText(self.tr("Certificates")))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.search = QLineEdit(self)
        self.say(lambda: self.search.setPlaceholderText(self.tr("Search: serial, name (any script) or course code…")))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # and to its words in French
        for value, label in STATUSES:
            self.status.addItem(label, value or None)
        self.say(lambda: [self.status.setItemText(index, self.tr(label)) for index, (_value, label)
                          in enumerate(STATUSES)])
        self.model = CertificatesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        fit_columns(self.table, [150, 260, 150, 100, 90, 90, 70])
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        self.buttons = {}
        # Two rows: the issuing acts, then the others; in one row they need more than a 1024-pixel screen.
        issuing, others = QHBoxLayout(), QHBoxLayout()
        for key, label, slot in (
            ("graduation", lambda: self.tr("&Graduation…"), self.graduation),
            ("reprint", lambda: self.tr("&Reprint"), self.reprint),
            ("correct", lambda: self.tr("&Correct and reissue…"), self.correct),
            ("revoke", lambda: self.tr("Re&voke…"), self.revoke),
            ("verify", lambda: self.tr("V&erify…"), self.verify),
            ("export", lambda: self.tr("E&xport…"), self.export),
            ("revocations", lambda: self.tr("Revocation &list…"), self.revocation_list),
            ("template", lambda: self.tr("&Template…"), self.template),
        ):
            button = QPushButton(self)
            self.say(lambda b=button, text=label: b.setText(text()))
            button.clicked.connect(lambda _=False, s=slot: s())
            (issuing if len(self.buttons) < 4 else others).addWidget(button)
            self.buttons[key] = button
        issuing.addStretch(1)
        others.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(issuing)
        layout.addLayout(others)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._search)
        self.status.currentIndexChanged.connect(self._search)

    def showEvent(self, event) -> None:  # the register is read when the page is first opened
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.model.refresh()

    def speak(self, language: str) -> None:
        """The page in another language, on the same widgets: the search, the status chosen, the selected
        certificate and the scroll stay as they were."""
        self.language = language
        self.say.again()
        self.model.speak()

    def _search(self, *_args) -> None:
        self.model.search(self.search.text(), self.status.currentData())

    def _refresh(self, serial: str | None = None) -> None:
        """Read the register again, keeping the selection on the certificate just acted on."""
        self.model.refresh()
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).serial == serial:
                select_rows(self.table, [row])
                return

    def selected(self) -> certificate_list.RegisterRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _warn(self, message: str) -> None:
        self.last_message = message
        QMessageBox.warning(self, self.tr("Certificates"), message)

    def _passphrase(self) -> str | None:
        text, accepted = QInputDialog.getText(self, self.tr("Signing key"), self.tr("Passphrase of the signing key:"),
                                              QLineEdit.EchoMode.Password)
        return text if accepted else None

    def graduation(self):
        from ..dialogs.graduation_dialog import GraduationDialog

        dialog = GraduationDialog(self.actor, self, self.keys, self.language)
        dialog.finished.connect(lambda _: self.model.refresh())
        dialog.open()
        return dialog

    def reprint(self):
        from ...services.certificates import register

        row = self.selected()
        if row is None:
            return None
        try:
            pdf = register.reprint(self.actor, row.serial)
        except register.CertificateRefused as refusal:
            self._warn(sentence(refusal))
            return None
        self._refresh(row.serial)
        return self._preview(row.serial, pdf)

    def _preview(self, serial: str, pdf: bytes):
        from ..dialogs.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(serial, pdf, f"{serial}.pdf", self)
        self.last_preview = dialog
        dialog.open()
        return dialog

    def correct(self, reason: str | None = None, passphrase: str | None = None):
        from ...domain.errors import Refusal
        from ...services.certificates import register

        row = self.selected()
        if row is None:
            return None
        if reason is None:
            reason, accepted = QInputDialog.getText(self, self.tr("Correct and reissue"),
                                                    self.tr("What is corrected (correct the participant first)?"))
            if not accepted:
                return None
        passphrase = passphrase if passphrase is not None else self._passphrase()
        if passphrase is None:
            return None
        try:
            issued = register.correct(self.actor, row.serial, reason, passphrase, keys=self.keys)
        except Refusal as refusal:
            self._warn(sentence(refusal))
            return None
        self._refresh(issued.serial)
        return self._preview(issued.serial, issued.pdf)

    def revoke(self, reason: str | None = None) -> bool:
        from ...services.certificates import register

        row = self.selected()
        if row is None:
            return False
        if reason is None:
            reason, accepted = QInputDialog.getText(self, self.tr("Revoke"),
                                                    self.tr("Why is %1 revoked?").replace("%1", row.serial))
            if not accepted:
                return False
        try:
            register.revoke(self.actor, row.serial, reason)
        except register.CertificateRefused as refusal:
            self._warn(sentence(refusal))
            return False
        self._refresh(row.serial)
        return True

    def verify(self):
        from ..dialogs.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self)
        dialog.open()
        return dialog

    def export(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the register"), "certificates.xlsx",
                                                  self.tr("Spreadsheet (*.xlsx);;CSV (*.csv)"))
        if not path:
            return None
        from ...services.certificates import register

        rows = register.find(self.search.text(), self.status.currentData(), limit=1_000_000)
        target = Path(path)
        target.write_bytes(register.export_csv(rows) if target.suffix.lower() == ".csv" else register.export_xlsx(rows))
        return target

    def revocation_list(self, path: str | None = None, passphrase: str | None = None) -> Path | None:
        from ...domain.errors import Refusal
        from ...services.certificates import register

        passphrase = passphrase if passphrase is not None else self._passphrase()
        if passphrase is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Revocation list to publish"), "revoked.txt",
                                                  self.tr("Text (*.txt)"))
        if not path:
            return None
        try:
            text = register.revocation_list(passphrase, keys=self.keys)
        except Refusal as refusal:
            self._warn(sentence(refusal))
            return None
        Path(path).write_text(text, encoding="ascii")
        return Path(path)

    def template(self):
        from ..dialogs.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.actor, self, self.language)
        dialog.open()
        return dialog
