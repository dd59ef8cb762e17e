"""Certificates through the window: graduation off the GUI thread, the register's actions,
verification of a scanned PDF, and the template editor's live preview."""

import pytest
from PySide6.QtWidgets import QMessageBox

from registry_app.gui.dialogs.template_dialog import TemplateDialog
from registry_app.gui.pages.certificates_page import CertificatesPage
from registry_app.store.models import Certificate
from tests.conftest import KEY_PASSPHRASE as PASSPHRASE
from tests.documents.pdf import page_count


@pytest.fixture
def messages(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    return said


@pytest.fixture
def page(qtbot, actor, closed_course, messages):
    _, _, keys = closed_course
    widget = CertificatesPage(actor)
    widget.keys = keys
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _graduate(page, qtbot, tmp_path):
    dialog = page.graduation()
    qtbot.addWidget(dialog)
    assert dialog.load("INV-101/2026-03") and dialog.table.rowCount() == 3
    dialog.passphrase.setText(PASSPHRASE)
    dialog.zip.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    task = dialog.issue(str(out))
    assert task.result is not None and not task.problem
    page.model.refresh()
    return out


def test_graduation_writes_the_pdfs_and_fills_the_register(page, qtbot, tmp_path, messages):
    out = _graduate(page, qtbot, tmp_path)
    singles = [p for p in out.glob("*.pdf") if not p.name.endswith("_certificates.pdf")]
    assert len(singles) == 3 and list(out.glob("*.zip")) and page.model.rowCount() == 3
    assert page_count(out / "INV-101_2026-03_certificates.pdf") == 3
    assert "3 certificate(s) issued" in messages[-1]


def test_a_wrong_passphrase_issues_nothing(page, qtbot, tmp_path, messages):
    dialog = page.graduation()
    qtbot.addWidget(dialog)
    dialog.load("INV-101/2026-03")
    dialog.passphrase.setText("not it")
    dialog.issue(str(tmp_path))
    assert "passphrase does not open" in messages[-1] and not Certificate.select().exists()


def test_reprint_revoke_and_verify_a_scan(page, qtbot, tmp_path):
    out = _graduate(page, qtbot, tmp_path)
    page.table.selectRow(0)
    preview = page.reprint()
    qtbot.addWidget(preview)
    assert preview.page_count() == 1 and page.model.row_at(0).print_count == 1
    serial = page.model.row_at(0).serial
    assert page.revoke("issued in error")
    assert page.model.row_at(0).status == "revoked"
    from registry_app.gui.dialogs.verify_dialog import VerifyDialog

    dialog = VerifyDialog(page)
    qtbot.addWidget(dialog)
    scan = next(out.glob(f"{serial}_*.pdf"))
    assert not dialog.read_file(str(scan))  # the signature holds, but the register says revoked
    assert "Not valid: the signature is good but the certificate was revoked: issued in error" in dialog.result.text()


def _foreign_seal(serial, keys):
    """A certificate sealed with the centre's key that this register did not record (another office's)."""
    from datetime import date

    from registry_app.seal.envelope import seal
    from registry_app.seal.payload import CertificatePayload
    from registry_app.services.certificates import keys as sealing

    _, key = sealing.signing_key(PASSPHRASE, keys)
    return seal(CertificatePayload(serial, ("Awa TRAORÉ", "عوا تراوري"), "INV-101", "INV-101/2026-03",
                                   date(2026, 3, 2), date(2026, 3, 4), 20, "completion", date(2026, 3, 10),
                                   ("fr", "ar")), key)


@pytest.mark.parametrize("language,valid,unchecked,printed", [
    ("en", "Valid: the signature is good", "Signature valid, revocation not checked", "Programme: <b>Enquêtes"),
    ("fr", "Valide\u00a0: la signature est bonne", "Signature valide, révocation non vérifiée", "Session"),
    ("ar", "صالحة: التوقيع سليم", "التوقيع صالح، ولم يُتحقق من الإلغاء", "الدورة"),
])
def test_the_verdict_says_whether_revocation_was_checked_in_each_language(page, qtbot, tmp_path, translated,
                                                                         closed_course, language, valid, unchecked,
                                                                         printed):
    from registry_app.gui.dialogs.verify_dialog import VerifyDialog
    from registry_app.services.certificates import register

    _graduate(page, qtbot, tmp_path)
    if language != "en":
        translated(language)
    dialog = VerifyDialog(page)
    qtbot.addWidget(dialog)
    dialog.serial.setText(page.model.row_at(0).serial)
    assert dialog.verify() and valid in dialog.result.text()
    dialog.serial.clear()
    dialog.qr_text.setPlainText(_foreign_seal("RBT-2026-09999-Z", closed_course[2]))
    assert not dialog.verify() and unchecked in dialog.result.text()
    assert "Awa TRAORÉ" in dialog.result.text() and "عوا تراوري" in dialog.result.text() and printed in dialog.result.text()
    listing = tmp_path / "revoked.txt"
    listing.write_text(register.revocation_list(PASSPHRASE, keys=closed_course[2]), encoding="ascii")
    assert dialog.load_revocations(str(listing)) and dialog.verify() and valid in dialog.result.text()
    dialog.qr_text.setPlainText("TR2:" + "0" * 30)
    assert not dialog.verify()
    dialog.grab().save(f"/tmp/certs-verify-{language}.png")


def test_export_and_revocation_list(page, qtbot, tmp_path):
    _graduate(page, qtbot, tmp_path)
    assert page.export(str(tmp_path / "register.xlsx")).stat().st_size > 0
    listing = page.revocation_list(str(tmp_path / "revoked.txt"), PASSPHRASE)
    assert listing.read_text().startswith("TRL1:")


def test_the_template_editor_previews_and_saves(page, qtbot, small_course, tmp_path):
    dialog = TemplateDialog(page.actor, page)
    qtbot.addWidget(dialog)
    dialog.languages.setCurrentIndex(dialog.languages.findData("fr+ar"))
    dialog.completion.setText("a suivi avec succès le programme")
    dialog.signatories[0][0].setText("Nadia Berrada")
    dialog.signatories[0][1].setText("Cheffe du bureau")
    assert dialog.signatories[0][2].isVisibleTo(dialog)  # a title in Arabic too
    dialog.signatories[0][2].setText("رئيسة المكتب")
    logo = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (200, 80), "navy").save(logo)
    assert dialog.choose_image("logo", str(logo)) and dialog.choose_image("logo", str(logo))
    dialog.refresh_preview()
    assert dialog.pdf.pageCount() == 1 and len(dialog.template().logos) == 2
    assert dialog.save()
    from registry_app.services.certificates import templates as certificate_templates
    from registry_app.store.models import Programme

    saved = certificate_templates.load(Programme.get_by_id(dialog.programme.currentData()))
    assert saved.languages == ("fr", "ar") and saved.signatories[0].name == "Nadia Berrada"
    assert saved.signatories[0].titles == {"fr": "Cheffe du bureau", "ar": "رئيسة المكتب"}
    dialog.load()
    assert dialog.signatories[0][2].text() == "رئيسة المكتب"
    dialog.languages.setCurrentIndex(dialog.languages.findData("en"))
    assert not dialog.signatories[0][2].isVisibleTo(dialog)


