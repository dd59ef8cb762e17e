"""What a PostgreSQL server's refusal to connect means, in one sentence a clerk or an administrator can
act on. psycopg says it in the server's words ("FATAL:  database "x" does not exist"); the words
are matched here because a refused connection carries no SQLSTATE of its own."""

from __future__ import annotations

import re
from typing import Any

from ..domain.errors import Refusal


class ServerUnreachableError(Refusal):
    """The register's server cannot be reached, or refuses this login; nothing was changed."""


def _where(params: dict[str, Any]) -> str:
    host = params.get("host", "localhost")
    port = params.get("port")
    return f"{host}:{port}" if port else str(host)


def connection_refusal(error: BaseException, name: str, params: dict[str, Any]) -> ServerUnreachableError:
    text = str(error)
    where, user = _where(params), params.get("user", "")
    if "does not exist" in text and "database" in text:
        return ServerUnreachableError("The server {server} has no database named {database}.",
                                      server=where, database=name)
    if "password authentication failed" in text or "no password supplied" in text:
        return ServerUnreachableError("The server {server} refused the user name or password for {user}.",
                                      server=where, user=user or "this user")
    if re.search(r'role ".*" does not exist', text):
        return ServerUnreachableError("The server {server} has no user named {user}.", server=where,
                                      user=user or "this user")
    if "resolve host" in text or "translate host name" in text:
        return ServerUnreachableError("The server name {host} is unknown: check its spelling and the network.",
                                      host=params.get("host", ""))
    if "Connection refused" in text or "No such file or directory" in text:
        return ServerUnreachableError(
            "No PostgreSQL server answers at {server}: it is stopped, or the address or port is wrong.",
            server=where)
    if "timeout" in text.lower() or "timed out" in text:
        return ServerUnreachableError("The server {server} does not answer (timed out).", server=where)
    if "no pg_hba.conf entry" in text or "permission denied" in text:
        return ServerUnreachableError("The server {server} does not let {user} open the database {database}.",
                                      server=where, user=user or "this user", database=name)
    first_line = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return ServerUnreachableError("The server {server} cannot be reached: {problem}", server=where,
                                  problem=first_line)
