"""The course's nominations and enrolment tab: the enrolments, their moves, nominating, live counts.

Each move and each nomination is saved at once, in its own transaction: this tab has nothing to
"save", unlike the course's details.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ...domain.enrolment import TransitionRefused
from ...domain.enums import EnrolmentStatus as S
from ...domain.names import listed_name
from ...services.actors import Actor
from ...services.courses import enrolments
from ...services.register import organisations
from ...services.register.participant_list import ParticipantFilter, ParticipantList
from ...services.register.reference import country_name
from ...services.versioning import ConflictError
from .. import labels
from ..errors import sentence, translated
from ..models.enrolment_model import WIDTHS, EnrolmentModel
from ..selection import select_rows

CANDIDATES_SHOWN = 30
REFRESH_MS = 15_000  # other clerks' nominations show up in the counts while the tab is open


class EnrolmentPanel(QObject):
    changed = Signal()

    def __init__(self, actor: Actor, ui, parent: QWidget, language: str = "en"):
        super().__init__(parent)
        self.actor, self.ui, self.language = actor, ui, language
        self.course = None
        self.model = EnrolmentModel(self)
        ui.enrolmentTable.setModel(self.model)
        ui.enrolmentTable.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate(WIDTHS):
            ui.enrolmentTable.horizontalHeader().resizeSection(column, width)
        moves = {ui.confirmButton: S.CONFIRMED, ui.waitlistButton: S.WAITLISTED, ui.declineButton: S.DECLINED,
                 ui.withdrawButton: S.WITHDRAWN, ui.noShowButton: S.NO_SHOW, ui.renominateButton: S.NOMINATED}
        for button, status in moves.items():
            button.clicked.connect(lambda _=False, s=status: self.move_selected(s))
        ui.promoteButton.clicked.connect(self.promote)
        ui.participantSearchEdit.textChanged.connect(self.find_candidates)
        ui.nominateButton.clicked.connect(self.nominate_selected)
        ui.candidatesList.itemActivated.connect(lambda _item: self.nominate_selected())
        ui.nominateOrganisationButton.clicked.connect(self.nominate_organisation)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._timer.start()

    def show_course(self, course) -> None:
        self.course = course
        self.model.load(course.id if course else None)
        self._fill_organisations()
        self.show_counts()

    def speak(self, language: str) -> None:
        """The tab in another language: headers, statuses and counts said again, the selection kept."""
        self.language = language
        model = self.model
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        if model.rowCount():
            model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        self.show_counts()

    def _fill_organisations(self) -> None:
        combo = self.ui.organisationPicker
        combo.clear()
        for organisation_id, name, country in organisations.choices():
            combo.addItem(f"{name} — {country}", organisation_id)

    def _refresh_if_shown(self) -> None:
        if self.course is not None and self.ui.enrolmentTab.isVisible():
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_ids()
        self.model.reload()
        self.show_counts()
        select_rows(self.ui.enrolmentTable, (row for row in range(self.model.rowCount())
                                             if self.model.row(row).id in selected))

    # --- moves -----------------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.ui.enrolmentTable.selectionModel().selectedRows()})

    def selected_ids(self) -> set[int]:
        return {self.model.row(r).id for r in self.selected_rows()}

    def select_participants(self, participant_ids: list[int]) -> None:
        select_rows(self.ui.enrolmentTable, (row for row in range(self.model.rowCount())
                                             if self.model.row(row).participant_id in participant_ids))

    def move_selected(self, status: S) -> None:
        # In nomination order, whatever order the list shows: when seats run out, those nominated
        # first take them and the later ones wait.
        rows = sorted((self.model.row(r) for r in self.selected_rows()), key=lambda row: (row.nominated_on, row.id))
        if not rows:
            self.say(self.tr("Select one or more participants in the list first."))
            return
        messages = []
        for row in rows:
            try:
                moved = enrolments.move(self.actor, row.id, row.version, status)
            except TransitionRefused as error:
                messages.append(f"{row.name}: {sentence(error)}")
            except ConflictError:
                messages.append(f"{row.name}: " + self.tr("changed by someone else meanwhile; the list is "
                                                          "reloaded, try again."))
            else:
                if moved.message:
                    messages.append(f"{row.name}: {moved.message.sentence(translated)}")
        self.refresh()
        self.say("\n".join(messages) if messages else
                 self.tr("%1 enrolment(s) now %2.").replace("%1", str(len(rows)))
                 .replace("%2", labels.label(labels.ENROLMENT_STATUSES, status).lower()))
        self.changed.emit()

    def promote(self) -> None:
        try:
            promoted = enrolments.promote_from_waiting_list(self.actor, self.course.id)
        except TransitionRefused as error:
            self.say(sentence(error))
            return
        self.refresh()
        self.say(self.tr("%1 participant(s) confirmed from the waiting list.").replace("%1", str(len(promoted)))
                 if promoted else self.tr("No seat is free, or nobody is waiting."))
        if promoted:
            self.changed.emit()

    # --- nominating ------------------------------------------------------------------------------------

    def find_candidates(self, text: str) -> None:
        found = self.ui.candidatesList
        found.clear()
        if len(text.strip()) < 2:
            return
        _listing, _total, people = ParticipantList.first_page(ParticipantFilter(text=text), language=self.language,
                                                              limit=CANDIDATES_SHOWN)
        for row in people:
            name = listed_name(row.given_names, row.family_name)
            arabic = f" — {row.full_name_ar}" if row.full_name_ar else ""
            item = QListWidgetItem(f"{name}{arabic} · {row.reference} · {row.nationality_name} · {row.organisation}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            found.addItem(item)

    def nominate_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.ui.candidatesList.selectedItems()]
        if not ids:
            self.say(self.tr("Find and select the participants to nominate first."))
            return
        self._nominate(ids, None)

    def nominate_organisation(self) -> None:
        organisation_id = self.ui.organisationPicker.currentData()
        if organisation_id is None:
            return
        ids = enrolments.participants_of_organisation(organisation_id)
        if not ids:
            self.say(self.tr("This organisation has no participant in the register."))
            return
        self._nominate(ids, organisation_id)

    def _nominate(self, ids: list[int], organisation_id: int | None) -> None:
        try:
            result = enrolments.nominate(self.actor, self.course.id, ids, organisation_id)
        except TransitionRefused as error:
            self.say(sentence(error))
            return
        self.refresh()
        self.select_participants(result.added)
        text = self.tr("%1 participant(s) nominated.").replace("%1", str(len(result.added)))
        if result.already:
            text += " " + self.tr("Already on this course: %1.").replace("%1", ", ".join(result.already))
        if result.archived:
            text += " " + self.tr("Archived, not nominated: %1.").replace("%1", ", ".join(result.archived))
        self.say(text)
        self.changed.emit()

    # --- counts ----------------------------------------------------------------------------------------

    def show_counts(self) -> None:
        if self.course is None:
            self.ui.seatsLabel.setText("")
            self.ui.countsLabel.setText("")
            return
        counts = enrolments.counts(self.course.id)
        locale = QLocale()
        by_status = ", ".join(f"{labels.label(labels.ENROLMENT_STATUSES, status).lower()} {n}"
                              for status, n in sorted(counts.by_status.items(), key=lambda kv: -kv[1]))
        self.ui.seatsLabel.setText(
            self.tr("Seats taken: %1 of %2.").replace("%1", locale.toString(counts.seats_taken))
            .replace("%2", locale.toString(counts.capacity)) + (f"  ({by_status})" if by_status else ""))
        women, men = counts.by_sex.get("F", 0), counts.by_sex.get("M", 0)
        countries = ", ".join(f"{escape(country_name(code, self.language))} {n}" for code, n in counts.by_country[:12])
        nobody = self.tr("no organisation")
        agencies = ", ".join(f"{escape(name or nobody)} {n}" for name, n in counts.by_organisation[:8])
        heading, by_country, by_organisation = (self.tr("Nominated, confirmed or waiting"), self.tr("By country"),
                                                self.tr("By organisation"))
        sexes = self.tr("Women %1 · Men %2").replace("%1", str(women)).replace("%2", str(men))
        self.ui.countsLabel.setText(
            f"<b>{escape(heading)}</b><br>{escape(sexes)}<br>"
            f"<b>{escape(by_country)}</b>: {countries}<br><b>{escape(by_organisation)}</b>: {agencies}")

    def say(self, text: str) -> None:
        self.ui.enrolmentMessage.setText(text)
