# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendance_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AttendancePage(object):
    def setupUi(self, AttendancePage):
        if not AttendancePage.objectName():
            AttendancePage.setObjectName(u"AttendancePage")
        AttendancePage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(AttendancePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(AttendancePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.courseLayout = QHBoxLayout()
        self.courseLayout.setObjectName(u"courseLayout")
        self.courseLabel = QLabel(AttendancePage)
        self.courseLabel.setObjectName(u"courseLabel")

        self.courseLayout.addWidget(self.courseLabel)

        self.courseEdit = QLineEdit(AttendancePage)
        self.courseEdit.setObjectName(u"courseEdit")
        self.courseEdit.setClearButtonEnabled(True)
        self.courseEdit.setMaximumSize(QSize(260, 16777215))

        self.courseLayout.addWidget(self.courseEdit)

        self.courseTitle = QLabel(AttendancePage)
        self.courseTitle.setObjectName(u"courseTitle")
        self.courseTitle.setWordWrap(True)

        self.courseLayout.addWidget(self.courseTitle)

        self.courseLayout.setStretch(2, 1)

        self.pageLayout.addLayout(self.courseLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.allPresentButton = QPushButton(AttendancePage)
        self.allPresentButton.setObjectName(u"allPresentButton")

        self.actionsLayout.addWidget(self.allPresentButton)

        self.closeCourseButton = QPushButton(AttendancePage)
        self.closeCourseButton.setObjectName(u"closeCourseButton")

        self.actionsLayout.addWidget(self.closeCourseButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.signInButton = QPushButton(AttendancePage)
        self.signInButton.setObjectName(u"signInButton")

        self.actionsLayout.addWidget(self.signInButton)

        self.rosterButton = QPushButton(AttendancePage)
        self.rosterButton.setObjectName(u"rosterButton")

        self.actionsLayout.addWidget(self.rosterButton)

        self.nameCardsButton = QPushButton(AttendancePage)
        self.nameCardsButton.setObjectName(u"nameCardsButton")

        self.actionsLayout.addWidget(self.nameCardsButton)


        self.pageLayout.addLayout(self.actionsLayout)

        self.grid = QTableView(AttendancePage)
        self.grid.setObjectName(u"grid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.grid)

        self.messageLabel = QLabel(AttendancePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #9B1C1C;")

        self.pageLayout.addWidget(self.messageLabel)

        self.hintLabel = QLabel(AttendancePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.courseLabel.setBuddy(self.courseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.courseEdit, self.grid)
        QWidget.setTabOrder(self.grid, self.allPresentButton)
        QWidget.setTabOrder(self.allPresentButton, self.closeCourseButton)
        QWidget.setTabOrder(self.closeCourseButton, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.rosterButton)
        QWidget.setTabOrder(self.rosterButton, self.nameCardsButton)

        self.retranslateUi(AttendancePage)

        QMetaObject.connectSlotsByName(AttendancePage)
    # setupUi

    def retranslateUi(self, AttendancePage):
        self.titleLabel.setText(QCoreApplication.translate("AttendancePage", u"Attendance", None))
        self.courseLabel.setText(QCoreApplication.translate("AttendancePage", u"&Course:", None))
        self.courseEdit.setPlaceholderText(QCoreApplication.translate("AttendancePage", u"Code or title of the course", None))
        self.courseTitle.setText("")
        self.allPresentButton.setText(QCoreApplication.translate("AttendancePage", u"All &present for this half-day", None))
        self.closeCourseButton.setText(QCoreApplication.translate("AttendancePage", u"C&lose the course\u2026", None))
        self.signInButton.setText(QCoreApplication.translate("AttendancePage", u"&Sign-in sheets", None))
        self.rosterButton.setText(QCoreApplication.translate("AttendancePage", u"&Roster", None))
        self.nameCardsButton.setText(QCoreApplication.translate("AttendancePage", u"&Name cards", None))
        self.messageLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("AttendancePage", u"Keys: P or 1 present \u00b7 L or 2 late \u00b7 E or 3 excused \u00b7 A or 4 absent \u00b7 Delete clears; arrows move. Scores: F2 or double-click.", None))
        pass
    # retranslateUi

