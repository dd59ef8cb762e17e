"""The window in French and in Arabic (right to left), and translations that keep up with the code."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator

from registry_app import paths
from registry_app.gui.main_window import MainWindow

TRANSLATIONS = paths.resources_dir() / "translations"
ROOT = Path(__file__).resolve().parents[2]


def test_the_window_speaks_french(qtbot, demo_register, translated):
    translated("fr")
    window = MainWindow("SQLite: x", "default", 1, demo_register, "fr")
    qtbot.addWidget(window)
    assert window.ui.navigation.item(3).text() == "Sessions"
    page = window.participants_page
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Référence"
    assert page.ui.countLabel.text().endswith("participants dans le registre.")
    assert page.ui.nationalityCombo.itemText(page.ui.nationalityCombo.findData("MA")) == "Maroc"


def test_the_window_speaks_arabic_from_right_to_left(qtbot, demo_register, translated):
    translated("ar")
    window = MainWindow("SQLite: x", "default", 1, demo_register, "ar")
    qtbot.addWidget(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ui.navigation.item(0).text() == "المشاركون"
    combo = window.participants_page.ui.nationalityCombo
    assert combo.itemText(combo.findData("MA")) == "المغرب"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_message_is_translated(language):
    root = ET.parse(TRANSLATIONS / f"registry_{language}.ts").getroot()
    untranslated = [m.find("source").text for m in root.iter("message")
                    if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                    or not (m.find("translation").text or "").strip()]
    assert not untranslated, untranslated
    compiled = QTranslator()
    assert compiled.load(str(TRANSLATIONS / f"registry_{language}.qm"))
    expected = {m.find("source").text: m.find("translation").text for m in root.iter("message")}["&File"]
    assert compiled.translate("MainWindow", "&File") == expected, "the .qm is older than the .ts: run lrelease"


def test_the_translation_files_hold_every_string_of_the_code(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6"
    sources = sorted(str(p) for p in (ROOT / "registry_app" / "gui").rglob("*.py") if "forms" not in p.parts)
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-no-obsolete", *sources, *map(str, sorted((ROOT / "ui").glob("*.ui"))),
                    "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {m.find("source").text for m in ET.parse(fresh).getroot().iter("message")}
    have = {m.find("source").text for m in ET.parse(TRANSLATIONS / "registry_fr.ts").getroot().iter("message")}
    assert wanted - have == set(), "run tools/update_translations.sh and translate the new strings"


def test_every_validation_message_is_offered_to_the_translators():
    from registry_app.domain import validation
    from registry_app.gui.validation_messages import MESSAGES

    assert set(validation.MESSAGES) <= set(MESSAGES)


def test_a_form_speaks_french_down_to_its_errors(qtbot, actor, translated, monkeypatch):
    from registry_app.gui.editors.participant_editor import ParticipantEditor

    translated("fr")
    form = ParticipantEditor(actor, language="fr")
    qtbot.addWidget(form)
    assert form.ui.headerLabel.text() == "Nouveau participant"
    form.ui.emailEdit.setText("a.traore@")
    assert form.field_error("email").startswith("Ce n'est pas une adresse électronique")
    form.ui.emailEdit.clear()


def test_every_refusal_of_accounts_and_roles_is_offered_to_the_translators():
    from registry_app.domain.permissions import REFUSAL_TEMPLATES
    from registry_app.gui.account_messages import MESSAGES
    from registry_app.services.accounts.errors import TEMPLATES

    assert set(TEMPLATES) | set(REFUSAL_TEMPLATES) | {"Nobody is signed in: sign in first."} <= set(MESSAGES)


def _translations(language: str, context: str) -> dict[str, str]:
    root = ET.parse(TRANSLATIONS / f"registry_{language}.ts").getroot()
    found = {}
    for context_node in root.iter("context"):
        if context_node.find("name").text != context:
            continue
        for message in context_node.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished", "vanished", "obsolete") and (translation.text or "").strip():
                found[message.find("source").text] = translation.text
    return found


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_refusal_of_the_services_and_the_domain_is_translated(language):
    """Read from the sources: a refusal, notice or word added to services/ or domain/ without its
    French and Arabic translation fails here, and so does one worded at run time (an f-string)."""
    import re

    from registry_app.gui.account_messages import MESSAGES as ACCOUNT_MESSAGES
    from registry_app.gui.validation_messages import MESSAGES
    from tests.refusal_templates import dynamic_words, refusal_templates

    templates, untranslatable = refusal_templates()
    assert not untranslatable, f"make these refusals templates with named values: {untranslatable}"
    wanted = {t for t in templates if t} | dynamic_words()
    assert len(wanted) > 80
    unlisted = sorted(wanted - set(MESSAGES) - set(ACCOUNT_MESSAGES))
    assert not unlisted, f"list them in gui/validation_messages.py, then run tools/update_translations.sh: {unlisted}"
    translated = _translations(language, "Validation")
    missing = sorted(wanted - set(translated))
    assert not missing, missing
    for template in wanted:  # a translation keeps every value's name, or the English is shown instead
        assert set(re.findall(r"\{\w+\}", template)) == set(re.findall(r"\{\w+\}", translated[template])), template


def test_a_refusal_is_said_in_french_with_its_values_and_words(translated):
    from registry_app.domain.enrolment import TransitionRefused, check_transition
    from registry_app.gui.errors import sentence

    translated("fr")
    with pytest.raises(TransitionRefused) as refused:
        check_transition("declined", "confirmed")
    assert sentence(refused.value) == ("Une inscription « refusé » ne peut pas devenir « confirmé ». "
                                       "Elle peut devenir : proposé.")


def test_words_of_the_register_are_said_in_french(qtbot, actor, small_course, translated):
    from registry_app.domain.completion import CompletionRule, decide
    from registry_app.gui.errors import translated as say
    from registry_app.gui.models.attendance_model import AttendanceModel
    from registry_app.gui.models.participants_model import ParticipantsModel

    translated("fr")
    model = AttendanceModel(actor)
    model.load(small_course[0].id)
    assert model.headerData(1, Qt.Orientation.Horizontal).endswith("\nmatin")
    people = ParticipantsModel(language="fr")
    sexes = {text[4] for text in people.row_texts(0, people.rowCount() - 1)}
    assert sexes == {"F", "H"}
    decision = decide(CompletionRule(80, 60), ["present"] * 4 + ["absent"], 55)
    assert decision.said.sentence(say) == "4 demi-journées sur 5 = 80 % >= 80 % ; post-test 55 < 60"
