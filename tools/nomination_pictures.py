"""The pictures of docs/ for nominations: the import's preview with its problems and the mapping
dialog (the window as the clerk sees it, in each language), and the workbook as a member state sees it
(rendered by LibreOffice when it is installed).

Usage: python tools/nomination_pictures.py [--out docs] [--language en|fr|ar]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _register(folder: Path):
    from registry_app.services.accounts import signing_in
    from registry_app.services.demo import generate
    from registry_app.store.models import Course
    from registry_app.store.schema import init_db

    init_db(f"sqlite:///{folder / 'register.sqlite3'}")
    actor = signing_in.create_first_administrator("registrar", "Registrar", "pictures of the docs")
    generate(actor, participants=400, seed=11, today=__import__("datetime").date(2026, 11, 29))
    course = Course.select().where(Course.status.in_(["open", "planned"])).order_by(Course.start_date).first()
    course.language = "fr"
    course.save()
    return actor, course


def _rows_with_problems():
    from datetime import date

    from registry_app.store.models import Participant

    known = Participant.select().where(Participant.birth_date.is_null(False)).first()
    return [
        ["Benali", "Karima", "كريمة بن علي", "F", date(1985, 3, 21), "Maroc (MA)", "Direction Générale de la Sûreté Nationale",
         "Police", "Commissaire", "k.benali@dgsn.ma", "+212 537 00 00 01", "Passeport", "0012345"],
        ["Diallo", "Mamadou", "", "X", date(1979, 11, 2), "Sénégal (SN)", "Gendarmerie nationale", "Gendarmerie",
         "Capitaine", "", "", "Carte nationale d'identité", "00098765"],
        [known.family_name, known.given_names, known.full_name_ar, known.sex, known.birth_date, known.nationality_id,
         known.organisation.name if known.organisation else "Ministère de l'Intérieur", "Ministère", known.rank, "", "",
         "", ""],
        ["Tesfaye", "Hana", "", "F", "31/02/1990", "Éthiopie (ET)", "Federal Police Commission", "Police", "Inspector",
         "hana@fpc", "", "Passeport", "EP1234567"],
        ["Okafor", "Chinedu", "", "M", date(1988, 7, 9), "Atlantide", "Nigeria Police Force", "Police", "Superintendent",
         "", "", "Passeport", "A08812345"],
        ["Camara", "Sékou", "", "M", date(1991, 5, 30), "Guinée (GN)", "Agence nouvelle de renseignement", "",
         "Analyste", "", "", "Passeport", "0012345"],
    ]


def _grab(widget, app, path: Path) -> None:
    widget.resize(1180, 720) if widget.width() < 1000 else None
    widget.show()
    for _ in range(6):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--language", default="en", choices=("en", "fr", "ar"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "en" else f"-{args.language}"
    from registry_app.gui.app import create_application

    app = create_application(args.language)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        actor, course = _register(folder)
        from registry_app.gui.dialogs.nominations_import import NominationsImportDialog
        from registry_app.services.nominations import workbook
        from tests.services.nominations import files

        template = workbook(actor, course.code)
        filled = folder / "nominations-Senegal.xlsx"
        filled.write_bytes(files.fill_template(template, _rows_with_problems()))
        dialog = NominationsImportDialog(actor, course.code, filled, ask=False)
        dialog.load()
        dialog.rows.selectRow(1)
        _grab(dialog, app, out / f"nominations-preview{suffix}.png")

        odd = folder / "liste-ministere.xlsx"
        odd.write_bytes(files.xlsx([[r[0], r[1], r[3], r[4], r[5], r[6]] for r in _rows_with_problems()],
                                   headings=["NOM", "Prénom usuel", "M/F", "Né(e) le", "Pays", "Unité d'affectation"],
                                   title_rows=3))
        dialog = NominationsImportDialog(actor, course.code, odd, ask=False)
        dialog.load()
        _grab(dialog.mapping_dialog, app, out / f"nominations-mapping{suffix}.png")
        if args.language == "en":
            sample = files.fill_template(template, _rows_with_problems()[:3] + [_rows_with_problems()[3][:4] + [
                __import__("datetime").date(1990, 2, 28)] + _rows_with_problems()[3][5:]])
            _render_workbook(sample, out / "nomination-workbook.png", folder)


def _render_workbook(template: bytes, target: Path, folder: Path) -> None:
    """The workbook as LibreOffice shows it, sheet by sheet, side by side."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        print("(LibreOffice is not installed: the workbook is not rendered)")
        return
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(template))
    nominations = book["Nominations"]
    nominations.print_area = "A1:P14"  # the headings and the first rows, as a member state opens it
    for sheet in (book["Instructions"], nominations):
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    source = folder / "workbook.xlsx"
    book.save(source)
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)], check=True,
                   capture_output=True, timeout=180)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(folder / "workbook.pdf"), str(folder / "page")], check=True)
    pages = sorted(folder.glob("page*.png"))
    from PySide6.QtGui import QImage, QPainter

    images = [QImage(str(p)) for p in pages[:2]][::-1]  # the nominations sheet above its instructions
    images = [images[0].copy(0, 80, images[0].width(), images[0].height() // 4),  # the pages' filled top
              images[1].copy(0, 80, images[1].width(), images[1].height() * 3 // 5)]
    canvas = QImage(max(i.width() for i in images), sum(i.height() for i in images) + 10, QImage.Format.Format_RGB32)
    canvas.fill(0xFFFFFF)
    painter = QPainter(canvas)
    y = 0
    for image in images:
        painter.drawImage(0, y, image)
        y += image.height() + 10
    painter.end()
    canvas.save(str(target))
    print(target)


if __name__ == "__main__":
    main()
