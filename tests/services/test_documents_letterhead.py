"""The centre's name and logo head every document, not only certificates: sign-in sheets (a day, the
whole course's grid, blank), rosters, name cards and the results pack, in English and in Arabic (the
logo then on the right); read back from the PDF, the logo is there and collides with nothing."""

from dataclasses import replace
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, landscape

from registry_app.services import centre
from registry_app.services.courses import documents
from registry_app.services.demo import generate
from registry_app.services.reports import figures, pack
from registry_app.services.reports.scope import ReportFilters
from registry_app.store.models import Course
from tests.documents.boxes import collisions, page_boxes
from tests.documents.samples import LOGOS

LOGO = LOGOS[0]  # 240 x 92, green
NAME = {"en": "Programme Office for Counter-Terrorism and Training in Africa",
        "ar": "مكتب برنامج مكافحة الإرهاب والتدريب في أفريقيا"}


def _set_the_centre(actor) -> None:
    settings = replace(centre.load(), name_en=NAME["en"], name_ar=NAME["ar"], city="Rabat")
    centre.save(actor, centre.with_logo(settings, LOGO))


@pytest.fixture
def with_logo(actor, small_course):
    _set_the_centre(actor)
    return small_course[0]


def _images(boxes):
    return [b for b in boxes if b.kind == "image"]


def _check_heads(pdf: bytes, page_size, logo_side: str) -> None:
    width, height = page_size
    for boxes in page_boxes(pdf):
        logos = _images(boxes)
        assert len(logos) == 1, logos
        logo = logos[0]
        assert logo.top > height - 40 and logo.bottom > height / 2  # at the head of the page
        assert (logo.left < width / 3) if logo_side == "left" else (logo.right > 2 * width / 3), logo
        ink = [b for b in boxes if b.kind in ("text", "image")]
        assert not collisions(ink), collisions(ink)[:3]


@pytest.mark.parametrize("language, side", [("en", "left"), ("ar", "right")])
def test_every_course_document_prints_the_centre_s_logo_beside_its_name(with_logo, language, side):
    course = with_logo
    Course.update(language=language).where(Course.id == course.id).execute()
    sheet = documents.sign_in_sheet(course.code)
    assert sheet.course.logo == LOGO and sheet.course.centre == NAME[language]
    for variant in ({}, {"whole_course": True}, {"blank": True}):
        _check_heads(documents.pdf("sign-in-sheet", course.code, **variant), landscape(A4), side)
    assert documents.roster_data(course.code).course.logo == LOGO
    _check_heads(documents.pdf("roster", course.code), A4, side)


def test_every_name_card_face_shows_the_logo_above_the_name(with_logo):
    cards = documents.name_cards_data(with_logo.code)
    assert cards.logo == LOGO
    pages = page_boxes(documents.pdf("name-cards", with_logo.code))
    width, height = A4
    for boxes in pages:
        logos = _images(boxes)
        assert len(logos) == 2  # one a face, the upper one upside down
        assert sorted(b.top < height / 2 for b in logos) == [False, True]
        texts = [b for b in boxes if b.kind == "text"]
        assert not collisions(texts + logos), collisions(texts + logos)[:3]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_results_pack_has_the_logo_on_its_cover_and_at_the_foot_of_every_page(actor, language):
    generate(actor, participants=200, seed=5)
    _set_the_centre(actor)
    pdf = pack.pdf(figures.compute(actor, ReportFilters(date(2021, 1, 1), date(2026, 12, 31))), language)
    pages = page_boxes(pdf)
    assert len(pages) >= 4
    cover = _images(pages[0])
    assert len(cover) == 1 and cover[0].bottom > A4[1] / 2
    for boxes in pages[1:]:
        logos = [b for b in _images(boxes) if b.top < 60]
        assert len(logos) == 1, len(logos)
        assert (logos[0].right > A4[0] - 60) if language == "ar" else (logos[0].left < 60)
        feet = [b for b in boxes if b.kind in ("text", "image") and b.top < 60]
        assert not collisions(feet), collisions(feet)[:3]
