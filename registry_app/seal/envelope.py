"""The sealed text printed in a certificate's QR code, and its verification without the register.

Text: "TR1:" + base45(zlib(COSE_Sign1(CBOR(payload)))). The payload holds what the certificate
states and nothing more personal: no passport number, photo or rank."""

from __future__ import annotations

import zlib
from dataclasses import asdict, dataclass
from datetime import date

import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import base45, cose
from .keys import TrustedKey, TrustList

PREFIX = "TR1:"
_FIELDS = {"serial": "s", "name": "n", "programme": "p", "course": "c", "start": "f", "end": "t",
           "hours": "h", "outcome": "o", "issued": "i"}
_DATES = ("start", "end", "issued")


@dataclass(frozen=True)
class CertificatePayload:
    serial: str
    name: str
    programme: str
    course: str
    start: date
    end: date
    hours: int
    outcome: str  # "completion" or "participation"
    issued: date

    def to_cbor(self) -> bytes:
        values = asdict(self)
        for name in _DATES:
            values[name] = values[name].isoformat()
        return cbor2.dumps({_FIELDS[k]: v for k, v in values.items()})

    @classmethod
    def from_cbor(cls, data: bytes) -> CertificatePayload:
        raw = cbor2.loads(data)
        values = {name: raw[short] for name, short in _FIELDS.items()}
        for name in _DATES:
            values[name] = date.fromisoformat(values[name])
        return cls(**values)


@dataclass(frozen=True)
class Verification:
    valid: bool  # signature good, by a trusted key valid on the issue date
    problem: str  # why not, in words; "" when valid
    payload: CertificatePayload | None = None
    key: TrustedKey | None = None


def seal(payload: CertificatePayload, key: Ed25519PrivateKey, kid: str) -> str:
    message = cose.sign(payload.to_cbor(), key, bytes.fromhex(kid))
    return PREFIX + base45.encode(zlib.compress(message, 9))


def verify(text: str, trust: TrustList) -> Verification:
    text = text.strip()
    if not text.startswith(PREFIX):
        return Verification(False, f"This is not a certificate seal of this register (it does not start with {PREFIX}).")
    try:
        message = zlib.decompress(base45.decode(text[len(PREFIX):]))
        protected, header, payload_bytes, signature = cose.parse(message)
        payload = CertificatePayload.from_cbor(payload_bytes)
    except (base45.Base45Error, zlib.error, cose.CoseError, cbor2.CBORError, KeyError, ValueError, TypeError,
            AttributeError) as exc:
        return Verification(False, f"The seal is damaged or forged: {exc}")
    kid = header.get(cose.KID, b"").hex()
    key = trust.find(kid)
    if key is None:
        return Verification(False, f"The seal names key {kid}, which is not in the trust list.", payload)
    if not cose.verify(protected, payload_bytes, signature, key.public()):
        return Verification(False, "The signature does not match: the certificate was altered or forged.", payload, key)
    if not key.covers(payload.issued):
        return Verification(False, f"Key {kid} was not valid on the issue date {payload.issued:%d %B %Y}.", payload, key)
    return Verification(True, "", payload, key)
