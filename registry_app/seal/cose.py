"""COSE_Sign1 (RFC 9052) with EdDSA over Ed25519: the signed envelope of a certificate's payload."""

from __future__ import annotations

from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.errors import Refusal

ALG = 1  # COSE header label: algorithm
KID = 4  # COSE header label: key id
EDDSA = -8
COSE_SIGN1_TAG = 18


class CoseError(Refusal, ValueError):
    pass


def _to_be_signed(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def sign(payload: bytes, key: Ed25519PrivateKey, kid: bytes) -> bytes:
    protected = cbor2.dumps({ALG: EDDSA, KID: kid})
    signature = key.sign(_to_be_signed(protected, payload))
    return cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature]))


EDDSA_PROTECTED = b"\xa1\x01\x27"  # the protected header {1: -8} (EdDSA) as CBOR


def detached_signature(payload: bytes, key: Ed25519PrivateKey) -> bytes:
    """The signature of a COSE_Sign1 with the protected header {alg: EdDSA} over payload, to be carried
    without the COSE structure around it (the verifier knows the header)."""
    return key.sign(_to_be_signed(EDDSA_PROTECTED, payload))


def sign_compact(payload: bytes, key: Ed25519PrivateKey) -> bytes:
    """COSE_Sign1 without its tag and without a key id: the algorithm alone is protected."""
    protected = cbor2.dumps({ALG: EDDSA})
    signature = key.sign(_to_be_signed(protected, payload))
    return cbor2.dumps([protected, {}, payload, signature])


def parse(message: bytes) -> tuple[bytes, dict[int, Any], bytes, bytes]:
    """(protected header bytes, protected header, payload, signature); raises CoseError."""
    try:
        decoded = cbor2.loads(message)
    except Exception:  # noqa: BLE001 - cbor2 raises several kinds on bad input
        raise CoseError("its data is not well formed (cut short or altered)") from None
    if isinstance(decoded, cbor2.CBORTag):
        if decoded.tag != COSE_SIGN1_TAG:
            raise CoseError(f"The seal is tagged {decoded.tag}, not COSE_Sign1.")
        decoded = decoded.value
    if not (isinstance(decoded, (list, tuple)) and len(decoded) == 4):
        raise CoseError("The seal is not a COSE_Sign1 structure.")
    protected, _unprotected, payload, signature = decoded
    if not all(isinstance(x, bytes) for x in (protected, payload, signature)):
        raise CoseError("The seal's parts are not byte strings.")
    try:
        header = cbor2.loads(protected) if protected else {}
    except Exception:  # noqa: BLE001
        raise CoseError("The seal's protected header is not valid CBOR.") from None
    if not isinstance(header, dict) or header.get(ALG) != EDDSA:
        raise CoseError("The seal is not signed with EdDSA.")
    return protected, header, payload, signature


def verify(protected: bytes, payload: bytes, signature: bytes, key: Ed25519PublicKey) -> bool:
    try:
        key.verify(signature, _to_be_signed(protected, payload))
    except InvalidSignature:
        return False
    return True
