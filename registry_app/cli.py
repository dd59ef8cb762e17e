"""The command line: no subcommand opens the window; subcommands do the same work without it."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from . import APP_NAME, __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="registry-app", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="sqlite:///path/to/file.db or postgresql://user@host/database "
                             "(default: REGISTRY_DB, then the settings, then the file in your data folder)")
    parser.add_argument("--user", metavar="NAME",
                        help="sign in as NAME; the password is asked on the terminal, or read as one line "
                             "of standard input when that is not a terminal")
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
    reprint = certificate_commands.add_parser("print", help="print the originals of a course's issued certificates "
                                                            "again, the same bytes as first printed")
    reprint.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    reprint.add_argument("--course", required=True, metavar="CODE")
    reprint.add_argument("--out", required=True, metavar="DIR")
    reprint.add_argument("--zip", action="store_true", help="also put the single PDFs in one .zip")

    verify = commands.add_parser(
        "verify", help="verify a certificate, with the register or a trust file only; exit 0: valid and not revoked, "
                       "3: signature valid but revocation not checked, 1: not valid, 2: nothing could be read")
    verify.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    what = verify.add_mutually_exclusive_group(required=True)
    what.add_argument("--qr-text", metavar="TEXT")
    what.add_argument("--image", metavar="FILE", help="a picture or a PDF of the certificate")
    what.add_argument("--serial", metavar="S")
    verify.add_argument("--trust", metavar="FILE.json", help="verify with this trust file, without the register")
    verify.add_argument("--revocations", metavar="FILE", help="the centre's signed revocation list, to check with "
                                                              "the trust file whether the certificate was withdrawn")

    verifier = commands.add_parser("verifier", help="the verifier page the centre publishes")
    verifier_commands = verifier.add_subparsers(dest="verifier_command", required=True, metavar="ACTION")
    publish = verifier_commands.add_parser(
        "publish", help="write the static verifier site (page, trust file, programme catalogue, signed revocation "
                        "list) into a folder to copy to any web host or share; the passphrase signs the list")
    publish.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    publish.add_argument("--out", required=True, metavar="DIR")
    publish.add_argument("--revocations", metavar="FILE", help="an already signed revocation list, instead of "
                                                               "signing one now")

    self_test = commands.add_parser("self-test", help="check this installation end to end in a throwaway register: "
                                                      "a course graduates, its sheets print, a certificate verifies")
    self_test.add_argument("--graduates", type=int, default=60, metavar="N")
    self_test.add_argument("--keep", metavar="DIR", help="do the check in DIR and keep what it made")
    self_test.add_argument("--administrator", metavar="NAME",
                           help="with --keep: the kept register's administrator, whose password is asked "
                                "(or read from standard input), to use the register afterwards")

    from . import cli_backups

    cli_backups.add_commands(commands)

    from .cli_accounts import add_audit_parsers, add_db_parsers, add_parsers

    add_parsers(commands)
    add_audit_parsers(commands)
    add_db_parsers(commands)

    from . import cli_nominations

    cli_nominations.add_commands(commands)

    from . import cli_reports

    cli_reports.add_commands(commands)

    info = commands.add_parser("info", help="say which register is open and what it holds")
    info.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db_url = getattr(args, "sub_db", None) or args.db
    if args.command is None:
        from .gui.app import run  # Qt is loaded only for the window

        try:
            password = None
            if args.smoke_test and args.user:
                from .cli_accounts import read_password

                password = read_password(f"Password of {args.user}: ")
            return run(db_url, smoke_test=args.smoke_test, username=args.user, password=password)
        except Exception as exc:  # noqa: BLE001 - a smoke test's sign-in refused: one line, not a traceback
            return _said(exc)
    try:
        if args.command == "demo":
            return _demo(db_url, args)
        if args.command == "print":
            return _print(db_url, args)
        if args.command == "self-test":
            return _self_test(args)
        if args.command in ("keys", "certificates", "verify", "verifier"):
            from . import cli_certificates

            return cli_certificates.run(args, db_url, _open)
        if args.command in ("nominations", "import", "export"):
            from . import cli_nominations

            return cli_nominations.run(args, db_url, _open)
        if args.command == "report":
            from . import cli_reports

            return cli_reports.run(args, db_url, _open)
        if args.command in ("backup", "restore", "check"):
            from . import cli_backups

            return cli_backups.run(args, db_url, _open)
        if args.command == "db":
            from .cli_accounts import run_db

            _open(db_url)
            return run_db(args)
        if args.command == "audit":
            from .cli_accounts import run_audit

            _open(db_url)
            return run_audit(args)
        if args.command == "users":
            from .cli_accounts import run_users

            _open(db_url)
            return run_users(args)
        return _info(db_url, args)
    except KeyboardInterrupt:
        print("registry-app: interrupted; what was not committed was rolled back.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place the command line turns errors into a line
        return _said(exc)


def _said(exc: Exception) -> int:
    """A refusal is said as its sentence (exit 2); a file that cannot be read or written likewise;
    anything else is a bug: one line here, the traceback in the log (exit 70, as sysexits' EX_SOFTWARE)."""
    from .domain.errors import Refusal

    if isinstance(exc, Refusal):
        print(f"registry-app: {exc}", file=sys.stderr)
        return 2
    if isinstance(exc, OSError) and exc.filename:
        print(f"registry-app: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    from .services import bugs

    print(f"registry-app: {bugs.one_line(exc, bugs.record(exc, 'command line'))}", file=sys.stderr)
    return 70


def _open(db_url: str | None):
    from .services import opening

    return opening.open_register(opening.choose(db_url))


def _demo(db_url: str | None, args) -> int:
    from .cli_accounts import sign_in
    from .cli_progress import bar
    from .services.demo import generate

    register = _open(db_url)
    actor = sign_in(args.user)
    print(f"Filling {register.description} with {args.participants:,} participants (seed {args.seed})...")
    with bar("demo", total=100, unit="%") as progress:
        summary = generate(actor, participants=args.participants, seed=args.seed, today=args.today,
                           progress=lambda percent, text: progress(percent, text=text))
    print(
        f"Done in {summary.seconds:.1f} s: {summary.participants:,} participants, "
        f"{summary.organisations:,} organisations, {summary.programmes} programmes, "
        f"{summary.courses:,} courses, {summary.trainers} trainers, {summary.enrolments:,} enrolments, "
        f"{summary.attendance_marks:,} attendance marks."
    )
    return 0


def _print(db_url: str | None, args) -> int:
    from pathlib import Path

    from .cli_accounts import sign_in
    from .services.courses import documents as course_documents

    _open(db_url)
    sign_in(args.user)
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


def _self_test(args) -> int:
    import tempfile
    from pathlib import Path

    from .services import installation_check

    administrator = None
    if args.administrator:
        if not args.keep:
            print("registry-app: --administrator goes with --keep: a throwaway register needs none.", file=sys.stderr)
            return 2
        from .cli_accounts import read_password

        administrator = (args.administrator, read_password(f"Password of {args.administrator}: ", confirm=True))

    def run(folder: Path) -> int:
        report = installation_check.run(folder, args.graduates, step=lambda text: print(f"  {text}", flush=True),
                                        administrator=administrator)
        print(f"self-test passed: {report.certificates} certificates issued and sealed ({report.merged_pdf}), "
              f"sign-in sheet printed, certificate {report.verified_serial} verified from its PDF")
        return 0

    if args.keep:
        return run(Path(args.keep))
    with tempfile.TemporaryDirectory(prefix="registry-self-test-") as folder:
        return run(Path(folder))


def _info(db_url: str | None, args) -> int:
    from .cli_accounts import sign_in
    from .services.register.overview import totals

    register = _open(db_url)
    sign_in(args.user)
    print(register.description)
    print(f"schema version {register.schema_version}")
    counts = totals()
    for name in ("participants", "organisations", "courses", "enrolments"):
        print(f"{name}: {counts[name]:,}")
    return 0
