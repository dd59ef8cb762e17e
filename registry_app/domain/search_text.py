"""What a search box passes on: bounded, whatever was typed or pasted.

Any text may reach a search (a paragraph pasted by mistake, a NUL from a broken file, right-to-left
marks copied with an Arabic name, emoji): the lists must answer it without an error and in their usual
time. Invisible characters (controls, format marks such as U+200F, surrogates, private use) are
spaces; only the first words count, each cut to a length no name reaches.
"""

from __future__ import annotations

import unicodedata

from .names import fold

MAX_CHARACTERS = 300  # read of what was typed: past this, no search means anything more
MAX_WORDS = 8  # a name with its titles, an organisation's full name
MAX_WORD = 40  # longer than any word of a name


def visible(text: str | None) -> str:
    """text with every invisible character made a space, cut to MAX_CHARACTERS."""
    if not text:
        return ""
    text = text[:MAX_CHARACTERS]
    if text.isascii() and text.isprintable():
        return text
    return "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)


def search_words(text: str | None) -> list[str]:
    """The folded words of a search, each once, at most MAX_WORDS of at most MAX_WORD characters."""
    found: list[str] = []
    for word in fold(visible(text)).split():
        word = word[:MAX_WORD]
        if word not in found:
            found.append(word)
        if len(found) == MAX_WORDS:
            break
    return found
