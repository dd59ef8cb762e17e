"""Editing a programme's certificate template, with a live preview of the certificate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...services.actors import Actor, NotSignedIn
from ...services.certificates import templates
from ...services.certificates.preview import preview_pdf
from ...services.register import programmes
from ...services.versioning import ConflictError
from ..errors import sentence


class TemplateDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Certificate template"))
        self.resize(1280, 760)
        self.images: dict[str, bytes | None] = {"background": None, "sig0": None, "sig1": None, "sig2": None}
        self.logos: list[bytes] = []
        self.programme = QComboBox(self)
        for programme_id, label in programmes.choices(language):  # titled in the interface's language
            self.programme.addItem(label, programme_id)
        self.languages = QComboBox(self)
        for choice in templates.LANGUAGE_CHOICES:
            # Text as the item's data: Qt compares Python tuples by identity, so findData would miss them.
            self.languages.addItem(" + ".join(choice), "+".join(choice))
        self.completion = QLineEdit(self)
        self.participation = QLineEdit(self)
        self.accreditation = QLineEdit(self)
        self.hours = QSpinBox(self)
        self.hours.setRange(0, 2000)
        self.hours.setSpecialValueText(self.tr("the programme's hours"))
        # each signatory: name, title in the first language, title in the second (two-language templates)
        self.signatories = [(QLineEdit(self), QLineEdit(self), QLineEdit(self)) for _ in range(3)]
        self._build()
        self.preview_timer = QTimer(self, singleShot=True, interval=300)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.programme.currentIndexChanged.connect(self.load)
        for widget in (self.completion, self.participation, self.accreditation, *[w for pair in self.signatories for w in pair]):
            widget.textChanged.connect(self.preview_timer.start)
        self.languages.currentIndexChanged.connect(self.preview_timer.start)
        self.languages.currentIndexChanged.connect(self._second_titles)
        self.hours.valueChanged.connect(self.preview_timer.start)
        self.load()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Programme"), self.programme)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Completion wording"), self.completion)
        form.addRow(self.tr("Participation wording"), self.participation)
        form.addRow(self.tr("Accreditation statement"), self.accreditation)
        form.addRow(self.tr("Hours"), self.hours)
        grid = QGridLayout()
        for row, (name, title, second) in enumerate(self.signatories):
            name.setPlaceholderText(self.tr("Signatory %1: name").replace("%1", str(row + 1)))
            button = QPushButton(self.tr("Signature…"), self)
            button.clicked.connect(lambda _=False, key=f"sig{row}": self.choose_image(key))
            grid.addWidget(name, 2 * row, 0, 1, 2)  # the name and its signature, its titles beneath
            grid.addWidget(button, 2 * row, 2)
            grid.addWidget(title, 2 * row + 1, 0)
            grid.addWidget(second, 2 * row + 1, 1, 1, 2)
        self._second_titles()
        form.addRow(self.tr("Signatories"), grid)
        pictures = QHBoxLayout()
        for key, label in (("background", self.tr("Background…")), ("logo", self.tr("Add a logo…")),
                           ("clear", self.tr("No pictures"))):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, k=key: self.clear_pictures() if k == "clear" else self.choose_image(k))
            pictures.addWidget(button)
        form.addRow(self.tr("Pictures"), pictures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        layout = QHBoxLayout(self)
        editor = QWidget(self)
        editor.setLayout(form)
        layout.addWidget(editor, 2)
        layout.addWidget(self.view, 3)

    def _chosen_languages(self) -> tuple[str, ...]:
        return tuple((self.languages.currentData() or "en").split("+"))

    def _second_titles(self) -> None:
        """A title per language of the certificate: the second field only for a two-language template."""
        names = {"en": self.tr("title in English"), "fr": self.tr("title in French"), "ar": self.tr("title in Arabic")}
        languages = self._chosen_languages()
        for _name, title, second in self.signatories:
            title.setPlaceholderText(names[languages[0]])
            second.setVisible(len(languages) > 1)
            second.setPlaceholderText(names[languages[-1]])

    def _programme(self) -> programmes.Programme:
        return programmes.get(self.programme.currentData())

    def load(self) -> None:
        programme = self._programme()
        template = templates.load(programme)
        self.version = programme.version
        self.languages.setCurrentIndex(max(0, self.languages.findData("+".join(template.languages))))
        first = template.languages[0]
        self.completion.setText(template.completion_wording.get(first, ""))
        self.participation.setText(template.participation_wording.get(first, ""))
        self.accreditation.setText(template.accreditation)
        self.hours.setValue(template.hours or 0)
        last = template.languages[-1]
        for index, (name, title, second) in enumerate(self.signatories):
            signatory = template.signatories[index] if index < len(template.signatories) else None
            name.setText(signatory.name if signatory else "")
            title.setText(signatory.title_in(first) if signatory else "")
            second.setText(signatory.titles.get(last, "") if signatory and last != first else "")
            self.images[f"sig{index}"] = signatory.signature if signatory else None
        self.images["background"], self.logos = template.background, list(template.logos)
        self.refresh_preview()

    def template(self) -> templates.CertificateTemplate:
        languages = tuple(self.languages.currentData().split("+"))
        first = languages[0]
        return templates.CertificateTemplate(
            languages=languages,
            completion_wording={first: self.completion.text().strip()} if self.completion.text().strip() else {},
            participation_wording={first: self.participation.text().strip()} if self.participation.text().strip() else {},
            accreditation=self.accreditation.text().strip(), hours=self.hours.value() or None,
            signatories=tuple(self._signatory(i, languages) for i in range(3) if self.signatories[i][0].text().strip()),
            background=self.images["background"], logos=tuple(self.logos[:3]))

    def _signatory(self, index: int, languages: tuple[str, ...]) -> templates.SignatoryTemplate:
        name, title, second = (field.text().strip() for field in self.signatories[index])
        titles = {languages[0]: title} if title else {}
        if len(languages) > 1 and second:
            titles[languages[1]] = second
        return templates.SignatoryTemplate(name, title, self.images[f"sig{index}"], titles)

    def choose_image(self, key: str, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("A picture"), "", self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return False
        data = Path(path).read_bytes()
        if key == "logo":
            self.logos = (self.logos + [data])[-3:]  # the three last chosen
        else:
            self.images[key] = data
        self.preview_timer.start()
        return True

    def clear_pictures(self) -> None:
        self.images["background"] = None
        self.logos = []
        self.preview_timer.start()

    def preview_bytes(self) -> bytes:
        """The certificate as this template draws it, for a sample participant."""
        return preview_pdf(self.programme.currentData(), self.template())

    def refresh_preview(self) -> None:
        try:
            drawn = self.preview_bytes()
        except NotSignedIn:  # a preview timer that fires once its person has signed out draws nothing
            return
        self._bytes = QByteArray(drawn)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)

    def save(self) -> bool:
        try:
            updated = templates.save(self.actor, self.programme.currentData(), self.version, self.template())
        except (templates.TemplateRefused, ConflictError) as refusal:
            QMessageBox.warning(self, self.tr("Certificate template"), sentence(refusal))
            return False
        self.version = updated.version
        return True
