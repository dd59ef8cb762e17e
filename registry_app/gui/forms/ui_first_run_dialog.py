# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(520, 260)
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

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


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
    # retranslateUi

