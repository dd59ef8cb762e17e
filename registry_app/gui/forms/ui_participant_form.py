# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_ParticipantForm(object):
    def setupUi(self, ParticipantForm):
        if not ParticipantForm.objectName():
            ParticipantForm.setObjectName(u"ParticipantForm")
        ParticipantForm.resize(760, 600)
        self.formLayout = QVBoxLayout(ParticipantForm)
        self.formLayout.setObjectName(u"formLayout")
        self.headerLabel = QLabel(ParticipantForm)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.formLayout.addWidget(self.headerLabel)

        self.archivedLabel = QLabel(ParticipantForm)
        self.archivedLabel.setObjectName(u"archivedLabel")
        self.archivedLabel.setWordWrap(True)
        self.archivedLabel.setStyleSheet(u"color: #8a5300;")

        self.formLayout.addWidget(self.archivedLabel)

        self.tabs = QTabWidget(ParticipantForm)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QHBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.titleLabel = QLabel(self.detailsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.detailsTab)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(40)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.given_namesLabel = QLabel(self.detailsTab)
        self.given_namesLabel.setObjectName(u"given_namesLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_namesLabel)

        self.given_namesEdit = QLineEdit(self.detailsTab)
        self.given_namesEdit.setObjectName(u"given_namesEdit")
        self.given_namesEdit.setMaxLength(200)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_namesEdit)

        self.family_nameLabel = QLabel(self.detailsTab)
        self.family_nameLabel.setObjectName(u"family_nameLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.family_nameLabel)

        self.family_nameEdit = QLineEdit(self.detailsTab)
        self.family_nameEdit.setObjectName(u"family_nameEdit")
        self.family_nameEdit.setMaxLength(200)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.family_nameEdit)

        self.full_name_arLabel = QLabel(self.detailsTab)
        self.full_name_arLabel.setObjectName(u"full_name_arLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.full_name_arLabel)

        self.full_name_arEdit = QLineEdit(self.detailsTab)
        self.full_name_arEdit.setObjectName(u"full_name_arEdit")
        self.full_name_arEdit.setMaxLength(300)
        self.full_name_arEdit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.full_name_arEdit)

        self.sexLabel = QLabel(self.detailsTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.detailsTab)
        self.sexCombo.setObjectName(u"sexCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.birth_dateLabel = QLabel(self.detailsTab)
        self.birth_dateLabel.setObjectName(u"birth_dateLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birth_dateLabel)

        self.birth_dateDate = QDateEdit(self.detailsTab)
        self.birth_dateDate.setObjectName(u"birth_dateDate")
        self.birth_dateDate.setCalendarPopup(True)
        self.birth_dateDate.setDisplayFormat(u"yyyy-MM-dd")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birth_dateDate)

        self.nationalityLabel = QLabel(self.detailsTab)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nationalityLabel)

        self.nationalityCombo = QComboBox(self.detailsTab)
        self.nationalityCombo.setObjectName(u"nationalityCombo")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nationalityCombo)

        self.organisationLabel = QLabel(self.detailsTab)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(self.detailsTab)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.rankLabel = QLabel(self.detailsTab)
        self.rankLabel.setObjectName(u"rankLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rankLabel)

        self.rankEdit = QLineEdit(self.detailsTab)
        self.rankEdit.setObjectName(u"rankEdit")
        self.rankEdit.setMaxLength(200)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rankEdit)

        self.emailLabel = QLabel(self.detailsTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.detailsTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.detailsTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.detailsTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.preferred_languageLabel = QLabel(self.detailsTab)
        self.preferred_languageLabel.setObjectName(u"preferred_languageLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.preferred_languageLabel)

        self.preferred_languageCombo = QComboBox(self.detailsTab)
        self.preferred_languageCombo.setObjectName(u"preferred_languageCombo")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.preferred_languageCombo)

        self.id_document_typeLabel = QLabel(self.detailsTab)
        self.id_document_typeLabel.setObjectName(u"id_document_typeLabel")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.id_document_typeLabel)

        self.id_document_typeCombo = QComboBox(self.detailsTab)
        self.id_document_typeCombo.setObjectName(u"id_document_typeCombo")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.id_document_typeCombo)

        self.id_document_numberLabel = QLabel(self.detailsTab)
        self.id_document_numberLabel.setObjectName(u"id_document_numberLabel")

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.id_document_numberLabel)

        self.id_document_numberEdit = QLineEdit(self.detailsTab)
        self.id_document_numberEdit.setObjectName(u"id_document_numberEdit")
        self.id_document_numberEdit.setMaxLength(60)

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.id_document_numberEdit)

        self.notesLabel = QLabel(self.detailsTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesText = QPlainTextEdit(self.detailsTab)
        self.notesText.setObjectName(u"notesText")
        self.notesText.setTabChangesFocus(True)
        self.notesText.setMaximumSize(QSize(16777215, 80))

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notesText)


        self.detailsLayout.addLayout(self.detailsForm)

        self.photoLayout = QVBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(self.detailsTab)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(150, 190))
        self.photoLabel.setMaximumSize(QSize(150, 190))
        self.photoLabel.setFrameShape(QFrame.Shape.Box)
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.photoLayout.addWidget(self.photoLabel)

        self.choosePhotoButton = QPushButton(self.detailsTab)
        self.choosePhotoButton.setObjectName(u"choosePhotoButton")

        self.photoLayout.addWidget(self.choosePhotoButton)

        self.removePhotoButton = QPushButton(self.detailsTab)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoLayout.addWidget(self.removePhotoButton)

        self.photoError = QLabel(self.detailsTab)
        self.photoError.setObjectName(u"photoError")
        self.photoError.setWordWrap(True)

        self.photoLayout.addWidget(self.photoError)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoLayout.addItem(self.photoSpacer)


        self.detailsLayout.addLayout(self.photoLayout)

        self.tabs.addTab(self.detailsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historySummary = QLabel(self.historyTab)
        self.historySummary.setObjectName(u"historySummary")
        self.historySummary.setWordWrap(True)

        self.historyLayout.addWidget(self.historySummary)

        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")

        self.formLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.mergeButton = QPushButton(ParticipantForm)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonLayout.addWidget(self.mergeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.archiveButton = QPushButton(ParticipantForm)
        self.archiveButton.setObjectName(u"archiveButton")

        self.buttonLayout.addWidget(self.archiveButton)

        self.saveButton = QPushButton(ParticipantForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(ParticipantForm)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.formLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.given_namesLabel.setBuddy(self.given_namesEdit)
        self.family_nameLabel.setBuddy(self.family_nameEdit)
        self.full_name_arLabel.setBuddy(self.full_name_arEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birth_dateLabel.setBuddy(self.birth_dateDate)
        self.nationalityLabel.setBuddy(self.nationalityCombo)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.rankLabel.setBuddy(self.rankEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.preferred_languageLabel.setBuddy(self.preferred_languageCombo)
        self.id_document_typeLabel.setBuddy(self.id_document_typeCombo)
        self.id_document_numberLabel.setBuddy(self.id_document_numberEdit)
        self.notesLabel.setBuddy(self.notesText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.given_namesEdit)
        QWidget.setTabOrder(self.given_namesEdit, self.family_nameEdit)
        QWidget.setTabOrder(self.family_nameEdit, self.full_name_arEdit)
        QWidget.setTabOrder(self.full_name_arEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birth_dateDate)
        QWidget.setTabOrder(self.birth_dateDate, self.nationalityCombo)
        QWidget.setTabOrder(self.nationalityCombo, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.rankEdit)
        QWidget.setTabOrder(self.rankEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.preferred_languageCombo)
        QWidget.setTabOrder(self.preferred_languageCombo, self.id_document_typeCombo)
        QWidget.setTabOrder(self.id_document_typeCombo, self.id_document_numberEdit)
        QWidget.setTabOrder(self.id_document_numberEdit, self.notesText)
        QWidget.setTabOrder(self.notesText, self.choosePhotoButton)
        QWidget.setTabOrder(self.choosePhotoButton, self.removePhotoButton)
        QWidget.setTabOrder(self.removePhotoButton, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(ParticipantForm)

        QMetaObject.connectSlotsByName(ParticipantForm)
    # setupUi

    def retranslateUi(self, ParticipantForm):
        self.headerLabel.setText("")
        self.archivedLabel.setText("")
        self.titleLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"Mr, Ms, Dr, Judge\u2026", None))
        self.given_namesLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Given names", None))
        self.family_nameLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Family name", None))
        self.full_name_arLabel.setText(QCoreApplication.translate("ParticipantForm", u"Name in &another script", None))
        self.sexLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Sex", None))
        self.birth_dateLabel.setText(QCoreApplication.translate("ParticipantForm", u"Date of &birth", None))
        self.nationalityLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Nationality", None))
        self.organisationLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Organisation", None))
        self.rankLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Rank or position", None))
        self.emailLabel.setText(QCoreApplication.translate("ParticipantForm", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"name@agency.gov", None))
        self.phoneLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"+212 537 00 00 00", None))
        self.preferred_languageLabel.setText(QCoreApplication.translate("ParticipantForm", u"Preferred &language", None))
        self.id_document_typeLabel.setText(QCoreApplication.translate("ParticipantForm", u"ID &document", None))
        self.id_document_numberLabel.setText(QCoreApplication.translate("ParticipantForm", u"ID document n&umber", None))
        self.notesLabel.setText(QCoreApplication.translate("ParticipantForm", u"No&tes", None))
        self.photoLabel.setText(QCoreApplication.translate("ParticipantForm", u"No photo", None))
        self.choosePhotoButton.setText(QCoreApplication.translate("ParticipantForm", u"C&hoose photo\u2026", None))
        self.removePhotoButton.setText(QCoreApplication.translate("ParticipantForm", u"Remove photo", None))
        self.photoError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("ParticipantForm", u"&Details", None))
        self.historySummary.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ParticipantForm", u"Courses and certificates", None))
        self.mergeButton.setText(QCoreApplication.translate("ParticipantForm", u"&Merge a duplicate\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("ParticipantForm", u"Archive", None))
        self.saveButton.setText(QCoreApplication.translate("ParticipantForm", u"Save", None))
        self.closeButton.setText(QCoreApplication.translate("ParticipantForm", u"Close", None))
        pass
    # retranslateUi

