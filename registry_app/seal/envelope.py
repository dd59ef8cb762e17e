"""The sealed text printed in a certificate's QR code, and its verification without the register.

Text: "TR2:" + base45(COSE_Sign1(CBOR payload, see payload.py)), the COSE structure untagged, with
the algorithm (EdDSA) in its protected header and no key id: the verifier tries the few keys of
its trust file, which saves the room of a key id in the code. Optionally preceded by the centre's
verification address ending in "#" (a phone opens the page, the seal stays in the fragment).
Old certificates hold "TR1:" + base45(zlib(tagged COSE_Sign1 with a key id)) and still verify."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import base45, cose
from .keys import TrustedKey, TrustList
from .payload import CertificatePayload, PayloadError

PREFIX = "TR2:"
PREFIX_V1 = "TR1:"
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
    return PREFIX + base45.encode(cose.sign_compact(payload.to_cbor(), key))


def seal_text(text: str) -> str:
    """The seal in a QR code's text: what follows the verification address's '#', if any."""
    text = text.strip()
    return text.rsplit("#", 1)[1].strip() if "#" in text else text


def read_payload(text: str) -> CertificatePayload | None:
    """What a seal states, its signature not checked (a seal the register made itself); None if unreadable."""
    text = seal_text(text)
    try:
        if text.startswith(PREFIX):
            return CertificatePayload.from_cbor(cose.parse(base45.decode(text[len(PREFIX):]))[2])
        if text.startswith(PREFIX_V1):
            message = zlib.decompress(base45.decode(text[len(PREFIX_V1):]))
            return CertificatePayload.from_version_1(cose.parse(message)[2])
    except (base45.Base45Error, cose.CoseError, PayloadError, zlib.error):
        return None
    return None


def verify(text: str, trust: TrustList) -> Verification:
    text = seal_text(text)
    if len(text) > MAX_TEXT:
        return Verification(False, "This text is far too long to be a certificate's seal.", reason="damaged")
    if text.startswith(PREFIX):
        return _verify_v2(text[len(PREFIX):], trust)
    if text.startswith(PREFIX_V1):
        return _verify_v1(text[len(PREFIX_V1):], trust)
    if not text:
        return Verification(False, "There is no text to verify: the QR code's text is empty.", reason="empty")
    return Verification(False, f"This is not a certificate seal of this register (it does not start with {PREFIX}).",
                        reason="notOurs")


def _verify_v2(body: str, trust: TrustList) -> Verification:
    try:
        protected, _, payload_bytes, signature = cose.parse(base45.decode(body))
        payload = CertificatePayload.from_cbor(payload_bytes)
    except (base45.Base45Error, cose.CoseError, PayloadError) as exc:
        return Verification(False, f"The seal is damaged or forged: {exc}", reason="damaged")
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


