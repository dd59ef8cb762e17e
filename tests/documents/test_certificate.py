"""Certificates drawn in each language, long names shrunk to fit, the seal's QR code readable."""

from datetime import date

import pytest
import zxingcpp
from PIL import Image

from registry_app.documents import certificate_batch
from registry_app.documents.certificate import CertificateDocument, Signatory, render
from tests.documents.pdf import normal, page_count, pages_text, render_png, save

LONG_NAME = "Mahamadou Issoufou ABDOURAHAMANE OULD MOHAMED LEMINE BEN ABDELKADER"


def _certificate(languages=("en",), name="Fatima Zahra BENNANI", serial="RBT-2026-00017-K", kind="completion"):
    return CertificateDocument(
        languages, kind,
        {"en": "Programme Office", "fr": "Bureau du programme", "ar": "مكتب البرنامج"},
        {"en": "Counter-terrorism investigations", "fr": "Enquêtes antiterroristes",
         "ar": "التحقيقات في مجال مكافحة الإرهاب"},
        name, "فاطمة الزهراء بناني", "Rabat", date(2026, 3, 2), date(2026, 3, 13), 60,
        "Accredited by the Council, ref. ACL/2021/101",
        (Signatory("Karim Tazi", "Head of the Programme Office"), Signatory("كريم التازي", "مدير المكتب")),
        serial, "TR1:" + "6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N" * 6)


@pytest.mark.parametrize("languages,expected", [
    (("en",), "CERTIFICATE OF COMPLETION"), (("fr",), "CERTIFICAT DE RÉUSSITE"),
    (("ar",), "شهادة إتمام"), (("en", "ar"), "شهادة إتمام"), (("fr", "en"), "CERTIFICATE OF COMPLETION"),
])
def test_each_language_and_pair_reads_back(tmp_path, languages, expected):
    text = pages_text(save(tmp_path, render([_certificate(languages)])))[0]
    assert normal(expected) in text and "RBT-2026-00017-K" in text


def test_a_long_name_shrinks_to_fit_the_page_rather_than_overflow(tmp_path):
    text = " ".join(pages_text(save(tmp_path, render([_certificate(name=LONG_NAME)])))[0].split())
    assert LONG_NAME in text


def test_the_qr_code_reads_back_from_the_picture(tmp_path):
    certificate = _certificate(("en", "ar"))
    picture = render_png(save(tmp_path, render([certificate])), tmp_path / "page", dpi=150)[0]
    codes = zxingcpp.read_barcodes(Image.open(picture))
    assert [c.text for c in codes] == [certificate.seal]


def test_many_certificates_are_drawn_on_every_core_with_the_same_result(tmp_path):
    documents = [_certificate(serial=f"RBT-2026-{n:05d}-X") for n in range(1, 46)]
    shards = [documents[r.start:r.stop] for r in certificate_batch.shards(len(documents))]
    drawn = certificate_batch.draw(shards)
    singles = [pdf for _, shard_singles in drawn for pdf in shard_singles]
    merged = certificate_batch.join([shard for shard, _ in drawn])
    assert len(singles) == 45 and [certificate_batch.draw_shard(shard) for shard in shards] == drawn
    for n in (1, 23, 45):
        path = save(tmp_path, singles[n - 1], f"{n}.pdf")
        assert page_count(path) == 1 and f"RBT-2026-{n:05d}-X" in pages_text(path)[0]
    assert page_count(save(tmp_path, merged, "merged.pdf")) == 45
