"""The command line of certificates: keys, graduation and verification."""

from __future__ import annotations

import getpass
import os
import sys
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
    from .cli_progress import bar

    passphrase = _passphrase()
    with bar("certificates", unit="PDF") as progress:
        graduation = certificates.issue(actor, course.id, passphrase,
                                        progress=lambda done, total: progress(done, total))
    issued = graduation.issued
    if not issued:
        print(f"{course.code}: no certificate to issue (all issued already, or nobody eligible).")
        return 0
    merged = graduation.write(out, course.code, zipped=args.zip)
    print(f"{len(issued)} certificate(s) issued for {course.code}: {merged} and one PDF each in {out}")
    return 0


def _verify(args, db_url, open_register) -> int:
    from .services.certificates import keys as sealing
    from .services.certificates import verification

    with_register = not args.trust
    if args.trust:
        trust = sealing.read_trust_file(Path(args.trust))
    else:
        open_register(db_url)
        from .cli_accounts import sign_in

        sign_in(args.user)
        trust = sealing.trust_list()
    if args.serial:
        if not with_register:
            print("registry-app: a serial is looked up in the register; give --qr-text or --image with --trust.",
                  file=sys.stderr)
            return 2
        reports = [verification.check_serial(args.serial, trust)]
    else:
        texts = [args.qr_text] if args.qr_text else verification.qr_texts(Path(args.image))
        reports = [verification.check_text(text, trust, with_register) for text in texts]
    return max(_print_report(report) for report in reports)


def _print_report(report) -> int:
    seal = report.seal
    if seal is None:
        print(f"Register: {report.register_status} — no certificate has that serial.")
        return 1
    if seal.valid:
        print(f"Signature VALID (key {seal.key.kid}, valid from {seal.key.valid_from:%d %B %Y}).")
    else:
        print(f"Signature NOT VALID: {seal.problem}")
    if seal.payload:
        p = seal.payload
        print(f"  Serial: {p.serial}\n  Name: {p.name}\n  Programme: {p.programme} ({p.course})\n"
              f"  Dates: {p.start:%d %B %Y} to {p.end:%d %B %Y}, {p.hours} hours\n  Outcome: {p.outcome}\n"
              f"  Issued: {p.issued:%d %B %Y}")
    if report.register_status:
        extra = f" ({report.reason})" if report.reason else ""
        print(f"Register: {report.register_status}{extra}")
    return 0 if seal.valid and report.register_status in (None, "valid") else 1
