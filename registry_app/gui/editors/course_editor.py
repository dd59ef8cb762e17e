"""The course form: details, the half-day schedule, trainers, and nominations and enrolment."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem, QWidget

from ...domain import validation
from ...services.actors import Actor
from ...services.courses import details as course_records
from ...services.courses import funding as course_funding
from ...services.courses.details import CourseData, Schedule
from ...services.register import programmes
from ...services.register.reference import country_choices
from .. import labels
from ..forms.ui_course_form import Ui_CourseForm
from .course_funding import FundingPanel
from .enrolment_panel import EnrolmentPanel
from .nomination_files import NominationFiles, droppable
from .record_editor import RecordEditor, chosen

_TAUGHT, _MORNING, _AFTERNOON = 1, 2, 3


class CourseEditor(RecordEditor):
    entity = "course"

    def __init__(self, actor: Actor, record_id: int | None = None, parent: QWidget | None = None,
                 language: str = "en"):
        super().__init__(actor, Ui_CourseForm, record_id, parent, language)
        self._off: dict[date, tuple[bool, bool, bool]] = {}  # date -> (day off, morning off, afternoon off)
        self._marked: set[date] = set()
        self._fill_choices()
        self._bind_fields()
        self.enrolment = EnrolmentPanel(actor, self.ui, self, language)
        self.enrolment.changed.connect(lambda: self.saved.emit(self.record_id))
        self.nomination_files = NominationFiles(actor, self.ui, self)
        self.nomination_files.imported.connect(self._nominations_imported)
        self.funding = FundingPanel(self.ui, self)
        self.funding.changed.connect(self._changed)
        self.setAcceptDrops(True)  # a member state's spreadsheet dropped here is imported into the course
        self.resize(1100, 720)
        self.load(record_id) if record_id is not None else self.start_new()

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.programmeCombo.addItem("", None)
        for programme_id, text in programmes.choices(self.language):
            ui.programmeCombo.addItem(text, programme_id)
        ui.countryCombo.addItem("", None)
        for code, name in country_choices(self.language):
            ui.countryCombo.addItem(name, code)
        labels.fill(ui.modeCombo, labels.DELIVERY_MODES)
        labels.fill(ui.languageCombo, labels.LANGUAGES)
        labels.fill(ui.statusCombo, labels.COURSE_STATUSES)
        for trainer_id, text in course_records.trainer_choices():
            item = QListWidgetItem(text, ui.trainersList)
            item.setData(Qt.ItemDataRole.UserRole, trainer_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        ui.trainersList.itemChanged.connect(self._trainers_changed)
        ui.leadCombo.currentIndexChanged.connect(lambda _: self._changed())
        ui.scheduleTable.itemChanged.connect(self._schedule_changed)

    def say_choices_again(self, language: str) -> None:
        super().say_choices_again(language)
        combo = self.ui.programmeCombo
        combo.clear()
        combo.addItem("", None)
        for programme_id, text in programmes.choices(language):
            combo.addItem(text, programme_id)
        self._show_schedule()
        self.enrolment.speak(language)
        self.funding.speak()

    def _bind_fields(self) -> None:
        ui = self.ui
        self.bind("code", ui.codeEdit, validation.required)
        self.bind("programme_id", ui.programmeCombo,
                  chosen(self.tr("Choose the programme.")), "programme")
        self.bind("start_date", ui.start_dateDate)
        self.bind("end_date", ui.end_dateDate,
                  lambda v: validation.course_dates(self.values()["start_date"], v))
        self.bind("venue", ui.venueEdit, validation.required)
        self.bind("city", ui.cityEdit)
        self.bind("country", ui.countryCombo)
        self.bind("mode", ui.modeCombo)
        self.bind("language", ui.languageCombo)
        self.bind("capacity", ui.capacitySpin, validation.positive)
        self.bind("status", ui.statusCombo)
        self.bind("notes", ui.notesText)
        ui.start_dateDate.dateChanged.connect(self._dates_changed)
        ui.end_dateDate.dateChanged.connect(self._dates_changed)

    # --- record <-> form ----------------------------------------------------------------------------

    def fetch(self, record_id: int) -> course_records.Course:
        return course_records.get(record_id)

    def values_of(self, record: course_records.Course) -> dict:
        values = {name: getattr(record, name) for name in self._fields
                  if name not in ("programme_id", "country")}
        return {**values, "programme_id": record.programme_id, "country": record.country_id}

    def new_values(self) -> dict:
        monday = date.today() + timedelta(days=(7 - date.today().weekday()) % 7 or 7)
        return {"start_date": monday, "end_date": monday + timedelta(days=4), "capacity": 25,
                "language": self.language, "country": None}

    def title(self) -> str:
        record = self.current_record()
        if record is None:
            return self.tr("New course")
        programme = record.programme
        title = getattr(programme, f"title_{self.language}", "") or programme.title_en
        return f"{record.code} — {title}"

    def after_load(self, record: course_records.Course | None) -> None:
        self._off, self._marked = {}, set()
        trainer_ids, lead = [], None
        if record is not None:
            for day in course_records.schedule_of(record.id):
                self._off[day.date] = (day.excluded, day.am_excluded, day.pm_excluded)
                if day.marked:
                    self._marked.add(day.date)
            trainer_ids, lead = course_records.trainers_of(record.id)
        self._show_schedule()
        self._show_trainers(trainer_ids, lead)
        self.funding.show(course_funding.funding_of(record.id) if record is not None else [])
        self.ui.tabs.setTabEnabled(3, record is not None)
        self.enrolment.show_course(record)
        self.nomination_files.course_code = record.code if record is not None else None

    def _nominations_imported(self) -> None:
        self.enrolment.refresh()
        self.saved.emit(self.record_id)

    def dragEnterEvent(self, event) -> None:
        if self.record_id is not None and droppable(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = droppable(event.mimeData().urls())
        if path is not None and self.record_id is not None:
            event.acceptProposedAction()
            self.nomination_files.import_file(path)

    def extra_values(self) -> dict:
        schedule = self.schedule()
        ids, lead = self.trainer_selection()
        return {"schedule": (schedule.excluded_days, schedule.excluded_half_days), "trainers": ids, "lead": lead,
                "funding": self.funding.value()}

    def write(self, values: dict, record_id: int | None, version: int | None) -> course_records.Course:
        ids, lead = self.trainer_selection()
        return course_records.save_course(self.actor, CourseData(**values), self.schedule(), ids, lead,
                                          record_id, version, funding=self.funding.sources())

    def show_field_error(self, name: str, text: str) -> None:
        if name == course_funding.FIELD:  # the funding table is not a field of the details' form
            self.funding.show_error(text)
            if text:
                self.ui.tabs.setCurrentWidget(self.ui.fundingTab)
                self.ui.fundingTable.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().show_field_error(name, text)

    # --- schedule ------------------------------------------------------------------------------------

    def _dates(self) -> list[date]:
        values = self.values()
        start, end = values["start_date"], values["end_date"]
        if start is None or end is None or end < start or (end - start).days > 366:
            return []
        return [start + timedelta(n) for n in range((end - start).days + 1)]

    def _dates_changed(self, *_args) -> None:
        if not self._loading:
            self._show_schedule()
            self.check_field("end_date")

    def _show_schedule(self) -> None:
        table = self.ui.scheduleTable
        dates = self._dates()
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Taught"), self.tr("Morning"),
                                         self.tr("Afternoon"), self.tr("Attendance")])
        table.setRowCount(len(dates))
        for row, day in enumerate(dates):
            day_off, am_off, pm_off = self._day(day)
            label = labels.long_date(day, self.language)
            date_item = QTableWidgetItem(label)
            date_item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            date_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, date_item)
            for column, off in ((_TAUGHT, day_off), (_MORNING, am_off), (_AFTERNOON, pm_off)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
                table.setItem(row, column, item)
            marked = QTableWidgetItem(self.tr("recorded") if day in self._marked else "")
            marked.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 4, marked)
        table.resizeColumnsToContents()
        table.blockSignals(False)
        self._changed()

    def _day(self, day: date) -> tuple[bool, bool, bool]:
        """(day off, morning off, afternoon off): as ticked, or as a new day starts."""
        return self._off.get(day, (course_records.off_by_default(day), False, False))

    def _schedule_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        day = date.fromisoformat(self.ui.scheduleTable.item(row, 0).data(Qt.ItemDataRole.UserRole))
        self._off[day] = tuple(self.ui.scheduleTable.item(row, column).checkState() != Qt.CheckState.Checked
                               for column in (_TAUGHT, _MORNING, _AFTERNOON))
        self._changed()

    def schedule(self) -> Schedule:
        days, halves = set(), set()
        for day in self._dates():
            day_off, am_off, pm_off = self._day(day)
            if day_off:
                days.add(day)
            if am_off:
                halves.add((day, "AM"))
            if pm_off:
                halves.add((day, "PM"))
        return Schedule(frozenset(days), frozenset(halves))

    def set_day_taught(self, day: date, taught: bool, morning: bool = True, afternoon: bool = True) -> None:
        """What ticking the boxes of a day does (for the keyboard and the tests)."""
        self._off[day] = (not taught, not morning, not afternoon)
        self._show_schedule()

    # --- trainers ------------------------------------------------------------------------------------

    def _show_trainers(self, trainer_ids: list[int], lead: int | None) -> None:
        trainers = self.ui.trainersList
        trainers.blockSignals(True)
        for row in range(trainers.count()):
            item = trainers.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in trainer_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        trainers.blockSignals(False)
        self._fill_lead(lead)

    def _fill_lead(self, lead: int | None) -> None:
        combo = self.ui.leadCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for row in range(self.ui.trainersList.count()):
            item = self.ui.trainersList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                combo.addItem(item.text().split(" — ")[0], item.data(Qt.ItemDataRole.UserRole))
        index = combo.findData(lead)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _trainers_changed(self, _item) -> None:
        self._fill_lead(self.ui.leadCombo.currentData())
        self._changed()

    def trainer_selection(self) -> tuple[list[int], int | None]:
        trainers = self.ui.trainersList
        ids = [trainers.item(r).data(Qt.ItemDataRole.UserRole) for r in range(trainers.count())
               if trainers.item(r).checkState() == Qt.CheckState.Checked]
        return ids, self.ui.leadCombo.currentData()

    def set_trainers(self, trainer_ids: list[int], lead: int | None = None) -> None:
        self._show_trainers(trainer_ids, lead)
        self._changed()
