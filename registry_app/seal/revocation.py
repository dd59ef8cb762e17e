"""The signed list of revoked (and superseded) certificates that the centre publishes, as a CRL is:
issued on a date, to be replaced by the next-update date. Verifiers check a seal against it offline.

Text: "TRL1:" + base45(zlib(COSE_Sign1(CBOR {"issuer", "date", "next_update", "revoked": [{"s": serial,
"r": reason, "t": "superseded" when superseded}]}))). Lists made before next_update existed have none."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..domain.errors import Refusal
from . import base45, cose
from .keys import TrustList

PREFIX = "TRL1:"


class BadRevocationList(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class Withdrawn:
    serial: str
    reason: str
    status: str = "revoked"  # or "superseded"


@dataclass(frozen=True)
class RevocationList:
    issuer: str
    issued: date
    next_update: date | None
    withdrawn: tuple[Withdrawn, ...] = field(default=())

    def find(self, serial: str) -> Withdrawn | None:
        return next((w for w in self.withdrawn if w.serial == serial), None)

    def out_of_date(self, today: date) -> bool:
        return self.next_update is not None and today > self.next_update


def sign(revocations: RevocationList, key: Ed25519PrivateKey, kid: str) -> str:
    body = cbor2.dumps({
        "issuer": revocations.issuer, "date": revocations.issued.isoformat(),
        "next_update": revocations.next_update.isoformat() if revocations.next_update else None,
        "revoked": [{"s": w.serial, "r": w.reason, **({"t": w.status} if w.status != "revoked" else {})}
                    for w in revocations.withdrawn]})
    return PREFIX + base45.encode(zlib.compress(cose.sign(body, key, bytes.fromhex(kid)), 9))


def read(text: str, trust: TrustList) -> RevocationList:
    """The list, once its signature is checked against the trust file; BadRevocationList if not."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise BadRevocationList("This is not a revocation list of a centre (it does not start with {prefix}).",
                                prefix=PREFIX)
    try:
        message = zlib.decompress(base45.decode(text[len(PREFIX):]))
        protected, header, body, signature = cose.parse(message)
    except (zlib.error, base45.Base45Error, cose.CoseError):
        raise BadRevocationList("The revocation list is damaged: it was cut short or altered.") from None
    kid = header.get(cose.KID, b"")
    key = trust.find(kid.hex() if isinstance(kid, bytes) else "")
    if key is None or not cose.verify(protected, body, signature, key.public()):
        raise BadRevocationList("The revocation list's signature does not verify with the trust file: "
                                "it was altered, or comes from another centre.")
    try:
        return _from_body(cbor2.loads(body))
    except (cbor2.CBORError, KeyError, TypeError, ValueError):
        raise BadRevocationList("The revocation list is signed but its contents cannot be read.") from None


def _from_body(data: dict[str, Any]) -> RevocationList:
    withdrawn = tuple(Withdrawn(str(r["s"]), str(r.get("r", "")), str(r.get("t", "revoked"))) for r in data["revoked"])
    next_update = data.get("next_update")
    return RevocationList(str(data.get("issuer", "")), date.fromisoformat(data["date"]),
                          date.fromisoformat(next_update) if next_update else None, withdrawn)
