"""Signing in on the command line, and the commands of accounts: `users` and `audit`.

The password is asked on the terminal, or read as one line of standard input when that is not a
terminal (for scripts); never taken from an environment variable or the command line."""

from __future__ import annotations

import getpass
import sys

from .domain.errors import Refusal


class NoPassword(Refusal):
    pass


def read_password(prompt: str, confirm: bool = False) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(prompt)
        if confirm and getpass.getpass("The same password again: ") != password:
            raise NoPassword("The two passwords differ; nothing was changed.")
        return password
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise NoPassword("No password was given: type it when asked, or send one line on standard input.")
    return line.rstrip("\r\n")


def sign_in(username: str | None, offer_checkpoint: bool = True):
    """The actor of --user NAME, once their password is checked; then the daily checkpoint of the audit
    trail, when it is due and this person may sign it."""
    from .services.accounts import signing_in

    if not username:
        if not signing_in.has_users():
            raise NoPassword("This register has no user yet: create the first administrator with "
                             "registry-app users add NAME --role admin.")
        raise NoPassword("Sign in: registry-app --user NAME COMMAND (the password is asked).")
    actor = signing_in.sign_in(username, read_password(f"Password of {username}: "))
    if offer_checkpoint:
        offer_daily_checkpoint(actor)
    return actor


def offer_daily_checkpoint(actor, now=None) -> bool:
    """On a terminal, the passphrase of the signing key is asked for the day's checkpoint (Enter skips);
    a script (no terminal) is reminded on standard error and goes on. A failure never stops the command."""
    from .services.audit_trail import checkpoints

    if not checkpoints.due_for(actor, now):
        return False
    if sys.stdin is None or not sys.stdin.isatty():
        print(f"registry-app: the daily checkpoint of the audit trail is due: registry-app --user "
              f"{actor.username} audit checkpoint", file=sys.stderr)
        return False
    passphrase = getpass.getpass("The daily checkpoint of the audit trail is due. Passphrase of the signing key "
                                 "(Enter to skip): ")
    if not passphrase:
        return False
    try:
        made = checkpoints.make(actor, passphrase, reason="daily", now=now)
    except Refusal as refusal:
        print(f"registry-app: no checkpoint: {refusal}", file=sys.stderr)
        return False
    print(f"Daily checkpoint signed ({made.written_down()}), written to {checkpoints.checkpoint_file()}.",
          file=sys.stderr)
    return True


def add_parsers(commands) -> None:
    import argparse

    from .domain.enums import Role

    users = commands.add_parser("users", help="the register's users (an administrator's work)")
    users_commands = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    add = users_commands.add_parser("add", help="add a user; the first administrator of a new register needs "
                                                "no --user")
    add.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", required=True, choices=Role.values())
    add.add_argument("--name", metavar="TEXT", help="the name shown in the audit trail (default: NAME)")
    listing = users_commands.add_parser("list", help="the users, their roles and whether they are active")
    listing.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    login = users_commands.add_parser("login", help="give a user a PostgreSQL login of their own, in the group of "
                                                    "their role (a register on a server)")
    login.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    login.add_argument("username", metavar="NAME")
    password = users_commands.add_parser("password", help="change your own password")
    password.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)


def run_users(args) -> int:
    from .services.accounts import signing_in, users

    if args.users_command == "add" and not signing_in.has_users():
        if args.role != "admin":
            raise NoPassword("The first user of a register is its administrator: use --role admin.")
        password = read_password(f"New password of {args.username}: ", confirm=True)
        actor = signing_in.create_first_administrator(args.username, args.name or args.username, password)
        print(f"{actor.username} is the register's first administrator.")
        return 0
    actor = sign_in(args.user)
    if args.users_command == "add":
        password = read_password(f"New password of {args.username}: ", confirm=True)
        row = users.add_user(actor, args.username, args.name or args.username, args.role, password)
        print(f"{row.username} added as {row.role.value}.")
    elif args.users_command == "login":
        return run_login(args, actor)
    elif args.users_command == "password":
        current = read_password("Current password: ")
        new = read_password("New password: ", confirm=True)
        signing_in.change_password(actor, current, new)
        print("Password changed.")
    else:
        for row in users.list_users(actor):
            state = "active" if row.active else "deactivated"
            locked = f", locked until {row.locked_until:%Y-%m-%d %H:%M} UTC" if row.locked_until else ""
            print(f"{row.username:<24} {row.role.value:<10} {state}{locked}  {row.display_name}")
    return 0


def add_audit_parsers(commands) -> None:
    import argparse

    audit = commands.add_parser("audit", help="the audit trail: signed checkpoints and their verification")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    checkpoint = audit_commands.add_parser("checkpoint", help="sign the head of the audit trail with the centre's "
                                                              "key (passphrase asked, or REGISTRY_KEY_PASSPHRASE)")
    checkpoint.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    checkpoint.add_argument("--out", metavar="FILE", help="append the checkpoint to FILE, kept away from the "
                                                          "register (default: the file set by `audit file`)")
    where = audit_commands.add_parser("file", help="show, or set (administrators), the file every checkpoint is "
                                                   "also written to, kept away from the register")
    where.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    where.add_argument("path", metavar="FILE", nargs="?", help="the file's full path")
    verify = audit_commands.add_parser("verify", help="check the audit trail against its signed checkpoints")
    verify.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    verify.add_argument("--checkpoints", metavar="FILE", help="the checkpoints file kept away from the register")


def run_audit(args) -> int:
    from pathlib import Path

    from .cli_certificates import _passphrase
    from .services.audit_trail import checkpoints, verification

    actor = sign_in(args.user, offer_checkpoint=args.audit_command != "checkpoint")
    if args.audit_command == "checkpoint":
        out = Path(args.out) if args.out else None
        made = checkpoints.make(actor, _passphrase(), out=out)
        print(f"Checkpoint signed: {made.written_down()}")
        print(f"Written to the register and to {out or checkpoints.checkpoint_file()}; keep a copy elsewhere.")
        return 0
    if args.audit_command == "file":
        if args.path:
            checkpoints.choose_checkpoint_file(actor, Path(args.path))
        print(f"Checkpoints are written to the register and to {checkpoints.checkpoint_file()}.")
        return 0
    verdict = verification.verify(actor, Path(args.checkpoints) if args.checkpoints else None)
    print(verdict.summary())
    for problem in verdict.problems:
        print(f"  {problem.sentence()}")
    return 0 if verdict.sound else 1


def add_db_parsers(commands) -> None:
    import argparse

    database = commands.add_parser("db", help="a shared PostgreSQL register: group roles and grants")
    database_commands = database.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    setup = database_commands.add_parser("setup", help="as the schema owner (--db postgresql://owner@host/db): "
                                                       "create the group roles of the program's roles and their "
                                                       "GRANTs; run again after each upgrade")
    setup.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)


def run_db(args) -> int:
    from .services.accounts import database_logins

    groups = database_logins.setup()
    print("Group roles ready: " + ", ".join(groups) + ".")
    print("The audit trail is append-only for all of them. Give each person a login of their own from the "
          "Users page, or: registry-app --user ADMIN users login NAME.")
    return 0


def run_login(args, actor) -> int:
    from .services.accounts import database_logins, users

    row = next((u for u in users.list_users(actor) if u.username == args.username), None)
    if row is None:
        raise NoPassword(f"No user is named {args.username}.")
    password = read_password(f"Password of {args.username}'s PostgreSQL login: ", confirm=True)
    login = database_logins.create_login(actor, row.user_id, password)
    print(f"{args.username} signs in to the server as {login} ({row.role.value}).")
    return 0
