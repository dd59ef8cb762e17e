"""Names in every script the shipped fonts draw (Latin, Arabic, Ge'ez, Tifinagh), each in its own
font; a name that no font draws is refused, never printed blank; Arabic reads back in logical order
as letters, as a reader's search types them."""

import re
import subprocess
from datetime import date

import pypdfium2 as pdfium
import pytest

from registry_app.documents import name_cards, roster, sign_in_sheet
from registry_app.documents.certificate import render as render_certificates
from registry_app.documents.layout import CourseHeading
from registry_app.documents.text import UndrawableText, require_drawable, uncovered
from tests.documents import samples
from tests.documents.pdf import save

NAMES = {"latin": "Aïssata TRAORÉ", "arabic": "محمد بن عبد الله", "geez": samples.GEEZ, "tifinagh": samples.TIFINAGH}
FONTS = {"latin": "NotoSans", "arabic": "NotoNaskhArabic", "geez": "NotoSansEthiopic", "tifinagh": "NotoSansTifinagh"}
UNDRAWABLE = ("王小明", "ᏣᎳᎩ ᎠᏍᎦᏯ", "Ali 😀")
COURSE = CourseHeading("Programme Office", "Border security", "BRD-101/2026-05", "Rabat", date(2026, 5, 4),
                       date(2026, 5, 5), "en")


def _sheet(second: str) -> bytes:
    rows = (sign_in_sheet.SheetRow(1, "TRAORÉ Aïssata", second, "Mali", "Police"),)
    days = (sign_in_sheet.SheetDay(1, date(2026, 5, 4), (sign_in_sheet.HalfDay("AM"), sign_in_sheet.HalfDay("PM"))),)
    return sign_in_sheet.render(sign_in_sheet.SignInSheet(COURSE, ("Karim Tazi",), days, rows))


def _roster(second: str) -> bytes:
    return roster.render(roster.Roster(COURSE, (roster.RosterRow(1, "TRAORÉ Aïssata", second, "Mali", "Police",
                                                                  "", "a@b.ml", ""),)))


def _cards(second: str) -> bytes:
    return name_cards.render(name_cards.NameCards("BRD-101", "Office", (name_cards.NameCard("Aïssata", "Traoré", second),)))


def _certificate(second: str) -> bytes:
    return render_certificates([samples.certificate(("ar", "en"), "Aïssata TRAORÉ", second)])


DOCUMENTS = {"sign-in sheet": _sheet, "roster": _roster, "name cards": _cards, "certificate": _certificate}


def _fonts(path) -> set[str]:
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return {re.sub(r"^[A-Z]{6}\+", "", line.split()[0]).split("-")[0] for line in listing.splitlines()[2:]}


def _poppler(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(re.sub("[\u200e\u200f\u202a-\u202e]", "", text).split())


def _pdfium(pdf: bytes) -> str:
    return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pdfium.PdfDocument(pdf))


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("script", NAMES)
def test_each_script_is_drawn_in_its_font_and_reads_back_as_typed(tmp_path, document, script):
    pdf = DOCUMENTS[document](NAMES[script])
    path = save(tmp_path, pdf)
    assert FONTS[script] in _fonts(path)
    assert NAMES[script] in _poppler(path)  # as typed: no presentation forms, logical order
    assert NAMES[script] in _pdfium(pdf)


def test_arabic_is_searchable_as_typed_ligatures_included(tmp_path):
    words = ("محمد", "عبد الله", "لا إله", "الأمين", "فاطمة الزهراء")
    for word in words:
        pdf = _certificate(word)
        path = save(tmp_path, pdf, "search.pdf")
        assert word in _poppler(path) and word in _pdfium(pdf), word
        document = pdfium.PdfDocument(pdf)
        assert document[0].get_textpage().search("محمد" if word == "محمد" else word).get_next(), word


@pytest.mark.parametrize("name", UNDRAWABLE)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_name_no_font_draws_is_refused_not_printed_blank(document, name):
    with pytest.raises(UndrawableText) as refused:
        DOCUMENTS[document](name)
    assert name in str(refused.value) and "cannot be printed" in str(refused.value)


def test_what_no_font_draws_is_named():
    assert uncovered("王小明") == "王小明"
    assert uncovered("Ali 😀 王") == "😀 王".replace(" ", "")
    for name in NAMES.values():
        assert uncovered(name) == ""
        require_drawable(name)
    assert uncovered("Fatima\u200f \u200dZahra") == ""  # marks and joiners draw nothing, need no font
