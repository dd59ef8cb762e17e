"""The sealed text printed in a certificate's QR code, and its verification without the register.

Text: "TR3:" + decimal digits (packing.to_digits, for a QR code's numeric mode) of the CBOR payload
(payload.py, version 3) followed by its 64-byte Ed25519 signature. The signature is a COSE_Sign1's
(RFC 9052): over ["Signature1", protected {alg: EdDSA}, b"", payload]; only the structure around it
is left out, and no key id: the verifier tries the few keys of its trust file. Optionally preceded by
the centre's verification address ending in "#" (a phone opens the page, the seal stays in the
fragment, which a browser never sends).
Older certificates hold "TR2:" + base45(untagged COSE_Sign1 without key id, payload version 2) or
"TR1:" + base45(zlib(tagged COSE_Sign1 with a key id)) and still verify."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import base45, cose, packing
from .keys import TrustedKey, TrustList
from .payload import CertificatePayload, PayloadError

PREFIX = "TR3:"
PREFIX_V2 = "TR2:"
PREFIX_V1 = "TR1:"
SIGNATURE = 64  # bytes of an Ed25519 signature
MAX_TEXT = 8000  # far beyond any QR code: longer text is not a seal, and is not decoded


@dataclass(frozen=True)
class Verification:
    valid: bool  # signature good, by a trusted key valid on the issue date
    problem: str  # why not, in words; "" when valid
    payload: CertificatePayload | None = None
    key: TrustedKey | None = None
    # why not, as a word for translations (the verifier page's): empty, notOurs, damaged, noKey,
    # unknownKey, altered, keyOutsideValidity
    reason: str = ""


def seal(payload: CertificatePayload, key: Ed25519PrivateKey) -> str:
    body = payload.to_compact()
    return PREFIX + packing.to_digits(body + cose.detached_signature(body, key))


def seal_v2(payload: CertificatePayload, key: Ed25519PrivateKey) -> str:
    """A seal as certificates issued before version 3 hold it (the tests' old seals)."""
    return PREFIX_V2 + base45.encode(cose.sign_compact(payload.to_cbor(), key))


def _open_v3(body: str) -> tuple[bytes, bytes, CertificatePayload]:
    """(payload bytes, signature, payload); raises PackingError or PayloadError."""
    data = packing.from_digits(body)
    if len(data) <= SIGNATURE:
        raise PayloadError("the seal is too short to hold a signature")
    payload_bytes, signature = data[:-SIGNATURE], data[-SIGNATURE:]
    return payload_bytes, signature, CertificatePayload.from_compact(payload_bytes)


def seal_text(text: str) -> str:
    """The seal in a QR code's text: what follows the verification address's '#', if any."""
    text = text.strip()
    return text.rsplit("#", 1)[1].strip() if "#" in text else text


def read_payload(text: str) -> CertificatePayload | None:
    """What a seal states, its signature not checked (a seal the register made itself); None if unreadable."""
    text = seal_text(text)
    try:
        if text.startswith(PREFIX):
            return _open_v3(text[len(PREFIX):])[2]
        if text.startswith(PREFIX_V2):
            return CertificatePayload.from_cbor(cose.parse(base45.decode(text[len(PREFIX_V2):]))[2])
        if text.startswith(PREFIX_V1):
            message = zlib.decompress(base45.decode(text[len(PREFIX_V1):]))
            return CertificatePayload.from_version_1(cose.parse(message)[2])
    except (base45.Base45Error, cose.CoseError, PayloadError, packing.PackingError, zlib.error):
        return None
    return None


def verify(text: str, trust: TrustList) -> Verification:
    text = seal_text(text)
    if len(text) > MAX_TEXT:
        return Verification(False, "This text is far too long to be a certificate's seal.", reason="damaged")
    if text.startswith(PREFIX):
        return _verify_v3(text[len(PREFIX):], trust)
    if text.startswith(PREFIX_V2):
        return _verify_v2(text[len(PREFIX_V2):], trust)
    if text.startswith(PREFIX_V1):
        return _verify_v1(text[len(PREFIX_V1):], trust)
    if not text:
        return Verification(False, "There is no text to verify: the QR code's text is empty.", reason="empty")
    return Verification(False, f"This is not a certificate seal of this register (it does not start with {PREFIX}).",
                        reason="notOurs")


def _verify_v3(body: str, trust: TrustList) -> Verification:
    try:
        payload_bytes, signature, payload = _open_v3(body)
    except (packing.PackingError, PayloadError) as exc:
        return Verification(False, f"The seal is damaged or forged: {exc}", reason="damaged")
    return _verify_by_any_key(cose.EDDSA_PROTECTED, payload_bytes, signature, payload, trust)


def _verify_v2(body: str, trust: TrustList) -> Verification:
    try:
        protected, _, payload_bytes, signature = cose.parse(base45.decode(body))
        payload = CertificatePayload.from_cbor(payload_bytes)
    except (base45.Base45Error, cose.CoseError, PayloadError) as exc:
        return Verification(False, f"The seal is damaged or forged: {exc}", reason="damaged")
    return _verify_by_any_key(protected, payload_bytes, signature, payload, trust)


def _verify_by_any_key(protected: bytes, payload_bytes: bytes, signature: bytes, payload: CertificatePayload,
                       trust: TrustList) -> Verification:
    keys = [k for k in trust.keys if cose.verify(protected, payload_bytes, signature, k.public())]
    if not keys:
        return Verification(False, "The signature does not match any key of the trust file: the certificate was "
                                   "altered or forged, or sealed by a key this trust file does not hold.", payload,
                            reason="noKey")
    key = next((k for k in keys if k.covers(payload.issued)), None)
    if key is None:
        return Verification(False, f"Key {keys[0].kid} was not valid on the issue date {payload.issued:%d %B %Y}.",
                            payload, keys[0], "keyOutsideValidity")
    return Verification(True, "", payload, key)


def _verify_v1(body: str, trust: TrustList) -> Verification:
    try:
        message = zlib.decompress(base45.decode(body))
        protected, header, payload_bytes, signature = cose.parse(message)
        payload = CertificatePayload.from_version_1(payload_bytes)
    except zlib.error:
        return Verification(False, "The seal is damaged: its compressed part is cut short or altered.", reason="damaged")
    except (base45.Base45Error, cose.CoseError, PayloadError) as exc:
        return Verification(False, f"The seal is damaged or forged: {exc}", reason="damaged")
    kid_bytes = header.get(cose.KID, b"")
    kid = kid_bytes.hex() if isinstance(kid_bytes, bytes) else ""
    key = trust.find(kid)
    if key is None:
        return Verification(False, f"The seal names key {kid}, which is not in the trust list.", payload,
                            reason="unknownKey")
    if not cose.verify(protected, payload_bytes, signature, key.public()):
        return Verification(False, "The signature does not match: the certificate was altered or forged.", payload, key,
                            "altered")
    if not key.covers(payload.issued):
        return Verification(False, f"Key {kid} was not valid on the issue date {payload.issued:%d %B %Y}.", payload, key,
                            "keyOutsideValidity")
    return Verification(True, "", payload, key)


