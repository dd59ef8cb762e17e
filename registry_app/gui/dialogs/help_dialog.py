"""The user guide in a window of its own: the page on the section one is on, links to the others,
back and forward, and the pictures of the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...services import guide
from ..sayings import Sayings


class HelpDialog(QDialog):
    def __init__(self, section: str, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.say = Sayings()
        self.say(lambda: self.setWindowTitle(self.tr("User guide")))
        self.resize(900, 700)
        self.language = language
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        back = QPushButton(self)
        self.say(lambda: back.setText(self.tr("&Back")))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        contents = QPushButton(self)
        self.say(lambda: contents.setText(self.tr("&Contents")))
        contents.clicked.connect(lambda: self.show_section("index"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(contents)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.browser.sourceChanged.connect(lambda _: self._fit_pictures())
        self.show_section(section)

    def show_section(self, section: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(guide.page(section, self.language))))

    def section(self) -> str:
        """The topic shown: the name of the guide's page."""
        return Path(self.browser.source().toLocalFile()).stem or "index"

    def speak(self, language: str) -> None:
        """The guide in another language (English where it is not written in it), on the same topic and as
        far down it as it was."""
        self.language = language
        self.say.again()
        bar = self.browser.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.show_section(self.section())
        self.browser.clearHistory()  # Back would go to a page in the other language
        bar.setValue(round(share * bar.maximum()))

    def _fit_pictures(self) -> None:
        """The window's pictures, taken at 1024 pixels, drawn at the guide's width."""
        width = min(1024, max(300, self.width() - 80))
        cursor = QTextCursor(self.browser.document())
        block = self.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                picture = fragment.charFormat().toImageFormat()
                if picture.isValid() and picture.name():
                    picture.setWidth(width)
                    picture.setHeight(width * 768 / 1024)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(picture)
                iterator += 1
            block = block.next()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_pictures()
