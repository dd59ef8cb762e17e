"""Capture the main window of the real program to a PNG (for README and docs).

Usage: python tools/screenshot.py --db URL --out docs/main-window.png [--search TEXT] [--section N]
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--search", default="")
    parser.add_argument("--section", type=int, default=0)
    parser.add_argument("--size", default="1360x820")
    parser.add_argument("--language", default="en", choices=("en", "fr", "ar"))
    args = parser.parse_args()

    from registry_app.gui.app import create_application
    from registry_app.gui.main_window import MainWindow
    from registry_app.services.actors import local_actor
    from registry_app.store.database import db, parse_url
    from registry_app.store.migrations import current_version
    from registry_app.store.schema import init_db

    app = create_application(args.language)
    target = parse_url(args.db)
    init_db(target)
    window = MainWindow(target.describe(), "--db", current_version(db.obj), local_actor(), args.language)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.ui.navigation.setCurrentRow(args.section)
    if args.search:
        window.participants_page.ui.searchEdit.setText(args.search)
    for _ in range(5):
        app.processEvents()
    window.grab().save(args.out)
    print(args.out)


if __name__ == "__main__":
    main()
