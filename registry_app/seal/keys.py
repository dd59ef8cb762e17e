"""The centre's signing keys. The private key lives in a file outside the register, encrypted with a
passphrase; the public keys, with their validity, form the trust list the centre publishes. A new
key does not retire the old ones: certificates they sealed still verify."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.errors import Refusal


class KeyError_(Refusal, LookupError):  # noqa: N801 - not the built-in KeyError
    pass


class WrongPassphrase(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class TrustedKey:
    kid: str  # hex, the first 8 bytes of the SHA-256 of the raw public key
    public_key: bytes  # raw Ed25519, 32 bytes
    valid_from: date
    valid_until: date | None = None

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def public(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)


@dataclass(frozen=True)
class TrustList:
    issuer: str
    keys: tuple[TrustedKey, ...]

    def find(self, kid: str) -> TrustedKey | None:
        return next((k for k in self.keys if k.kid == kid), None)

    def with_key(self, key: TrustedKey) -> TrustList:
        others = tuple(k for k in self.keys if k.kid != key.kid)
        return TrustList(self.issuer, others + (key,))

    def to_json(self) -> str:
        return json.dumps({
            "issuer": self.issuer,
            "keys": [{"kid": k.kid, "alg": "Ed25519", "public_key": base64.b64encode(k.public_key).decode(),
                      "valid_from": k.valid_from.isoformat(),
                      "valid_until": k.valid_until.isoformat() if k.valid_until else None} for k in self.keys],
        }, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> TrustList:
        try:
            data = json.loads(text)
            keys = tuple(TrustedKey(k["kid"], base64.b64decode(k["public_key"]), date.fromisoformat(k["valid_from"]),
                                    date.fromisoformat(k["valid_until"]) if k.get("valid_until") else None)
                         for k in data["keys"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"The trust file is not valid: {exc}") from None
        return cls(data.get("issuer", ""), keys)


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def create_key(directory: Path, passphrase: str, valid_from: date, valid_until: date | None = None) -> TrustedKey:
    """A new key pair: the private key written, encrypted, to directory; the public one returned."""
    if len(passphrase) < 8:
        raise WrongPassphrase("The passphrase of a signing key must have at least 8 characters.")
    private = Ed25519PrivateKey.generate()
    public = private.public_key()
    kid = key_id(public)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{kid}.key.pem"
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(pem)
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return TrustedKey(kid, raw, valid_from, valid_until)


def load_private_key(directory: Path, kid: str, passphrase: str) -> Ed25519PrivateKey:
    path = directory / f"{kid}.key.pem"
    if not path.exists():
        raise KeyError_(f"The private key {kid} is not in {directory}.")
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise WrongPassphrase(f"The passphrase does not open the key {kid}.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyError_(f"{path} is not an Ed25519 key.")
    return key
