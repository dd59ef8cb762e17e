"""Base45 (RFC 9285): the alphabet of a QR code's alphanumeric mode, so that the sealed text packs
densely into the code."""

from __future__ import annotations

from ..domain.errors import Refusal

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


class Base45Error(Refusal, ValueError):
    pass


def encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        n, c = divmod(n, 45)
        e, d = divmod(n, 45)
        out.append(ALPHABET[c] + ALPHABET[d] + ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out.append(ALPHABET[c] + ALPHABET[d])
    return "".join(out)


def decode(text: str) -> bytes:
    try:
        values = [_VALUE[ch] for ch in text]
    except KeyError as bad:
        raise Base45Error(f"{bad.args[0]!r} is not a base45 character.") from None
    if len(values) % 3 == 1:
        raise Base45Error("A base45 text cannot have a length of 3n + 1.")
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 2025
            if n > 0xFFFF:
                raise Base45Error("A base45 triplet is out of range.")
            out += n.to_bytes(2, "big")
        else:
            n = chunk[0] + chunk[1] * 45
            if n > 0xFF:
                raise Base45Error("A base45 pair is out of range.")
            out.append(n)
    return bytes(out)
