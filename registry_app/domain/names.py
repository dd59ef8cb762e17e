"""Name normalisation for search and duplicate detection.

Two keys come out of a name:

* ``fold``: what a clerk may type to find the name. Case, accents, Arabic diacritics and the
  interchangeable Arabic letter forms (alef with hamza, alef maqsura, ta marbuta) are folded away, but
  each script stays itself, so "Sékou" and "sekou" meet and so do "فاطمة" and "فاطمه".
* ``skeleton``: the consonants of the name once transliterated to Latin, with the spelling variants of
  transliteration folded together. Mohamed, Mohammed, Muhammad, Mouhammad and محمد all give ``mhmd``:
  this is what duplicate detection and the "sounds like" part of search compare.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTER_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي"}
)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_'’ʼ`´.,;:/()]+")
_ARABIC_CHAR = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Transliteration of Arabic letters as Maghreb and Middle-East registries spell names in Latin script.
_ARABIC_TO_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "dh", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ؤ": "w",
    "ئ": "y", "پ": "p", "ڤ": "v", "گ": "g", "ک": "k", "ی": "y",
}
_ARABIC_TRANSLIT = str.maketrans(_ARABIC_TO_LATIN)

# Spellings of one sound across French, English and other transliterations, applied in this order.
_LATIN_VARIANTS = (
    ("x", "ks"),
    ("sch", "sh"),
    ("ch", "sh"),
    ("kh", "x"),
    ("dj", "j"),
    ("ph", "f"),
    ("gh", "g"),
    ("th", "t"),
    ("dh", "d"),
    ("ou", "u"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
)
_VOWELS = set("aeiouyw")


def strip_accents(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def fold_arabic(text: str) -> str:
    return _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_LETTER_FOLD)


def fold(text: str | None) -> str:
    """Case-, accent- and Arabic-form-folded text, words separated by single spaces."""
    if not text:
        return ""
    if text.isascii():
        return _SEPARATORS.sub(" ", text.lower()).strip()
    # Arabic letters are folded first: NFKD would otherwise split the hamza off alef and waw.
    text = fold_arabic(unicodedata.normalize("NFKC", text).casefold())
    return _SEPARATORS.sub(" ", strip_accents(text)).strip()


def has_arabic(text: str | None) -> bool:
    return bool(text and _ARABIC_CHAR.search(text))


def to_latin(text: str | None) -> str:
    """Lower-case ASCII transliteration: Arabic by the table above, any other script by anyascii."""
    if not text:
        return ""
    text = _ARABIC_DIACRITICS.sub("", unicodedata.normalize("NFKC", text)).translate(_ARABIC_TRANSLIT)
    if not text.isascii():
        from anyascii import anyascii  # imported here: only non-Latin, non-Arabic names need it

        text = anyascii(strip_accents(text))
    return _SEPARATORS.sub(" ", text.lower()).strip()


@lru_cache(maxsize=65536)  # names repeat: an imported list of thousands has a few hundred distinct words
def word_skeleton(word: str) -> str:
    """The consonant skeleton of one Latin word (see module docstring)."""
    word = re.sub(r"[^a-z]", "", word)
    for spelling, sound in _LATIN_VARIANTS:
        word = word.replace(spelling, sound)
    if not word:
        return ""
    kept = word[0] if word[0] not in "aeiou" else ""
    kept += "".join(ch for ch in word[1:] if ch not in _VOWELS)
    if kept.endswith("h") and len(kept) > 1 and kept[-2] != "s":
        kept = kept[:-1]  # Fatimah / Fatima / فاطمة; Abdellah / عبد الله
    return re.sub(r"(.)\1+", r"\1", kept)


_REPEATS = re.compile(r"(.)\1+")


def skeleton(text: str | None) -> str:
    """The skeleton of a whole name, words run together so that "Abdel Kader" meets "Abdelkader"."""
    return _REPEATS.sub(r"\1", "".join(word_skeleton(w) for w in to_latin(text).split()))


def word_skeletons(text: str | None) -> list[str]:
    return [s for s in (word_skeleton(w) for w in to_latin(text).split()) if s]


def search_key(*parts: str | None) -> str:
    """The text the search index holds for a record: every part folded, joined by spaces."""
    return " ".join(f for f in (fold(p) for p in parts) if f)


def sort_key(family_name: str | None, given_names: str | None) -> str:
    """How a list of people is ordered: by folded family name, then given names."""
    return f"{fold(family_name)} {fold(given_names)}".strip()


@lru_cache(maxsize=32768)  # an import asks for each name's skeletons when it matches the row and again when it saves it
def name_skeletons(given_names: str | None, family_name: str | None, arabic_name: str | None) -> str:
    """What the "sounds like" index holds: the skeleton of each word and of each name run together."""
    words: list[str] = []
    for part in (given_names, family_name, arabic_name):
        kept = [s for s in (word_skeleton(w) for w in to_latin(part).split()) if s]  # word_skeletons(part)
        words.extend(kept)
        whole = _REPEATS.sub(r"\1", "".join(kept))  # skeleton(part), from the same transliteration
        if whole and whole not in words:
            words.append(whole)
    return " ".join(dict.fromkeys(words))


def listed_name(given_names: str, family_name: str) -> str:
    """A name as lists print it, to be read down a column: FAMILY Given names."""
    return f"{family_name.upper()} {given_names}".strip()


def certificate_name(given_names: str, family_name: str) -> str:
    """A name as a certificate states it: Given names FAMILY."""
    return f"{given_names} {family_name.upper()}".strip()


# Spellings a clerk may type for one another's (French and English transliterations), each way.
_INTERCHANGEABLE = tuple((re.compile(pattern), other) for pattern, other in (
    ("sh", "ch"), ("(?<!s)ch", "sh"), ("ou", "u"), ("(?<![oe])u", "ou"), ("(?<=.)y", "i"), ("(?<=.)i", "y"),
    ("dj", "j"), ("(?<!d)j", "dj"), ("ee", "i"), ("k", "q"), ("q", "k")))
# Particles written joined or apart: N'Diaye, O'Neil, D'Almeida, L'Hôte; El Amrani, Al Fassi.
_JOINED_PARTICLES = (("n", 1), ("o", 1), ("d", 1), ("l", 1), ("el", 2), ("al", 2))
MAX_VARIANTS = 8


def spelling_variants(word: str) -> list[str]:
    """Other ways of writing a folded Latin word that a clerk's typing may stand for, at most
    MAX_VARIANTS: "aisha" for Aïcha (aicha), "ndiaye" for N'Diaye (n diaye), "oneil" for O'Neil."""
    if not word.isascii() or len(word) < 4:
        return []
    found: list[str] = []
    for particle, length in _JOINED_PARTICLES:
        rest = word[length:]
        if word.startswith(particle) and len(rest) >= 3 and (length == 2 or rest[0] not in "aeiou" or particle in "odl"):
            found.append(f"{particle} {rest}")
    for spelling, other in _INTERCHANGEABLE:
        found.append(spelling.sub(other, word))
    variants = [v for v in dict.fromkeys(found) if v != word]
    return variants[:MAX_VARIANTS]


# The article and the particles that cling to an Arabic word: "للأمن" is "الأمن" with "ل" for "for the".
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_ONE_LETTER = ("و", "ب", "ل", "ف", "ك")


def arabic_stem(word: str) -> str:
    """A folded Arabic word without its article or clinging particles, when at least three letters
    are left (four after a single letter, which may as well be the word's own): what a search looks
    for inside the names, so that "الأمن الوطني" finds "المديرية العامة للأمن الوطني"."""
    if not has_arabic(word):
        return word
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    if word.startswith(_ARABIC_ONE_LETTER) and len(word) >= 5:
        return word[1:]
    return word
