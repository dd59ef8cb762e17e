"""An installation checked end to end, as an office would use it: a throwaway register, a course of
graduates large enough for the certificates to be drawn by worker processes, its sign-in sheet, its
sealed certificates, and one of them verified from its PDF. `registry-app self-test` runs it, and the
bundle's build runs that: a bundle that starts but cannot graduate fails here."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..domain.enums import AttendanceStatus, CourseStatus, EnrolmentStatus
from ..domain.errors import Refusal
from ..store.models import Enrolment, Participant, Programme
from . import opening
from .accounts.signing_in import create_first_administrator
from .actors import Actor
from .attendance import marks
from .certificates import graduation, keys, verification
from .courses import closing, details, documents, enrolments
from .demo import generate

PASSPHRASE = "installation check passphrase"
COURSE_CODE = "CHECK/1"
Step = Callable[[str], None]


class InstallationFailed(Refusal):
    pass


@dataclass(frozen=True)
class CheckReport:
    graduates: int
    certificates: int
    merged_pdf: Path
    sign_in_sheet: Path
    verified_serial: str


def run(folder: Path, graduates: int = 60, step: Step | None = None,
        administrator: tuple[str, str] | None = None) -> CheckReport:
    """administrator: (user name, password) of the register's administrator, to use it afterwards;
    by default one with a password nobody knows."""
    say = step or (lambda _text: None)
    folder.mkdir(parents=True, exist_ok=True)
    opening.open_register(opening.choose(f"sqlite:///{folder / 'register.sqlite3'}"))
    name, password = administrator or ("installation-check", secrets.token_urlsafe(24))
    actor = create_first_administrator(name, "Installation check", password)
    today = date.today()
    say(f"demo register with {graduates + 20} participants")
    generate(actor, participants=graduates + 20, seed=7, today=today)
    course_id = _course_of_graduates(actor, graduates, today)
    say("sign-in sheet")
    sheet = folder / "sign-in-sheet.pdf"
    sheet.write_bytes(documents.pdf("sign-in-sheet", COURSE_CODE, whole_course=True))
    say(f"graduation of {graduates}")
    keys.new_key(actor, PASSPHRASE, today - timedelta(days=30), folder / "keys")
    issued = graduation.issue(actor, course_id, PASSPHRASE, today=today, keys=folder / "keys",
                              out=folder / "certificates")
    merged = issued.write(folder / "certificates", COURSE_CODE)
    if merged is None or len(issued.issued) != graduates:
        raise InstallationFailed("{count} certificate(s) issued instead of {wanted}.",
                                 count=len(issued.issued), wanted=graduates)
    say("verification of a certificate from its PDF")
    first = folder / "certificates" / issued.issued[0].file_name
    reports = [verification.check_text(text, keys.trust_list()) for text in verification.qr_texts(first)]
    if not reports or not all(r.seal is not None and r.seal.valid for r in reports):
        raise InstallationFailed("The certificate {file} does not verify.", file=first.name)
    return CheckReport(graduates, len(issued.issued), merged, sheet, issued.issued[0].serial)


def _course_of_graduates(actor: Actor, graduates: int, today: date) -> int:
    """A three-day course that ended yesterday, everyone present and passed, closed."""
    programme = Programme.select().order_by(Programme.code).first()
    start = today - timedelta(days=3)
    course = details.save_course(actor, details.CourseData(
        code=COURSE_CODE, programme_id=programme.id, start_date=start, end_date=start + timedelta(days=2),
        venue="Installation check", capacity=graduates, status=CourseStatus.RUNNING.value))
    people = [p.id for p in Participant.select(Participant.id).order_by(Participant.id).limit(graduates)]
    enrolments.nominate(actor, course.id, people, on=start - timedelta(days=30))
    grid = marks.load_grid(course.id)
    for enrolment in Enrolment.select().where(Enrolment.course == course.id):
        enrolments.move(actor, enrolment.id, enrolment.version, EnrolmentStatus.CONFIRMED)
        for half_day in grid.half_days:
            if not half_day.excluded:
                marks.set_mark(actor, enrolment.id, half_day.id, AttendanceStatus.PRESENT, today=today)
        current = Enrolment.get_by_id(enrolment.id)
        marks.set_scores(actor, enrolment.id, current.version, 40, 90)
    closing.close(actor, course.id, today=today)
    return int(course.id)
