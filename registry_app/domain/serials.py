"""Certificate serial numbers with a check character (Luhn mod N over digits and capital letters).

The check character catches every single mistyped character and every swap of two neighbours,
which are the mistakes people make when they read a serial over the phone or type it from paper.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from .errors import Refusal

ALPHABET = string.digits + string.ascii_uppercase  # N = 36
_N = len(ALPHABET)
DEFAULT_PATTERN = "{prefix}-{year}-{seq:05d}-{check}"
_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}")


class SerialError(Refusal, ValueError):
    pass


def _codes(text: str) -> list[int]:
    try:
        return [ALPHABET.index(ch) for ch in text]
    except ValueError:
        raise SerialError("{text} holds a character other than 0-9 and A-Z.", text=repr(text)) from None


def check_character(payload: str) -> str:
    """The Luhn mod 36 check character of payload (separators already removed, upper case)."""
    total = 0
    factor = 2
    for code in reversed(_codes(payload)):
        addend = factor * code
        total += addend // _N + addend % _N
        factor = 1 if factor == 2 else 2
    return ALPHABET[(_N - total % _N) % _N]


def _core(serial: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", serial.upper())


def is_valid(serial: str) -> bool:
    """True when the last character of serial is the right check character for the rest."""
    core = _core(serial)
    if len(core) < 2:
        return False
    try:
        return check_character(core[:-1]) == core[-1]
    except SerialError:
        return False


@dataclass(frozen=True)
class SerialPattern:
    """A pattern such as ``{prefix}-{year}-{seq:05d}-{check}``; ``{check}`` must come last."""

    pattern: str = DEFAULT_PATTERN

    def __post_init__(self) -> None:
        fields = _FIELD.findall(self.pattern)
        if "seq" not in fields:
            raise SerialError("A serial pattern needs a {seq} field, the running number.")
        if fields[-1:] != ["check"] or not self.pattern.endswith("}"):
            raise SerialError("A serial pattern must end with the {check} field.")
        unknown = set(fields) - {"prefix", "year", "seq", "check"}
        if unknown:
            raise SerialError("Unknown field(s) in the serial pattern: {fields}.", fields=", ".join(sorted(unknown)))

    def format(self, prefix: str, year: int, seq: int) -> str:
        if seq < 1:
            raise SerialError("Serial sequence numbers start at 1.")
        without_check = self.pattern[: self.pattern.rindex("{check}")]
        head = without_check.format(prefix=prefix.upper(), year=year, seq=seq)
        return head + check_character(_core(head))
