# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QMenu, QMenuBar, QStackedWidget, QStatusBar, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionGuide = QAction(MainWindow)
        self.actionGuide.setObjectName(u"actionGuide")
#if QT_CONFIG(shortcut)
        self.actionGuide.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.centralWidget)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(140, 0))
        self.navigation.setMaximumSize(QSize(180, 16777215))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setSpacing(2)

        self.centralLayout.addWidget(self.navigation)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.editMenu = QMenu(self.menuBar)
        self.editMenu.setObjectName(u"editMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.editMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.actionNew)
        self.fileMenu.addAction(self.actionQuit)
        self.editMenu.addAction(self.actionFind)
        self.helpMenu.addAction(self.actionGuide)
        self.helpMenu.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Training Registry", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New record\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNew.setToolTip(QCoreApplication.translate("MainWindow", u"A new record in the list shown: participant, organisation, programme, course or trainer", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionGuide.setText(QCoreApplication.translate("MainWindow", u"&User guide", None))
#if QT_CONFIG(tooltip)
        self.actionGuide.setToolTip(QCoreApplication.translate("MainWindow", u"The guide's page on the section shown", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Training Registry", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.editMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

