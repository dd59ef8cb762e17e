"""Graduation: certificates issued with gapless serials, sealed, read back from the picture, revoked."""

import threading
from datetime import date

import pytest
import zxingcpp
from PIL import Image

from registry_app.domain.serials import is_valid
from registry_app.services import counters
from registry_app.services.attendance import marks as attendance
from registry_app.services.certificates import graduation as certificates
from registry_app.services.certificates import keys as sealing
from registry_app.services.certificates import register, verification
from registry_app.services.certificates.graduation import GraduationRefused
from registry_app.services.courses import closing
from registry_app.store.database import db, write_transaction
from registry_app.store.models import AuditEvent, Certificate
from tests.documents.pdf import page_count, render_png, save

AFTER = date(2026, 3, 10)
PASSPHRASE = "graduation day passphrase"


@pytest.fixture
def graduated(actor, small_course, tmp_path):
    course, half_days, enrolments = small_course
    scheduled = [h for h in half_days if not h.excluded]
    for index, statuses in {0: "PPPPP", 1: "PPPAA", 2: "AAAAP"}.items():
        for half_day, letter in zip(scheduled, statuses):
            attendance.set_mark(actor, enrolments[index].id, half_day.id,
                                {"P": "present", "A": "absent"}[letter], today=AFTER)
    attendance.set_scores(actor, enrolments[0].id, 1, 40, 80)
    closing.close(actor, course.id, today=AFTER, without_scores=True)  # two never sat the post-test
    keys = tmp_path / "keys"
    sealing.new_key(actor, PASSPHRASE, date(2026, 1, 1), keys)
    return course, enrolments, keys


def test_who_gets_which_certificate_and_why(graduated):
    course, enrolments, _ = graduated
    kinds = {e.enrolment_id: (e.kind.value if e.kind else None, e.reason) for e in certificates.eligibility(course.id)}
    assert kinds[enrolments[0].id] == ("completion", "completed the programme")
    assert kinds[enrolments[1].id][0] == "participation" and "60 % >= 50 %" in kinds[enrolments[1].id][1]
    assert kinds[enrolments[2].id][0] is None and "20 % < 50 %" in kinds[enrolments[2].id][1]


def test_issued_certificates_carry_consecutive_serials_and_a_seal_read_back_from_the_picture(actor, graduated, tmp_path):
    course, enrolments, keys = graduated
    graduation = certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys)
    issued = graduation.issued
    assert len(issued) == 2
    serials = [i.serial for i in issued]
    assert [s.split("-")[2] for s in serials] == ["00001", "00002"] and all(is_valid(s) for s in serials)
    assert certificates.file_name(serials[0], "El Amrani") == f"{serials[0]}_EL-AMRANI.pdf"
    path = save(tmp_path, graduation.merged, "merged.pdf")
    assert page_count(path) == 2
    picture = render_png(path, tmp_path / "page", 1, 1, dpi=150)[0]
    codes = zxingcpp.read_barcodes(Image.open(picture))
    report = verification.check_text(codes[0].text, sealing.trust_list())
    assert report.seal.valid and report.register_status == "valid"
    assert report.seal.payload.serial in serials and report.seal.payload.hours == 20
    assert AuditEvent.select().where(AuditEvent.action == "issue").count() == 2
    assert certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys).issued == []  # no second copy


def test_a_revoked_certificate_says_revoked(actor, graduated, tmp_path):
    course, enrolments, keys = graduated
    issued = certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys).issued
    register.revoke(actor, issued[0].serial, "issued to the wrong person")
    report = verification.check_serial(issued[0].serial, sealing.trust_list())
    assert report.seal.valid and report.register_status == "revoked"
    assert report.reason == "issued to the wrong person"
    pdf = save(tmp_path, issued[0].pdf, "one.pdf")
    texts = verification.qr_texts(pdf)
    assert verification.check_text(texts[0], sealing.trust_list()).register_status == "revoked"


def test_a_course_still_running_issues_nothing_and_a_wrong_passphrase_opens_nothing(actor, small_course, tmp_path):
    course, _, _ = small_course
    keys = tmp_path / "keys"
    sealing.new_key(actor, PASSPHRASE, date(2026, 1, 1), keys)
    with pytest.raises(GraduationRefused, match="close it before"):
        certificates.issue(actor, course.id, PASSPHRASE, keys=keys)
    from registry_app.seal.keys import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        certificates.issue(actor, course.id, "not the passphrase", keys=keys)
    assert not Certificate.select().exists()


def test_a_cancelled_graduation_leaves_no_certificate_and_no_serial_used(actor, graduated):
    course, _, keys = graduated

    def stop(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys, progress=stop)
    assert not Certificate.select().exists()
    issued = certificates.issue(actor, course.id, PASSPHRASE, today=AFTER, keys=keys).issued
    assert issued[0].serial.split("-")[2] == "00001"


def test_two_clerks_taking_serials_at_once_get_consecutive_unique_numbers(database):
    """Two connections (two threads) allocate at the same time; no number is given twice or skipped."""
    taken, errors = [], []

    def clerk():
        try:
            for _ in range(25):
                with write_transaction():
                    taken.append(counters.next_value("certificate-RBT-2026"))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=clerk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(taken) == list(range(1, 51))
