# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(600, 480)
        self.dialogLayout = QVBoxLayout(FirstRunDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.demoRadio = QRadioButton(FirstRunDialog)
        self.demoRadio.setObjectName(u"demoRadio")
        self.demoRadio.setChecked(True)

        self.dialogLayout.addWidget(self.demoRadio)

        self.emptyRadio = QRadioButton(FirstRunDialog)
        self.emptyRadio.setObjectName(u"emptyRadio")

        self.dialogLayout.addWidget(self.emptyRadio)

        self.pathLabel = QLabel(FirstRunDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.pathLabel)

        self.administratorBox = QGroupBox(FirstRunDialog)
        self.administratorBox.setObjectName(u"administratorBox")
        self.administratorLayout = QFormLayout(self.administratorBox)
        self.administratorLayout.setObjectName(u"administratorLayout")
        self.administratorLabel = QLabel(self.administratorBox)
        self.administratorLabel.setObjectName(u"administratorLabel")
        self.administratorLabel.setWordWrap(True)

        self.administratorLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.administratorLabel)

        self.usernameLabel = QLabel(self.administratorBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.administratorLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.administratorBox)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.administratorLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(self.administratorBox)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.administratorLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(self.administratorBox)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.administratorLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordLabel = QLabel(self.administratorBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.administratorLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.administratorBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.administratorLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatedLabel = QLabel(self.administratorBox)
        self.repeatedLabel.setObjectName(u"repeatedLabel")

        self.administratorLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatedLabel)

        self.repeatedEdit = QLineEdit(self.administratorBox)
        self.repeatedEdit.setObjectName(u"repeatedEdit")
        self.repeatedEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.administratorLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatedEdit)


        self.dialogLayout.addWidget(self.administratorBox)

        self.problemLabel = QLabel(FirstRunDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.problemLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatedLabel.setBuddy(self.repeatedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.demoRadio, self.emptyRadio)
        QWidget.setTabOrder(self.emptyRadio, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatedEdit)

        self.retranslateUi(FirstRunDialog)
        self.buttonBox.accepted.connect(FirstRunDialog.accept)
        self.buttonBox.rejected.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"A new register", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"This is the first time Training Registry opens on this computer. It will keep the register in a file in your user data folder. How do you want to start?", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstRunDialog", u"Start with &demo data (a fictitious programme office, to try the program)", None))
        self.emptyRadio.setText(QCoreApplication.translate("FirstRunDialog", u"Start &empty (to keep a real register)", None))
        self.pathLabel.setText("")
        self.administratorBox.setTitle(QCoreApplication.translate("FirstRunDialog", u"The first administrator: you", None))
        self.administratorLabel.setText(QCoreApplication.translate("FirstRunDialog", u"You add the other users and choose what each may do. Choose a password of at least 10 characters and keep it safe: nobody can read the register without signing in.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&User name", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Full name", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Password", None))
        self.repeatedLabel.setText(QCoreApplication.translate("FirstRunDialog", u"The password &again", None))
        self.problemLabel.setText("")
    # retranslateUi

