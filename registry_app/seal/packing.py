"""Dense forms for the compact seal (version 3): text packed into a few bits a letter, and bytes
written as decimal digits for a QR code's numeric mode.

Packed text (a CBOR item): UTF-8 text as it is; or a byte string whose first byte tells how the rest
is packed:
  - below 0xF0: a 128-character window w of Unicode, each further byte b the character b (b < 0x80)
    or w * 128 + b - 0x80 (b >= 0x80), as version 2 packs names;
  - 0xF0 + k: the letters are indices into ALPHABETS[k], read as the digits of one number in base
    len(ALPHABETS[k]) after a leading digit 1, the number written big-endian in the fewest bytes.
The shortest form is chosen; a letter outside every alphabet keeps the text in UTF-8 or its window.

Digits: each 7 bytes (big-endian) become 17 decimal digits, a last group of k bytes DIGITS[k] digits.
Numeric mode packs 10 bits in 3 digits, so a byte costs 8.1 bits (alphanumeric base45: 8.25; byte mode
of a QR code is not an option, base64 has lower-case letters)."""

from __future__ import annotations

from typing import Any

ALPHABET_BASE = 0xF0
ALPHABETS = (
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/._ \n",  # serial, programme and course codes, one a line
    " '-.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",  # names in Latin letters without accents
    " '-.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    + "".join(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)),  # with Latin-1's accented letters
    " -" + "".join(map(chr, range(0x621, 0x653))) + "\u0670\u067e\u0686\u0698\u06a4\u06a9\u06af\u06cc",  # Arabic
)
GROUP_BYTES, GROUP_DIGITS = 7, 17
DIGITS = (0, 3, 5, 8, 10, 13, 15)  # digits of a last group of 0..6 bytes: ceil(8k log10 2)


class PackingError(ValueError):
    pass


def pack_text(text: str) -> str | bytes:
    forms: list[str | bytes] = [text]
    window = _window_form(text)
    if window is not None:
        forms.append(window)
    for index, alphabet in enumerate(ALPHABETS):
        if text and all(ch in alphabet for ch in text):
            forms.append(_alphabet_form(text, index, alphabet))
    return min(forms, key=lambda form: len(form.encode("utf-8")) if isinstance(form, str) else len(form))


def _window_form(text: str) -> bytes | None:
    windows = {ord(ch) // 128 for ch in text if ord(ch) >= 128}
    if len(windows) != 1:
        return None
    window = windows.pop()
    if window >= ALPHABET_BASE:
        return None
    return bytes([window]) + bytes(ord(ch) if ord(ch) < 128 else ord(ch) - window * 128 + 128 for ch in text)


def _alphabet_form(text: str, index: int, alphabet: str) -> bytes:
    number = 1
    for ch in text:
        number = number * len(alphabet) + alphabet.index(ch)
    return bytes([ALPHABET_BASE + index]) + number.to_bytes((number.bit_length() + 7) // 8, "big")


def unpack_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes) or not value:
        raise PackingError(f"{value!r} is not packed text")
    if value[0] < ALPHABET_BASE:
        window = value[0] * 128
        return "".join(chr(b) if b < 128 else chr(window + b - 128) for b in value[1:])
    if value[0] - ALPHABET_BASE >= len(ALPHABETS):
        raise PackingError(f"packed text names alphabet {value[0] - ALPHABET_BASE}, which does not exist")
    alphabet = ALPHABETS[value[0] - ALPHABET_BASE]
    number, letters = int.from_bytes(value[1:], "big"), []
    while number >= len(alphabet):
        number, index = divmod(number, len(alphabet))
        letters.append(alphabet[index])
    if number != 1:
        raise PackingError("packed text does not start with its leading digit")
    return "".join(reversed(letters))


def to_digits(data: bytes) -> str:
    groups = []
    for start in range(0, len(data), GROUP_BYTES):
        chunk = data[start:start + GROUP_BYTES]
        groups.append(str(int.from_bytes(chunk, "big")).zfill(DIGITS[len(chunk)] if len(chunk) < GROUP_BYTES
                                                                else GROUP_DIGITS))
    return "".join(groups)


def from_digits(text: str) -> bytes:
    if text and not (text.isascii() and text.isdigit()):
        raise PackingError("the seal's digits hold other characters")
    full, rest = divmod(len(text), GROUP_DIGITS)
    if rest not in DIGITS:
        raise PackingError("the seal's digits are cut short")
    out = bytearray()
    groups = [(i * GROUP_DIGITS, GROUP_DIGITS, GROUP_BYTES) for i in range(full)]
    if rest:
        groups.append((full * GROUP_DIGITS, rest, DIGITS.index(rest)))
    for start, digits, size in groups:
        value = int(text[start:start + digits])
        if value >= 256 ** size:
            raise PackingError("a group of the seal's digits is out of range")
        out += value.to_bytes(size, "big")
    return bytes(out)
