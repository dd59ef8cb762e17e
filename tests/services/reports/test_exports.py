"""What leaves the building: the PDF pack in three languages, the workbook and the CSV, all drawn
from one dataset, with small numbers hidden; and the command line that writes them."""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from registry_app.cli import main
from registry_app.services.demo import generate
from registry_app.services.reports import exports, figures, pack, privacy
from registry_app.services.reports.dataset import COURSE_DIMENSIONS, PEOPLE_DIMENSIONS
from registry_app.services.reports.exports import UnknownFormat
from registry_app.services.reports.scope import ReportFilters
from registry_app.store.database import db
from tests.documents.pdf import pages_text, save

WHOLE = ReportFilters(date(2021, 1, 1), date(2026, 12, 31))


@pytest.fixture
def demo(database, actor):
    generate(actor, participants=400, seed=12, today=date(2026, 11, 29))
    return database


def test_small_counts_are_hidden_and_women_and_men_hide_each_other(demo, actor):
    data = figures.compute(actor, WHOLE)
    countries = next(t for t in exports.tables(data, "en", 5) if t.dimension == "country")
    groups = {g.label("en"): g for g in data.breakdowns["country"]}
    small = [row for row in countries.rows if groups[row[0]].people < 5]
    assert small and all(row[1] == "< 5" for row in small)
    for row in countries.rows:
        group = groups[row[0]]
        if 0 < group.women < 5 or 0 < group.men < 5:
            assert not isinstance(row[2], int) and not isinstance(row[3], int), row
        if group.people >= 5 and group.women >= 5 and group.men >= 5:
            assert row[1:4] == (group.people, group.women, group.men)
    assert all(isinstance(v, int) or v == 0 for row in exports.tables(data, "en", 0)[1].rows for v in row[1:6])


def test_the_workbook_has_one_sheet_per_breakdown_with_the_dataset_figures(demo, actor, tmp_path):
    privacy.set_threshold(actor, 3)
    path = tmp_path / "report.xlsx"
    data = pack.write(actor, WHOLE, path, "fr")
    book = load_workbook(path)
    assert len(book.sheetnames) == 1 + len(PEOPLE_DIMENSIONS) + len(COURSE_DIMENSIONS) + 1
    regions = book["Par région"]
    assert regions["A1"].value == "Groupe" and regions["B1"].value == "Agents formés"
    region = data.breakdowns["region"][0]
    assert [c.value for c in regions[2]][:5] == [region.label("fr"), region.people, region.women, region.men, region.places]
    summary = {row[0]: row[1] for row in book["Synthèse"].iter_rows(values_only=True) if row and len(row) > 1}
    assert summary["Agents formés"] == exports.number(data.totals.people, "fr")
    assert "< 3" in " ".join(str(c) for row in book["Par pays"].iter_rows(values_only=True) for c in row) or \
        all(g.people >= 3 for g in data.breakdowns["country"])


def test_an_arabic_workbook_reads_right_to_left(demo, actor, tmp_path):
    path = tmp_path / "report.xlsx"
    pack.write(actor, WHOLE, path, "ar")
    book = load_workbook(path)
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    assert "حسب المنطقة" in book.sheetnames


def test_the_csv_holds_the_summary_and_every_breakdown(demo, actor, tmp_path):
    path = tmp_path / "report.csv"
    data = pack.write(actor, WHOLE, path, "en")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert ["Summary", "Officials trained", f"{data.totals.people:,}"] in rows
    assert {r[0] for r in rows if r} >= {"Summary", *PEOPLE_DIMENSIONS, *COURSE_DIMENSIONS}
    modes = [r for r in rows if r and r[0] == "mode" and r[1] == "In person"]
    assert modes and int(modes[0][2]) == next(g.courses for g in data.course_breakdowns["mode"] if g.key == "in-person")


def test_a_cell_that_would_run_as_a_formula_stays_text():
    assert exports._cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert exports._cell("Rabat") == "Rabat" and exports._cell(12) == 12


@pytest.mark.parametrize("language, words", [
    ("en", ["Training results", "Officials trained", "How each figure is counted", "By region"]),
    ("fr", ["Résultats de la formation", "Agents formés", "Mode de calcul", "Par région", "Afrique de l'Ouest"]),
])
def test_the_pdf_pack_has_a_cover_summary_charts_tables_and_the_note(demo, actor, tmp_path, language, words):
    data = figures.compute(actor, WHOLE)
    pages = pages_text(save(tmp_path, pack.pdf(data, language)))
    assert len(pages) >= 5
    text = "\n".join(pages)
    for w in words:
        assert w in text, w
    assert str(data.breakdowns["region"][0].people) in pages[2] + pages[1]


def test_the_arabic_pack_draws_its_words_in_the_arabic_font(demo, actor, tmp_path):
    pdf = pack.pdf(figures.compute(actor, WHOLE), "ar")
    path = save(tmp_path, pdf)
    text = "\n".join(pages_text(path))
    # pdftotext gives Arabic back in the order it is drawn: each word reversed, letters joined.
    for phrase in ("نتائج التدريب", "ملخص", "غرب أفريقيا"):
        assert all(w[::-1] in text or w in text for w in phrase.split()), phrase
    assert b"NotoNaskhArabic" in pdf


def test_the_command_line_writes_a_report_for_one_donor(tmp_path, capsys, password_on_stdin):
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    assert main(["users", "add", "director", "--role", "admin", "--db", url]) == 0
    assert main(["--user", "director", "demo", "--db", url, "--participants", "300", "--today", "2026-11-29"]) == 0
    out = tmp_path / "eu.pdf"
    assert main(["--user", "director", "report", "--db", url, "--from", "2021-01-01", "--to", "2026-12-31",
                 "--donor", "European Union",
                 "--language", "fr", "--out", str(out)]) == 0
    assert "officials trained" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF-")
    assert "bailleur: European Union" in "\n".join(pages_text(out))
    assert main(["--user", "director", "report", "--db", url, "--from", "2021-01-01", "--to", "2026-12-31", "--out",
                 str(tmp_path / "r.docx")]) == 2
    assert "written as .pdf, .xlsx or .csv" in capsys.readouterr().err
    assert not (tmp_path / "r.docx").exists()
    db.obj.close()


def test_an_unknown_format_is_refused_before_anything_is_counted(actor, tmp_path):
    with pytest.raises(UnknownFormat):
        pack.write(actor, WHOLE, tmp_path / "x.txt")
