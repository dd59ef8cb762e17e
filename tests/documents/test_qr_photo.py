"""The seal's QR code is read by zbar and by ZXing from a phone-like photo of the whole certificate
(1,400 pixels across, slightly blurred, turned a few degrees, JPEG): every template language, names
in every script up to 120 characters, with and without a verification address. Its modules are never
smaller than 0.6 mm, the code grows with the seal, and its quiet zone stays clear."""

import pytest
from reportlab.lib.units import mm

from registry_app.documents.certificate import MODULE, QUIET_ZONE, qr_size, qr_version, render
from tests.documents import samples
from tests.documents.boxes import page_boxes
from tests.documents.photos import phone_photo, sealed, zbar_reads, zxing_reads

ADDRESS = "https://verify.training-centre.org/check/"  # 40 characters

CASES = [(languages, name, second) for languages in samples.LANGUAGES[:5] for name, second in samples.NAMES[1:3]]
CASES += [(("en", "ar"), samples.LONG_NAME, samples.LONG_SECOND), (("ar",), samples.LONG_NAME, samples.GEEZ),
          (("fr",), "X", "")]


@pytest.mark.parametrize("languages,name,second", CASES)
def test_both_decoders_read_the_code_from_a_photo_of_the_page(languages, name, second):
    doc = sealed(samples.certificate(languages, name, second, signatories=3, logos=2))
    photo = phone_photo(render([doc]))
    assert zxing_reads(photo, doc.seal), "ZXing"
    assert zbar_reads(photo, doc.seal), "zbar"


def test_a_code_with_the_verification_address_is_read_too():
    doc = sealed(samples.certificate(("fr", "ar")), ADDRESS)
    photo = phone_photo(render([doc]))
    assert zxing_reads(photo, doc.seal) and zbar_reads(photo, doc.seal)


def test_a_typical_name_fits_version_9_and_the_longest_grows_the_code_not_shrinks_its_modules():
    typical = sealed(samples.certificate(("en", "ar"), "Fatima Zahra BENNANI", samples.ARABIC))
    longest = sealed(samples.certificate(("en", "ar"), samples.LONG_NAME, samples.LONG_SECOND))
    assert qr_version(typical.seal) <= 9
    assert qr_version(longest.seal) > qr_version(typical.seal)
    assert MODULE >= 0.6 * mm
    for doc in (typical, longest):
        modules = 17 + 4 * qr_version(doc.seal) + 2 * QUIET_ZONE
        assert qr_size(doc.seal) == pytest.approx(modules * MODULE)


@pytest.mark.parametrize("signatories", [1, 3])
def test_nothing_is_drawn_in_the_quiet_zone(signatories):
    doc = sealed(samples.certificate(("en", "ar"), samples.LONG_NAME, samples.LONG_SECOND, signatories=signatories,
                                     logos=3))
    size = qr_size(doc.seal)
    right, bottom = 841.89 - 48, 44
    zone = (right - size, bottom, right, bottom + size)
    inside = [b for b in page_boxes(render([doc]))[0] if b.kind != "path" and b.left < zone[2] and b.right > zone[0]
              and b.bottom < zone[3] and b.top > zone[1]]
    assert not inside
