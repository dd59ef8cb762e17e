"""The QR matrices documents draw are segno's, exactly (level M, mask 4), only made faster."""

import segno

from registry_app.documents import qr
from registry_app.documents.certificate import qr_content
from tests.documents import samples
from tests.documents.photos import sealed

ADDRESS = "https://verify.training-centre.org/check/"


def test_the_matrix_is_segnos_for_every_size_and_with_an_address():
    texts = ["TR2:" + "A" * n for n in (1, 7, 30, 100, 200, 300, 400, 700, 1200)]
    for name, second in samples.NAMES:
        doc = samples.certificate(("en", "ar"), name, second)
        texts += [sealed(doc).seal, sealed(doc, ADDRESS).seal]
    for text in texts:
        content = qr_content(text)
        expected = segno.make(content, error="m", micro=False, mask=4, boost_error=False)
        assert qr.matrix(content) == tuple(tuple(row) for row in expected.matrix), text
