"""Rosters and name cards that never collide, read from the PDF with pdfium: names from one letter
to 120 characters in every script, long organisations and e-mail addresses (broken after "@" or "."
when they must be), nothing overlapping, everything inside the page and, on a name card, inside its
face."""

from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from registry_app.documents import name_cards, roster
from registry_app.documents.layout import CourseHeading
from registry_app.documents.text import wrap
from tests.documents import samples
from tests.documents.boxes import collisions, page_boxes

EMAIL = "mohamed.abdelkader.ouldcheikhsidimohamed@surete-nationale.interieur.gov.ma"
ORGANISATION = ("Direction générale de la surveillance du territoire et de la coopération internationale en "
                "matière de lutte contre le terrorisme")
PEOPLE = [(name, second) for name, second in samples.NAMES] + [("Awa TRAORÉ", samples.TIFINAGH)]


def _roster() -> bytes:
    rows = tuple(roster.RosterRow(n, name, second, "Mauritanie", ORGANISATION, "Commissaire divisionnaire principal",
                                  EMAIL, "+222 45 25 00 00") for n, (name, second) in enumerate(PEOPLE * 3, 1))
    course = CourseHeading("Programme Office", "Border security and management", "BRD-101/2026-05", "Rabat",
                           date(2026, 5, 4), date(2026, 5, 8), "fr")
    return roster.render(roster.Roster(course, rows, "BRD-101/2026-05 · ROSTER"))


def test_the_roster_s_texts_never_overlap_and_stay_on_the_page():
    width, height = A4
    for boxes in page_boxes(_roster()):
        texts = [b for b in boxes if b.kind in ("text", "image")]
        assert not collisions(texts), collisions(texts)[:3]
        assert all(b.inside(20, 10, width - 20, height - 20) for b in boxes), [b for b in boxes if not b.inside(
            20, 10, width - 20, height - 20)][:3]


def test_an_e_mail_address_breaks_after_an_at_sign_or_a_dot():
    lines = wrap(EMAIL, 8, 125, breaks="@.")
    assert len(lines) > 1 and "".join(lines) == EMAIL
    assert all(line[-1] in "@." for line in lines[:-1])


def test_the_roster_prints_the_whole_address():
    pages = page_boxes(_roster())
    text = "".join(b.text for boxes in pages for b in boxes if b.kind == "text").replace("\r", "").replace("\n", "")
    assert text.count(EMAIL) == len(PEOPLE) * 3


@pytest.mark.parametrize("given,family,second", [
    ("X", "Y", ""), ("Abebe", "Bikila", samples.GEEZ), ("Taslimt", "Amazigh", samples.TIFINAGH),
    (samples.LONG_NAME[:60], samples.LONG_NAME[60:], samples.LONG_SECOND),
    ("Fatima Zahra", "Bennani", samples.ARABIC)])
def test_a_name_card_s_faces_never_collide_nor_cross_the_fold(given, family, second):
    card = name_cards.NameCard(given, family, second, ORGANISATION, "Mauritanie")
    boxes = page_boxes(name_cards.render(name_cards.NameCards("BRD-101/2026-05", "Programme Office", (card,))))[0]
    width, height = A4
    fold = [b for b in boxes if b.kind == "path" and b.right - b.left > width - 40]
    texts = [b for b in boxes if b.kind == "text"]
    assert len(fold) == 1 and not collisions(texts), collisions(texts)[:3]
    for box in texts:
        assert box.inside(20, 10, width - 20, height / 2 - 2) or box.inside(20, height / 2 + 2, width - 20, height - 10), box
    lower = [b for b in texts if b.top < height / 2]
    names = [b for b in lower if b.text.strip() and (b.text.strip() in given or b.text.strip() in family.upper())]
    assert names and min(b.top - b.bottom for b in names) >= 0.7 * 28  # capitals' ink: 0.7 of the size
