"""The spellings clerks type: apostrophes left out (NDiaye, ONeil), one transliteration for another
(Aisha, Aïcha), a name that sounds alike (Fatma, Fatima) offered below the exact matches, and Arabic
words with their article or particles (الأمن, للأمن) in the organisations' search."""

import pytest

from registry_app.gui.pages.participants_page import ParticipantsPage
from registry_app.gui.pages.record_list_page import RecordListPage
from registry_app.gui.pages.register_pages import organisations_spec
from registry_app.services.register import participants
from registry_app.services.register.organisations import OrganisationData, save_organisation
from registry_app.services.register.participants import ParticipantData


@pytest.fixture
def page(qtbot, actor):
    for given, family, sex, country in (("Awa", "Ndiaye", "F", "SN"), ("Moussa", "N'Diaye", "M", "SN"),
                                        ("Sean", "O'Neil", "M", "IE"), ("Fatima", "Zahra", "F", "MA"),
                                        ("Fatma", "Ben Ali", "F", "TN"), ("Aïcha", "Traoré", "F", "ML"),
                                        ("Karim", "Haddad", "M", "LB")):
        participants.create(actor, ParticipantData(given, family, sex, country))
    widget = ParticipantsPage()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _search(page, qtbot, text):
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, text)
    model = page.model
    return [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


def test_a_particle_typed_joined_finds_the_name_written_apart(page, qtbot):
    found = _search(page, qtbot, "NDiaye")
    assert found == [("Ndiaye", "Awa"), ("N'Diaye", "Moussa")]  # the exact match first
    assert "below them, 1 whose names are written otherwise" in page.ui.countLabel.text()
    assert _search(page, qtbot, "ONeil") == [("O'Neil", "Sean")]
    assert len(_search(page, qtbot, "N'Diaye")) == 2


def test_names_that_sound_alike_come_below_the_exact_ones(page, qtbot):
    assert _search(page, qtbot, "Fatma") == [("Ben Ali", "Fatma"), ("Zahra", "Fatima")]
    assert _search(page, qtbot, "Aisha") == [("Traoré", "Aïcha")]
    assert _search(page, qtbot, "Karim") == [("Haddad", "Karim")]


def test_an_arabic_word_is_found_with_or_without_its_article_or_particle(qtbot, actor):
    save_organisation(actor, OrganisationData("المديرية العامة للأمن الوطني", "police", "MA", "DGSN"))
    save_organisation(actor, OrganisationData("وزارة العدل", "justice", "MA"))
    page = RecordListPage(organisations_spec("ar"))
    qtbot.addWidget(page)
    page.show()
    page.ui.searchEdit.setText("الأمن الوطني")  # as typed (QTest cannot type Arabic keys)
    assert page.model.total() == 1 and page.model.index(0, 0).data() == "المديرية العامة للأمن الوطني"
    page.ui.searchEdit.clear()
    page.ui.searchEdit.setText("بالعدل")
    assert page.model.total() == 1


def test_names_alike_follow_however_many_exact_matches_marked(qtbot, actor):
    """More exact matches than a page: the names alike come after the last of them, as the clerk
    scrolls to the end, marked ≈ with a note, tinted below a line."""
    from PySide6.QtGui import QColor

    from registry_app.gui.models.participants_model import ALIKE_MARK, PAGE_SIZE

    for number in range(PAGE_SIZE + 6):
        participants.create(actor, ParticipantData("Fatma", f"Exact{number:03d}", "F", "TN"))
    for family in ("Alike", "Sounding"):
        participants.create(actor, ParticipantData("Fatima", family, "F", "MA"))
    page = ParticipantsPage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.keyClicks(page.ui.searchEdit, "Fatma")
    model, table = page.model, page.ui.table
    assert model.rowCount() == PAGE_SIZE and model.first_alike_row() is None
    assert "follow them" in page.ui.countLabel.text()
    while model.canFetchMore():
        model.fetchMore()
    names = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert names == ["Fatma"] * (PAGE_SIZE + 6) + ["Fatima", "Fatima"]
    first = model.first_alike_row()
    assert first == PAGE_SIZE + 6
    assert model.index(first, 0).data().startswith(ALIKE_MARK)
    assert not model.index(first - 1, 0).data().startswith(ALIKE_MARK)
    assert "not an exact match" in model.index(first, 1).data(3)  # the tooltip
    table.scrollToBottom()
    qtbot.wait(10)
    picture = table.viewport().grab().toImage()
    y = table.rowViewportPosition(first + 1) + table.rowHeight(first + 1) // 2
    x = table.columnViewportPosition(5) + table.columnWidth(5) - 4
    assert QColor(picture.pixel(x, y)) == QColor(255, 244, 214)
