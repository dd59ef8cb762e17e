"""The Participants page: search as you type, filters, and the paged table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ...domain.enums import Sex
from ...services.register.participant_list import ParticipantFilter
from ...services.register.reference import country_choices
from .. import labels
from ..forms.ui_participants_page import Ui_ParticipantsPage
from ..models.participants_model import (
    COLUMN_ARABIC_NAME,
    COLUMN_FAMILY_NAME,
    COLUMN_GIVEN_NAMES,
    COLUMN_NATIONALITY,
    COLUMN_ORGANISATION,
    COLUMN_RANK,
    COLUMN_REFERENCE,
    COLUMN_SEX,
    ParticipantsModel,
)
from ..selection import select_rows
from ..widgets.column_widths import fit_columns

_SEX_LABELS = {Sex.FEMALE: QT_TRANSLATE_NOOP("ParticipantsPage", "Women"), Sex.MALE: QT_TRANSLATE_NOOP("ParticipantsPage", "Men")}


class ParticipantsPage(QWidget):
    participantActivated = Signal(int)
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.ui = Ui_ParticipantsPage()
        self.ui.setupUi(self)
        self.language = language
        self.model = ParticipantsModel(self, language=language)
        self.ui.table.setModel(self.model)
        self.ui.table.sortByColumn(COLUMN_FAMILY_NAME, Qt.SortOrder.AscendingOrder)
        self._fill_filters(language)
        self._size_columns()
        self._connect()
        self._show_count(self.model.total())

    def _fill_filters(self, language: str) -> None:
        ui = self.ui
        ui.regionCombo.addItem(self.tr("All regions"), None)
        labels.fill(ui.regionCombo, labels.REGIONS)
        ui.nationalityCombo.addItem(self.tr("All nationalities"), None)
        for code, name in country_choices(language):
            ui.nationalityCombo.addItem(name, code)
        ui.kindCombo.addItem(self.tr("All organisations"), None)
        labels.fill(ui.kindCombo, labels.ORGANISATION_KINDS)
        ui.sexCombo.addItem(self.tr("Women and men"), None)
        for sex, label in _SEX_LABELS.items():
            ui.sexCombo.addItem(self.tr(label), sex.value)

    def speak(self, language: str) -> None:
        """The page in another language, keeping what was typed, the filters chosen, the order and the
        selected rows."""
        selected = {self.model.participant_id(index.row()) for index in self.ui.table.selectionModel().selectedRows()}
        combos = (self.ui.regionCombo, self.ui.nationalityCombo, self.ui.kindCombo, self.ui.sexCombo)
        chosen = [combo.currentData() for combo in combos]
        self.language = language
        self.ui.retranslateUi(self)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self._fill_filters(language)
        for combo, value in zip(combos, chosen, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.model.speak(language)
        self._show_count(self.model.total())
        select_rows(self.ui.table, (row for row in range(self.model.rowCount())
                                    if self.model.participant_id(row) in selected))

    def _size_columns(self) -> None:
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {COLUMN_REFERENCE: 80, COLUMN_FAMILY_NAME: 170, COLUMN_GIVEN_NAMES: 170,
                  COLUMN_ARABIC_NAME: 190, COLUMN_SEX: 40, COLUMN_NATIONALITY: 120,
                  COLUMN_ORGANISATION: 300, COLUMN_RANK: 200}
        fit_columns(self.ui.table, [widths[column] for column in sorted(widths)])
        header.setSortIndicatorShown(True)
        self.ui.table.verticalHeader().setDefaultSectionSize(24)

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._apply_filter)
        for combo in (ui.regionCombo, ui.nationalityCombo, ui.kindCombo, ui.sexCombo):
            combo.currentIndexChanged.connect(self._apply_filter)
        ui.archivedCheck.toggled.connect(self._apply_filter)
        ui.newButton.clicked.connect(self.newRequested)
        ui.exportButton.clicked.connect(lambda: self.export_list())
        self.model.countChanged.connect(self._show_count)
        ui.table.activated.connect(lambda index: self.participantActivated.emit(self.model.participant_id(index.row())))

    def _apply_filter(self, *_args) -> None:
        ui = self.ui
        self.model.set_filter(ParticipantFilter(
            text=ui.searchEdit.text(),
            region=ui.regionCombo.currentData(),
            nationality=ui.nationalityCombo.currentData(),
            organisation_kind=ui.kindCombo.currentData(),
            sex=ui.sexCombo.currentData(),
            include_archived=ui.archivedCheck.isChecked(),
        ))

    def export_list(self, target=None):
        """The participants as listed now (search, filters, order), every page of them, to a file."""
        from ...services.actors import current
        from ...services.nominations import lists_out
        from ..list_export import save_list

        wanted = self.model.current_filter()
        sort, descending = self.model.sort_order()

        def make():
            return lists_out.participants(current(), wanted.text, wanted.nationality, wanted.sex, wanted.region,
                                          wanted.organisation_kind, wanted.include_archived, sort, descending,
                                          self.language)
        return save_list(self, make, "participants.xlsx", target)

    def refresh(self) -> None:
        """Read the list again (after a save), keeping the search, filters and sort."""
        self.model.refresh()

    def _show_count(self, count: int) -> None:
        filtered = self.model.current_filter() != ParticipantFilter()
        number = QLocale().toString(count)
        if count == 0:
            text = self.tr("No participant matches.") if filtered else self.tr("The register has no participant yet.")
        elif self.model.alike_below():
            below = self.model.alike_below()
            text = (self.tr("%1 participant(s) match; below them, %2 whose names are written otherwise or sound "
                            "alike, marked ≈.")
                    .replace("%1", QLocale().toString(count - below)).replace("%2", QLocale().toString(below)))
        elif self.model.alike_follow() and not self.model.sounds_alike():
            text = (self.tr("%1 participants match; names written otherwise or sounding alike follow them, "
                            "marked ≈, at the end of the list.").replace("%1", number))
        elif count == 1 and not self.model.sounds_alike():
            text = self.tr("1 participant matches.") if filtered else self.tr("1 participant in the register.")
        elif self.model.sounds_alike():
            text = self.tr("No name matches exactly; %1 participant(s) with names that sound alike.").replace("%1", number)
        elif filtered:
            text = self.tr("%1 participants match.").replace("%1", number)
        else:
            text = self.tr("%1 participants in the register.").replace("%1", number)
        self.ui.countLabel.setText(text)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()
