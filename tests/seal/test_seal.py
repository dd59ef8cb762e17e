"""The seal: base45, COSE_Sign1 over Ed25519, the compact payload, the trust list, and what
verification says (old TR1 seals included)."""

import zlib
from dataclasses import replace
from datetime import date

import cbor2
import pytest

from registry_app.seal import base45, cose, packing
from registry_app.seal.envelope import (
    PREFIX,
    PREFIX_V1,
    PREFIX_V2,
    SIGNATURE,
    CertificatePayload,
    seal,
    seal_v2,
    verify,
)
from registry_app.seal.keys import TrustList, WrongPassphrase, create_key, load_private_key
from registry_app.seal.payload import pack_text, unpack_text

PAYLOAD = CertificatePayload("RBT-2026-00017-K", ("Fatima Zahra BENNANI", "فاطمة الزهراء بناني"), "INV-101",
                             "INV-101/2026-03", date(2026, 3, 2), date(2026, 3, 13), 60, "completion",
                             date(2026, 3, 13), ("fr", "ar"))


@pytest.mark.parametrize("raw,text", [(b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581"),
                                      (b"ietf!", "QED8WEX0"), (b"", "")])
def test_base45_follows_rfc_9285(raw, text):
    assert base45.encode(raw) == text
    assert base45.decode(text) == raw


def test_base45_refuses_bad_text():
    for bad in ("GGW", "ZZ", "abc", "A"):
        with pytest.raises(base45.Base45Error):
            base45.decode(bad)


@pytest.fixture
def key(tmp_path):
    trusted = create_key(tmp_path, "correct horse battery", date(2026, 1, 1))
    return trusted, load_private_key(tmp_path, trusted.kid, "correct horse battery")


def seal_v1(payload, private, kid):
    """A seal as certificates issued before version 2 hold it."""
    body = cbor2.dumps({"s": payload.serial, "n": payload.names[0], "p": "Counter-terrorism investigations",
                        "c": payload.course, "f": payload.start.isoformat(), "t": payload.end.isoformat(),
                        "h": payload.hours, "o": payload.outcome, "i": payload.issued.isoformat()})
    return PREFIX_V1 + base45.encode(zlib.compress(cose.sign(body, private, bytes.fromhex(kid)), 9))


def test_a_seal_verifies_with_the_trust_list_alone(key):
    trusted, private = key
    text = seal(PAYLOAD, private)
    assert text.startswith(PREFIX) and set(text[len(PREFIX):]) <= set(base45.ALPHABET)
    result = verify(text, TrustList("Programme Office", (trusted,)))
    assert result.valid and result.payload == PAYLOAD and result.key.kid == trusted.kid


def test_the_payload_is_a_cbor_array_with_packed_text_and_dates_as_numbers(key):
    _, private = key
    text = seal(PAYLOAD, private)
    assert text.startswith("TR3:") and text[4:].isdigit()
    data = packing.from_digits(text[len(PREFIX):])
    payload = data[:-SIGNATURE]
    raw = cbor2.loads(payload)
    assert isinstance(raw, list) and len(raw) == 7
    assert packing.unpack_text(raw[0]) == "RBT-2026-00017-K\nINV-101\n/2026-03"  # the course code after the programme's
    assert [packing.unpack_text(n) for n in raw[1]] == list(PAYLOAD.names)
    assert all(isinstance(n, int) for n in raw[2:])
    assert CertificatePayload.from_compact(payload) == PAYLOAD


def test_version_2_seals_still_verify(key):
    trusted, private = key
    old = seal_v2(PAYLOAD, private)
    assert old.startswith(PREFIX_V2)
    _, _, payload, _ = cose.parse(base45.decode(old[len(PREFIX_V2):]))
    raw = cbor2.loads(payload)
    assert raw[3] == "INV-101" and raw[4] == "/2026-03" and all(isinstance(n, int) for n in raw[5])
    result = verify(old, TrustList("", (trusted,)))
    assert result.valid and result.payload == replace(PAYLOAD, version=2)


@pytest.mark.parametrize("text", ["", "Fatima Zahra BENNANI", "Aïssatou DIALLO", "فاطمة الزهراء بناني",
                                  "ⵜⴰⵎⴰⵣⵉⵖⵜ", "ሰላም ተስፋዬ", "RBT-2026-00017-K\nINV-101\n/2026-03", "a" * 300, "0"])
def test_packed_text_comes_back_exactly_and_never_longer(text):
    packed = packing.pack_text(text)
    assert packing.unpack_text(packed) == text
    assert len(cbor2.dumps(packed)) <= len(cbor2.dumps(text))


def test_digits_come_back_exactly_and_refuse_what_is_not_a_seal():
    for size in range(0, 30):
        for data in (bytes(size), b"\xff" * size, bytes(range(size))):
            assert packing.from_digits(packing.to_digits(data)) == data
    for bad in ("12", "1234", "999", "12a45", "١٢٣"):
        with pytest.raises(packing.PackingError):
            packing.from_digits(bad)


@pytest.mark.parametrize("name", ["Fatima Zahra BENNANI", "فاطمة الزهراء بناني", "ⵜⴰⵎⴰⵣⵉⵖⵜ ⴰⵎⴰⵣⵉⵖ",
                                  "ሰላም ተስፋዬ ገብረ መድኅን", "Zoë Ŀ Ĳ ÅNGSTRÖM", "a" * 120, "x"])
def test_any_script_comes_back_exactly(name):
    assert unpack_text(pack_text(name)) == name
    assert len(cbor2.dumps(pack_text(name))) <= len(cbor2.dumps(name))


def test_a_typical_name_in_two_scripts_fits_a_version_9_code(key):
    import segno

    _, private = key
    from registry_app.documents.certificate import qr_content

    code = segno.make(qr_content(seal(PAYLOAD, private)), error="m", micro=False, boost_error=False)
    assert code.version <= 9


def test_changing_any_byte_of_the_signed_message_fails(key):
    trusted, private = key
    message = packing.from_digits(seal(PAYLOAD, private)[len(PREFIX):])
    trust = TrustList("", (trusted,))
    for position in range(len(message)):
        altered = bytearray(message)
        altered[position] ^= 0x01
        assert not verify(PREFIX + packing.to_digits(bytes(altered)), trust).valid, position


def test_a_changed_name_is_caught_and_said_so(key):
    trusted, private = key
    forged_payload = replace(PAYLOAD, names=("Someone ELSE", "فاطمة الزهراء بناني"))
    signature = packing.from_digits(seal(PAYLOAD, private)[len(PREFIX):])[-SIGNATURE:]
    result = verify(PREFIX + packing.to_digits(forged_payload.to_compact() + signature), TrustList("", (trusted,)))
    assert not result.valid and "altered or forged" in result.problem


def test_another_key_does_not_verify(key, tmp_path):
    trusted, private = key
    other = create_key(tmp_path / "other", "another passphrase", date(2026, 1, 1))
    result = verify(seal(PAYLOAD, private), TrustList("", (other,)))
    assert not result.valid and "does not match any key of the trust file" in result.problem


def test_rotation_keeps_old_certificates_verifiable(key, tmp_path):
    old, old_private = key
    new = create_key(tmp_path, "the next passphrase", date(2027, 1, 1))
    trust = TrustList("", (old, new)).with_key(type(old)(old.kid, old.public_key, old.valid_from, date(2026, 12, 31)))
    old_certificate = seal(PAYLOAD, old_private)
    assert verify(old_certificate, TrustList.from_json(trust.to_json())).valid
    late = replace(PAYLOAD, issued=date(2027, 2, 1))
    assert "not valid on the issue date" in verify(seal(late, old_private), trust).problem


def test_old_tr1_seals_still_verify(key, tmp_path):
    trusted, private = key
    text = seal_v1(PAYLOAD, private, trusted.kid)
    result = verify(text, TrustList("", (trusted,)))
    assert result.valid and result.payload.version == 1
    assert result.payload.names == ("Fatima Zahra BENNANI",) and result.payload.serial == PAYLOAD.serial
    other = create_key(tmp_path / "other", "another passphrase", date(2026, 1, 1))
    assert "not in the trust list" in verify(text, TrustList("", (other,))).problem


def test_a_verification_address_before_the_seal_is_passed_over(key):
    trusted, private = key
    assert verify("https://verify.example.org/#" + seal(PAYLOAD, private), TrustList("", (trusted,))).valid


def test_the_trust_file_carries_the_programme_catalogue(key):
    trusted, _ = key
    trust = TrustList("Centre", (trusted,), {"INV-101": {"en": "Investigations", "fr": "Enquêtes", "ar": "التحقيقات"}})
    again = TrustList.from_json(trust.to_json())
    assert again.programme_title("INV-101", "fr") == "Enquêtes" and again.programme_title("XX", "fr") == ""


@pytest.mark.parametrize("text", ["", "   ", "HC1:ABC", "TR1:!!!", "TR1:" + base45.encode(b"not zlib"), "TR2:",
                                  "TR2:!!", "TR2:" + base45.encode(b"\x84\x40\xa0\x41\x00"), "TR2:" + "A" * 9000,
                                  "TR1:" + base45.encode(zlib.compress(b"x" * 300)[:20])])
def test_garbage_is_explained_not_raised(text):
    result = verify(text, TrustList("", ()))
    assert not result.valid and result.problem and "Error -" not in result.problem


def test_the_private_key_needs_its_passphrase_and_is_private(key, tmp_path):
    trusted, _ = key
    with pytest.raises(WrongPassphrase):
        load_private_key(tmp_path, trusted.kid, "wrong passphrase")
    assert (tmp_path / f"{trusted.kid}.key").stat().st_mode & 0o077 == 0
    assert b'"sealed"' in (tmp_path / f"{trusted.kid}.key").read_bytes()


def test_a_private_key_is_wrapped_with_scrypt_and_a_wrong_passphrase_is_refused(tmp_path):
    import json

    trusted = create_key(tmp_path, "correct horse battery", date(2026, 1, 1))
    wrapped = json.loads((tmp_path / f"{trusted.kid}.key").read_text())
    assert (wrapped["kdf"], wrapped["n"], wrapped["r"], wrapped["p"]) == ("scrypt", 2**17, 8, 1)
    assert (tmp_path / f"{trusted.kid}.key").stat().st_mode & 0o077 == 0
    with pytest.raises(WrongPassphrase):
        load_private_key(tmp_path, trusted.kid, "wrong horse battery")


def test_a_key_of_an_earlier_version_opens_and_is_wrapped_anew(tmp_path):
    """Keys written before (PKCS#8, PBKDF2 at 2,048 iterations) still open, and are re-wrapped."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from registry_app.seal.keys import key_id

    private = Ed25519PrivateKey.generate()
    kid = key_id(private.public_key())
    legacy = tmp_path / f"{kid}.key.pem"
    legacy.write_bytes(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                             serialization.BestAvailableEncryption(b"an old passphrase")))
    with pytest.raises(WrongPassphrase):
        load_private_key(tmp_path, kid, "not the passphrase")
    assert legacy.exists()
    opened = load_private_key(tmp_path, kid, "an old passphrase")
    assert key_id(opened.public_key()) == kid
    assert not legacy.exists() and (tmp_path / f"{kid}.key").exists()
    again = load_private_key(tmp_path, kid, "an old passphrase")
    assert again.sign(b"x") == opened.sign(b"x")
