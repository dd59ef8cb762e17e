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
        return _said(self.template, self.values, translate, str(self))


class Word(str):
    """A value of a sentence that is itself a word to translate (a status, "pre-test"): the window
    translates it with the sentence's template."""


class Words(tuple[Word, ...]):
    """Several words as one value ("confirmed, withdrawn"), each translated."""

    def __str__(self) -> str:
        return ", ".join(self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class Said:
    """A sentence for a person that is not a refusal (a notice, an explanation), kept as a template with
    named values and translated by the window as a refusal is; str() is the sentence in English."""

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return _fill(self.template, self.values)

    def __repr__(self) -> str:
        return f"Said({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Said) and (other.template, other.values) == (self.template, self.values)

    def __hash__(self) -> int:
        return hash(self.template)

    def __bool__(self) -> bool:
        return bool(self.template)

    def sentence(self, translate: Callable[[str], str] | None = None) -> str:
        return _said(self.template, self.values, translate, str(self))


def _said(template: str, values: dict[str, Any], translate: Callable[[str], str] | None, english: str) -> str:
    if translate is None:
        return english
    words = {name: ", ".join(translate(w) for w in value) if isinstance(value, Words)
             else translate(value) if isinstance(value, Word)
             else value.sentence(translate) if isinstance(value, Said) else value
             for name, value in values.items()}
    try:
        return _fill(translate(template), words)
    except (KeyError, IndexError, ValueError):
        return english  # a translation that lost or misspelt a placeholder


def _fill(template: str, values: dict[str, Any]) -> str:
    return template.format(**values) if values else template
