"""The certificate register: search, reprint, correction, exports, the signed revocation list."""

import csv
import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from registry_app.seal import revocation
from registry_app.services.certificates import graduation as certificates
from registry_app.services.certificates import keys as sealing
from registry_app.services.certificates import register
from registry_app.services.register import participants
from registry_app.services.register.participants import ParticipantData
from registry_app.store.models import Certificate, Participant
from tests.conftest import KEY_PASSPHRASE as PASSPHRASE
from tests.conftest import SESSIONS_OVER as AFTER
from tests.documents.pdf import pages_text, save


@pytest.fixture
def issued(actor, closed_course):
    course, _, keys = closed_course
    return certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys).issued, keys


def test_the_register_finds_by_serial_name_or_course(issued):
    items, _ = issued
    assert len(register.find()) == 3
    assert [r.serial for r in register.find(items[0].serial)] == [items[0].serial]
    assert {r.name for r in register.find("amrani")} == {"EL AMRANI Mohamed"}
    assert len(register.find("INV-101/2026")) == 3 and register.find("zzz") == []


def test_a_reprint_keeps_the_serial_says_duplicate_and_is_counted(actor, issued, tmp_path):
    items, _ = issued
    pdf = register.reprint(actor, items[0].serial)
    text = pages_text(save(tmp_path, pdf))[0]
    assert items[0].serial in text and "DUPLICATE" in text
    assert Certificate.get(Certificate.serial == items[0].serial).print_count == 1


def test_a_correction_supersedes_with_a_new_serial(actor, issued, small_course):
    items, keys = issued
    participant = Participant.select().where(Participant.family_name == "El Amrani").get()
    participants.update(actor, participant.id, participant.version,
                        ParticipantData("Mohammed", "El Amrani", "M", "MA", full_name_ar="محمد العمراني"))
    old = next(i for i in items if i.family_name == "El Amrani")
    new = register.correct(actor, old.serial, "given name misspelt", PASSPHRASE, today=AFTER, keys=keys)
    assert new.serial != old.serial
    previous = Certificate.get(Certificate.serial == old.serial)
    assert previous.status == "superseded" and new.serial in previous.reason
    assert Certificate.get(Certificate.serial == new.serial).supersedes_id == previous.id
    with pytest.raises(register.CertificateRefused, match="superseded"):
        register.reprint(actor, old.serial)


def test_exports_neutralise_formulas(actor, issued):
    participant = Participant.select().first()
    participants.update(actor, participant.id, participant.version,
                        ParticipantData(participant.given_names, "=HYPERLINK(\"http://x\")", participant.sex,
                                        participant.nationality_id))
    rows = register.find()
    table = list(csv.reader(io.StringIO(register.export_csv(rows).decode("utf-8-sig"))))
    assert table[0][0] == "serial" and len(table) == 4
    assert not any(cell.startswith(("=", "+", "@")) for row in table for cell in row)
    sheet = load_workbook(io.BytesIO(register.export_xlsx(rows))).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert any(str(c.value).startswith("'") for c in cells)


def test_the_revocation_list_is_signed_and_lists_the_revoked(actor, issued):
    items, keys = issued
    register.revoke(actor, items[1].serial, "fraudulent nomination")
    text = register.revocation_list(PASSPHRASE, today=AFTER, keys=keys)
    assert register.read_revocation_list(text, sealing.trust_list()) == [
        {"serial": items[1].serial, "reason": "fraudulent nomination", "status": "revoked"}]
    published = revocation.read(text, sealing.trust_list())
    assert published.issued == AFTER and published.next_update == AFTER + timedelta(days=30)
    assert not published.out_of_date(AFTER + timedelta(days=30)) and published.out_of_date(AFTER + timedelta(days=31))
    tampered = text[:-6] + ("A" if text[-6] != "A" else "B") + text[-5:]
    with pytest.raises(Exception):
        register.read_revocation_list(tampered, sealing.trust_list())
