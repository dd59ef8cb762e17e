"""A throwaway PostgreSQL cluster for the tests, and database creation on a server."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


def find_postgres_bin() -> Path | None:
    on_path = shutil.which("initdb")
    if on_path:
        return Path(os.path.realpath(on_path)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def postgres_bin_or_skip() -> Path:
    """The server's programs; without them a test is skipped, or fails where PostgreSQL is required
    (REGISTRY_REQUIRE_POSTGRES=1, as CI sets it), so that a missing server never passes unseen."""
    import pytest

    bin_dir = find_postgres_bin()
    if bin_dir is None:
        reason = "PostgreSQL is not installed (no initdb found); install the postgresql package"
        if os.environ.get("REGISTRY_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return bin_dir


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresCluster:
    """initdb + pg_ctl in a temporary folder. PostgreSQL refuses to run as root, so as root the
    cluster belongs to the postgres system user (runuser)."""

    def __init__(self, bin_dir: Path, base: Path, password: str | None = None):
        self.bin_dir = bin_dir
        self.password = password  # None: every local login is trusted
        self.data = base / "data"
        self.port = _free_port()
        self.log = base / "postgres.log"
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(base, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}{log}")

    def start(self) -> None:
        auth = ["-A", "trust"]
        if self.password is not None:
            secret = self.data.parent / "password"
            secret.write_text(self.password)
            if self._as_root:
                shutil.chown(secret, "postgres", "postgres")
            auth = ["-A", "scram-sha-256", f"--pwfile={secret}"]
        self._run("initdb", "-D", str(self.data), "-U", "postgres", *auth, "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.data} -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"


def replace_database_name(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _admin(url: str):
    import psycopg

    parts = urlsplit(url)
    return psycopg.connect(
        dbname=parts.path.lstrip("/"), host=parts.hostname, port=parts.port,
        user=parts.username, password=parts.password, autocommit=True,
    )


def create_database(admin_url: str, name: str, template: str | None = None) -> None:
    with _admin(admin_url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        suffix = f' TEMPLATE "{template}"' if template else ""
        connection.execute(f'CREATE DATABASE "{name}"{suffix}')


def drop_database(admin_url: str, name: str) -> None:
    with _admin(admin_url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
