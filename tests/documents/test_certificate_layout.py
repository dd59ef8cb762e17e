"""Certificates that never collide, read from the PDF itself: every template language and pair,
both kinds, 0-3 logos, 1-3 signatories with signature images, names from one letter to 120
characters in two scripts. Nothing overlaps, everything stays inside the frame, and every name is
printed at a legible size."""

import itertools

import pypdfium2 as pdfium
import pytest

from registry_app.documents.certificate import FRAME, SMALLEST_NAME, render
from tests.documents import samples
from tests.documents.boxes import collisions, page_boxes
from tests.documents.pdf import normal, pages_text, save

KINDS = ("completion", "participation")


def _every_case():
    cases = []
    for n, (languages, kind, (name, second)) in enumerate(
            itertools.product(samples.LANGUAGES, KINDS, samples.NAMES)):
        cases.append(dict(languages=languages, kind=kind, name=name, second=second, logos=n % 4,
                          signatories=(n // 4) % 3 + 1, duplicate=n % 5 == 0))
    for languages in samples.LANGUAGES:  # the fullest page: long names, three logos and signatories
        cases.append(dict(languages=languages, kind="participation", name=samples.LONG_NAME,
                          second=samples.LONG_SECOND, logos=3, signatories=3, duplicate=True))
    return cases


CASES = _every_case()


def _frame_lines(boxes):
    left, bottom, right, top = FRAME
    return [b for b in boxes if b.kind == "path" and b.left <= left + 1 and b.right >= right - 1]


@pytest.fixture(scope="module")
def pages():
    pdf = render([samples.certificate(**case) for case in CASES])
    return pdf, page_boxes(pdf)


def test_nothing_overlaps_and_everything_stays_inside_the_frame(pages):
    _, every_page = pages
    assert len(every_page) == len(CASES)
    left, bottom, right, top = FRAME
    for case, boxes in zip(CASES, every_page, strict=True):
        frame = _frame_lines(boxes)
        assert len(frame) == 2, case
        assert not collisions(boxes, frame), (case, collisions(boxes, frame)[:3])
        outside = [b for b in boxes if b not in frame and not b.inside(left + 1, bottom + 1, right - 1, top - 1)]
        assert not outside, (case, outside[:3])
        assert sum(b.kind == "image" for b in boxes) == case["logos"] + case["signatories"], case


def _pdfium_text(pdf):
    document = pdfium.PdfDocument(pdf)
    return [" ".join(page.get_textpage().get_text_range().split()) for page in document]


def test_every_name_is_printed_in_each_of_its_scripts(pages, tmp_path):
    """Read back by poppler and by pdfium. Poppler's table of directions predates Tifinagh: on a page
    that reads right to left it reverses a Tifinagh line, which pdfium reads right."""
    pdf, _ = pages
    by_poppler = [" ".join(text.split()) for text in pages_text(save(tmp_path, pdf))]
    for case, poppler, pdfium_text in zip(CASES, by_poppler, _pdfium_text(pdf), strict=True):
        names = [" ".join(case["name"].split())] + ([normal(" ".join(case["second"].split()))] * bool(case["second"]))
        for name in names:
            assert name in pdfium_text, case
            if not (case["languages"][0] == "ar" and name == samples.TIFINAGH):
                assert name in poppler, case


def test_a_long_name_wraps_onto_a_second_line_at_a_legible_size():
    pdf = render([samples.certificate(("en",), samples.LONG_NAME, "")])
    boxes = page_boxes(pdf)[0]
    name_lines = [b for b in boxes if b.kind == "text" and b.text.strip() and b.text.strip() in samples.LONG_NAME
                  and len(b.text.strip()) > 20]
    assert len(name_lines) == 2
    # the ink of capitals and ascenders is about 0.7 of the size: the lines are at least SMALLEST_NAME points
    assert all(b.top - b.bottom >= 0.7 * SMALLEST_NAME for b in name_lines)


@pytest.mark.parametrize("languages", [("ar",), ("ar", "en"), ("en", "ar")])
def test_an_arabic_certificate_of_a_geez_name_prints_both_scripts(tmp_path, languages):
    certificate = samples.certificate(languages, "Abebe Bikila WOLDE MARIAM", samples.GEEZ)
    text = " ".join(pages_text(save(tmp_path, render([certificate])))[0].split())
    assert "Abebe Bikila WOLDE MARIAM" in text and samples.GEEZ in text
