# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'course_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QTableWidget, QVBoxLayout, QWidget

class Ui_CourseForm(object):
    def setupUi(self, CourseForm):
        if not CourseForm.objectName():
            CourseForm.setObjectName(u"CourseForm")
        CourseForm.resize(760, 600)
        self.formLayout = QVBoxLayout(CourseForm)
        self.formLayout.setObjectName(u"formLayout")
        self.headerLabel = QLabel(CourseForm)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.formLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(CourseForm)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.codeLabel = QLabel(self.detailsTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.detailsTab)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.programmeLabel = QLabel(self.detailsTab)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = QComboBox(self.detailsTab)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.start_dateLabel = QLabel(self.detailsTab)
        self.start_dateLabel.setObjectName(u"start_dateLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_dateLabel)

        self.start_dateDate = QDateEdit(self.detailsTab)
        self.start_dateDate.setObjectName(u"start_dateDate")
        self.start_dateDate.setCalendarPopup(True)
        self.start_dateDate.setDisplayFormat(u"yyyy-MM-dd")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_dateDate)

        self.end_dateLabel = QLabel(self.detailsTab)
        self.end_dateLabel.setObjectName(u"end_dateLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_dateLabel)

        self.end_dateDate = QDateEdit(self.detailsTab)
        self.end_dateDate.setObjectName(u"end_dateDate")
        self.end_dateDate.setCalendarPopup(True)
        self.end_dateDate.setDisplayFormat(u"yyyy-MM-dd")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end_dateDate)

        self.venueLabel = QLabel(self.detailsTab)
        self.venueLabel.setObjectName(u"venueLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.detailsTab)
        self.venueEdit.setObjectName(u"venueEdit")
        self.venueEdit.setMaxLength(200)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.cityLabel = QLabel(self.detailsTab)
        self.cityLabel.setObjectName(u"cityLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.detailsTab)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.countryLabel = QLabel(self.detailsTab)
        self.countryLabel.setObjectName(u"countryLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(self.detailsTab)
        self.countryCombo.setObjectName(u"countryCombo")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.modeLabel = QLabel(self.detailsTab)
        self.modeLabel.setObjectName(u"modeLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(self.detailsTab)
        self.modeCombo.setObjectName(u"modeCombo")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.languageLabel = QLabel(self.detailsTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.detailsTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.capacityLabel = QLabel(self.detailsTab)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.detailsTab)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(0)
        self.capacitySpin.setMaximum(1000)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.statusLabel = QLabel(self.detailsTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.detailsTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.notesLabel = QLabel(self.detailsTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesText = QPlainTextEdit(self.detailsTab)
        self.notesText.setObjectName(u"notesText")
        self.notesText.setTabChangesFocus(True)
        self.notesText.setMaximumSize(QSize(16777215, 80))

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesText)


        self.detailsLayout.addLayout(self.detailsForm)

        self.tabs.addTab(self.detailsTab, "")
        self.scheduleTab = QWidget()
        self.scheduleTab.setObjectName(u"scheduleTab")
        self.scheduleLayout = QVBoxLayout(self.scheduleTab)
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleHint = QLabel(self.scheduleTab)
        self.scheduleHint.setObjectName(u"scheduleHint")
        self.scheduleHint.setWordWrap(True)

        self.scheduleLayout.addWidget(self.scheduleHint)

        self.scheduleTable = QTableWidget(self.scheduleTab)
        self.scheduleTable.setObjectName(u"scheduleTable")
        self.scheduleTable.setAlternatingRowColors(True)
        self.scheduleTable.verticalHeader().setVisible(False)

        self.scheduleLayout.addWidget(self.scheduleTable)

        self.tabs.addTab(self.scheduleTab, "")
        self.trainersTab = QWidget()
        self.trainersTab.setObjectName(u"trainersTab")
        self.trainersLayout = QVBoxLayout(self.trainersTab)
        self.trainersLayout.setObjectName(u"trainersLayout")
        self.trainersHint = QLabel(self.trainersTab)
        self.trainersHint.setObjectName(u"trainersHint")
        self.trainersHint.setWordWrap(True)

        self.trainersLayout.addWidget(self.trainersHint)

        self.trainersList = QListWidget(self.trainersTab)
        self.trainersList.setObjectName(u"trainersList")

        self.trainersLayout.addWidget(self.trainersList)

        self.leadForm = QFormLayout()
        self.leadForm.setObjectName(u"leadForm")
        self.leadLabel = QLabel(self.trainersTab)
        self.leadLabel.setObjectName(u"leadLabel")

        self.leadForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadCombo = QComboBox(self.trainersTab)
        self.leadCombo.setObjectName(u"leadCombo")

        self.leadForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leadCombo)


        self.trainersLayout.addLayout(self.leadForm)

        self.tabs.addTab(self.trainersTab, "")
        self.enrolmentTab = QWidget()
        self.enrolmentTab.setObjectName(u"enrolmentTab")
        self.enrolmentLayout = QVBoxLayout(self.enrolmentTab)
        self.enrolmentLayout.setObjectName(u"enrolmentLayout")
        self.seatsLabel = QLabel(self.enrolmentTab)
        self.seatsLabel.setObjectName(u"seatsLabel")
        self.seatsLabel.setWordWrap(True)
        self.seatsLabel.setStyleSheet(u"font-weight: 600;")

        self.enrolmentLayout.addWidget(self.seatsLabel)

        self.enrolmentSplit = QHBoxLayout()
        self.enrolmentSplit.setObjectName(u"enrolmentSplit")
        self.enrolmentListLayout = QVBoxLayout()
        self.enrolmentListLayout.setObjectName(u"enrolmentListLayout")
        self.enrolmentTable = QTableView(self.enrolmentTab)
        self.enrolmentTable.setObjectName(u"enrolmentTable")
        self.enrolmentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.enrolmentTable.setAlternatingRowColors(True)
        self.enrolmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.enrolmentTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.enrolmentTable.horizontalHeader().setStretchLastSection(True)
        self.enrolmentTable.verticalHeader().setVisible(False)

        self.enrolmentListLayout.addWidget(self.enrolmentTable)

        self.movesLayout = QGridLayout()
        self.movesLayout.setObjectName(u"movesLayout")
        self.confirmButton = QPushButton(self.enrolmentTab)
        self.confirmButton.setObjectName(u"confirmButton")

        self.movesLayout.addWidget(self.confirmButton, 0, 0, 1, 1)

        self.waitlistButton = QPushButton(self.enrolmentTab)
        self.waitlistButton.setObjectName(u"waitlistButton")

        self.movesLayout.addWidget(self.waitlistButton, 0, 1, 1, 1)

        self.declineButton = QPushButton(self.enrolmentTab)
        self.declineButton.setObjectName(u"declineButton")

        self.movesLayout.addWidget(self.declineButton, 0, 2, 1, 1)

        self.withdrawButton = QPushButton(self.enrolmentTab)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.movesLayout.addWidget(self.withdrawButton, 0, 3, 1, 1)

        self.noShowButton = QPushButton(self.enrolmentTab)
        self.noShowButton.setObjectName(u"noShowButton")

        self.movesLayout.addWidget(self.noShowButton, 1, 0, 1, 1)

        self.renominateButton = QPushButton(self.enrolmentTab)
        self.renominateButton.setObjectName(u"renominateButton")

        self.movesLayout.addWidget(self.renominateButton, 1, 1, 1, 1)

        self.promoteButton = QPushButton(self.enrolmentTab)
        self.promoteButton.setObjectName(u"promoteButton")

        self.movesLayout.addWidget(self.promoteButton, 1, 2, 1, 2)


        self.enrolmentListLayout.addLayout(self.movesLayout)


        self.enrolmentSplit.addLayout(self.enrolmentListLayout)

        self.nominateLayout = QVBoxLayout()
        self.nominateLayout.setObjectName(u"nominateLayout")
        self.nominateTitle = QLabel(self.enrolmentTab)
        self.nominateTitle.setObjectName(u"nominateTitle")
        self.nominateTitle.setStyleSheet(u"font-weight: 600;")

        self.nominateLayout.addWidget(self.nominateTitle)

        self.participantSearchEdit = QLineEdit(self.enrolmentTab)
        self.participantSearchEdit.setObjectName(u"participantSearchEdit")

        self.nominateLayout.addWidget(self.participantSearchEdit)

        self.candidatesList = QListWidget(self.enrolmentTab)
        self.candidatesList.setObjectName(u"candidatesList")
        self.candidatesList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.nominateLayout.addWidget(self.candidatesList)

        self.nominateButton = QPushButton(self.enrolmentTab)
        self.nominateButton.setObjectName(u"nominateButton")

        self.nominateLayout.addWidget(self.nominateButton)

        self.organisationTitle = QLabel(self.enrolmentTab)
        self.organisationTitle.setObjectName(u"organisationTitle")
        self.organisationTitle.setWordWrap(True)

        self.nominateLayout.addWidget(self.organisationTitle)

        self.organisationPicker = QComboBox(self.enrolmentTab)
        self.organisationPicker.setObjectName(u"organisationPicker")
        self.organisationPicker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisationPicker.setMinimumContentsLength(16)

        self.nominateLayout.addWidget(self.organisationPicker)

        self.nominateOrganisationButton = QPushButton(self.enrolmentTab)
        self.nominateOrganisationButton.setObjectName(u"nominateOrganisationButton")

        self.nominateLayout.addWidget(self.nominateOrganisationButton)

        self.workbookTitle = QLabel(self.enrolmentTab)
        self.workbookTitle.setObjectName(u"workbookTitle")
        self.workbookTitle.setWordWrap(True)

        self.nominateLayout.addWidget(self.workbookTitle)

        self.importNominationsButton = QPushButton(self.enrolmentTab)
        self.importNominationsButton.setObjectName(u"importNominationsButton")

        self.nominateLayout.addWidget(self.importNominationsButton)

        self.workbookButton = QPushButton(self.enrolmentTab)
        self.workbookButton.setObjectName(u"workbookButton")

        self.nominateLayout.addWidget(self.workbookButton)

        self.exportNominationsButton = QPushButton(self.enrolmentTab)
        self.exportNominationsButton.setObjectName(u"exportNominationsButton")

        self.nominateLayout.addWidget(self.exportNominationsButton)

        self.exportAttendanceButton = QPushButton(self.enrolmentTab)
        self.exportAttendanceButton.setObjectName(u"exportAttendanceButton")

        self.nominateLayout.addWidget(self.exportAttendanceButton)

        self.countsLabel = QLabel(self.enrolmentTab)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.nominateLayout.addWidget(self.countsLabel)

        self.nominateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.nominateLayout.addItem(self.nominateSpacer)


        self.enrolmentSplit.addLayout(self.nominateLayout)

        self.enrolmentSplit.setStretch(0, 3)
        self.enrolmentSplit.setStretch(1, 1)

        self.enrolmentLayout.addLayout(self.enrolmentSplit)

        self.enrolmentMessage = QLabel(self.enrolmentTab)
        self.enrolmentMessage.setObjectName(u"enrolmentMessage")
        self.enrolmentMessage.setWordWrap(True)

        self.enrolmentLayout.addWidget(self.enrolmentMessage)

        self.tabs.addTab(self.enrolmentTab, "")
        self.fundingTab = QWidget()
        self.fundingTab.setObjectName(u"fundingTab")
        self.fundingLayout = QVBoxLayout(self.fundingTab)
        self.fundingLayout.setObjectName(u"fundingLayout")
        self.fundingHint = QLabel(self.fundingTab)
        self.fundingHint.setObjectName(u"fundingHint")
        self.fundingHint.setWordWrap(True)

        self.fundingLayout.addWidget(self.fundingHint)

        self.fundingTable = QTableWidget(self.fundingTab)
        self.fundingTable.setObjectName(u"fundingTable")
        self.fundingTable.setAlternatingRowColors(True)
        self.fundingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fundingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fundingTable.horizontalHeader().setStretchLastSection(True)
        self.fundingTable.verticalHeader().setVisible(False)

        self.fundingLayout.addWidget(self.fundingTable)

        self.fundingError = QLabel(self.fundingTab)
        self.fundingError.setObjectName(u"fundingError")
        self.fundingError.setWordWrap(True)
        self.fundingError.setStyleSheet(u"color: #b00020;")

        self.fundingLayout.addWidget(self.fundingError)

        self.fundingButtons = QHBoxLayout()
        self.fundingButtons.setObjectName(u"fundingButtons")
        self.addFundingButton = QPushButton(self.fundingTab)
        self.addFundingButton.setObjectName(u"addFundingButton")

        self.fundingButtons.addWidget(self.addFundingButton)

        self.removeFundingButton = QPushButton(self.fundingTab)
        self.removeFundingButton.setObjectName(u"removeFundingButton")

        self.fundingButtons.addWidget(self.removeFundingButton)

        self.fundingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fundingButtons.addItem(self.fundingSpacer)


        self.fundingLayout.addLayout(self.fundingButtons)

        self.tabs.addTab(self.fundingTab, "")

        self.formLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(CourseForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(CourseForm)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.formLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.start_dateLabel.setBuddy(self.start_dateDate)
        self.end_dateLabel.setBuddy(self.end_dateDate)
        self.venueLabel.setBuddy(self.venueEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.modeLabel.setBuddy(self.modeCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.statusLabel.setBuddy(self.statusCombo)
        self.notesLabel.setBuddy(self.notesText)
        self.leadLabel.setBuddy(self.leadCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.programmeCombo)
        QWidget.setTabOrder(self.programmeCombo, self.start_dateDate)
        QWidget.setTabOrder(self.start_dateDate, self.end_dateDate)
        QWidget.setTabOrder(self.end_dateDate, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.notesText)
        QWidget.setTabOrder(self.notesText, self.scheduleTable)
        QWidget.setTabOrder(self.scheduleTable, self.trainersList)
        QWidget.setTabOrder(self.trainersList, self.leadCombo)
        QWidget.setTabOrder(self.leadCombo, self.enrolmentTable)
        QWidget.setTabOrder(self.enrolmentTable, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.waitlistButton)
        QWidget.setTabOrder(self.waitlistButton, self.declineButton)
        QWidget.setTabOrder(self.declineButton, self.withdrawButton)
        QWidget.setTabOrder(self.withdrawButton, self.noShowButton)
        QWidget.setTabOrder(self.noShowButton, self.renominateButton)
        QWidget.setTabOrder(self.renominateButton, self.promoteButton)
        QWidget.setTabOrder(self.promoteButton, self.participantSearchEdit)
        QWidget.setTabOrder(self.participantSearchEdit, self.candidatesList)
        QWidget.setTabOrder(self.candidatesList, self.nominateButton)
        QWidget.setTabOrder(self.nominateButton, self.organisationPicker)
        QWidget.setTabOrder(self.organisationPicker, self.nominateOrganisationButton)
        QWidget.setTabOrder(self.nominateOrganisationButton, self.importNominationsButton)
        QWidget.setTabOrder(self.importNominationsButton, self.workbookButton)
        QWidget.setTabOrder(self.workbookButton, self.exportNominationsButton)
        QWidget.setTabOrder(self.exportNominationsButton, self.exportAttendanceButton)
        QWidget.setTabOrder(self.exportAttendanceButton, self.fundingTable)
        QWidget.setTabOrder(self.fundingTable, self.addFundingButton)
        QWidget.setTabOrder(self.addFundingButton, self.removeFundingButton)
        QWidget.setTabOrder(self.removeFundingButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(CourseForm)

        QMetaObject.connectSlotsByName(CourseForm)
    # setupUi

    def retranslateUi(self, CourseForm):
        self.headerLabel.setText("")
        self.codeLabel.setText(QCoreApplication.translate("CourseForm", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CourseForm", u"INV-101/2026-09", None))
        self.programmeLabel.setText(QCoreApplication.translate("CourseForm", u"&Programme", None))
        self.start_dateLabel.setText(QCoreApplication.translate("CourseForm", u"&Starts on", None))
        self.end_dateLabel.setText(QCoreApplication.translate("CourseForm", u"&Ends on", None))
        self.venueLabel.setText(QCoreApplication.translate("CourseForm", u"&Venue", None))
        self.cityLabel.setText(QCoreApplication.translate("CourseForm", u"C&ity", None))
        self.countryLabel.setText(QCoreApplication.translate("CourseForm", u"C&ountry", None))
        self.modeLabel.setText(QCoreApplication.translate("CourseForm", u"&Mode", None))
        self.languageLabel.setText(QCoreApplication.translate("CourseForm", u"&Language", None))
        self.capacityLabel.setText(QCoreApplication.translate("CourseForm", u"Ca&pacity", None))
        self.statusLabel.setText(QCoreApplication.translate("CourseForm", u"S&tatus", None))
        self.notesLabel.setText(QCoreApplication.translate("CourseForm", u"&Notes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("CourseForm", u"&Details", None))
        self.scheduleHint.setText(QCoreApplication.translate("CourseForm", u"Untick a day, or a morning or afternoon, that is not taught. Days follow the course dates.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scheduleTab), QCoreApplication.translate("CourseForm", u"Sche&dule", None))
        self.trainersHint.setText(QCoreApplication.translate("CourseForm", u"Tick the trainers of this course and choose the lead trainer.", None))
        self.leadLabel.setText(QCoreApplication.translate("CourseForm", u"Lead &trainer", None))
        self.tabs.setTabText(self.tabs.indexOf(self.trainersTab), QCoreApplication.translate("CourseForm", u"T&rainers", None))
        self.seatsLabel.setText("")
        self.confirmButton.setText(QCoreApplication.translate("CourseForm", u"Con&firm", None))
        self.waitlistButton.setText(QCoreApplication.translate("CourseForm", u"&Wait-list", None))
        self.declineButton.setText(QCoreApplication.translate("CourseForm", u"&Decline", None))
        self.withdrawButton.setText(QCoreApplication.translate("CourseForm", u"Wit&hdraw", None))
        self.noShowButton.setText(QCoreApplication.translate("CourseForm", u"No-sho&w", None))
        self.renominateButton.setText(QCoreApplication.translate("CourseForm", u"Nominate a&gain", None))
        self.promoteButton.setText(QCoreApplication.translate("CourseForm", u"&Promote from the waiting list", None))
        self.nominateTitle.setText(QCoreApplication.translate("CourseForm", u"Nominate", None))
        self.participantSearchEdit.setPlaceholderText(QCoreApplication.translate("CourseForm", u"Find a participant: name, reference, ID document\u2026", None))
        self.nominateButton.setText(QCoreApplication.translate("CourseForm", u"&Nominate the selected", None))
        self.organisationTitle.setText(QCoreApplication.translate("CourseForm", u"Or everyone of an organisation:", None))
        self.nominateOrganisationButton.setText(QCoreApplication.translate("CourseForm", u"Nominate the whole organisation", None))
        self.workbookTitle.setText(QCoreApplication.translate("CourseForm", u"Or from a member state's spreadsheet (drop it on this form):", None))
        self.importNominationsButton.setText(QCoreApplication.translate("CourseForm", u"&Import nominations\u2026", None))
        self.workbookButton.setText(QCoreApplication.translate("CourseForm", u"Nomination &workbook to send\u2026", None))
        self.exportNominationsButton.setText(QCoreApplication.translate("CourseForm", u"Export the nominations (.xlsx, .csv)\u2026", None))
        self.exportAttendanceButton.setText(QCoreApplication.translate("CourseForm", u"Export the attendance grid (.xlsx, .csv)\u2026", None))
        self.countsLabel.setText("")
        self.enrolmentMessage.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.enrolmentTab), QCoreApplication.translate("CourseForm", u"&Nominations and enrolment", None))
        self.fundingHint.setText(QCoreApplication.translate("CourseForm", u"The donors who pay for this course, each with the grant reference the course is charged to. Reports for a donor count the courses listed under its name.", None))
        self.fundingError.setText("")
        self.addFundingButton.setText(QCoreApplication.translate("CourseForm", u"&Add a donor", None))
        self.removeFundingButton.setText(QCoreApplication.translate("CourseForm", u"Re&move the donor", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fundingTab), QCoreApplication.translate("CourseForm", u"F&unding", None))
        self.saveButton.setText(QCoreApplication.translate("CourseForm", u"Save", None))
        self.closeButton.setText(QCoreApplication.translate("CourseForm", u"Close", None))
        pass
    # retranslateUi

