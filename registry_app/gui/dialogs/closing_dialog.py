"""Closing a course: the decision for each participant with its reason, and overrides with theirs."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.courses import closing
from ..errors import translated

NAME, ATTENDANCE, POST_TEST, DECISION, EXPLANATION = range(5)


class ClosingDialog(QDialog):
    def __init__(self, course_code: str, proposals: list[closing.Proposal], parent: QWidget | None = None,
                 missing_scores: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close course %1").replace("%1", course_code))
        self.resize(1000, 560)
        self.proposals = proposals
        self.overrides: dict[int, closing.Override] = {}
        intro = QLabel(self.tr("Each participant in the room is completed or not by the programme's rule. "
                               "Select a row and choose Override to decide otherwise, with a reason."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(proposals), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Participant"), self.tr("Attendance"), self.tr("Post-test"),
                                              self.tr("Decision"), self.tr("Why")])
        self.table.horizontalHeader().setSectionResizeMode(EXPLANATION, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # an override's reason is read whole, on as many lines as it takes
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.override_button = buttons.addButton(self.tr("&Override…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("&Close the course"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.override_button.clicked.connect(self.override_selected)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.without_scores_box = self._warn_of_missing_scores(missing_scores or [], layout)
        layout.addWidget(buttons)
        for row in range(len(proposals)):
            self._show(row)
        self.table.resizeColumnsToContents()

    @property
    def without_scores(self) -> bool:
        return self.without_scores_box is not None and self.without_scores_box.isChecked()

    def _warn_of_missing_scores(self, missing: list[str], layout: QVBoxLayout) -> QCheckBox | None:
        """Closing before the post-test is entered would make them all "not completed": say so, and
        let the course close so only when the clerk says it on purpose."""
        if not missing:
            return None
        names = ", ".join(missing[:5]) + (", …" if len(missing) > 5 else "")
        warning = QLabel(self.tr("%1 participant(s) have no post-test score (%2) and the programme has a pass "
                                 "mark: closed now, they are not completed. Enter the scores on the Attendance "
                                 "page first.").replace("%1", str(len(missing))).replace("%2", names), self)
        warning.setObjectName("missingScores")
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #9B1C1C;")
        box = QCheckBox(self.tr("Close without these scores all the same"), self)
        box.toggled.connect(self.close_button.setEnabled)
        self.close_button.setEnabled(False)
        layout.addWidget(warning)
        layout.addWidget(box)
        return box

    def decision(self, row: int) -> bool:
        proposal = self.proposals[row]
        override = self.overrides.get(proposal.enrolment_id)
        return override.completed if override else proposal.completed

    def _show(self, row: int) -> None:
        proposal = self.proposals[row]
        rate = proposal.attendance.rate_pct
        override = self.overrides.get(proposal.enrolment_id)
        completed = self.decision(row)
        why = proposal.said.sentence(translated) + (f" — {self.tr('overridden')}: {override.reason}" if override else "")
        values = [proposal.name, "—" if rate is None else f"{rate} %",
                  "—" if proposal.post_test is None else f"{proposal.post_test:g}",
                  self.tr("completed") if completed else self.tr("not completed"), why]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == DECISION:
                item.setBackground(QBrush(QColor("#D8EFD9" if completed else "#F6D5D3")))
                if override:
                    item.setFont(self._bold(item))
            self.table.setItem(row, column, item)
        self.table.resizeRowToContents(row)

    def _bold(self, item: QTableWidgetItem):
        font = item.font()
        font.setBold(True)
        return font

    def override_selected(self, reason: str | None = None) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        proposal = self.proposals[row]
        if proposal.enrolment_id in self.overrides:
            del self.overrides[proposal.enrolment_id]  # a second override goes back to the rule
            self._show(row)
            return True
        if not reason:
            reason, accepted = QInputDialog.getText(
                self, self.tr("Override"),
                self.tr("Why is %1 %2 against the rule?").replace("%1", proposal.name).replace(
                    "%2", self.tr("not completed") if proposal.completed else self.tr("completed")))
            if not accepted or not reason.strip():
                return False
        self.overrides[proposal.enrolment_id] = closing.Override(not proposal.completed, reason.strip())
        self._show(row)
        return True
