"""The command line: no subcommand opens the window; subcommands do the same work without it."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

from . import APP_NAME, __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="registry-app", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="sqlite:///path/to/file.db or postgresql://user@host/database "
                             "(default: REGISTRY_DB, then the settings, then the file in your data folder)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window, then close it at once (checks an installation)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty register with demo data")
    demo.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    demo.add_argument("--participants", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=2021, metavar="S")
    demo.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                      help="the day the demo is generated as of (default: today)")

    printing = commands.add_parser("print", help="a course's sign-in sheets, roster or name cards, as PDF")
    printing.add_argument("document", choices=("sign-in-sheet", "roster", "name-cards"))
    printing.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    printing.add_argument("--course", required=True, metavar="CODE", help="e.g. INV-101/2026-03")
    printing.add_argument("--out", required=True, metavar="FILE.pdf")
    printing.add_argument("--day", type=int, metavar="N", help="sign-in sheet of day N only")
    printing.add_argument("--whole-course", action="store_true",
                          help="sign-in sheet: every half-day of the course on one grid")
    printing.add_argument("--blank", action="store_true", help="sign-in sheet without names, for walk-ins")

    keys = commands.add_parser("keys", help="the centre's signing keys")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    create = keys_commands.add_parser("create", help="a new key pair; it seals from now on (passphrase asked, "
                                                     "or REGISTRY_KEY_PASSPHRASE)")
    create.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    create.add_argument("--valid-from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    trust = keys_commands.add_parser("export-trust", help="write the trust file the centre publishes")
    trust.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    trust.add_argument("--out", required=True, metavar="FILE.json")

    certificates = commands.add_parser("certificates", help="graduation: issue a closed course's certificates")
    certificate_commands = certificates.add_subparsers(dest="certificates_command", required=True, metavar="ACTION")
    issue = certificate_commands.add_parser("issue", help="issue every certificate of a closed course")
    issue.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    issue.add_argument("--course", required=True, metavar="CODE")
    issue.add_argument("--out", required=True, metavar="DIR")
    issue.add_argument("--zip", action="store_true", help="also put the single PDFs in one .zip")

    verify = commands.add_parser("verify", help="verify a certificate, with the register or a trust file only")
    verify.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    what = verify.add_mutually_exclusive_group(required=True)
    what.add_argument("--qr-text", metavar="TEXT")
    what.add_argument("--image", metavar="FILE", help="a picture or a PDF of the certificate")
    what.add_argument("--serial", metavar="S")
    verify.add_argument("--trust", metavar="FILE.json", help="verify with this trust file, without the register")

    info = commands.add_parser("info", help="say which register is open and what it holds")
    info.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db_url = getattr(args, "sub_db", None) or args.db
    if args.command is None:
        from .gui.app import run  # Qt is loaded only for the window

        return run(db_url, smoke_test=args.smoke_test)
    try:
        if args.command == "demo":
            return _demo(db_url, args)
        if args.command == "print":
            return _print(db_url, args)
        if args.command in ("keys", "certificates", "verify"):
            from . import cli_certificates

            return cli_certificates.run(args, db_url, _open)
        return _info(db_url)
    except Exception as exc:  # noqa: BLE001 - the command line says what went wrong, in one line
        from .seal.keys import WrongPassphrase
        from .services.certificates.graduation import GraduationRefused
        from .services.courses.documents import CourseNotFound, DayNotInCourse
        from .services.demo.generator import DemoRefused
        from .services.certificates.keys import NoSigningKey
        from .services.certificates.verification import NoCodeFound
        from .store.database import DatabaseUrlError, NetworkDriveError

        if isinstance(exc, (DatabaseUrlError, NetworkDriveError, DemoRefused, CourseNotFound, DayNotInCourse,
                            OSError, WrongPassphrase, GraduationRefused, NoSigningKey, NoCodeFound)):
            print(f"registry-app: {exc}", file=sys.stderr)
            return 2
        raise


def _open(db_url: str | None):
    from .config import choose_database
    from .store.database import parse_url
    from .store.schema import init_db

    chosen = choose_database(db_url)
    target = parse_url(chosen.url)
    init_db(target)
    return target


def _demo(db_url: str | None, args) -> int:
    from .services.actors import local_actor
    from .services.demo import generate

    target = _open(db_url)
    print(f"Filling {target.describe()} with {args.participants:,} participants (seed {args.seed})...")

    started = time.perf_counter()

    def progress(percent: int, text: str) -> None:
        print(f"  {percent:3d} %  {time.perf_counter() - started:6.1f} s  {text}", flush=True)

    summary = generate(local_actor(), participants=args.participants, seed=args.seed,
                       today=args.today, progress=progress)
    print(
        f"Done in {summary.seconds:.1f} s: {summary.participants:,} participants, "
        f"{summary.organisations:,} organisations, {summary.programmes} programmes, "
        f"{summary.courses:,} courses, {summary.trainers} trainers, {summary.enrolments:,} enrolments, "
        f"{summary.attendance_marks:,} attendance marks."
    )
    return 0


def _print(db_url: str | None, args) -> int:
    from pathlib import Path

    from .services.courses import documents as course_documents

    _open(db_url)
    if args.document != "sign-in-sheet" and (args.day or args.blank or args.whole_course):
        print("registry-app: --day, --blank and --whole-course are for the sign-in sheet.", file=sys.stderr)
        return 2
    data = course_documents.pdf(args.document, args.course, day=args.day, whole_course=args.whole_course,
                                blank=args.blank)
    out = Path(args.out)
    temporary = out.with_name(out.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(out)  # a reader never sees half a file
    print(f"{out} ({len(data) // 1024} KB)")
    return 0


def _info(db_url: str | None) -> int:
    from .store.migrations import current_version
    from .store.database import db
    from .store.models import Course, Enrolment, Organisation, Participant

    target = _open(db_url)
    print(target.describe())
    print(f"schema version {current_version(db.obj)}")
    for model in (Participant, Organisation, Course, Enrolment):
        print(f"{model.__name__.lower()}s: {model.select().count():,}")
    return 0
