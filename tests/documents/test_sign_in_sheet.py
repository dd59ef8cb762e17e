"""Sign-in sheets read back from the PDF: every name, every page numbered and headed."""

import re
from collections import Counter
from datetime import date, timedelta

import pytest

from registry_app.documents.layout import CourseHeading
from registry_app.documents.sign_in_sheet import HalfDay, SheetDay, SheetRow, SignInSheet, render
from tests.documents.pdf import normal, page_count, pages_text, render_png, save

ARABIC_NAME = "فاطمة الزهراء بناني"
LONG_ORGANISATION = ("Direction générale de la surveillance du territoire et de la coopération "
                     "internationale en matière de lutte contre le terrorisme")


def _rows(count: int) -> tuple[SheetRow, ...]:
    rows = []
    for n in range(1, count + 1):
        arabic = ARABIC_NAME if n % 7 == 0 else ""
        organisation = LONG_ORGANISATION if n % 11 == 0 else "Police nationale"
        rows.append(SheetRow(n, f"PARTICIPANT{n:03d} Aïssata", arabic, "Maroc", organisation))
    return tuple(rows)


def _days(count: int, excluded_last_pm: bool = True) -> tuple[SheetDay, ...]:
    start = date(2026, 3, 2)
    return tuple(
        SheetDay(n + 1, start + timedelta(days=n),
                 (HalfDay("AM"), HalfDay("PM", excluded=excluded_last_pm and n == count - 1)))
        for n in range(count))


def _sheet(participants: int, days: int = 3, **extra) -> SignInSheet:
    language = extra.pop("language", "en")
    course = CourseHeading("Programme Office", "Counter-terrorism investigations", "INV-101/2026-03",
                           "Training hall, Rabat", date(2026, 3, 2), date(2026, 3, 4), language)
    values = dict(course=course, trainers=("Karim Tazi", "Grace Mutua"), days=_days(days),
                  rows=_rows(participants), blank_rows=3, identifier="INV-101/2026-03 · DAYS")
    values.update(extra)
    return SignInSheet(**values)


@pytest.mark.parametrize("participants", [1, 45, 300])
def test_every_name_appears_once_a_day_and_every_page_is_headed_and_numbered(tmp_path, participants):
    path = save(tmp_path, render(_sheet(participants)))
    pages = pages_text(path)
    total = len(pages)
    seen = Counter()
    for number, text in enumerate(pages, start=1):
        assert "Sign-in sheet" in text and "INV-101/2026-03 — Counter-terrorism investigations" in text
        assert f"Page {number} of {total}" in text
        assert "INV-101/2026-03 · DAYS" in text and "Trainer's signature" in text
        assert "Name" in text and "Morning" in text and "Afternoon" in text  # the header repeats
        assert re.search(r"Day [123] — \w+day \d+ March 2026", text)
        seen.update(re.findall(r"PARTICIPANT\d{3}", text))
    assert len(seen) == participants and set(seen.values()) == {3}
    per_day = total // 3
    assert total == 3 * per_day  # each day starts on a page of its own, all days alike
    assert (per_day == 1) == (participants < 10)


def test_long_names_and_organisations_wrap_inside_their_cells(tmp_path):
    rows = (SheetRow(1, "OULD MOHAMED LEMINE ABDERRAHMANE Mohamed Amine Fatima Zahra", "",
                     "Mauritanie", LONG_ORGANISATION),)
    path = save(tmp_path, render(_sheet(0, days=1, rows=rows)))
    text = " ".join(pages_text(path)[0].split())
    assert "OULD MOHAMED LEMINE ABDERRAHMANE Mohamed Amine Fatima Zahra" in text
    assert " ".join(LONG_ORGANISATION.split()) in text


def test_arabic_names_are_shaped_and_read_back_in_order(tmp_path):
    path = save(tmp_path, render(_sheet(7, days=1)))
    assert normal(ARABIC_NAME) in pages_text(path)[0]


def test_the_whole_course_grid_has_a_column_per_half_day_and_marks_the_missing_one(tmp_path):
    sheet = _sheet(20, days=3, whole_course=True)
    text = pages_text(save(tmp_path, render(sheet)))[0]
    for label in ("Mon 2/3 AM", "Mon 2/3 PM", "Wed 4/3 AM", "Wed 4/3 PM", "Whole course"):
        assert label in " ".join(text.split()), label
    assert "no session" in text  # three days leave wide boxes


def test_a_blank_sheet_has_numbered_empty_rows_and_a_contact_column(tmp_path):
    sheet = _sheet(0, days=1, rows=(), blank_rows=20, identifier="INV-101/2026-03 · BLANK")
    pages = pages_text(save(tmp_path, render(sheet)))
    text = "\n".join(pages)
    assert "E-mail or phone" in text and "PARTICIPANT" not in text
    assert {str(n) for n in range(1, 21)} <= set(text.split())


def test_french_labels_for_a_french_course(tmp_path):
    text = pages_text(save(tmp_path, render(_sheet(2, days=1, language="fr"))))[0]
    assert "Feuille d'émargement" in text and "Matin" in text and "Page 1 sur 1" in text
    assert "lundi 2 mars 2026" in text


def test_pages_render_to_pictures(tmp_path):
    path = save(tmp_path, render(_sheet(45)))
    pictures = render_png(path, tmp_path / "page", 1, page_count(path))
    assert len(pictures) == page_count(path) and all(p.stat().st_size > 5000 for p in pictures)


def test_the_page_count_follows_the_rows(tmp_path):
    """Uniform rows: every full page holds as many as the first, and the pages add up to the rows."""
    rows = tuple(SheetRow(n, f"NAME{n:03d} Given", "", "Mali", "Police") for n in range(1, 301))
    pages = pages_text(save(tmp_path, render(_sheet(0, days=2, rows=rows, blank_rows=3))))
    numbers = [[int(t) for t in re.findall(r"^(\d{1,3})$", text, re.M) if int(t) <= 303] for text in pages]
    per_page = len(numbers[0])
    per_day = -(-303 // per_page)
    assert len(pages) == 2 * per_day
    for day in range(2):
        block = numbers[day * per_day:(day + 1) * per_day]
        assert [n for page in block for n in page] == list(range(1, 304))
        assert all(len(page) == per_page for page in block[:-1])