def test_graduating_again_after_a_revocation_issues_nothing(page, qtbot, tmp_path, messages):
    _graduate(page, qtbot, tmp_path)
    page.table.selectRow(0)
    revoked_serial = page.model.row_at(0).serial
    assert page.revoke("issued in error")
    dialog = page.graduation()
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.load("INV-101/2026-03")
    holds = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert f"{revoked_serial} (revoked)" in holds and sum("(valid)" in h for h in holds) == 2
    assert not dialog.issue_button.isEnabled()
    assert "Nobody is left to issue" in dialog.message.text()
    from registry_app.services.certificates import graduation

    assert graduation.issue(page.actor, dialog.course_id, PASSPHRASE, keys=page.keys).issued == []
    assert Certificate.select().count() == 3  # no new serial for the person whose certificate was revoked


def test_enter_in_the_course_field_loads_the_course_and_never_issues(page, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: asked.append(args) or "")
    dialog = page.graduation()
    qtbot.addWidget(dialog)
    dialog.course.setText("inv-101/2026-03")
    qtbot.keyClick(dialog.course, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 3 and dialog.course.text() == "INV-101/2026-03"
    assert not dialog.issue_button.isEnabled()  # no passphrase yet
    qtbot.keyClick(dialog.course, Qt.Key.Key_Return)
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.issue_button.isEnabled()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.course, Qt.Key.Key_Return)
    assert asked == [] and dialog.isVisible() and not Certificate.select().exists()
