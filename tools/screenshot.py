"""Capture the main window of the real program to a PNG (for README and docs).

Usage: python tools/screenshot.py --db URL --out docs/main-window.png [--search TEXT] [--section N]
       [--user NAME --password PASSWORD]  (made the first administrator of a register without users)
       [--demo N]  (an empty register is first filled with N demo participants)
       python tools/screenshot.py --db sqlite:////tmp/guide.db --demo 2000 --guide
         the user guide's pictures: every page at 1024x768 in English and French, into
         resources/help/images (one process per language)
       python tools/screenshot.py --db URL --all FOLDER [--language fr] [--size 1024x768]
         every page of the window, one PNG each (FOLDER/<language>-<page>.png): for checking the
         layout in each language and for the user guide's pictures.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="")
    parser.add_argument("--all", default="", help="a folder: every page of the window, one PNG each")
    parser.add_argument("--search", default="")
    parser.add_argument("--section", type=int, default=0)
    parser.add_argument("--size", default="1360x820")
    parser.add_argument("--language", default="en", choices=("en", "fr", "ar"))
    parser.add_argument("--user", default="registry-office")
    parser.add_argument("--password", default="pictures for the guide")
    parser.add_argument("--demo", type=int, default=0)
    parser.add_argument("--guide", action="store_true", help="the user guide's pictures")
    # The status bar names the open register: the pictures show where an office keeps it, not the
    # temporary file they were taken on.
    parser.add_argument("--shown-as", default=r"SQLite: D:\Registry\register.sqlite3")
    args = parser.parse_args()
    if args.guide:
        guide_pictures(args)
        return

    from registry_app.gui.app import create_application
    from registry_app.gui.main_window import MainWindow
    from registry_app.store.database import db, parse_url
    from registry_app.store.migrations import current_version
    from registry_app.store.schema import init_db

    app = create_application(args.language)
    target = parse_url(args.db)
    init_db(target)
    actor = signed_in(args.user, args.password)
    if args.demo:
        from registry_app.services.demo import generate
        from registry_app.services.register import overview

        if not overview.totals()["participants"]:
            generate(actor, participants=args.demo, seed=3)
    window = MainWindow(args.shown_as or target.describe(), "--db", current_version(db.obj), actor, args.language)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if args.all:
        for path in every_page(app, window, Path(args.all), args.language):
            print(path)
        return
    window.ui.navigation.setCurrentRow(args.section)
    if args.search:
        window.participants_page.ui.searchEdit.setText(args.search)
    for _ in range(5):
        app.processEvents()
    window.grab().save(args.out)
    print(args.out)


def signed_in(username: str, password: str):
    from registry_app.services.accounts import signing_in

    if not signing_in.has_users():
        return signing_in.create_first_administrator(username, "Registry office", password)
    return signing_in.sign_in(username, password)


def guide_pictures(args) -> None:
    """Each language in a process of its own: Qt's translators and layout are chosen at start."""
    import subprocess
    import sys

    folder = Path(__file__).resolve().parent.parent / "resources" / "help" / "images"
    for language in ("en", "fr"):
        subprocess.run([sys.executable, __file__, "--db", args.db, "--all", str(folder), "--language", language,
                        "--size", "1024x768", "--shown-as", args.shown_as, "--user", args.user, "--password", args.password,
                        "--demo", str(args.demo or 2000)], check=True)


PAGES = ("participants", "organisations", "programmes", "courses", "trainers", "attendance", "certificates",
         "reports", "settings")


def every_page(app, window, folder: Path, language: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for section, name in enumerate(PAGES):
        if section >= window.ui.navigation.count():
            break
        window.ui.navigation.setCurrentRow(section)
        for _ in range(5):
            app.processEvents()
        path = folder / f"{language}-{name}.png"
        window.grab().save(str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    main()
