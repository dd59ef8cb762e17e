# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_ProgrammeForm(object):
    def setupUi(self, ProgrammeForm):
        if not ProgrammeForm.objectName():
            ProgrammeForm.setObjectName(u"ProgrammeForm")
        ProgrammeForm.resize(760, 600)
        self.formLayout = QVBoxLayout(ProgrammeForm)
        self.formLayout.setObjectName(u"formLayout")
        self.headerLabel = QLabel(ProgrammeForm)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.formLayout.addWidget(self.headerLabel)

        self.archivedLabel = QLabel(ProgrammeForm)
        self.archivedLabel.setObjectName(u"archivedLabel")
        self.archivedLabel.setWordWrap(True)
        self.archivedLabel.setStyleSheet(u"color: #8a5300;")

        self.formLayout.addWidget(self.archivedLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.codeLabel = QLabel(ProgrammeForm)
        self.codeLabel.setObjectName(u"codeLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ProgrammeForm)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.title_enLabel = QLabel(ProgrammeForm)
        self.title_enLabel.setObjectName(u"title_enLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_enLabel)

        self.title_enEdit = QLineEdit(ProgrammeForm)
        self.title_enEdit.setObjectName(u"title_enEdit")
        self.title_enEdit.setMaxLength(300)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_enEdit)

        self.title_frLabel = QLabel(ProgrammeForm)
        self.title_frLabel.setObjectName(u"title_frLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_frLabel)

        self.title_frEdit = QLineEdit(ProgrammeForm)
        self.title_frEdit.setObjectName(u"title_frEdit")
        self.title_frEdit.setMaxLength(300)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_frEdit)

        self.title_arLabel = QLabel(ProgrammeForm)
        self.title_arLabel.setObjectName(u"title_arLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.title_arLabel)

        self.title_arEdit = QLineEdit(ProgrammeForm)
        self.title_arEdit.setObjectName(u"title_arEdit")
        self.title_arEdit.setMaxLength(300)
        self.title_arEdit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title_arEdit)

        self.thematic_areaLabel = QLabel(ProgrammeForm)
        self.thematic_areaLabel.setObjectName(u"thematic_areaLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.thematic_areaLabel)

        self.thematic_areaCombo = QComboBox(ProgrammeForm)
        self.thematic_areaCombo.setObjectName(u"thematic_areaCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.thematic_areaCombo)

        self.nominal_hoursLabel = QLabel(ProgrammeForm)
        self.nominal_hoursLabel.setObjectName(u"nominal_hoursLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nominal_hoursLabel)

        self.nominal_hoursSpin = QSpinBox(ProgrammeForm)
        self.nominal_hoursSpin.setObjectName(u"nominal_hoursSpin")
        self.nominal_hoursSpin.setMinimum(0)
        self.nominal_hoursSpin.setMaximum(2000)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nominal_hoursSpin)

        self.min_attendance_pctLabel = QLabel(ProgrammeForm)
        self.min_attendance_pctLabel.setObjectName(u"min_attendance_pctLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.min_attendance_pctLabel)

        self.min_attendance_pctSpin = QSpinBox(ProgrammeForm)
        self.min_attendance_pctSpin.setObjectName(u"min_attendance_pctSpin")
        self.min_attendance_pctSpin.setMinimum(0)
        self.min_attendance_pctSpin.setMaximum(100)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.min_attendance_pctSpin)

        self.pass_markLabel = QLabel(ProgrammeForm)
        self.pass_markLabel.setObjectName(u"pass_markLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.pass_markLabel)

        self.pass_markSpin = QSpinBox(ProgrammeForm)
        self.pass_markSpin.setObjectName(u"pass_markSpin")
        self.pass_markSpin.setMinimum(-1)
        self.pass_markSpin.setMaximum(100)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.pass_markSpin)

        self.excused_policyLabel = QLabel(ProgrammeForm)
        self.excused_policyLabel.setObjectName(u"excused_policyLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.excused_policyLabel)

        self.excused_policyCombo = QComboBox(ProgrammeForm)
        self.excused_policyCombo.setObjectName(u"excused_policyCombo")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.excused_policyCombo)

        self.accreditation_bodyLabel = QLabel(ProgrammeForm)
        self.accreditation_bodyLabel.setObjectName(u"accreditation_bodyLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.accreditation_bodyLabel)

        self.accreditation_bodyEdit = QLineEdit(ProgrammeForm)
        self.accreditation_bodyEdit.setObjectName(u"accreditation_bodyEdit")
        self.accreditation_bodyEdit.setMaxLength(300)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.accreditation_bodyEdit)

        self.accreditation_referenceLabel = QLabel(ProgrammeForm)
        self.accreditation_referenceLabel.setObjectName(u"accreditation_referenceLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.accreditation_referenceLabel)

        self.accreditation_referenceEdit = QLineEdit(ProgrammeForm)
        self.accreditation_referenceEdit.setObjectName(u"accreditation_referenceEdit")
        self.accreditation_referenceEdit.setMaxLength(100)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.accreditation_referenceEdit)


        self.formLayout.addLayout(self.detailsForm)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.archiveButton = QPushButton(ProgrammeForm)
        self.archiveButton.setObjectName(u"archiveButton")

        self.buttonLayout.addWidget(self.archiveButton)

        self.saveButton = QPushButton(ProgrammeForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(ProgrammeForm)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.formLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.title_enLabel.setBuddy(self.title_enEdit)
        self.title_frLabel.setBuddy(self.title_frEdit)
        self.title_arLabel.setBuddy(self.title_arEdit)
        self.thematic_areaLabel.setBuddy(self.thematic_areaCombo)
        self.nominal_hoursLabel.setBuddy(self.nominal_hoursSpin)
        self.min_attendance_pctLabel.setBuddy(self.min_attendance_pctSpin)
        self.pass_markLabel.setBuddy(self.pass_markSpin)
        self.excused_policyLabel.setBuddy(self.excused_policyCombo)
        self.accreditation_bodyLabel.setBuddy(self.accreditation_bodyEdit)
        self.accreditation_referenceLabel.setBuddy(self.accreditation_referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.title_enEdit)
        QWidget.setTabOrder(self.title_enEdit, self.title_frEdit)
        QWidget.setTabOrder(self.title_frEdit, self.title_arEdit)
        QWidget.setTabOrder(self.title_arEdit, self.thematic_areaCombo)
        QWidget.setTabOrder(self.thematic_areaCombo, self.nominal_hoursSpin)
        QWidget.setTabOrder(self.nominal_hoursSpin, self.min_attendance_pctSpin)
        QWidget.setTabOrder(self.min_attendance_pctSpin, self.pass_markSpin)
        QWidget.setTabOrder(self.pass_markSpin, self.excused_policyCombo)
        QWidget.setTabOrder(self.excused_policyCombo, self.accreditation_bodyEdit)
        QWidget.setTabOrder(self.accreditation_bodyEdit, self.accreditation_referenceEdit)
        QWidget.setTabOrder(self.accreditation_referenceEdit, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(ProgrammeForm)

        QMetaObject.connectSlotsByName(ProgrammeForm)
    # setupUi

    def retranslateUi(self, ProgrammeForm):
        self.headerLabel.setText("")
        self.archivedLabel.setText("")
        self.codeLabel.setText(QCoreApplication.translate("ProgrammeForm", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeForm", u"INV-101", None))
        self.title_enLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Title in &English", None))
        self.title_frLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Title in &French", None))
        self.title_arLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Title in &Arabic", None))
        self.thematic_areaLabel.setText(QCoreApplication.translate("ProgrammeForm", u"T&hematic area", None))
        self.nominal_hoursLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Nominal &hours", None))
        self.min_attendance_pctLabel.setText(QCoreApplication.translate("ProgrammeForm", u"&Minimum attendance", None))
        self.min_attendance_pctSpin.setSuffix(QCoreApplication.translate("ProgrammeForm", u" %", None))
        self.pass_markLabel.setText(QCoreApplication.translate("ProgrammeForm", u"&Pass mark (post-test)", None))
        self.excused_policyLabel.setText(QCoreApplication.translate("ProgrammeForm", u"E&xcused absences", None))
        self.accreditation_bodyLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Accreditation &body", None))
        self.accreditation_referenceLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Accreditation &reference", None))
        self.archiveButton.setText(QCoreApplication.translate("ProgrammeForm", u"Archive", None))
        self.saveButton.setText(QCoreApplication.translate("ProgrammeForm", u"Save", None))
        self.closeButton.setText(QCoreApplication.translate("ProgrammeForm", u"Close", None))
        pass
    # retranslateUi

