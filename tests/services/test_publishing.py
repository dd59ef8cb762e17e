"""Publishing the verifier: a static site with the page, the trust file, the programme catalogue
and the signed list of revoked and superseded certificates (the page itself: tests/verifier)."""

import json

import pytest

from registry_app.domain.errors import Refusal
from registry_app.services.certificates import graduation as certificates
from registry_app.services.certificates import keys as sealing
from registry_app.services.certificates import publishing, register
from registry_app.store.models import Certificate
from tests.conftest import KEY_PASSPHRASE as PASSPHRASE
from tests.conftest import SESSIONS_OVER as AFTER


@pytest.fixture
def issued(actor, closed_course):
    course, _, keys = closed_course
    return certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys).issued, keys


def data_of(folder):
    text = (folder / "data.js").read_text(encoding="utf-8")
    assert text.startswith("window.TR_PUBLISHED = ") and text.rstrip().endswith(";")
    return json.loads(text[len("window.TR_PUBLISHED = "):].rstrip().rstrip(";"))


def test_the_site_holds_the_page_the_keys_the_catalogue_and_the_signed_list(actor, issued, tmp_path):
    items, keys = issued
    register.revoke(actor, items[0].serial, "fraudulent nomination")
    register.correct(actor, items[1].serial, "name corrected", PASSPHRASE, today=AFTER, keys=keys)
    site = publishing.publish(actor, tmp_path / "site", PASSPHRASE, today=AFTER, keys=keys)
    folder = tmp_path / "site"
    assert site.revoked == 2 and site.keys == 1 and site.programmes >= 1
    for name in publishing.PAGE_FILES + publishing.DATA_FILES + ("licences/README.txt",):
        assert (folder / name).stat().st_size > 0, name
    data = data_of(folder)
    assert data["trust"] == json.loads(sealing.trust_list().to_json()) == json.loads((folder / "trust.json").read_text())
    assert data["catalogue"]["INV-101"]["fr"] and data["catalogue"]["INV-101"]["ar"]
    listed = register.read_revocation_list((folder / "revocations.txt").read_text(), sealing.trust_list())
    assert {(r["serial"], r["status"]) for r in listed} == {(items[0].serial, "revoked"), (items[1].serial, "superseded")}
    assert data["revocations"] == (folder / "revocations.txt").read_text().strip()
    assert data["published"] == AFTER.isoformat()


def test_publishing_again_replaces_the_site_and_a_foreign_folder_is_refused(actor, issued, tmp_path):
    _, keys = issued
    folder = tmp_path / "site"
    publishing.publish(actor, folder, PASSPHRASE, today=AFTER, keys=keys)
    (folder / "left-over.txt").write_text("from before")
    publishing.publish(actor, folder, PASSPHRASE, today=AFTER, keys=keys)
    assert not (folder / "left-over.txt").exists() and (folder / "index.html").exists()
    other = tmp_path / "documents"
    other.mkdir()
    (other / "letter.txt").write_text("keep me")
    with pytest.raises(publishing.PublishRefused, match="already holds other files"):
        publishing.publish(actor, other, PASSPHRASE, today=AFTER, keys=keys)
    assert (other / "letter.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_list_that_does_not_verify_or_no_passphrase_is_refused(actor, issued, tmp_path):
    _, keys = issued
    text = register.revocation_list(PASSPHRASE, today=AFTER, keys=keys)
    tampered = text[:-6] + ("A" if text[-6] != "A" else "B") + text[-5:]
    with pytest.raises(publishing.PublishRefused):
        publishing.publish(actor, tmp_path / "a", revocations=tampered, today=AFTER)
    with pytest.raises(publishing.PublishRefused, match="passphrase"):
        publishing.publish(actor, tmp_path / "b", today=AFTER)
    with pytest.raises(Refusal):
        publishing.publish(actor, tmp_path / "c", "wrong passphrase", today=AFTER, keys=keys)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists() and not (tmp_path / "c").exists()
    publishing.publish(actor, tmp_path / "d", revocations=text, today=AFTER)  # a list signed earlier
    assert (tmp_path / "d" / "revocations.txt").read_text().strip() == text


def test_with_a_verification_address_the_qr_code_opens_the_page(actor, closed_course, tmp_path):
    from dataclasses import replace

    from registry_app.services import centre
    from registry_app.services.certificates import verification

    course, _, keys = closed_course
    with pytest.raises(centre.InvalidSettings):
        centre.save(actor, replace(centre.load(), verification_address="https://verify.example.org/#"))
    address = "https://verify.rabat-training-centre.org/"
    centre.save(actor, replace(centre.load(), verification_address=address))
    items = certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys).issued
    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(items[0].pdf)
    [text] = verification.qr_texts(pdf)
    # the host in capitals, for the code's alphanumeric mode; the same address to a browser
    assert text == "https://VERIFY.RABAT-TRAINING-CENTRE.ORG/#" + Certificate.get(Certificate.serial == items[0].serial).payload
    report = verification.check_text(text, sealing.trust_list())
    assert report.seal.valid and report.register_status == "valid"
