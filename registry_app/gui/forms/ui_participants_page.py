# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participants_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from registry_app.gui.widgets.text_table_view import TextTableView

class Ui_ParticipantsPage(object):
    def setupUi(self, ParticipantsPage):
        if not ParticipantsPage.objectName():
            ParticipantsPage.setObjectName(u"ParticipantsPage")
        ParticipantsPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(ParticipantsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ParticipantsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(ParticipantsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(320, 0))

        self.searchLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(ParticipantsPage)
        self.newButton.setObjectName(u"newButton")

        self.searchLayout.addWidget(self.newButton)

        self.exportButton = QPushButton(ParticipantsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.searchLayout.addWidget(self.exportButton)

        self.searchLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.regionCombo = QComboBox(ParticipantsPage)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.regionCombo)

        self.nationalityCombo = QComboBox(ParticipantsPage)
        self.nationalityCombo.setObjectName(u"nationalityCombo")
        self.nationalityCombo.setMinimumContentsLength(18)

        self.filterLayout.addWidget(self.nationalityCombo)

        self.kindCombo = QComboBox(ParticipantsPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumContentsLength(16)

        self.filterLayout.addWidget(self.kindCombo)

        self.sexCombo = QComboBox(ParticipantsPage)
        self.sexCombo.setObjectName(u"sexCombo")

        self.filterLayout.addWidget(self.sexCombo)

        self.archivedCheck = QCheckBox(ParticipantsPage)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.filterLayout.addWidget(self.archivedCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = TextTableView(ParticipantsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.countLabel = QLabel(ParticipantsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

        QWidget.setTabOrder(self.searchEdit, self.regionCombo)
        QWidget.setTabOrder(self.regionCombo, self.nationalityCombo)
        QWidget.setTabOrder(self.nationalityCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.archivedCheck)
        QWidget.setTabOrder(self.archivedCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.table)

        self.retranslateUi(ParticipantsPage)

        QMetaObject.connectSlotsByName(ParticipantsPage)
    # setupUi

    def retranslateUi(self, ParticipantsPage):
        self.titleLabel.setText(QCoreApplication.translate("ParticipantsPage", u"Participants", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Search: name in Latin or Arabic script, reference, e-mail, ID document\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Search participants", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ParticipantsPage", u"&New participant\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ParticipantsPage", u"E&xport the list\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"The participants as listed (search, filters, order) to an .xlsx or .csv file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.regionCombo.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Region", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nationalityCombo.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Nationality", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Type of organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sexCombo.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Sex", None))
#endif // QT_CONFIG(accessibility)
        self.archivedCheck.setText(QCoreApplication.translate("ParticipantsPage", u"Include the archived", None))
        self.countLabel.setText("")
        pass
    # retranslateUi

