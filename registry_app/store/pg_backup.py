"""Copies of a register on a PostgreSQL server: pg_dump in its custom format, checked by reading its
table of contents back; restored by pg_restore into a new database, which then takes the register's
name while the register as it was is kept under another."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from peewee import PostgresqlDatabase

from ..domain.errors import Refusal


class ServerBackupError(Refusal):
    pass


def tool(name: str) -> str:
    """The path of pg_dump or pg_restore: on the PATH, else the newest of Debian's installed versions."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_version, reverse=True)
    if not candidates:
        raise ServerBackupError("The PostgreSQL tool {tool} is not installed on this computer: install the "
                                "PostgreSQL client programs.", tool=name)
    return candidates[0]


def _version(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def _connection_arguments(params: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    arguments: list[str] = []
    env = dict(os.environ)
    if params.get("host"):
        arguments += ["--host", str(params["host"])]
    if params.get("port"):
        arguments += ["--port", str(params["port"])]
    if params.get("user"):
        arguments += ["--username", str(params["user"])]
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])  # not on the command line, where ps would show it
    if params.get("sslmode"):
        env["PGSSLMODE"] = str(params["sslmode"])
    arguments.append("--no-password")
    return arguments, env


def _run(command: list[str], env: dict[str, str], what: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        problem = (result.stderr.strip().splitlines() or [f"exit code {result.returncode}"])[-1]
        raise ServerBackupError("{what} failed: {problem}", what=what, problem=problem)
    return result.stdout


def dump(name: str, params: dict[str, Any], destination: Path) -> Path:
    """pg_dump of database name into destination (written under a temporary name, checked, renamed)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        raise ServerBackupError("The backup file {path} exists already.", path=destination)
    partial = destination.with_name(destination.name + ".partial")
    arguments, env = _connection_arguments(params)
    try:
        _run([tool("pg_dump"), *arguments, "--format=custom", "--no-owner", "--no-privileges",
              f"--file={partial}", f"--dbname={name}"], env, "pg_dump")
        check_dump(partial)
        partial.replace(destination)
    finally:
        partial.unlink(missing_ok=True)
    return destination


def check_dump(path: Path) -> None:
    """A dump's table of contents is read back whole, and it must hold a register."""
    listing = _run([tool("pg_restore"), "--list", str(path)], dict(os.environ), "Reading the backup")
    if "schema_version" not in listing or "participant" not in listing:
        raise ServerBackupError("The file {path} is a PostgreSQL backup, but not of a register.", path=path)


def read_whole(path: Path) -> None:
    """Every block of the dump read back and decompressed (pg_restore into nothing): a dump damaged
    anywhere fails, not only one whose table of contents is."""
    check_dump(path)
    _run([tool("pg_restore"), "--file", os.devnull, str(path)], dict(os.environ), "Reading the backup whole")


def is_dump(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(5) == b"PGDMP"
    except OSError:
        return False


def restore(dump_file: Path, name: str, params: dict[str, Any], new_name: str, aside_name: str) -> None:
    """Restore dump_file into a new database new_name, then rename the register name to aside_name and
    new_name to name. Nobody else may be connected to the register at that moment."""
    maintenance = PostgresqlDatabase("postgres", **{"connect_timeout": 10, **params})
    maintenance.connect()
    try:
        maintenance.execute_sql(f'CREATE DATABASE "{new_name}"')
        try:
            arguments, env = _connection_arguments(params)
            _run([tool("pg_restore"), *arguments, "--no-owner", "--no-privileges", "--exit-on-error",
                  f"--dbname={new_name}", str(dump_file)], env, "pg_restore")
            _switch(maintenance, name, new_name, aside_name)
        except BaseException:
            maintenance.execute_sql(f'DROP DATABASE IF EXISTS "{new_name}"')
            raise
    finally:
        maintenance.close()


def _switch(maintenance: PostgresqlDatabase, name: str, new_name: str, aside_name: str) -> None:
    others = maintenance.execute_sql(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", (name,)
    ).fetchone()[0]
    if others:
        raise ServerBackupError("{count} other connections are open on the register {database}: ask everyone "
                                "to close the program, then restore again.", count=others, database=name)
    maintenance.execute_sql(f'ALTER DATABASE "{name}" RENAME TO "{aside_name}"')
    try:
        maintenance.execute_sql(f'ALTER DATABASE "{new_name}" RENAME TO "{name}"')
    except BaseException:
        maintenance.execute_sql(f'ALTER DATABASE "{aside_name}" RENAME TO "{name}"')
        raise
