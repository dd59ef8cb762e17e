"""The seal: base45, COSE_Sign1 over Ed25519, the trust list, and what verification says."""

import zlib
from datetime import date

import pytest

from registry_app.seal import base45, cose
from registry_app.seal.envelope import PREFIX, CertificatePayload, seal, verify
from registry_app.seal.keys import TrustList, WrongPassphrase, create_key, load_private_key

PAYLOAD = CertificatePayload("RBT-2026-00017-K", "Fatima Zahra BENNANI", "Counter-terrorism investigations",
                             "INV-101/2026-03", date(2026, 3, 2), date(2026, 3, 13), 60, "completion",
                             date(2026, 3, 13))


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


def test_a_seal_verifies_with_the_trust_list_alone(key):
    trusted, private = key
    text = seal(PAYLOAD, private, trusted.kid)
    assert text.startswith(PREFIX) and set(text[len(PREFIX):]) <= set(base45.ALPHABET)
    result = verify(text, TrustList("Programme Office", (trusted,)))
    assert result.valid and result.payload == PAYLOAD and result.key.kid == trusted.kid


def test_changing_any_byte_of_the_signed_message_fails(key):
    trusted, private = key
    message = zlib.decompress(base45.decode(seal(PAYLOAD, private, trusted.kid)[len(PREFIX):]))
    trust = TrustList("", (trusted,))
    for position in range(len(message)):
        altered = bytearray(message)
        altered[position] ^= 0x01
        text = PREFIX + base45.encode(zlib.compress(bytes(altered)))
        assert not verify(text, trust).valid, position


def test_a_changed_name_is_caught_and_said_so(key):
    trusted, private = key
    forged_payload = CertificatePayload(**{**PAYLOAD.__dict__, "name": "Someone ELSE"})
    protected, _, _, signature = cose.parse(zlib.decompress(base45.decode(seal(PAYLOAD, private, trusted.kid)[4:])))
    import cbor2

    forged = cbor2.dumps(cbor2.CBORTag(18, [protected, {}, forged_payload.to_cbor(), signature]))
    result = verify(PREFIX + base45.encode(zlib.compress(forged)), TrustList("", (trusted,)))
    assert not result.valid and "altered or forged" in result.problem


def test_another_key_does_not_verify(key, tmp_path):
    trusted, private = key
    other = create_key(tmp_path / "other", "another passphrase", date(2026, 1, 1))
    text = seal(PAYLOAD, private, trusted.kid)
    result = verify(text, TrustList("", (other,)))
    assert not result.valid and "not in the trust list" in result.problem
    impostor = TrustList("", (type(trusted)(trusted.kid, other.public_key, trusted.valid_from),))
    assert "signature does not match" in verify(text, impostor).problem


def test_rotation_keeps_old_certificates_verifiable(key, tmp_path):
    old, old_private = key
    new = create_key(tmp_path, "the next passphrase", date(2027, 1, 1))
    trust = TrustList("", (old, new)).with_key(type(old)(old.kid, old.public_key, old.valid_from, date(2026, 12, 31)))
    old_certificate = seal(PAYLOAD, old_private, old.kid)
    assert verify(old_certificate, TrustList.from_json(trust.to_json())).valid
    late = CertificatePayload(**{**PAYLOAD.__dict__, "issued": date(2027, 2, 1)})
    assert "not valid on the issue date" in verify(seal(late, old_private, old.kid), trust).problem


def test_the_private_key_needs_its_passphrase_and_is_private(key, tmp_path):
    trusted, _ = key
    with pytest.raises(WrongPassphrase):
        load_private_key(tmp_path, trusted.kid, "wrong passphrase")
    assert (tmp_path / f"{trusted.kid}.key").stat().st_mode & 0o077 == 0
    assert b'"sealed"' in (tmp_path / f"{trusted.kid}.key").read_bytes()


@pytest.mark.parametrize("text", ["", "HC1:ABC", "TR1:!!!", "TR1:" + base45.encode(b"not zlib")])
def test_garbage_is_explained_not_raised(text):
    result = verify(text, TrustList("", ()))
    assert not result.valid and result.problem


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
