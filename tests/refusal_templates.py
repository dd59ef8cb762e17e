"""The refusals' templates of the services and the domain, read from their sources: what the
translators must translate for the window to say every refusal in French and in Arabic."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from registry_app.domain.errors import Refusal, Said, Word

ROOT = Path(__file__).resolve().parents[1] / "registry_app"
SCANNED = ("services", "domain")


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)


def _said_class(module, node: ast.expr) -> bool:
    """A Refusal made from a template (not one whose constructor words its own message), a Said, a Word."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
    if name is None:
        return False
    target = getattr(module, name, None)
    if target is None and isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        target = getattr(getattr(module, node.value.id, None), name, None)
    if not isinstance(target, type):
        return False
    if issubclass(target, Refusal):
        return target.__init__ is Refusal.__init__
    return issubclass(target, (Said, Word))


def _is_word(module, node: ast.expr) -> bool:
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
    return getattr(module, name or "", None) is Word


def _listed_templates(module) -> list[str]:
    """The templates a module keeps in a table named ...TEMPLATES (domain.permissions.REFUSAL_TEMPLATES)."""
    listed: list[str] = []
    for name in dir(module):
        value = getattr(module, name)
        if name.endswith("TEMPLATES") and isinstance(value, (tuple, list, frozenset, set)):
            listed += [t for t in value if isinstance(t, str)]
    return listed


def refusal_templates() -> tuple[dict[str, str], list[str]]:
    """{template: where} for every Refusal, Said or Word made with a literal template, and the places
    where one is made from text built at run time (an f-string, a variable), which cannot be
    translated (a Word made from a code: see dynamic_words)."""
    found: dict[str, str] = {}
    untranslatable: list[str] = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            module = importlib.import_module(_module_name(path))
            listed = _listed_templates(module)  # a module that words its refusals in a table lists them
            found.update(dict.fromkeys(listed, str(path.relative_to(ROOT.parent))))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args and _said_class(module, node.func)):
                    continue
                where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found[first.value] = where
                elif not _is_word(module, node.func) and not listed:  # a Word of a code: see dynamic_words
                    untranslatable.append(where)
    return found, untranslatable


def dynamic_words() -> set[str]:
    """The words made from codes at run time (Word(course.status)...): every value those codes take."""
    from registry_app.domain.enums import CourseStatus
    from registry_app.domain.permissions import Role

    return ({s.value for s in CourseStatus} | {"AM", "PM", "valid", "revoked", "superseded"}
            | {r.value for r in Role})
