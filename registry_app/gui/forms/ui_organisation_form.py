# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OrganisationForm(object):
    def setupUi(self, OrganisationForm):
        if not OrganisationForm.objectName():
            OrganisationForm.setObjectName(u"OrganisationForm")
        OrganisationForm.resize(760, 600)
        self.formLayout = QVBoxLayout(OrganisationForm)
        self.formLayout.setObjectName(u"formLayout")
        self.headerLabel = QLabel(OrganisationForm)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.formLayout.addWidget(self.headerLabel)

        self.archivedLabel = QLabel(OrganisationForm)
        self.archivedLabel.setObjectName(u"archivedLabel")
        self.archivedLabel.setWordWrap(True)
        self.archivedLabel.setStyleSheet(u"color: #8a5300;")

        self.formLayout.addWidget(self.archivedLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.nameLabel = QLabel(OrganisationForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OrganisationForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.acronymLabel = QLabel(OrganisationForm)
        self.acronymLabel.setObjectName(u"acronymLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acronymLabel)

        self.acronymEdit = QLineEdit(OrganisationForm)
        self.acronymEdit.setObjectName(u"acronymEdit")
        self.acronymEdit.setMaxLength(40)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acronymEdit)

        self.kindLabel = QLabel(OrganisationForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(OrganisationForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.countryLabel = QLabel(OrganisationForm)
        self.countryLabel.setObjectName(u"countryLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(OrganisationForm)
        self.countryCombo.setObjectName(u"countryCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countryCombo)


        self.formLayout.addLayout(self.detailsForm)

        self.membersLabel = QLabel(OrganisationForm)
        self.membersLabel.setObjectName(u"membersLabel")
        self.membersLabel.setWordWrap(True)

        self.formLayout.addWidget(self.membersLabel)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.archiveButton = QPushButton(OrganisationForm)
        self.archiveButton.setObjectName(u"archiveButton")

        self.buttonLayout.addWidget(self.archiveButton)

        self.saveButton = QPushButton(OrganisationForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(OrganisationForm)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.formLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.acronymLabel.setBuddy(self.acronymEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.countryLabel.setBuddy(self.countryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.acronymEdit)
        QWidget.setTabOrder(self.acronymEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(OrganisationForm)

        QMetaObject.connectSlotsByName(OrganisationForm)
    # setupUi

    def retranslateUi(self, OrganisationForm):
        self.headerLabel.setText("")
        self.archivedLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Name", None))
        self.acronymLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Acronym", None))
        self.kindLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Type", None))
        self.countryLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Country", None))
        self.membersLabel.setText("")
        self.archiveButton.setText(QCoreApplication.translate("OrganisationForm", u"Archive", None))
        self.saveButton.setText(QCoreApplication.translate("OrganisationForm", u"Save", None))
        self.closeButton.setText(QCoreApplication.translate("OrganisationForm", u"Close", None))
        pass
    # retranslateUi

