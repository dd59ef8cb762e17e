"""The command line of nominations and lists: `nominations template`, `import nominations` and
`export`. Exit codes of an import: 0 imported (or, with --dry-run, importable as it is), 1 problems
located in the file and nothing written, 2 the file or the course refused."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_PROBLEMS = 1


def add_commands(commands) -> None:
    nominations = commands.add_parser("nominations", help="the nomination workbook sent to member states")
    actions = nominations.add_subparsers(dest="nominations_command", required=True, metavar="ACTION")
    template = actions.add_parser("template", help="write a course's nomination workbook (.xlsx)")
    template.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    template.add_argument("--course", required=True, metavar="CODE")
    template.add_argument("--out", required=True, metavar="FILE.xlsx", type=Path)

    imports = commands.add_parser("import", help="import a file into the register")
    what = imports.add_subparsers(dest="import_command", required=True, metavar="WHAT")
    nominated = what.add_parser("nominations", help="a nomination list (.xlsx .xlsm .xls .ods .csv) into a course, "
                                                    "all or nothing")
    nominated.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    nominated.add_argument("--course", required=True, metavar="CODE")
    nominated.add_argument("file", metavar="FILE", type=Path)
    nominated.add_argument("--dry-run", action="store_true", help="check and match only; write nothing")
    nominated.add_argument("--errors", metavar="FILE.csv", type=Path, help="write every problem found to this CSV file")
    nominated.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the one with headings)")
    nominated.add_argument("--sender", metavar="ORGANISATION",
                           help="the organisation that sent the file (name or acronym): its columns are read as "
                                "last mapped for it, rows without an organisation are its people, and the mapping "
                                "used is remembered for it when the import is written")
    nominated.add_argument("--sender-country", metavar="CODE", help="the sender's country, when several "
                                                                    "organisations have its name")
    nominated.add_argument("--map", metavar="HEADING=FIELD", action="append", default=[], dest="mappings",
                           help="read the column headed HEADING as FIELD (family_name, given_names, sex, "
                                "birth_date, nationality, organisation, ... or their names in English, French or "
                                "Arabic); may be repeated; overrides the sender's remembered mapping")

    export = commands.add_parser("export", help="a list of the register as .xlsx or .csv (by the file's extension)")
    export.add_argument("list", choices=("participants", "nominations", "attendance"))
    export.add_argument("--db", metavar="URL", dest="sub_db", help=argparse.SUPPRESS)
    export.add_argument("--course", metavar="CODE", help="the course (nominations, attendance)")
    export.add_argument("--search", default="", metavar="TEXT", help="participants: the search, as typed in the list")
    export.add_argument("--country", metavar="CODE", help="participants: of this nationality only")
    export.add_argument("--out", required=True, metavar="FILE", type=Path)


def run(args, db_url: str | None, open_register) -> int:
    open_register(db_url)
    from .cli_accounts import sign_in

    actor = sign_in(args.user)
    if args.command == "nominations":
        return _template(args, actor)
    if args.command == "export":
        return _export(args, actor)
    return _import(args, actor)


def _write(out: Path, data: bytes) -> None:
    temporary = out.with_name(out.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(out)  # a reader never sees half a file


def _template(args, actor) -> int:
    from .services import nominations

    data = nominations.workbook(actor, args.course)
    _write(args.out, data)
    print(f"{args.out} ({len(data) // 1024} KB)")
    return 0


class _Unusable(ValueError):
    """--sender or --map cannot be used as given: the sentence says why."""


def _sender(args) -> int | None:
    from .services.register import organisations

    if not args.sender:
        if args.sender_country:
            raise _Unusable("--sender-country needs --sender")
        return None
    found = organisations.named(args.sender, args.sender_country)
    if len(found) == 1:
        return found[0][0]
    if not found:
        where = f" in {args.sender_country.upper()}" if args.sender_country else ""
        raise _Unusable(f"no organisation of the register is named {args.sender!r}{where} "
                        "(give its name or acronym as the register has it)")
    countries = ", ".join(sorted({country for _, _, country in found}))
    raise _Unusable(f"{len(found)} organisations are named {args.sender!r} (in {countries}): "
                    "say which with --sender-country CODE")


def _mapping(args) -> dict[str, str]:
    """--map "Heading=field", each: heading -> field."""
    from .services.nominations.headers import field_of
    from .services.nominations.vocabulary import COLUMNS

    mapping: dict[str, str] = {}
    for given in args.mappings:
        heading, equals, name = given.rpartition("=")
        field = field_of(name)
        if not equals or not heading.strip() or field is None:
            fields = ", ".join(column.field for column in COLUMNS)
            raise _Unusable(f"--map {given!r} is not HEADING=FIELD with one of the fields {fields}")
        mapping[heading.strip()] = field
    return mapping


def _unmatched(mapping: dict[str, str], headings: list[str]) -> list[str]:
    from .services.nominations.vocabulary import folded

    present = {folded(heading) for heading in headings}
    return [heading for heading in mapping if folded(heading) not in present]


def _import(args, actor) -> int:
    from .services import nominations

    try:
        sender, mapping = _sender(args), _mapping(args)
    except _Unusable as unusable:
        print(f"registry-app: {unusable}", file=sys.stderr)
        return 2
    try:
        return _import_with(args, actor, sender, mapping)
    except nominations.MappingNeeded as needed:
        print(f"registry-app: {needed}", file=sys.stderr)
        print("Name the columns with --map \"HEADING=FIELD\" (repeated), or with --sender the organisation whose "
              "mapping the register remembers.", file=sys.stderr)
        return 2


def _import_with(args, actor, sender: int | None, mapping: dict[str, str]) -> int:
    from .cli_progress import bar
    from .services import nominations

    with bar("import", total=100, unit="%") as progress:
        try:
            preview = nominations.prepare(actor, args.course, args.file, sheet_name=args.sheet, sender_id=sender,
                                          mapping=mapping,
                                          progress=lambda done, total, text: progress(done * 6 // 10, text=text))
        except nominations.FileRefused as refused:
            if args.errors:
                _write(args.errors, nominations.errors_csv([nominations.Problem(
                    refused.file_name, "", 0, "", "", refused.template, refused.values)]))
            raise
        unmatched = _unmatched(mapping, list(preview.layout.headings.values()))
        if unmatched:
            print(f"registry-app: no column of {preview.file_name} is headed {', '.join(map(repr, unmatched))} "
                  f"(its headings: {', '.join(preview.layout.headings.values())}); nothing was imported.",
                  file=sys.stderr)
            return 2
        problems = preview.problems()
        if args.errors:
            _write(args.errors, nominations.errors_csv(problems))
        blocking = preview.blocking()
        if blocking or args.dry_run:
            progress(100, text="checked")
        else:
            result = nominations.commit(actor, preview, progress=lambda d, t, text: progress(60 + d * 4 // 10, text=text))
    for problem in problems[:50]:
        print(("" if problem.blocking else "note: ") + problem.located(), file=sys.stderr)
    if len(problems) > 50:
        print(f"... and {len(problems) - 50} more" + (f" (all in {args.errors})" if args.errors else ""), file=sys.stderr)
    counts = preview.counts()
    summary = (f"{len(preview.rows)} rows: {counts['new']} new participants, {counts['existing']} in the register, "
               f"{counts['already']} already on the course, {counts['error']} with problems")
    if blocking:
        print(f"{summary}. Nothing was imported: {len(blocking)} problems to fix.", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.dry_run:
        print(f"{summary}. Dry run: nothing was written.")
        return 0
    print(f"{summary}. Imported into {preview.course_code}: {result.nominated} nominated "
          f"({result.created} new participants, {result.organisations} new organisations); "
          f"file SHA-256 {result.sha256[:16]}...")
    return 0


def _export(args, actor) -> int:
    from .services.nominations import lists_out

    kind = args.out.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "csv"):
        print("registry-app: --out must end in .xlsx or .csv", file=sys.stderr)
        return 2
    if args.list == "participants":
        table = lists_out.participants(actor, args.search, country=args.country)
    else:
        if not args.course:
            print(f"registry-app: export {args.list} needs --course", file=sys.stderr)
            return 2
        table = (lists_out.nominations if args.list == "nominations" else lists_out.attendance)(actor, args.course)
    data = lists_out.to_xlsx(table) if kind == "xlsx" else lists_out.to_csv(table)
    _write(args.out, data)
    print(f"{args.out}: {len(table.rows)} rows")
    return 0
