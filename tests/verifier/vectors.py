"""The shared test vectors of certificate verification, made with the program's own sealing code:
the Python tests and the published page (in a real browser) must give each the same verdict.

A vector is (name, text, verdict, reason): verdict valid, invalid, revoked or superseded; reason the
page's word for why not valid (damaged, notOurs, altered, unknownKey, keyOutsideValidity)."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from registry_app.seal import base45, cose
from registry_app.seal.envelope import PREFIX, CertificatePayload, Verification, seal, verify
from registry_app.seal.keys import TrustedKey, TrustList, key_id
from registry_app.services.certificates import publishing
from registry_app.services.certificates.register import read_revocation_list, signed_revocation_list

ISSUER = "Counter-Terrorism Training Office, Rabat"
ISSUER_NAMES = {"en": ISSUER, "fr": "Bureau de formation antiterroriste, Rabat", "ar": "مكتب التدريب على مكافحة الإرهاب، الرباط"}
CATALOGUE = {"INV-101": {"en": "Investigating terrorist financing", "fr": "Enquêter sur le financement du terrorisme",
                         "ar": "التحقيق في تمويل الإرهاب"}}
LIST_DATE = date(2026, 11, 20)
NEXT_UPDATE = date(2026, 12, 20)
ADDRESS = "https://verify.training-centre.example.org/"


@dataclass(frozen=True)
class Vector:
    name: str
    text: str
    verdict: str
    reason: str = ""


def _key(seed: int) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)


def _trusted(private: Ed25519PrivateKey, valid_from: date, valid_until: date | None = None) -> TrustedKey:
    from cryptography.hazmat.primitives import serialization

    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return TrustedKey(key_id(private.public_key()), raw, valid_from, valid_until)


CURRENT, EXPIRED, OTHER = _key(1), _key(2), _key(3)
TRUST = TrustList(ISSUER, (_trusted(EXPIRED, date(2019, 1, 1), date(2021, 12, 31)),
                           _trusted(CURRENT, date(2022, 1, 1))))
KID = key_id(CURRENT.public_key())

BASE = CertificatePayload("RBT-2026-00017-K", "Amina Yusuf Bello", CATALOGUE["INV-101"]["en"], "INV-101/2026-03",
                          date(2026, 3, 2), date(2026, 3, 13), 60, "completion", date(2026, 3, 20))
ARABIC = replace(BASE, serial="RBT-2026-00018-H", name="Karim Benali · كريم بن علي", outcome="participation")
REVOKED = replace(BASE, serial="RBT-2026-00019-F", name="Yohannes Tesfaye")
SUPERSEDED = replace(BASE, serial="RBT-2026-00020-Z", name="Fatoumata Diallo")
WITHDRAWN = [(REVOKED.serial, "revoked", "fraudulent nomination"), (SUPERSEDED.serial, "superseded", "name corrected")]

ALTERED = {"serial": "RBT-2026-00017-X", "name": "Amina Yusuf Bellu", "programme": "Investigating terrorist finance",
           "course": "INV-101/2026-04", "start": date(2026, 3, 3), "end": date(2026, 3, 14), "hours": 80,
           "outcome": "participation", "issued": date(2026, 3, 21)}


def revocations(next_update: date = NEXT_UPDATE) -> str:
    return signed_revocation_list(WITHDRAWN, ISSUER, LIST_DATE, CURRENT, KID, next_update)


def _swap_payload(sealed: str, payload: bytes) -> str:
    """The sealed text with another payload under the original signature: an alteration."""
    protected, _header, _payload, signature = cose.parse(zlib.decompress(base45.decode(sealed[len(PREFIX):])))
    message = cbor2.dumps(cbor2.CBORTag(cose.COSE_SIGN1_TAG, [protected, {}, payload, signature]))
    return PREFIX + base45.encode(zlib.compress(message, 9))


def vectors() -> list[Vector]:
    valid = seal(BASE, CURRENT, KID)
    found = [Vector("valid", valid, "valid"),
             Vector("valid, two scripts", seal(ARABIC, CURRENT, KID), "valid"),
             Vector("valid, after the verification address", ADDRESS + "#" + valid, "valid"),
             Vector("payload version 1", valid, "valid")]
    for spec in fields(CertificatePayload):
        altered = replace(BASE, **{spec.name: ALTERED[spec.name]})
        found.append(Vector(f"{spec.name} altered", _swap_payload(valid, altered.to_cbor()), "invalid", "altered"))
    found += [
        Vector("forged with another key under the centre's key id", seal(BASE, OTHER, KID), "invalid", "altered"),
        Vector("another key", seal(BASE, OTHER, key_id(OTHER.public_key())), "invalid", "unknownKey"),
        Vector("expired key", seal(BASE, EXPIRED, key_id(EXPIRED.public_key())), "invalid", "keyOutsideValidity"),
        Vector("revoked", seal(REVOKED, CURRENT, KID), "revoked"),
        Vector("superseded", seal(SUPERSEDED, CURRENT, KID), "superseded"),
        Vector("cut short", valid[:-12], "invalid", "damaged"),
        Vector("not a certificate seal", "HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N", "invalid", "notOurs"),
    ]
    return found


def python_verdict(text: str, trust: TrustList = TRUST, listed: str | None = None) -> tuple[str, str]:
    """The program's own verdict, in the vectors' words."""
    text = text.strip()
    sealed = text.rsplit("#", 1)[-1]
    if not sealed.startswith(PREFIX):
        return "invalid", "notOurs"
    result: Verification = verify(sealed, trust)
    if result.valid:
        assert result.payload is not None
        withdrawn = {r["serial"]: r["status"] for r in read_revocation_list(listed or revocations(), trust)}
        return withdrawn.get(result.payload.serial, "valid"), ""
    if result.payload is None:
        return "invalid", "damaged"
    if result.key is None:
        return "invalid", "unknownKey"
    if not result.key.covers(result.payload.issued):
        return "invalid", "keyOutsideValidity"
    return "invalid", "altered"


def write_site(folder: Path, today: date = date(2026, 11, 25), next_update: date = NEXT_UPDATE) -> Path:
    """The published verifier with the vectors' trust file, catalogue and revocation list."""
    listed = revocations(next_update)
    data = publishing.site_data(TRUST.to_json(), CATALOGUE, listed, today, ISSUER_NAMES, ADDRESS)
    publishing.write_site(folder, data, TRUST.to_json(), listed)
    (folder / "vectors.json").write_text(json.dumps([v.__dict__ for v in vectors()], ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    return folder
