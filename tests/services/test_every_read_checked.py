"""Every public function of services/ is called with nobody signed in (and, where it takes an actor, with
an actor whose role allows nothing): it must refuse before it reads the register, or read nothing of it
at all (a pure helper: formats, parsers, checks of typed values). The few that must work before anyone
signs in, or that only ever run inside a service that has already checked, are listed below with why.

The register's reads are seen as the SQL the database is asked to run, so a function that reads rows
and then refuses, or never refuses, is caught."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
from datetime import date, datetime
from pathlib import Path

import pytest

import registry_app.services as services_package
from registry_app.domain.enums import Role
from registry_app.domain.permissions import PermissionDenied
from registry_app.services import actors
from registry_app.store.database import db

# Used before anyone can sign in, by signing in itself, or with nobody signed in by nature.
WITHOUT_SIGN_IN = {
    "services.opening.open_register": "opens the register, which signing in needs",
    "services.opening.choose": "which register to open, from --db, the environment and the settings file",
    "services.accounts.signing_in.sign_in": "signing in",
    "services.accounts.signing_in.has_users": "whether to ask for the first administrator or for a sign-in",
    "services.accounts.signing_in.create_first_administrator": "a register without users: refused once one exists",
    "services.accounts.signing_in.actor_of": "builds the signed-in actor from the row sign_in found",
    "services.backups.restoring.restore_damaged": "nobody can sign in to a damaged register: the person names "
                                                  "themselves, and the restore is audited under that name",
    "services.backups.restoring.latest_good_backup": "offered when the register is too damaged to sign in to",
    "services.backups.copies.register_at": "the backups folder of a damaged register, before any sign-in",
    "services.backups.copies.backups": "lists backup files beside a register file, not the register's rows",
    "services.backups.restoring.check_backup": "checks a backup file before a restore (its caller checks the "
                                               "administrator; a damaged register's restore needs no sign-in)",
    "services.certificates.verification.read_codes": "reads QR codes from a scan: no register",
    "services.certificates.verification.qr_texts": "reads QR codes from a scan: no register",
    "services.bugs.record": "logs a bug whoever meets it, signed in or not",
    "services.opening.close_this_thread": "closes a worker thread's connection when its work is done (reads "
                                          "nothing; called here it would close the test's own connection)",
    "services.accounts.database_logins.setup": "`db setup`, run as the server's schema owner before any user "
                                               "exists (PostgreSQL itself refuses anyone else)",
}

# Plumbing: called only inside services that checked the person first (never by the window or the
# command line: tests/test_layers.py keeps gui and cli on services' public entry points, and
# test_plumbing_is_not_called_by_the_window_or_the_command_line below checks these names).
PLUMBING = {
    "services.audit.record": "writes the audit event of an action its caller checked",
    "services.audit.record_many": "idem, for many",
    "services.audit.record_alone": "idem, in a transaction of its own",
    "services.audit.broken_links": "checks the chain of events its caller read",
    "services.counters.next_value": "a running number, inside its caller's checked transaction",
    "services.counters.set_at_least": "idem",
    "services.counters.take": "idem",
    "services.counters.peek": "idem",
    "services.versioning.update_versioned": "the versioned write of a checked save",
    "services.versioning.snapshot": "the audit snapshot of a row its caller read",
    "services.versioning.snapshot_of_row": "idem",
    "services.centre.write": "stores settings its caller (centre.save, checked) passed",
    "services.courses.funding.write": "stores funding rows inside a checked course save",
    "services.nominations.mappings.remember": "remembers a column mapping inside a checked import",
    "services.backups.copies.back_up_on_close": "the routine backup when the window closes, whoever closes it",
    "services.accounts.database_logins.follow_role": "changes a server login inside a checked role change",
    "services.accounts.database_logins.follow_active": "idem, for deactivation",
    "services.certificates.halts.point": "a test's halt point inside graduation",
}
ALLOWED = {**WITHOUT_SIGN_IN, **PLUMBING}


class Nobody(actors.Actor):
    """An actor whose role allows nothing at all."""

    def require(self, action) -> None:
        raise PermissionDenied("Your role ({role}) may not do that.", role="nobody")

    def may(self, action) -> bool:
        return False


NOBODY = Nobody(10**6, "nobody", "Nobody", Role.VIEWER)


def _public_functions():
    for info in pkgutil.walk_packages(services_package.__path__, "registry_app.services."):
        module = importlib.import_module(info.name)
        for name, function in vars(module).items():
            if name.startswith("_") or not isinstance(function, types.FunctionType):
                continue
            if function.__module__ == module.__name__:
                yield f"{module.__name__.removeprefix('registry_app.')}.{name}", function


FUNCTIONS = sorted(_public_functions())


def _argument(parameter: inspect.Parameter, tmp_path: Path):
    name, annotation = parameter.name, str(parameter.annotation)
    if "actor" in name or "Actor" in annotation:
        return NOBODY
    if annotation.startswith("int") or name.endswith("_id") or name in ("number", "count", "limit"):
        return 1
    if annotation.startswith("date") and "time" not in annotation:
        return date(2026, 3, 2)
    if annotation.startswith("datetime"):
        return datetime(2026, 3, 2, 9, 0)
    if "Path" in annotation or name in ("path", "folder", "out"):
        return tmp_path / "walked" / name
    if annotation.startswith("bool"):
        return False
    if annotation.startswith("bytes"):
        return b""
    if annotation.startswith("str"):
        return {"language": "en", "code": "INV-101/2026-03", "course_code": "INV-101/2026-03"}.get(name, "x")
    return None


def _call(function, tmp_path: Path):
    arguments = [_argument(p, tmp_path) for p in inspect.signature(function).parameters.values()
                 if p.default is inspect.Parameter.empty
                 and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    result = function(*arguments)
    if inspect.isgenerator(result):
        next(result, None)
    return result


@pytest.fixture
def statements(monkeypatch):
    """The SQL the register is asked to run."""
    ran: list[str] = []
    real = db.obj.execute_sql

    def noting(sql, params=None, *args, **kwargs):
        ran.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", noting)
    return ran


@pytest.mark.parametrize(("name", "function"), [f for f in FUNCTIONS if f[0] not in ALLOWED],
                         ids=[f[0] for f in FUNCTIONS if f[0] not in ALLOWED])
def test_nobody_signed_in_reads_nothing_through_this_function(small_course, tmp_path, statements, name, function):
    actors.use(None)
    statements.clear()
    try:
        _call(function, tmp_path)
    except (actors.NotSignedIn, PermissionDenied):
        assert not statements, f"{name} read the register before refusing: {statements[:3]}"
        return
    except Exception:  # noqa: BLE001 - made-up arguments may trip a helper; what matters is what it read
        pass
    assert not statements, f"{name} read the register with nobody signed in: {statements[:3]}"


def test_the_allow_list_names_real_functions_only():
    names = {name for name, _ in FUNCTIONS}
    assert set(ALLOWED) <= names, set(ALLOWED) - names


def test_plumbing_is_not_called_by_the_window_or_the_command_line():
    root = Path(services_package.__file__).resolve().parents[1]
    callers = [*root.glob("cli*.py"), *(root / "gui").rglob("*.py")]
    for name in PLUMBING:
        module, function = name.rsplit(".", 1)
        leaf = module.rsplit(".", 1)[-1]
        for path in callers:
            text = path.read_text(encoding="utf-8")
            assert f"{leaf}.{function}(" not in text and f"import {function}" not in text, (name, path)
