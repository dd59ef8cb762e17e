"""A shared PostgreSQL register in which the server itself keeps people to their role.

`setup()` (run by the schema owner, `registry-app db setup`) makes one group role per program role,
named after the database (``<db>_clerk``...), with GRANTs that allow only what that role may do, and
row-level security on the users so that a person updates only their own row. Each person then signs in
with a login of their own, member of their group (`create_login`). The audit trail is append-only for
every group: SELECT and INSERT, never UPDATE, DELETE or TRUNCATE, and a trigger refuses changes
anyway (store.audit_guard). Run setup again after the program's upgrades: new tables get their grants.
"""

from __future__ import annotations

import re

from peewee import Database

from ..domain.enums import Role

# What no group may change: the trail, its checkpoints, the schema's version.
APPEND_ONLY = ("audit_event", "audit_checkpoint")
READ_ONLY = ("schema_version",)
# Tables only an administrator changes (users are changed by a person on their own row only).
ADMIN_ONLY = ("setting", "user")
# Tables the registrar changes besides the register itself.
REGISTRAR_ONLY = ("certificate",)
TRAINER_TABLES = ("attendance_mark", "enrolment")
SELF_COLUMNS = ("failed_attempts", "locked_until", "password_hash", "version", "updated_at")
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def group(database_name: str, role: Role | str) -> str:
    return f"{database_name}_{Role(role).value}"[:63]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(database: Database) -> list[str]:
    return list(database.get_tables())


def _writable(role: Role, table: str) -> bool:
    if table in APPEND_ONLY or table in READ_ONLY:
        return False
    if role == Role.ADMIN:
        return True
    if table in ADMIN_ONLY:
        return False
    if role == Role.REGISTRAR:
        return True
    if table in REGISTRAR_ONLY:
        return False
    if role == Role.CLERK:
        return True
    return role == Role.TRAINER and table in TRAINER_TABLES


def setup(database: Database, database_name: str) -> list[str]:
    """Create or bring up to date the group roles and their grants; returns the groups' names."""
    groups = {role: group(database_name, role) for role in Role}
    statements: list[str] = []
    for name in groups.values():
        exists = database.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if not exists:
            statements.append(f"CREATE ROLE {_quote(name)} NOLOGIN")
    everyone = ", ".join(_quote(n) for n in groups.values())
    statements += [
        f"REVOKE ALL ON DATABASE {_quote(database_name)} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {_quote(database_name)} TO {everyone}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}",
    ]
    for table in _tables(database):
        statements.append(f"REVOKE ALL ON {_quote(table)} FROM PUBLIC, {everyone}")
        statements.append(f"GRANT SELECT ON {_quote(table)} TO {everyone}")
        if table in APPEND_ONLY:
            statements.append(f"GRANT INSERT ON {_quote(table)} TO {everyone}")
        for role, name in groups.items():
            if _writable(role, table):
                statements.append(f"GRANT INSERT, UPDATE, DELETE ON {_quote(table)} TO {_quote(name)}")
    others = ", ".join(_quote(n) for r, n in groups.items() if r != Role.ADMIN)
    statements += [
        f'GRANT UPDATE ({", ".join(SELF_COLUMNS)}) ON "user" TO {others}',
        'ALTER TABLE "user" ENABLE ROW LEVEL SECURITY',
        'DROP POLICY IF EXISTS user_read ON "user"',
        'CREATE POLICY user_read ON "user" FOR SELECT USING (true)',
        'DROP POLICY IF EXISTS user_self ON "user"',
        f'CREATE POLICY user_self ON "user" FOR UPDATE TO {others} '
        "USING (database_login = current_user) WITH CHECK (database_login = current_user)",
        'DROP POLICY IF EXISTS user_admin ON "user"',
        f'CREATE POLICY user_admin ON "user" FOR ALL TO {_quote(groups[Role.ADMIN])} USING (true) WITH CHECK (true)',
    ]
    with database.atomic():
        for statement in statements:
            database.execute_sql(statement)
    return list(groups.values())


def check_login_name(login: str) -> str:
    if not _NAME.match(login):
        raise ValueError(f"A PostgreSQL login is lower-case letters, digits and underscores, not {login!r}.")
    return login


def create_login(database: Database, database_name: str, login: str, password: str, role: Role | str) -> None:
    """A person's own login, in the group of their role (an administrator's may manage the others)."""
    check_login_name(login)
    role = Role(role)
    extra = " CREATEROLE" if role == Role.ADMIN else ""
    exists = database.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    verb = "ALTER" if exists else "CREATE"
    # The password is a literal of the statement (roles take no parameters); quoted as PostgreSQL quotes.
    literal = "'" + password.replace("'", "''") + "'"
    database.execute_sql(f"{verb} ROLE {_quote(login)} LOGIN{extra} PASSWORD {literal}")
    move_login(database, database_name, login, role)


def move_login(database: Database, database_name: str, login: str, role: Role | str) -> None:
    """Put a login in the group of role, and out of the others."""
    role = Role(role)
    for other in Role:
        if other != role:
            database.execute_sql(f"REVOKE {_quote(group(database_name, other))} FROM {_quote(login)}")
    admin_option = " WITH ADMIN OPTION" if role == Role.ADMIN else ""
    database.execute_sql(f"GRANT {_quote(group(database_name, role))} TO {_quote(login)}{admin_option}")
    if role == Role.ADMIN:  # an administrator adds the others' logins to their groups
        for other in Role:
            database.execute_sql(f"GRANT {_quote(group(database_name, other))} TO {_quote(login)} WITH ADMIN OPTION")


def disable_login(database: Database, login: str) -> None:
    database.execute_sql(f"ALTER ROLE {_quote(check_login_name(login))} NOLOGIN")


def enable_login(database: Database, login: str) -> None:
    database.execute_sql(f"ALTER ROLE {_quote(check_login_name(login))} LOGIN")
