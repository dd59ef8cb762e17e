"""Every document's file says what it is in the document's language: the title and subject that a
PDF viewer shows (and a desktop search indexes), read back with poppler and with pdfium, for
certificates (one each and merged, first printed and printed again), sign-in sheets, the whole-course
grid, rosters, name cards and the report pack."""

import subprocess
from datetime import date

import pypdfium2
import pytest

from registry_app.services.certificates import graduation, printing
from registry_app.services.courses import documents as course_documents
from registry_app.services.demo import generate
from registry_app.services.reports import figures, pack
from registry_app.services.reports.scope import ReportFilters
from registry_app.store.models import Course
from tests.conftest import KEY_PASSPHRASE, SESSIONS_OVER

WORDS = {  # what each document's title starts with, and the programme its subject names
    "en": {"certificates": "Certificates", "completion": "Certificate of completion", "sheet": "Sign-in sheet",
           "roster": "Roster", "name-cards": "Name cards", "pack": "Training results",
           "programme": "Counter-terrorism investigations"},
    "fr": {"certificates": "Certificats", "completion": "Certificat de réussite", "sheet": "Feuille d'émargement",
           "roster": "Liste des participants", "name-cards": "Chevalets nominatifs",
           "pack": "Résultats de la formation", "programme": "Enquêtes"},
    "ar": {"certificates": "الشهادات", "completion": "شهادة إتمام", "sheet": "ورقة الحضور",
           "roster": "قائمة المشاركين", "name-cards": "بطاقات الأسماء", "pack": "نتائج التدريب",
           "programme": "التحقيقات"},
}
ENGLISH = ("Certificate", "Name cards", "Roster", "Sign-in", "Training results")


def _poppler(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


def _info(pdf: bytes, tmp_path, name: str) -> tuple[str, str]:
    """(title, subject) as pdfium reads them, after checking that poppler reads the same."""
    path = tmp_path / name
    path.write_bytes(pdf)
    document = pypdfium2.PdfDocument(pdf)
    metadata = document.get_metadata_dict()
    document.close()
    poppler = _poppler(path)
    assert (poppler.get("Title"), poppler.get("Subject")) == (metadata["Title"], metadata["Subject"]), name
    return metadata["Title"], metadata["Subject"]


def _in_language(title: str, subject: str, language: str, key: str, beside: str = "") -> None:
    """In that language first; English only where the document is also in English (beside)."""
    assert title.startswith(WORDS[language][key]), (title, language)
    assert WORDS[language]["programme"] in subject, (subject, language)
    if "en" not in (language, beside):
        assert not any(word in title for word in ENGLISH), title


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_course_documents_are_titled_in_the_course_language(database, actor, small_course, tmp_path, language):
    course = small_course[0]
    Course.update(language=language).where(Course.id == course.id).execute()
    for document, key in (("sign-in-sheet", "sheet"), ("roster", "roster"), ("name-cards", "name-cards")):
        title, subject = _info(course_documents.pdf(document, course.code), tmp_path, f"{document}.pdf")
        _in_language(title, subject, language, key)
        assert course.code in title
    grid = course_documents.pdf("sign-in-sheet", course.code, whole_course=True)
    _in_language(*_info(grid, tmp_path, "grid.pdf"), language, "sheet")


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_certificates_are_titled_in_their_languages_and_printing_again_keeps_the_bytes(
        database, actor, closed_course, tmp_path, language):
    course, _, keys = closed_course
    Course.update(language=language).where(Course.id == course.id).execute()
    out = tmp_path / "first"
    issued = graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys, out=out).issued
    languages = {"en": ("en",), "fr": ("fr",), "ar": ("ar", "en")}[language]
    for item in issued:
        title, subject = _info((out / item.file_name).read_bytes(), tmp_path, "single.pdf")
        _in_language(title, subject, language, "completion", languages[-1])
        assert item.serial in title and all(WORDS[code]["completion"] in title for code in languages)
    merged = (out / "INV-101_2026-03_certificates.pdf").read_bytes()
    _in_language(*_info(merged, tmp_path, "merged.pdf"), language, "certificates", languages[-1])
    again = tmp_path / "again"
    printing.print_again(actor, course.id, again)
    assert {p.name: p.read_bytes() for p in again.iterdir()} == {p.name: p.read_bytes() for p in out.iterdir()}


def test_a_certificate_issued_before_files_had_titles_is_printed_again_as_it_was(
        database, actor, closed_course, tmp_path):
    """Its recorded SHA-256 is of the file without the title and subject: that file is given again."""
    from registry_app.documents.pdf_info import without_info
    from registry_app.store.models import Certificate

    course, _, keys = closed_course
    issued = graduation.issue(actor, course.id, KEY_PASSPHRASE, today=SESSIONS_OVER, keys=keys).issued
    import hashlib

    for item in issued:
        Certificate.update(pdf_sha256=hashlib.sha256(without_info(item.pdf)).hexdigest()).where(
            Certificate.serial == item.serial).execute()
    printing.print_again(actor, course.id, tmp_path)
    for item in issued:
        again = (tmp_path / item.file_name).read_bytes()
        assert again == without_info(item.pdf) and again != item.pdf


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_report_pack_is_titled_in_its_language(database, actor, tmp_path, language):
    generate(actor, participants=120, seed=4)
    data = figures.compute(actor, ReportFilters(date(2021, 1, 1), date(2026, 12, 31)))
    title, subject = _info(pack.pdf(data, language), tmp_path, "pack.pdf")
    assert title.startswith(WORDS[language]["pack"]), title
    assert "2021-01-01" in subject and "2026-12-31" in subject
