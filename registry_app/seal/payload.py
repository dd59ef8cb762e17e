"""What a certificate's seal states, and its compact CBOR forms.

Version 3 (sealed behind "TR3:", see envelope.py), a CBOR array of the fields of version 2, each
text packed (packing.py: a few bits a letter where its letters allow):

    [codes: serial, programme code and course code (the rest after the programme code when it starts
     with it), one a line, packed as one text; [name as printed, one entry per script],
     start (days since 1970-01-01), end - start, issued - end, hours, outcome * 16 + languages]

Version 2 (sealed behind "TR2:"), a CBOR map with integer keys, small enough for a QR code of
version 9 at level M for a typical name written in two scripts:

    1: serial (text)
    2: the name as printed, one entry per script printed (array); an entry is UTF-8 text, or a byte
       string whose first byte is a 128-character window w of Unicode and each further byte b is
       the character b (b < 0x80) or w * 128 + b - 0x80 (b >= 0x80): Arabic, Tifinagh and most other
       alphabets then take one byte a letter instead of two or three
    3: programme code (text)
    4: course code (text); when it starts with the programme code, only the rest of it
    5: [start, end - start, issued - end]: days since 1970-01-01, then two differences in days
    6: hours (unsigned)
    7: outcome * 16 + languages: outcome 0 completion, 1 participation; languages an index into
       LANGUAGE_SETS (the languages the certificate is printed in, main one first)

Version 1 (behind "TR1:") held text keys, ISO dates and the programme's English title; it is read
into the same dataclass so that old certificates still verify."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import cbor2

from .packing import PackingError
from .packing import pack_text as pack_dense
from .packing import unpack_text as unpack_dense

EPOCH = date(1970, 1, 1)
OUTCOMES = ("completion", "participation")
LANGUAGE_SETS: tuple[tuple[str, ...], ...] = (
    ("en",), ("fr",), ("ar",), ("en", "fr"), ("en", "ar"), ("fr", "en"), ("fr", "ar"), ("ar", "en"), ("ar", "fr"))
_V1_FIELDS = {"serial": "s", "name": "n", "programme": "p", "course": "c", "start": "f", "end": "t",
              "hours": "h", "outcome": "o", "issued": "i"}


class PayloadError(ValueError):
    """The signed bytes do not hold a certificate's fields (only ever a forgery or a bug)."""


@dataclass(frozen=True)
class CertificatePayload:
    serial: str
    names: tuple[str, ...]  # the name as printed, in every script printed, main one first
    programme: str  # code (version 1 seals: the English title)
    course: str  # code
    start: date
    end: date
    hours: int
    outcome: str  # "completion" or "participation"
    issued: date
    languages: tuple[str, ...] = ("en",)
    version: int = 3

    @property
    def name(self) -> str:
        return " / ".join(self.names)

    def _course_rest(self) -> str:
        if self.programme and self.course.startswith(self.programme):
            return self.course[len(self.programme):]
        return self.course

    def to_compact(self) -> bytes:
        """Version 3."""
        start = (self.start - EPOCH).days
        codes = "\n".join((self.serial, self.programme, self._course_rest()))
        return cbor2.dumps([pack_dense(codes), [pack_dense(n) for n in self.names], start,
                            (self.end - self.start).days, (self.issued - self.end).days, self.hours,
                            OUTCOMES.index(self.outcome) * 16 + LANGUAGE_SETS.index(self.languages)])

    @classmethod
    def from_compact(cls, data: bytes) -> CertificatePayload:
        try:
            raw = cbor2.loads(data)
            if not isinstance(raw, list) or len(raw) != 7:
                raise PayloadError("the sealed fields are not the seven of version 3")
            codes, names, start_days, length, delay, hours, packed = raw
            serial, programme, course = unpack_dense(codes).split("\n")
            start = EPOCH + timedelta(days=_uint(start_days))
            end = start + timedelta(days=_uint(length))
            return cls(serial, tuple(unpack_dense(n) for n in names), programme, programme + course, start, end,
                       _uint(hours), OUTCOMES[_uint(packed) // 16], end + timedelta(days=_uint(delay)),
                       LANGUAGE_SETS[_uint(packed) % 16], version=3)
        except (cbor2.CBORError, PackingError, IndexError, TypeError, ValueError, OverflowError) as exc:
            raise PayloadError(f"the sealed fields cannot be read ({exc})") from None

    def to_cbor(self) -> bytes:
        """Version 2 (certificates sealed before version 3; kept for the tests' old seals)."""
        course = self._course_rest()
        days = (self.start - EPOCH).days
        return cbor2.dumps({
            1: self.serial, 2: [pack_text(n) for n in self.names], 3: self.programme, 4: course,
            5: [days, (self.end - self.start).days, (self.issued - self.end).days], 6: self.hours,
            7: OUTCOMES.index(self.outcome) * 16 + LANGUAGE_SETS.index(self.languages)})

    @classmethod
    def from_cbor(cls, data: bytes) -> CertificatePayload:
        try:
            raw = cbor2.loads(data)
            start_days, length, delay = raw[5]
            start = EPOCH + timedelta(days=_uint(start_days))
            end = start + timedelta(days=_uint(length))
            programme = _text(raw[3])
            return cls(_text(raw[1]), tuple(unpack_text(n) for n in raw[2]), programme, programme + _text(raw[4]),
                       start, end, _uint(raw[6]), OUTCOMES[_uint(raw[7]) // 16], end + timedelta(days=_uint(delay)),
                       LANGUAGE_SETS[_uint(raw[7]) % 16], version=2)
        except (cbor2.CBORError, KeyError, IndexError, TypeError, ValueError, OverflowError) as exc:
            raise PayloadError(f"the sealed fields cannot be read ({exc})") from None

    @classmethod
    def from_version_1(cls, data: bytes) -> CertificatePayload:
        try:
            raw = cbor2.loads(data)
            values = {name: raw[short] for name, short in _V1_FIELDS.items()}
            return cls(values["serial"], (values["name"],), values["programme"], values["course"],
                       date.fromisoformat(values["start"]), date.fromisoformat(values["end"]), int(values["hours"]),
                       values["outcome"], date.fromisoformat(values["issued"]), ("en",), version=1)
        except (cbor2.CBORError, KeyError, TypeError, ValueError) as exc:
            raise PayloadError(f"the sealed fields cannot be read ({exc})") from None


def _uint(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise PayloadError(f"{value!r} is not a count")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise PayloadError(f"{value!r} is not text")
    return value


def pack_text(text: str) -> str | bytes:
    """text in one byte a character when all its letters outside ASCII lie in one 128-character
    window of Unicode (and that is shorter than UTF-8); else text as it is."""
    windows = {ord(ch) // 128 for ch in text if ord(ch) >= 128}
    if len(windows) != 1:
        return text
    window = windows.pop()
    if window > 255:
        return text
    packed = bytes([window]) + bytes(ord(ch) if ord(ch) < 128 else ord(ch) - window * 128 + 128 for ch in text)
    return packed if len(packed) < len(text.encode("utf-8")) else text


def unpack_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes) or not value:
        raise PayloadError(f"{value!r} is not a name")
    window = value[0] * 128
    return "".join(chr(b) if b < 128 else chr(window + b - 128) for b in value[1:])
