"""The command line's backups: `backup [--out FILE]`, `restore FILE` and `check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_commands(commands) -> None:
    backup = commands.add_parser("backup", help="back up the register now (checked; rotated in its backups folder)")
    backup.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    backup.add_argument("--out", metavar="FILE", type=Path, help="write the backup to FILE instead")
    restore = commands.add_parser("restore", help="replace the register by a backup (the register as it was is kept)")
    restore.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    restore.add_argument("file", metavar="FILE", type=Path)
    check = commands.add_parser("check", help="check the whole register: integrity, foreign keys, audit trail")
    check.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)


def run(args, db_url: str | None, open_register) -> int:
    if args.command == "backup":
        return _backup(args, db_url, open_register)
    if args.command == "restore":
        return _restore(args, db_url)
    return _check(args, db_url, open_register)


def _backup(args, db_url: str | None, open_register) -> int:
    from .cli_accounts import sign_in
    from .cli_progress import bar
    from .services.backups.copies import back_up_now

    open_register(db_url)
    actor = sign_in(args.user)
    with bar("backup", unit="page") as progress:
        made = back_up_now(actor, args.out, progress=progress)
    print(f"{made.path} ({made.size / 1_000_000:.1f} MB, checked)")
    return 0


def _restore(args, db_url: str | None) -> int:
    from .cli_accounts import NoPassword, sign_in
    from .services import opening
    from .services.backups import restoring

    choice = opening.choose(db_url)
    try:
        opening.open_register(choice)
    except opening.DamagedRegister as damaged:
        if not args.user:
            raise NoPassword("Say who restores the damaged register: registry-app --user NAME restore FILE.") from None
        restored = restoring.restore_damaged(damaged.path, args.file, args.user)
    else:
        restored = restoring.restore(sign_in(args.user), args.file)
    print(f"The register is restored from {restored.backup}.")
    print(f"The register as it was is kept as {restored.kept_aside}.")
    return 0


def _check(args, db_url: str | None, open_register) -> int:
    from .cli_accounts import sign_in
    from .domain.permissions import Action
    from .services.backups.restoring import check_register

    register = open_register(db_url)
    sign_in(args.user).require(Action.VIEW_AUDIT)
    problems = check_register()
    for problem in problems:
        print(f"registry-app: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"{register.description}: sound (integrity, foreign keys and the audit trail checked).")
    return 0
