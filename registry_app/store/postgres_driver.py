"""Loading psycopg only when a PostgreSQL register is opened.

Peewee imports psycopg as it is imported itself, which costs about 0.2 s of every start-up, though
most offices open a SQLite file. ``defer()`` imports peewee with psycopg hidden; ``load()`` imports it
when a PostgreSQL register is opened and gives peewee the names its own import would have set.
"""

from __future__ import annotations

import sys
from typing import Any

_HIDDEN = ("psycopg", "psycopg2", "psycopg2cffi")


def defer() -> None:
    if "peewee" in sys.modules:
        return
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes "import name" fail
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def load() -> None:
    import peewee

    module: Any = peewee  # the driver's names are set on the module, as peewee itself would

    if module.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    module.psycopg = psycopg
    module.TransactionStatus = TransactionStatus
    module.Json_pg3, module.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
