"""The command line of certificates: keys, graduation and verification."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import date
from pathlib import Path

PASSPHRASE_VARIABLE = "REGISTRY_KEY_PASSPHRASE"


def _passphrase(confirm: bool = False) -> str:
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    passphrase = getpass.getpass("Passphrase of the signing key: ")
    if confirm and getpass.getpass("The same passphrase again: ") != passphrase:
        raise SystemExit("registry-app: the two passphrases differ; nothing was created.")
    return passphrase


def run(args, db_url, open_register) -> int:
    if args.command == "verify":
        return _verify(args, db_url, open_register)
    open_register(db_url)
    from .cli_accounts import sign_in

    actor = sign_in(args.user)
    if args.command == "keys":
        return _keys(args, actor)
    if args.command == "verifier":
        return _publish(args, actor)
    return _issue(args, actor)


def _keys(args, actor) -> int:
    from .services.certificates import keys as sealing

    if args.keys_command == "export-trust":
        Path(args.out).write_text(sealing.trust_list().to_json(), encoding="utf-8")
        print(f"{args.out}: {len(sealing.trust_list().keys)} key(s)")
        return 0
    key = sealing.new_key(actor, _passphrase(confirm=True), args.valid_from)
    print(f"Key {key.kid} created; its private half is in {sealing.keys_dir()}, encrypted with your passphrase.")
    print("Publish the trust file (registry-app keys export-trust) so that others can verify certificates.")
    return 0


def _publish(args, actor) -> int:
    from .services.certificates import publishing

    revocations = Path(args.revocations).read_text(encoding="utf-8") if args.revocations else None
    site = publishing.publish(actor, Path(args.out), None if revocations else _passphrase(), revocations)
    print(f"{site.folder}: the verifier page with {site.keys} key(s), {site.programmes} programme(s) and "
          f"{site.revoked} revoked certificate(s). Copy the folder to the verification address.")
    return 0


def _issue(args, actor) -> int:
    from .services.certificates import graduation as certificates
    from .services.courses import lookup as courses

    course = courses.find_course(args.course)
    out = Path(args.out)
    if args.certificates_command == "print":
        return _print_again(actor, course, out, args.zip)
    from .cli_progress import bar

    passphrase = _passphrase()
    with bar("certificates", unit="PDF") as progress:
        graduation = certificates.issue(actor, course.id, passphrase, out=out, zipped=args.zip,
                                        progress=lambda done, total: progress(done, total))
    issued = graduation.issued
    if not issued:
        print(f"{course.code}: no certificate to issue (all issued already, or nobody eligible).")
        return 0
    merged = graduation.write(out, course.code, zipped=args.zip)
    print(f"{len(issued)} certificate(s) issued for {course.code}: {merged} and one PDF each in {out}")
    return 0


def _print_again(actor, course, out: Path, zipped: bool) -> int:
    from .services.certificates import printing

    printed = printing.print_again(actor, course.id, out, zipped=zipped)
    if not printed.serials:
        print(f"{course.code}: no valid certificate to print.")
        return 0
    print(f"{len(printed.serials)} original(s) of {course.code} printed again, as first issued: {printed.merged} "
          f"and one PDF each in {out}")
    return 0


EXIT_VALID, EXIT_NOT_VALID, EXIT_UNREAD, EXIT_REVOCATION_UNKNOWN = 0, 1, 2, 3


def _verify(args, db_url, open_register) -> int:
    from .services.certificates import keys as sealing
    from .services.certificates import verification

    with_register = not args.trust
    revocations = None
    if args.trust:
        trust = sealing.read_trust_file(Path(args.trust))
        if args.revocations:
            revocations = verification.read_revocations(Path(args.revocations), trust)
    else:
        open_register(db_url)
        from .cli_accounts import sign_in

        sign_in(args.user)
        trust = sealing.trust_list()
    if args.serial is not None:
        if not with_register:
            print("registry-app: a serial is looked up in the register; give --qr-text or --image with --trust.",
                  file=sys.stderr)
            return EXIT_UNREAD
        reports = [verification.check_serial(args.serial, trust)]
    elif args.qr_text is not None:
        reports = [verification.check_text(args.qr_text, trust, with_register, revocations)]
    else:
        reports = [verification.check_text(text, trust, with_register, revocations)
                   for text in verification.qr_texts(Path(args.image))]
    codes = [_print_report(report, trust, with_register) for report in reports]
    if len(reports) > 1:
        valid = sum(1 for c in codes if c == EXIT_VALID)
        print(f"{len(reports)} certificates: {valid} valid, {codes.count(EXIT_REVOCATION_UNKNOWN)} with a valid "
              f"signature but revocation not checked, {codes.count(EXIT_NOT_VALID)} not valid.")
    return EXIT_NOT_VALID if EXIT_NOT_VALID in codes else max(codes)


def _print_report(report, trust, with_register: bool) -> int:
    from .services.certificates.verification import Verdict, as_printed

    seal = report.seal
    if seal is None:
        print("NOT VALID: no certificate has that serial in the register.")
        return EXIT_NOT_VALID
    verdict = report.verdict
    if verdict is Verdict.VALID:
        checked = "in the register" if with_register else \
            f"against the revocation list of {report.revocations.issued:%d %B %Y}"
        print(f"VALID: the signature is good (key {seal.key.kid}) and the certificate is not revoked "
              f"(checked {checked}).")
    elif verdict is Verdict.VALID_UNCHECKED:
        print(f"SIGNATURE VALID (key {seal.key.kid}), REVOCATION NOT CHECKED: give the centre's revocation list "
              f"(--revocations FILE) to know whether it was withdrawn.")
    elif not seal.valid:
        print(f"NOT VALID: {seal.problem}")
    else:
        extra = f": {report.reason}" if report.reason else ""
        print(f"NOT VALID: the signature is good but the certificate was {report.register_status}{extra}.")
    if report.revocations is not None and report.revocations.out_of_date(date.today()):
        print(f"  Warning: this revocation list was due to be replaced on {report.revocations.next_update:%d %B %Y}; "
              "fetch the centre's latest.")
    if seal.payload:
        printed = as_printed(seal.payload, trust)
        print(f"  Serial: {printed.serial}")
        for name in printed.names:
            print(f"  Name: {name}")
        for language, title in printed.programmes:
            print(f"  Programme ({language}): {title}")
        print(f"  Programme code: {printed.programme_code or '-'}; course: {printed.course}\n"
              f"  Dates: {printed.start:%d %B %Y} to {printed.end:%d %B %Y}, {printed.hours} hours\n"
              f"  Outcome: {printed.outcome}\n  Issued: {printed.issued:%d %B %Y}")
    if with_register and report.register_status:
        extra = f" ({report.reason})" if report.reason else ""
        print(f"Register: {report.register_status}{extra}")
    return {Verdict.VALID: EXIT_VALID, Verdict.VALID_UNCHECKED: EXIT_REVOCATION_UNKNOWN}.get(verdict, EXIT_NOT_VALID)
