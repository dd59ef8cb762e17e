"""Dependencies flow one way: gui -> services -> store -> domain; services -> documents/seal -> domain.
Only gui/ imports PySide6; only documents/ imports ReportLab."""

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
    "gui": {"services", "store", "domain", "documents", "seal", "paths", "config"},
}
TOP_LEVEL_MODULES = {"cli", "config", "paths", "__main__", "__init__"}


def _imports(path: Path) -> list[tuple[str, int]]:
    """Absolute names of what path imports, resolving relative imports against its package."""
    module_parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if module_parts[-1] == "__init__":
        module_parts.pop()
    package_parts = module_parts if path.name == "__init__.py" else module_parts[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
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
    return parts[0] if len(parts) > 1 else Path(parts[0]).stem


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_imports_only_downward(path):
    layer = _layer(path)
    problems = []
    for name, line in _imports(path):
        top = name.split(".")[0]
        if top in ("PySide6", "shiboken6") and layer != "gui" and layer != "cli":
            problems.append(f"line {line}: {name} (Qt outside gui/)")
        if top == "reportlab" and layer != "documents":
            problems.append(f"line {line}: {name} (ReportLab outside documents/)")
        if top != "registry_app":
            continue
        target = name.split(".")[1] if name.count(".") else "__init__"
        if layer in ALLOWED and target != layer and target != "__init__" and target not in ALLOWED[layer]:
            problems.append(f"line {line}: {name} ({layer} may not import {target})")
    assert not problems, f"{path.relative_to(PACKAGE)}: " + "; ".join(problems)


def test_the_walk_sees_every_layer_and_would_catch_a_wrong_import(tmp_path):
    assert {_layer(p) for p in SOURCES} >= set(ALLOWED) | {"cli", "paths", "config"}
    rogue = PACKAGE / "store" / "_rogue_for_test.py"
    rogue.write_text("from ..gui import app\nimport PySide6\n")
    try:
        with pytest.raises(AssertionError, match="store may not import gui"):
            test_each_module_imports_only_downward(rogue)
    finally:
        rogue.unlink()


def test_the_command_line_loads_qt_only_for_the_window():
    tree = ast.parse((PACKAGE / "cli.py").read_text())
    module_level = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert not any("gui" in (getattr(n, "module", "") or "") for n in module_level)
