"""With the centre's verification address before it, a certificate's QR code keeps the address in a byte
segment of its own and the seal in alphanumeric mode. The seal of a typical name alone takes version 9
at level M; the 41 bytes of a 40-character address and '#' add two versions (11). The issue's target,
version 9 with such an address, needs a payload some 30 bytes shorter: this test holds the line where
it is today, so that a growth shows."""

from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from registry_app.documents.certificate import qr_content, qr_version
from registry_app.seal.envelope import seal
from registry_app.seal.payload import CertificatePayload
from registry_app.services import centre

ADDRESS = "https://verify.training-centres.example/"  # 40 characters

TYPICAL = [
    ("Mohamed Amine EL AMRANI", "محمد أمين العمراني"),
    ("Fatima Zahra BENNANI", "فاطمة الزهراء بناني"),
    ("Aminata Fatoumata DIALLO",),
]


@pytest.mark.parametrize("names", TYPICAL, ids=lambda names: names[0])
def test_a_typical_name_with_a_40_character_address(names):
    assert len(ADDRESS) == 40
    payload = CertificatePayload("RBT-2026-00017-K", names, "INV-101", "INV-101/2026-03", date(2026, 3, 2),
                                 date(2026, 3, 13), 60, "completion", date(2026, 3, 20),
                                 ("en", "ar") if len(names) > 1 else ("en",))
    sealed = seal(payload, Ed25519PrivateKey.from_private_bytes(bytes(32)))
    text = centre.qr_text(sealed, centre.CentreSettings(verification_address=ADDRESS))
    assert text == ADDRESS + "#" + sealed
    segments = qr_content(text)
    assert segments[0][0] == ADDRESS + "#" and segments[1][0] == sealed
    assert qr_version(sealed) <= 9 and qr_version(text) <= 11, (qr_version(sealed), qr_version(text))


def test_the_longest_address_allowed_still_keeps_a_typical_code_small():
    address = "https://" + "v" * (centre.MAX_ADDRESS - 9) + "/"
    centre.check_address(address)
    payload = CertificatePayload("RBT-2026-00017-K", TYPICAL[0], "INV-101", "INV-101/2026-03", date(2026, 3, 2),
                                 date(2026, 3, 13), 60, "completion", date(2026, 3, 20), ("en", "ar"))
    sealed = seal(payload, Ed25519PrivateKey.from_private_bytes(bytes(32)))
    assert qr_version(address + "#" + sealed) <= 12
