"""The centre's name, city, logo and signatory set from the window by an administrator: in Settings,
and in a first-run step on a new register; read-only for everyone else."""

import pytest
from PySide6.QtGui import QColor, QImage

from registry_app.gui.app import centre_step
from registry_app.gui.pages.settings_page import SettingsPage
from registry_app.services import centre
from registry_app.store.models import AuditEvent
from tests.actors import signed_in


@pytest.fixture
def logo(tmp_path):
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E79"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def test_an_administrator_sets_the_centre_in_settings(qtbot, database, logo):
    admin = signed_in("director", "admin")
    page = SettingsPage("SQLite: x", "default", 1, actor=admin)
    qtbot.addWidget(page)
    form = page.centre_form
    assert form.edits["name_en"].isEnabled() and page.save_centre_button.isEnabled()
    form.edits["name_en"].setText("Programme Office for Counter-Terrorism Training in Africa")
    form.edits["name_fr"].setText("Bureau du programme de formation au contre-terrorisme en Afrique")
    form.edits["name_ar"].setText("مكتب برنامج التدريب على مكافحة الإرهاب في أفريقيا")
    form.edits["city"].setText("Rabat")
    form.edits["head_name"].setText("Nadia Berrada")
    assert form.choose_logo(str(logo))
    assert not form.logo_view.pixmap().isNull()
    page.save_centre_button.click()
    saved = centre.load()
    assert (saved.name_en, saved.city, saved.head_name) == (
        "Programme Office for Counter-Terrorism Training in Africa", "Rabat", "Nadia Berrada")
    assert saved.logo_bytes() == logo.read_bytes()
    assert AuditEvent.select().where((AuditEvent.entity == "setting") & (AuditEvent.entity_id == "centre")).exists()


def test_a_bad_logo_or_no_name_is_refused_beside_the_form(qtbot, database, tmp_path):
    admin = signed_in("director", "admin")
    page = SettingsPage("SQLite: x", "default", 1, actor=admin)
    qtbot.addWidget(page)
    form = page.centre_form
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    form.choose_logo(str(text))
    page.save_centre_button.click()
    assert form.message.text() == "A logo must be a PNG or JPEG picture."
    form.set_logo(b"")
    form.edits["name_en"].clear()
    page.save_centre_button.click()
    assert "centre's name in English" in form.message.text()
    assert not centre.is_set()


def test_a_clerk_sees_the_centre_but_cannot_change_it(qtbot, database):
    clerk = signed_in("amina", "clerk")
    page = SettingsPage("SQLite: x", "default", 1, actor=clerk)
    qtbot.addWidget(page)
    assert not page.centre_form.edits["name_en"].isEnabled() and not page.save_centre_button.isEnabled()
    assert "Only an administrator" in page.centre_form.message.text()
    assert centre_step(clerk) is None


def test_a_new_register_asks_its_administrator_for_the_centre(qtbot, database, logo):
    admin = signed_in("director", "admin")
    dialog = centre_step(admin)
    qtbot.addWidget(dialog)
    dialog.form.edits["name_en"].setText("Regional Training Centre")
    dialog.form.edits["city"].setText("Dakar")
    dialog.form.choose_logo(str(logo))
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert centre.load().city == "Dakar" and centre.load().logo_bytes()
    assert centre_step(admin) is None  # asked once


def test_the_centre_logo_is_printed_on_certificates_without_logos_of_their_own(small_course, logo):
    from registry_app.services.certificates import drawing

    course, _, enrolments = small_course
    settings = centre.with_logo(centre.load(), logo.read_bytes())
    document = drawing._document(course, enrolments[0].participant, "completion", "RBT-2026-00001-X", "SEAL",
                                 settings=settings)
    assert document.logos == (logo.read_bytes(),)
