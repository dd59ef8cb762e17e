"""The documents' own words: every label in English, French and Arabic, with the same placeholders,
French typography, and each document in its course's language."""

import re
import string
from datetime import date

import pytest

from registry_app.documents import labels, layout, text
from registry_app.documents.certificate import render as render_certificates
from registry_app.documents.sign_in_sheet import HalfDay, SheetDay, SheetRow, SignInSheet
from registry_app.documents.sign_in_sheet import render as render_sheet
from tests.documents import samples
from tests.documents.pdf import pages_text, save

SAME_IN_EVERY_LANGUAGE = {"photo", "date", "participants"}  # French shares these words with English


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_every_label_with_the_same_placeholders():
    english = labels.LABELS["en"]
    for language in ("fr", "ar"):
        table = labels.LABELS[language]
        assert table.keys() == english.keys(), language
        for key, template in table.items():
            assert template.strip(), (language, key)
            assert _fields(template) == _fields(english[key]), (language, key)


def test_no_english_is_left_in_french_or_arabic():
    for key, english in labels.LABELS["en"].items():
        if key not in SAME_IN_EVERY_LANGUAGE:
            assert labels.LABELS["fr"][key] != english, key
        assert labels.LABELS["ar"][key] != english, key
        assert re.search("[\u0600-\u06ff]", labels.LABELS["ar"][key]), key


def test_french_puts_a_no_break_space_before_high_punctuation():
    for key, template in labels.LABELS["fr"].items():
        for match in re.finditer(r"(.)([:;?!])", template):
            assert match.group(1) in ("\u00a0", "\u202f"), (key, template)


def test_a_line_never_breaks_at_a_no_break_space():
    """ReportLab draws a no-break space as a space; what it changes is where a line may break."""
    room = text.width("Formateur(s)\u00a0:", 9) + 1
    assert text.wrap("Formateur(s)\u00a0: Karim", 9, room) == ["Formateur(s)\u00a0:", "Karim"]


def test_french_typography_for_what_people_type():
    assert labels.typeset("Enquêtes : preuve ; droits ? oui !", "fr") == \
        "Enquêtes\u00a0: preuve\u00a0; droits\u00a0? oui\u00a0!"
    assert labels.typeset("Investigations: evidence ; rights", "en") == "Investigations: evidence ; rights"
    assert labels.typeset("https://verify.example.org/#TR2:ABC", "fr") == "https://verify.example.org/#TR2:ABC"


def test_dates_in_words_in_each_language():
    assert layout.long_date(date(2026, 3, 2), "fr") == "lundi 2 mars 2026"
    assert layout.long_date(date(2026, 3, 2), "ar") == "الاثنين 2 مارس 2026"
    assert layout.date_range(date(2026, 12, 28), date(2027, 1, 8), "en") == "28 December 2026 – 8 January 2027"


@pytest.mark.parametrize("language,expected", [
    ("fr", ["Numéro : RBT-2026-00017-K", "DUPLICATA", "Chef du Bureau du programme"]),
    ("ar", ["الرقم", "RBT-2026-00017-K", "نسخة ثانية", "رئيس مكتب البرنامج"]),
    ("en", ["Serial: RBT-2026-00017-K", "DUPLICATE", "Head of the Programme Office"]),
])
def test_the_certificate_speaks_its_language(tmp_path, language, expected):
    pdf = render_certificates([samples.certificate((language,), duplicate=True, signatories=1)])
    text = pages_text(save(tmp_path, pdf))[0]
    for words in expected:
        assert words in text, words
    for other in {"en", "fr", "ar"} - {language}:
        assert samples.SIGNATORIES[0].title_in(other) not in text


def test_a_two_language_certificate_gives_the_signatory_s_title_in_both(tmp_path):
    pdf = render_certificates([samples.certificate(("fr", "ar"), signatories=1)])
    text = pages_text(save(tmp_path, pdf))[0]
    assert "Chef du Bureau du programme" in text and "رئيس مكتب البرنامج" in text
    assert "Head of the Programme Office" not in text


def _sheet(language: str, whole_course: bool) -> SignInSheet:
    course = layout.CourseHeading("Bureau", "Enquêtes", "INV-101/2026-03", "Rabat", date(2026, 3, 2),
                                  date(2026, 3, 3), language)
    days = tuple(SheetDay(n + 1, date(2026, 3, 2 + n), (HalfDay("AM"), HalfDay("PM"))) for n in range(2))
    return SignInSheet(course, ("Karim Tazi",), days, (SheetRow(1, "BENNANI Fatima", "فاطمة بناني", "Maroc", "DGSN"),),
                       whole_course=whole_course)


def test_the_french_whole_course_grid_names_its_half_days_in_french(tmp_path):
    text = " ".join(pages_text(save(tmp_path, render_sheet(_sheet("fr", True))))[0].split())
    assert "lun 2/3 mat." in text and "mar 3/3 a.-m." in text
    assert " AM" not in text and " PM" not in text
    assert "Lieu : Rabat" in text and "Page 1 sur 1" in text


def test_an_arabic_course_s_sheet_is_labelled_in_arabic(tmp_path):
    text = pages_text(save(tmp_path, render_sheet(_sheet("ar", False))))[0]
    for key in ("sheet", "name", "country", "organisation", "morning", "afternoon", "trainer_signature"):
        assert labels.LABELS["ar"][key] in text, key
    assert "الصفحة" in text and "الاثنين" in text and "مارس" in text
