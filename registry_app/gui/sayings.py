"""What a page wrote on its own widgets (headings, buttons, placeholders, captions), kept as the
sentences that write it, so that the page says all of it again, on the same widgets, when the interface
changes language. Each sentence calls tr() itself: the translators find it there, and it reads the
language installed when it is said."""

from __future__ import annotations

from collections.abc import Callable


class Sayings:
    def __init__(self) -> None:
        self._said: list[Callable[[], object]] = []

    def __call__(self, say: Callable[[], object]) -> None:
        """Say it now, and again at every change of language."""
        say()
        self._said.append(say)

    def again(self) -> None:
        for say in self._said:
            say()
