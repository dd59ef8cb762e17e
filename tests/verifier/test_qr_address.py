"""With the centre's verification address before it, a certificate's QR code stays within version 9 at
level M for a typical name in two scripts: the address's scheme in byte mode, its capital host in
alphanumeric mode, '#TR3:' in byte mode and the seal's digits in numeric mode. Modules stay 0.85 mm
(the code grows, its modules never shrink), the longest name included."""

from datetime import date

import pytest
import segno
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.units import mm

from registry_app.documents.certificate import MODULE, QUIET_ZONE, _qr_matrix, qr_content, qr_size, qr_version
from registry_app.seal.envelope import seal, seal_v2
from registry_app.seal.payload import CertificatePayload
from registry_app.services import centre

ADDRESS = "https://verify.training-centres.example/"  # 40 characters

TYPICAL = [
    ("Mohamed Amine EL AMRANI", "محمد أمين العمراني"),
    ("Fatima Zahra BENNANI", "فاطمة الزهراء بناني"),
    ("Aminata Fatoumata DIALLO",),
    ("Aïssatou Oumou DIALLO", "عائشة أم ديالو"),
    ("Youssef Karim BEN SALAH", "يوسف كريم بن صالح"),
]


@pytest.mark.parametrize("names", TYPICAL, ids=lambda names: names[0])
def test_a_typical_name_with_a_40_character_address(names):
    assert len(ADDRESS) == 40
    payload = CertificatePayload("RBT-2026-00017-K", names, "INV-101", "INV-101/2026-03", date(2026, 3, 2),
                                 date(2026, 3, 13), 60, "completion", date(2026, 3, 20),
                                 ("en", "ar") if len(names) > 1 else ("en",))
    sealed = seal(payload, Ed25519PrivateKey.from_private_bytes(bytes(32)))
    text = centre.qr_text(sealed, centre.CentreSettings(verification_address=ADDRESS))
    assert text == "https://VERIFY.TRAINING-CENTRES.EXAMPLE/#" + sealed
    assert [segment for segment, _mode in qr_content(text)] == [
        "https://", "VERIFY.TRAINING-CENTRES.EXAMPLE/", "#TR3:", sealed[4:]]
    assert qr_version(sealed) <= 8 and qr_version(text) <= 9, (qr_version(sealed), qr_version(text))
    code = segno.make(qr_content(text), error="m", micro=False, boost_error=False)
    assert code.version == qr_version(text)


def test_a_path_with_small_letters_stays_as_it_is_in_byte_mode():
    sealed = seal(_payload(TYPICAL[0]), Ed25519PrivateKey.from_private_bytes(bytes(32)))
    text = centre.qr_text(sealed, centre.CentreSettings(verification_address="https://Centre.Example.org/check/"))
    assert text.startswith("https://CENTRE.EXAMPLE.ORG/check/#TR3:")
    assert [segment for segment, _mode in qr_content(text)][:3] == ["https://", "CENTRE.EXAMPLE.ORG/", "check/#TR3:"]


def test_an_older_seal_keeps_the_address_as_first_printed():
    old = seal_v2(_payload(TYPICAL[0]), Ed25519PrivateKey.from_private_bytes(bytes(32)))
    text = centre.qr_text(old, centre.CentreSettings(verification_address=ADDRESS))
    assert text == ADDRESS + "#" + old and qr_content(text) == [(ADDRESS + "#", segno.consts.MODE_BYTE), (old, None)]


def test_the_longest_name_grows_the_code_not_its_modules():
    longest = ("A" * 60 + " " + "B" * 59, "ب" * 60 + " " + "ت" * 59)
    sealed = seal(_payload(longest), Ed25519PrivateKey.from_private_bytes(bytes(32)))
    text = centre.qr_text(sealed, centre.CentreSettings(verification_address=ADDRESS))
    side = len(_qr_matrix(text)) + 2 * QUIET_ZONE
    assert qr_size(text) / side >= 0.6 * mm and MODULE >= 0.6 * mm
    assert qr_version(text) > 9  # it grew


def _payload(names):
    return CertificatePayload("RBT-2026-00017-K", names, "INV-101", "INV-101/2026-03", date(2026, 3, 2),
                              date(2026, 3, 13), 60, "completion", date(2026, 3, 20),
                              ("en", "ar") if len(names) > 1 else ("en",))


def test_the_longest_address_allowed_still_keeps_a_typical_code_small():
    address = "https://" + "v" * (centre.MAX_ADDRESS - 9) + "/"
    centre.check_address(address)
    payload = CertificatePayload("RBT-2026-00017-K", TYPICAL[0], "INV-101", "INV-101/2026-03", date(2026, 3, 2),
                                 date(2026, 3, 13), 60, "completion", date(2026, 3, 20), ("en", "ar"))
    sealed = seal(payload, Ed25519PrivateKey.from_private_bytes(bytes(32)))
    assert qr_version(address + "#" + sealed) <= 12


def test_the_printed_modules_of_the_longest_name_measure_at_least_0_6_mm():
    """Measured in the PDF itself: the QR code's path (its dark modules) spans the symbol's side."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    from registry_app.documents.certificate import render
    from tests.documents import samples
    from tests.documents.photos import sealed

    for address in ("", ADDRESS):
        doc = sealed(samples.certificate(("en", "ar"), samples.LONG_NAME, samples.LONG_SECOND), address)
        side = len(_qr_matrix(doc.seal))
        pdf = pypdfium2.PdfDocument(render([doc]))
        try:
            boxes = [p.get_bounds() for p in pdf[0].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH])]
        finally:
            pdf.close()
        # the squares: the code's white ground with its quiet zone, and its dark modules inside it
        squares = sorted(right - left for left, bottom, right, top in boxes
                         if abs((right - left) - (top - bottom)) < 0.5 and right - left > 20)
        dark, ground = squares[:2]
        module = dark / side
        assert qr_version(doc.seal) >= 12 and 0.6 * mm <= module <= 0.9 * mm, (qr_version(doc.seal), module / mm)
        assert abs(ground - (side + 2 * QUIET_ZONE) * module) < 0.5  # the quiet zone is clear
