"""Refusals: what a person can act on, said in one sentence. Everything else that goes wrong is a bug.

A refusal keeps its sentence as a template with named values, so that the window can translate the
template (the translators see "No course has the code {code}.") and fill the values in afterwards; the
command line prints it as it is. `str(refusal)` is the sentence in English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Refusal(Exception):
    """The base of every refusal a clerk, a registrar or an administrator can act on."""

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template = template
        self.values = values
        super().__init__(_fill(template, values))

    def sentence(self, translate: Callable[[str], str] | None = None) -> str:
        """The sentence, its template translated by translate when given (a translation that lost or
        misspelt a placeholder falls back to the English template rather than failing)."""
        if translate is None:
            return str(self)
        try:
            return _fill(translate(self.template), self.values)
        except (KeyError, IndexError, ValueError):
            return str(self)


def _fill(template: str, values: dict[str, Any]) -> str:
    return template.format(**values) if values else template
