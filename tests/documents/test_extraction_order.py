"""Text copied or searched from a certificate comes out in logical order, with poppler (pdftotext)
and with pdfium (pypdfium2), on Arabic, French + Arabic and English + Arabic certificates of a
participant whose second name is in Tifinagh: the Arabic words and lines, the Latin serial, the
Tifinagh name. And the evidence of what neither extractor does (documents/text.py says why)."""

import re
import subprocess

import pypdfium2 as pdfium
import pytest

from registry_app.documents.certificate import render
from tests.documents import samples
from tests.documents.pdf import save

SERIAL = "RBT-2026-00017-K"
NAME = "Taslimt AMAZIGH"
ARABIC_LINES = ("مكتب برنامج مكافحة الإرهاب والتدريب في أفريقيا", "شهادة إتمام", "يشهد بأن", "قد أتم بنجاح برنامج",
                "رئيس مكتب البرنامج")
ARABIC_WORDS = ("المنعقد", "مارس", "ساعة", "تدريبية", "التحقيقات", "والملاحقات", "الإرهاب")
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")  # bidi marks: what a search ignores


def _poppler(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pdfium(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].get_textpage().get_text_range()
    finally:
        document.close()


def _lines(text: str) -> list[str]:
    return [" ".join(_MARKS.sub("", line).split()) for line in text.splitlines() if line.strip()]


def _extracted(tmp_path, languages) -> dict[str, list[str]]:
    pdf = render([samples.certificate(languages, NAME, samples.TIFINAGH, signatories=1, serial=SERIAL)])
    return {"poppler": _lines(_poppler(save(tmp_path, pdf))), "pdfium": _lines(_pdfium(pdf))}


@pytest.mark.parametrize("languages", [("ar",), ("fr", "ar"), ("en", "ar")])
def test_arabic_words_the_serial_and_a_tifinagh_name_read_in_logical_order(tmp_path, languages):
    for extractor, lines in _extracted(tmp_path, languages).items():
        text = "\n".join(lines)
        for line in ARABIC_LINES:
            assert line in lines, (extractor, line)
        for word in ARABIC_WORDS:  # as a search finds them (poppler glues a word to a Latin neighbour: "2–13مارس")
            assert word in text, (extractor, word)
        assert SERIAL in text, extractor
        assert samples.TIFINAGH in lines, (extractor, [line for line in lines if "ⵜ" in line or "ⵖ" in line])
        assert NAME in lines, extractor


def test_without_the_mark_poppler_reverses_tifinagh_on_an_arabic_page(tmp_path):
    """The evidence for the LEFT-TO-RIGHT MARK drawn after Tifinagh runs: the same line drawn
    without it, on a page where Arabic has the majority, comes out of poppler reversed."""
    from reportlab.pdfgen.canvas import Canvas

    from registry_app.documents import fonts, text

    fonts.register()
    path = tmp_path / "unmarked.pdf"
    canvas = Canvas(str(path))
    for n, line in enumerate(ARABIC_LINES):
        text.draw(canvas, line, 14, 60, 750 - 30 * n)
    canvas.setFont(fonts.SCRIPT_FONTS["tifinagh"][0], 14)
    canvas.drawString(60, 500, samples.TIFINAGH)  # the bare glyphs, no mark
    canvas.save()
    assert samples.TIFINAGH[::-1] in _lines(_poppler(path))
    assert samples.TIFINAGH in _lines(_pdfium(path.read_bytes()))


def test_a_mixed_line_keeps_each_phrase_whole_but_the_extractors_order_the_phrases_their_way(tmp_path):
    """What cannot be drawn otherwise (documents/text.py): both extractors reorder the line from the
    glyphs' places with a bidi rule of their own. pdfium calls a line right-to-left only when its
    right-to-left segments are at least as many as its left-to-right ones (digits count as
    left-to-right, hyphens split segments); poppler puts the colon and space with the Latin run."""
    lines = _extracted(tmp_path, ("ar",))
    assert "RBT-2026-00017-K :الرقم" in lines["pdfium"]
    assert "الرقمRBT-2026-00017-K :" in lines["poppler"]
