"""Every user action that writes is retried whole when a server reports a transient failure
(store.database.retried): the functions that open a write transaction are found in the sources, so
that a new one cannot forget it. The few that are not retried say why."""

from __future__ import annotations

import ast
from pathlib import Path

import registry_app

PACKAGE = Path(registry_app.__file__).parent

NOT_RETRIED = {
    # A migration runs alone, before the register is used at its new version, and a failure
    # leaves the register at its old version with its backup: the clerk opens it again.
    "store/migrations/__init__.py:migrate": "runs alone before anyone uses the register",
    # The demo fills a new register that nobody else can be writing to yet.
    "services/demo/generator.py:generate": "fills a register nobody else writes to",
}


def _writers() -> dict[str, list[str]]:
    """Each function whose own body opens write_transaction(), with its decorators."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _opens_a_write(node):
                name = f"{path.relative_to(PACKAGE).as_posix()}:{node.name}"
                found[name] = [ast.unparse(decorator) for decorator in node.decorator_list]
    return found


def _opens_a_write(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if isinstance(call, ast.Call) and getattr(call.func, "id", getattr(call.func, "attr", "")) \
                        == "write_transaction":
                    return True
    return False


def test_every_function_that_opens_a_write_transaction_is_retried():
    writers = _writers()
    assert len(writers) > 30  # the scan finds the services' writers, not nothing
    forgotten = [name for name, decorators in writers.items()
                 if "retried" not in decorators and name not in NOT_RETRIED]
    assert forgotten == []


def test_every_exception_still_opens_a_write_transaction():
    """An entry of NOT_RETRIED that no longer writes (renamed, moved, retried since) goes."""
    writers = _writers()
    assert [name for name in NOT_RETRIED if name not in writers or "retried" in writers[name]] == []
