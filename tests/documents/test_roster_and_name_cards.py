"""The roster (with photos) and the name cards, read back from the PDF."""

from datetime import date
from io import BytesIO

from PIL import Image

from registry_app.documents import name_cards, roster
from registry_app.documents.layout import CourseHeading
from tests.documents.pdf import image_count, normal, page_count, pages_text, save


def _photo() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (120, 150), (90, 120, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


def _roster(count: int, photo: bytes | None = None) -> roster.Roster:
    rows = tuple(roster.RosterRow(n, f"TRAORÉ{n:03d} Aminata", "أمينة تراوري" if n == 1 else "", "Mali",
                                  "Police nationale", "Commissaire", f"a{n}@pn.gov.ml", "+223 20 22 00 00",
                                  photo if n % 2 else None) for n in range(1, count + 1))
    course = CourseHeading("Programme Office", "Border security and management", "BRD-101/2026-05", "Rabat",
                           date(2026, 5, 4), date(2026, 5, 8), "fr")
    return roster.Roster(course, rows, "BRD-101/2026-05 · ROSTER")


def test_the_roster_lists_everyone_with_organisation_rank_and_contact(tmp_path):
    path = save(tmp_path, roster.render(_roster(60)))
    pages = pages_text(path)
    text = "\n".join(pages)
    assert all(f"TRAORÉ{n:03d} Aminata" in text for n in range(1, 61))
    assert text.count("Commissaire") == 60 and "a60@pn.gov.ml" in text
    assert normal("أمينة تراوري") in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} sur {len(pages)}" in page and "Organisme et grade" in page


def test_photos_are_placed_on_the_roster(tmp_path):
    path = save(tmp_path, roster.render(_roster(6, _photo())))
    assert image_count(path) == 3  # participants 1, 3 and 5 have a photo


def test_one_name_card_per_participant_with_the_name_on_both_faces(tmp_path):
    cards = name_cards.NameCards("INV-101/2026-03", "Programme Office", (
        name_cards.NameCard("Fatima Zahra", "Bennani", "فاطمة الزهراء بناني", "Direction générale de la sûreté nationale", "Maroc"),
        name_cards.NameCard("Oluwadamilare", "Oluwadamilare-Adewuyi", "", "Economic and Financial Crimes Commission", "Nigeria"),
    ))
    path = save(tmp_path, name_cards.render(cards))
    assert page_count(path) == 2
    first, second = pages_text(path)
    assert first.count("BENNANI") == 2 and normal("فاطمة الزهراء بناني") in first
    assert second.count("OLUWADAMILARE-ADEWUYI") == 2  # a long name is shrunk, not cut
