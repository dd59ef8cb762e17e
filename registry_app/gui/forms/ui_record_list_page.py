# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_list_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from registry_app.gui.widgets.text_table_view import TextTableView

class Ui_RecordListPage(object):
    def setupUi(self, RecordListPage):
        if not RecordListPage.objectName():
            RecordListPage.setObjectName(u"RecordListPage")
        RecordListPage.resize(760, 600)
        self.pageLayout = QVBoxLayout(RecordListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(RecordListPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(RecordListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(320, 0))

        self.searchLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(RecordListPage)
        self.newButton.setObjectName(u"newButton")

        self.searchLayout.addWidget(self.newButton)

        self.searchLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.archivedCheck = QCheckBox(RecordListPage)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.filterLayout.addWidget(self.archivedCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = TextTableView(RecordListPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.countLabel = QLabel(RecordListPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

        QWidget.setTabOrder(self.searchEdit, self.archivedCheck)
        QWidget.setTabOrder(self.archivedCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.table)

        self.retranslateUi(RecordListPage)

        QMetaObject.connectSlotsByName(RecordListPage)
    # setupUi

    def retranslateUi(self, RecordListPage):
        self.titleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RecordListPage", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("RecordListPage", u"&New\u2026", None))
        self.archivedCheck.setText(QCoreApplication.translate("RecordListPage", u"Include the archived", None))
        self.countLabel.setText("")
        pass
    # retranslateUi

