"""The centre's signing keys. The private key lives in a file outside the register, encrypted with a
passphrase; the public keys, with their validity, form the trust list the centre publishes. A new
key does not retire the old ones: certificates they sealed still verify."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass, field
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
    # the programme catalogue: code -> title by language ("en", "fr", "ar"), for seals that hold codes
    programmes: dict[str, dict[str, str]] = field(default_factory=dict)

    def programme_title(self, code: str, language: str) -> str:
        titles = self.programmes.get(code, {})
        return titles.get(language) or titles.get("en") or ""

    def with_programmes(self, programmes: dict[str, dict[str, str]]) -> TrustList:
        return TrustList(self.issuer, self.keys, dict(programmes))

    def find(self, kid: str) -> TrustedKey | None:
        return next((k for k in self.keys if k.kid == kid), None)

    def with_key(self, key: TrustedKey) -> TrustList:
        others = tuple(k for k in self.keys if k.kid != key.kid)
        return TrustList(self.issuer, others + (key,), self.programmes)

    def to_json(self) -> str:
        return json.dumps({
            "issuer": self.issuer,
            "keys": [{"kid": k.kid, "alg": "Ed25519", "public_key": base64.b64encode(k.public_key).decode(),
                      "valid_from": k.valid_from.isoformat(),
                      "valid_until": k.valid_until.isoformat() if k.valid_until else None} for k in self.keys],
            "programmes": self.programmes,
        }, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> TrustList:
        try:
            data = json.loads(text)
        except ValueError:
            raise ValueError("it is not JSON text") from None
        try:
            keys = tuple(TrustedKey(k["kid"], base64.b64decode(k["public_key"], validate=True),
                                    date.fromisoformat(k["valid_from"]),
                                    date.fromisoformat(k["valid_until"]) if k.get("valid_until") else None)
                         for k in data["keys"])
            if any(len(k.public_key) != 32 for k in keys):
                raise ValueError("a public key is not 32 bytes long")
            programmes = {str(code): {str(lang): str(title) for lang, title in titles.items()}
                          for code, titles in (data.get("programmes") or {}).items()}
        except KeyError as exc:
            raise ValueError(f"its field {exc} is missing") from None
        except (ValueError, TypeError, AttributeError, binascii.Error) as exc:
            raise ValueError(f"its keys cannot be read: {exc}") from None
        return cls(str(data.get("issuer", "")), keys, programmes)


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


# The private key is wrapped with AES-256-GCM under a key stretched from the passphrase by scrypt at
# OWASP's parameters (N=2^17, r=8, p=1: 128 MiB and a few tenths of a second per guess). Keys written by
# earlier versions (PKCS#8 with PBKDF2 at 2,048 iterations) still open, and are wrapped anew when opened.
WRAP_FORMAT = "training-registry-signing-key/2"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1


def _stretch(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def wrap(private: Ed25519PrivateKey, kid: str, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    sealed = AESGCM(_stretch(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, raw, kid.encode())
    return json.dumps({"format": WRAP_FORMAT, "kid": kid, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R,
                       "p": SCRYPT_P, "salt": b64(salt), "nonce": b64(nonce), "sealed": b64(sealed)},
                      indent=2).encode("ascii")


def unwrap(data: bytes, kid: str, passphrase: str) -> Ed25519PrivateKey:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        wrapped = json.loads(data)
        key = _stretch(passphrase, base64.b64decode(wrapped["salt"]), wrapped["n"], wrapped["r"], wrapped["p"])
        raw = AESGCM(key).decrypt(base64.b64decode(wrapped["nonce"]), base64.b64decode(wrapped["sealed"]),
                                  kid.encode())
    except InvalidTag:
        raise WrongPassphrase(f"The passphrase does not open the key {kid}.") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyError_(f"The key file of {kid} is damaged: {exc}") from None
    return Ed25519PrivateKey.from_private_bytes(raw)


def key_path(directory: Path, kid: str) -> Path:
    return directory / f"{kid}.key"


def _write_new(path: Path, data: bytes) -> None:
    """Written whole under a temporary name, then renamed: a crash leaves the old file or the new one."""
    temporary = path.with_name(path.name + ".part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    temporary.replace(path)


def create_key(directory: Path, passphrase: str, valid_from: date, valid_until: date | None = None) -> TrustedKey:
    """A new key pair: the private key written, wrapped, to directory; the public one returned."""
    if len(passphrase) < 8:
        raise WrongPassphrase("The passphrase of a signing key must have at least 8 characters.")
    private = Ed25519PrivateKey.generate()
    public = private.public_key()
    kid = key_id(public)
    directory.mkdir(parents=True, exist_ok=True)
    _write_new(key_path(directory, kid), wrap(private, kid, passphrase))
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return TrustedKey(kid, raw, valid_from, valid_until)


def load_private_key(directory: Path, kid: str, passphrase: str) -> Ed25519PrivateKey:
    path = key_path(directory, kid)
    if path.exists():
        return unwrap(path.read_bytes(), kid, passphrase)
    legacy = directory / f"{kid}.key.pem"
    if not legacy.exists():
        raise KeyError_(f"The private key {kid} is not in {directory}.")
    try:
        key = serialization.load_pem_private_key(legacy.read_bytes(), passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise WrongPassphrase(f"The passphrase does not open the key {kid}.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyError_(f"{legacy} is not an Ed25519 key.")
    _write_new(path, wrap(key, kid, passphrase))  # wrapped anew with scrypt; the weak copy goes
    legacy.unlink()
    return key
