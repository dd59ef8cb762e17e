"""Dependencies flow one way: cli, gui -> services -> store -> domain; services -> documents/seal -> domain.
Only gui/ imports PySide6; only documents/ imports ReportLab. The window and the command line talk to
services and domain values only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "registry_app"

# What each layer may import of ours (besides itself and the package's top-level __init__).
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "documents": {"domain", "paths"},  # paths: where the shipped fonts are
    "seal": {"domain"},
    "services": {"store", "domain", "documents", "seal", "paths"},
    "gui": {"services", "domain"},
    "cli": {"services", "domain", "gui"},  # gui: the window, loaded only when no subcommand is given
    "paths": set(),
}


def _imports(source: str, path: Path) -> list[tuple[str, int]]:
    """Absolute names of what the module at path imports, resolving relative imports against its package."""
    module_parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if module_parts[-1] == "__init__":
        module_parts.pop()
    package_parts = module_parts if path.name == "__init__.py" else module_parts[:-1]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
                if not node.module:
                    found.extend((_submodule_or_package(name, a.name), node.lineno) for a in node.names)
                    continue
            else:
                name = node.module or ""
            found.append((name, node.lineno))
    return found


def _submodule_or_package(package: str, name: str) -> str:
    """``from package import name``: name is a module of ours, or just an attribute of package."""
    folder = PACKAGE.parent.joinpath(*package.split("."))
    if (folder / f"{name}.py").exists() or (folder / name).is_dir():
        return f"{package}.{name}"
    return package


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    if len(parts) > 1:
        return parts[0]
    stem = Path(parts[0]).stem
    return "cli" if stem.startswith("cli") or stem == "__main__" else stem  # cli.py, cli_*.py


def problems_of(source: str, path: Path) -> list[str]:
    layer = _layer(path)
    problems = []
    for name, line in _imports(source, path):
        top = name.split(".")[0]
        if top in ("PySide6", "shiboken6") and layer != "gui":
            problems.append(f"line {line}: {name} (Qt outside gui/)")
        if top == "reportlab" and layer != "documents":
            problems.append(f"line {line}: {name} (ReportLab outside documents/)")
        if top != "registry_app":
            continue
        target = _layer(PACKAGE.joinpath(*name.split(".")[1:2]).with_suffix(".py")) if name.count(".") else "__init__"
        if target in ("__init__", layer):
            continue
        if target not in ALLOWED.get(layer, set()):
            problems.append(f"line {line}: {name} ({layer} may not import {target})")
    return problems


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_imports_only_downward(path):
    problems = problems_of(path.read_text(encoding="utf-8"), path)
    assert not problems, f"{path.relative_to(PACKAGE)}: " + "; ".join(problems)


def test_every_module_belongs_to_a_known_layer():
    assert {_layer(p) for p in SOURCES} - {"__init__"} == set(ALLOWED)


@pytest.mark.parametrize(("where", "source", "expected"), [
    ("store/rogue.py", "from ..gui import app\n", "store may not import gui"),
    ("store/rogue.py", "import PySide6\n", "Qt outside gui/"),
    ("gui/pages/rogue.py", "from ...store.models import Participant\n", "gui may not import store"),
    ("gui/rogue.py", "from ..seal import keys\n", "gui may not import seal"),
    ("gui/rogue.py", "from ..documents import certificate\n", "gui may not import documents"),
    ("gui/rogue.py", "from .. import paths\n", "gui may not import paths"),
    ("cli_certificates.py", "from .seal.keys import TrustList\n", "cli may not import seal"),
    ("cli.py", "from .store.database import db\n", "cli may not import store"),
    ("services/rogue.py", "import reportlab\n", "ReportLab outside documents/"),
    ("domain/rogue.py", "from ..services import audit\n", "domain may not import services"),
])
def test_the_check_catches_a_wrong_import(where, source, expected):
    """The check reads source text: nothing is written into the package to test it."""
    assert any(expected in problem for problem in problems_of(source, PACKAGE / where))


@pytest.mark.parametrize(("where", "source"), [
    ("gui/rogue.py", "from ..services.register import participants\nfrom ..domain import names\n"),
    ("cli.py", "from .services import opening\n"),
    ("services/register/rogue.py", "from ...store.models import Participant\nfrom ...documents import roster\n"),
])
def test_the_check_accepts_a_right_import(where, source):
    assert problems_of(source, PACKAGE / where) == []


def test_the_command_line_loads_qt_only_for_the_window():
    tree = ast.parse((PACKAGE / "cli.py").read_text())
    module_level = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert not any("gui" in (getattr(n, "module", "") or "") for n in module_level)
