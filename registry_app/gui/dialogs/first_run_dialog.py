"""A new register: start with demo data or empty, and its first administrator, in one dialog.

On the first start on a PC the register does not exist yet when the dialog is shown (nothing is
created until the person says OK): the administrator's details are checked here and the account is
made as soon as the register is opened (app.run). A register opened by --db or on a server without
any user shows the same dialog without the demo choice, and makes the account on OK."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.errors import Refusal
from ...services.accounts import signing_in
from ...services.accounts.signing_in import FirstAdministrator
from ...services.actors import Actor
from ..forms.ui_first_run_dialog import Ui_FirstRunDialog


def _translate(template: str) -> str:
    return QCoreApplication.translate("Validation", template)


class FirstRunDialog(QDialog):
    def __init__(self, database_text: str, offer_demo: bool = True, create_now: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.create_now = create_now
        self.administrator: FirstAdministrator | None = None
        self.actor: Actor | None = None  # with create_now, the administrator made and signed in
        # The path is isolated left-to-right, or an Arabic sentence would move its slashes about.
        where = f"\u2066{database_text}\u2069"
        if offer_demo:
            self.ui.pathLabel.setText(self.tr("Register file: %1").replace("%1", where))
        else:
            self.ui.introLabel.setText(self.tr("The register %1 has no user yet: nobody can open it before its "
                                               "first administrator is made.").replace("%1", where))
            for widget in (self.ui.demoRadio, self.ui.emptyRadio, self.ui.pathLabel):
                widget.hide()
            self.ui.emptyRadio.setChecked(True)
            self.resize(self.width(), self.sizeHint().height())
        self.ui.usernameEdit.setFocus()

    def wants_demo(self) -> bool:
        return self.ui.demoRadio.isChecked()

    def accept(self) -> None:
        """OK: the administrator's details checked (and, on an open register, the account made); what is
        wrong is said under the form and the dialog stays open."""
        ui = self.ui
        try:
            self.administrator = signing_in.check_first_administrator(
                ui.usernameEdit.text(), ui.displayNameEdit.text(), ui.passwordEdit.text(), ui.repeatedEdit.text())
            if self.create_now:
                details = self.administrator
                self.actor = signing_in.create_first_administrator(details.username, details.display_name,
                                                                   details.password)
        except Refusal as refusal:
            self.administrator = None
            ui.problemLabel.setText(refusal.sentence(_translate))
            return
        super().accept()
