# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainer_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_TrainerForm(object):
    def setupUi(self, TrainerForm):
        if not TrainerForm.objectName():
            TrainerForm.setObjectName(u"TrainerForm")
        TrainerForm.resize(760, 600)
        self.formLayout = QVBoxLayout(TrainerForm)
        self.formLayout.setObjectName(u"formLayout")
        self.headerLabel = QLabel(TrainerForm)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.formLayout.addWidget(self.headerLabel)

        self.archivedLabel = QLabel(TrainerForm)
        self.archivedLabel.setObjectName(u"archivedLabel")
        self.archivedLabel.setWordWrap(True)
        self.archivedLabel.setStyleSheet(u"color: #8a5300;")

        self.formLayout.addWidget(self.archivedLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.titleLabel = QLabel(TrainerForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TrainerForm)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(40)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.given_namesLabel = QLabel(TrainerForm)
        self.given_namesLabel.setObjectName(u"given_namesLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_namesLabel)

        self.given_namesEdit = QLineEdit(TrainerForm)
        self.given_namesEdit.setObjectName(u"given_namesEdit")
        self.given_namesEdit.setMaxLength(200)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_namesEdit)

        self.family_nameLabel = QLabel(TrainerForm)
        self.family_nameLabel.setObjectName(u"family_nameLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.family_nameLabel)

        self.family_nameEdit = QLineEdit(TrainerForm)
        self.family_nameEdit.setObjectName(u"family_nameEdit")
        self.family_nameEdit.setMaxLength(200)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.family_nameEdit)

        self.full_name_arLabel = QLabel(TrainerForm)
        self.full_name_arLabel.setObjectName(u"full_name_arLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.full_name_arLabel)

        self.full_name_arEdit = QLineEdit(TrainerForm)
        self.full_name_arEdit.setObjectName(u"full_name_arEdit")
        self.full_name_arEdit.setMaxLength(300)
        self.full_name_arEdit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.full_name_arEdit)

        self.sexLabel = QLabel(TrainerForm)
        self.sexLabel.setObjectName(u"sexLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(TrainerForm)
        self.sexCombo.setObjectName(u"sexCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.affiliationLabel = QLabel(TrainerForm)
        self.affiliationLabel.setObjectName(u"affiliationLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.affiliationLabel)

        self.affiliationEdit = QLineEdit(TrainerForm)
        self.affiliationEdit.setObjectName(u"affiliationEdit")
        self.affiliationEdit.setMaxLength(300)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.affiliationEdit)

        self.expertiseLabel = QLabel(TrainerForm)
        self.expertiseLabel.setObjectName(u"expertiseLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expertiseLabel)

        self.expertiseEdit = QLineEdit(TrainerForm)
        self.expertiseEdit.setObjectName(u"expertiseEdit")
        self.expertiseEdit.setMaxLength(300)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.expertiseEdit)

        self.emailLabel = QLabel(TrainerForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(TrainerForm)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(TrainerForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(TrainerForm)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.formLayout.addLayout(self.detailsForm)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.archiveButton = QPushButton(TrainerForm)
        self.archiveButton.setObjectName(u"archiveButton")

        self.buttonLayout.addWidget(self.archiveButton)

        self.saveButton = QPushButton(TrainerForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(TrainerForm)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.formLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.given_namesLabel.setBuddy(self.given_namesEdit)
        self.family_nameLabel.setBuddy(self.family_nameEdit)
        self.full_name_arLabel.setBuddy(self.full_name_arEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.affiliationLabel.setBuddy(self.affiliationEdit)
        self.expertiseLabel.setBuddy(self.expertiseEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.given_namesEdit)
        QWidget.setTabOrder(self.given_namesEdit, self.family_nameEdit)
        QWidget.setTabOrder(self.family_nameEdit, self.full_name_arEdit)
        QWidget.setTabOrder(self.full_name_arEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.affiliationEdit)
        QWidget.setTabOrder(self.affiliationEdit, self.expertiseEdit)
        QWidget.setTabOrder(self.expertiseEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(TrainerForm)

        QMetaObject.connectSlotsByName(TrainerForm)
    # setupUi

    def retranslateUi(self, TrainerForm):
        self.headerLabel.setText("")
        self.archivedLabel.setText("")
        self.titleLabel.setText(QCoreApplication.translate("TrainerForm", u"&Title", None))
        self.given_namesLabel.setText(QCoreApplication.translate("TrainerForm", u"&Given names", None))
        self.family_nameLabel.setText(QCoreApplication.translate("TrainerForm", u"&Family name", None))
        self.full_name_arLabel.setText(QCoreApplication.translate("TrainerForm", u"Name in &Arabic script", None))
        self.sexLabel.setText(QCoreApplication.translate("TrainerForm", u"&Sex", None))
        self.affiliationLabel.setText(QCoreApplication.translate("TrainerForm", u"A&ffiliation", None))
        self.expertiseLabel.setText(QCoreApplication.translate("TrainerForm", u"E&xpertise", None))
        self.emailLabel.setText(QCoreApplication.translate("TrainerForm", u"&E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("TrainerForm", u"&Phone", None))
        self.archiveButton.setText(QCoreApplication.translate("TrainerForm", u"Archive", None))
        self.saveButton.setText(QCoreApplication.translate("TrainerForm", u"Save", None))
        self.closeButton.setText(QCoreApplication.translate("TrainerForm", u"Close", None))
        pass
    # retranslateUi

