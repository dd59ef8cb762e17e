"""The shared test vectors of certificate verification, made with the program's own sealing code:
the Python tests and the published page (in a real browser) must give each the same verdict.

A vector is (name, text, verdict, reason): verdict valid, invalid, revoked or superseded; reason the
page's word for why not valid (damaged, notOurs, altered, unknownKey, keyOutsideValidity)."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from registry_app.seal import base45, cose, packing
from registry_app.seal.envelope import (
    PREFIX,
    PREFIX_V1,
    PREFIX_V2,
    SIGNATURE,
    CertificatePayload,
    Verification,
    seal,
    seal_v2,
    verify,
)
from registry_app.seal.keys import TrustedKey, TrustList, key_id
from registry_app.services.centre import capital_host
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

BASE = CertificatePayload("RBT-2026-00017-K", ("Amina Yusuf BELLO",), "INV-101", "INV-101/2026-03",
                          date(2026, 3, 2), date(2026, 3, 13), 60, "completion", date(2026, 3, 20), ("en",))
ARABIC = replace(BASE, serial="RBT-2026-00018-H", names=("Karim BENALI", "كريم بن علي"), outcome="participation",
                 languages=("fr", "ar"))
# every packing of a name: accented Latin letters (Latin-1's alphabet), Tifinagh (a Unicode window),
# Ge'ez (across two windows: UTF-8), besides BASE's plain Latin and ARABIC's Arabic alphabet
SCRIPTS = replace(BASE, serial="RBT-2026-00021-B", names=("Aïssatou Binta DIALLO", "ⵜⴰⵙⵍⵉⵎⵜ ⴰⵎⴰⵣⵉⵖ"), languages=("fr",))
GEEZ = replace(BASE, serial="RBT-2026-00022-D", names=("Abebe BIKILA", "አበበ ቢቂላ"))
REVOKED = replace(BASE, serial="RBT-2026-00019-F", names=("Yohannes TESFAYE",))
SUPERSEDED = replace(BASE, serial="RBT-2026-00020-Z", names=("Fatoumata DIALLO",))
WITHDRAWN = [(REVOKED.serial, "revoked", "fraudulent nomination"), (SUPERSEDED.serial, "superseded", "name corrected")]

# one altered value for each field the seal holds (version says which format was read: not a field of it)
ALTERED = {"serial": "RBT-2026-00017-X", "names": ("Amina Yusuf BELLU",), "programme": "INV-102",
           "course": "INV-101/2026-04", "start": date(2026, 3, 3), "end": date(2026, 3, 14), "hours": 80,
           "outcome": "participation", "issued": date(2026, 3, 21), "languages": ("fr",)}


def seal_v1(payload: CertificatePayload, key: Ed25519PrivateKey, kid: str) -> str:
    """A seal as certificates issued before the compact payload hold it (TR1: text keys, ISO dates,
    the programme's English title, zlib, a tagged COSE_Sign1 naming its key)."""
    body = cbor2.dumps({"s": payload.serial, "n": " · ".join(payload.names), "p": CATALOGUE["INV-101"]["en"],
                        "c": payload.course, "f": payload.start.isoformat(), "t": payload.end.isoformat(),
                        "h": payload.hours, "o": payload.outcome, "i": payload.issued.isoformat()})
    return PREFIX_V1 + base45.encode(zlib.compress(cose.sign(body, key, bytes.fromhex(kid)), 9))


def revocations(next_update: date = NEXT_UPDATE) -> str:
    return signed_revocation_list(WITHDRAWN, ISSUER, LIST_DATE, CURRENT, KID, next_update)


def _swap_payload(sealed: str, payload: bytes) -> str:
    """The sealed text with another payload under the original signature: an alteration."""
    signature = packing.from_digits(sealed[len(PREFIX):])[-SIGNATURE:]
    return PREFIX + packing.to_digits(payload + signature)


def _swap_payload_v2(sealed: str, payload: bytes) -> str:
    protected, _header, _payload, signature = cose.parse(base45.decode(sealed[len(PREFIX_V2):]))
    return PREFIX_V2 + base45.encode(cbor2.dumps([protected, {}, payload, signature]))


def vectors() -> list[Vector]:
    valid = seal(BASE, CURRENT)
    found = [Vector("valid", valid, "valid"),
             Vector("valid, two scripts", seal(ARABIC, CURRENT), "valid"),
             Vector("valid, accented Latin and Tifinagh", seal(SCRIPTS, CURRENT), "valid"),
             Vector("valid, Ge'ez", seal(GEEZ, CURRENT), "valid"),
             Vector("valid, after the verification address", ADDRESS + "#" + valid, "valid"),
             Vector("valid, address with a capital host", capital_host(ADDRESS) + "#" + valid, "valid"),
             Vector("payload version 2", seal_v2(BASE, CURRENT), "valid"),
             Vector("payload version 2, two scripts", seal_v2(ARABIC, CURRENT), "valid"),
             Vector("payload version 1", seal_v1(BASE, CURRENT, KID), "valid")]
    for name, value in ALTERED.items():
        altered = replace(BASE, **{name: value})
        found.append(Vector(f"{name} altered", _swap_payload(valid, altered.to_compact()), "invalid", "noKey"))
    found.append(Vector("hours altered (version 2)", _swap_payload_v2(seal_v2(BASE, CURRENT), replace(BASE, hours=80).to_cbor()),
                        "invalid", "noKey"))
    found += [
        Vector("forged with another key under the centre's key id (version 1)", seal_v1(BASE, OTHER, KID), "invalid",
               "altered"),
        Vector("another key", seal(BASE, OTHER), "invalid", "noKey"),
        Vector("another key named (version 1)", seal_v1(BASE, OTHER, key_id(OTHER.public_key())), "invalid",
               "unknownKey"),
        Vector("expired key", seal(BASE, EXPIRED), "invalid", "keyOutsideValidity"),
        Vector("revoked", seal(REVOKED, CURRENT), "revoked"),
        Vector("superseded", seal(SUPERSEDED, CURRENT), "superseded"),
        Vector("cut short", valid[:-12], "invalid", "damaged"),
        Vector("cut short (version 2)", seal_v2(BASE, CURRENT)[:-12], "invalid", "damaged"),
        Vector("digits altered to a letter", valid[:-1] + "A", "invalid", "damaged"),
        Vector("not a certificate seal", "HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N", "invalid", "notOurs"),
    ]
    return found


def python_verdict(text: str, trust: TrustList = TRUST, listed: str | None = None) -> tuple[str, str]:
    """The program's own verdict, in the vectors' words."""
    text = text.strip()
    sealed = text.rsplit("#", 1)[-1]
    if not sealed.startswith((PREFIX, PREFIX_V2, PREFIX_V1)):
        return "invalid", "notOurs"
    result: Verification = verify(sealed, trust)
    if result.valid:
        assert result.payload is not None
        withdrawn = {r["serial"]: r["status"] for r in read_revocation_list(listed or revocations(), trust)}
        return withdrawn.get(result.payload.serial, "valid"), ""
    if result.payload is None:
        return "invalid", "damaged"
    if result.key is None:  # a compact seal names no key: none of the trust file's matched
        return "invalid", "noKey" if sealed.startswith((PREFIX, PREFIX_V2)) else "unknownKey"
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
