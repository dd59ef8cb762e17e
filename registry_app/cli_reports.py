"""The command line's reports: `report --from D --to D [filters] [--language fr] --out FILE.pdf|.xlsx|.csv`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


def add_commands(commands) -> None:
    report = commands.add_parser(
        "report", help="the figures of a period for donors: a results pack (PDF), a workbook (XLSX) or a CSV")
    report.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    report.add_argument("--from", dest="start", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD",
                        help="courses starting on or after this day")
    report.add_argument("--to", dest="end", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD",
                        help="courses starting on or before this day")
    report.add_argument("--donor", default="", metavar="NAME", help="only courses this donor funds")
    report.add_argument("--thematic-area", default="", metavar="CODE")
    report.add_argument("--programme", default="", metavar="CODE")
    report.add_argument("--country", default="", metavar="ISO", help="participants of this nationality")
    report.add_argument("--region", default="", metavar="NAME", help='e.g. "Western Africa"')
    report.add_argument("--agency-type", default="", metavar="KIND", help="e.g. police, justice, border")
    report.add_argument("--sex", default="", choices=("", "F", "M"))
    report.add_argument("--language", default="en", choices=("en", "fr", "ar"))
    report.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.pdf, FILE.xlsx or FILE.csv")


def run(args, db_url: str | None, open_register) -> int:
    from .cli_accounts import sign_in
    from .services.reports import pack
    from .services.reports.scope import ReportFilters

    open_register(db_url)
    actor = sign_in(args.user)
    filters = ReportFilters(args.start, args.end, donor=args.donor, thematic_area=args.thematic_area,
                            programme=args.programme, country=args.country.upper(), region=args.region,
                            agency_type=args.agency_type, sex=args.sex)
    data = pack.write(actor, filters, args.out, args.language)
    t = data.totals
    print(f"{args.out}: {t.people:,} officials trained, {t.places:,} places, {t.courses:,} courses.")
    return 0
