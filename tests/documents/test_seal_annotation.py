"""A certificate's PDF carries its QR code's text in an annotation over the code (a link with the
verification address, a hidden note without), so that the verifier page reads it without drawing the
page; the PDF stays the same bytes each time it is drawn; older seals print as they first did."""

import re

import pypdfium2

from registry_app.documents import certificate_batch
from registry_app.documents.certificate import render
from tests.documents import samples
from tests.documents.photos import sealed

ADDRESS = "https://verify.training-centre.org/check/"


def contents(pdf: bytes) -> list[str]:
    return [m.decode("latin-1") for m in re.findall(rb"/Contents\s*\(([^)]*)\)", pdf)]


def test_the_code_text_rides_with_each_page_and_the_pdf_is_deterministic():
    with_address = sealed(samples.certificate(("en", "ar"), "Fatima Zahra BENNANI", samples.ARABIC), ADDRESS)
    alone = sealed(samples.certificate(("fr",), "Aïssatou DIALLO", ""))
    pdf = render([with_address, alone])
    assert render([with_address, alone]) == pdf
    assert contents(pdf) == [with_address.seal, alone.seal]
    assert with_address.seal.startswith("https://VERIFY.TRAINING-CENTRE.ORG/check/#TR3:")
    assert re.search(rb"/URI \(https://VERIFY\.TRAINING-CENTRE\.ORG/check/#TR3:\d+\)", pdf)
    assert b"/Subtype /Text" in pdf and b"/F 2" in pdf  # without an address: a hidden note, no link
    singles = certificate_batch.split(pdf)
    assert [contents(single) for single in singles] == [[with_address.seal], [alone.seal]]
    document = pypdfium2.PdfDocument(singles[0])
    try:
        assert len(document) == 1
    finally:
        document.close()


def test_an_older_seal_adds_no_annotation():
    doc = samples.certificate(("en",), "Fatima Zahra BENNANI", "")
    assert doc.seal.startswith("TR1:")
    assert b"/Annot" not in render([doc])
