"""The certificate register as a list: search and paging. Light on purpose: the window shows it
at start-up, without loading the PDF, QR and signature machinery."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import JOIN, fn

from ...domain import names
from ...domain.permissions import Action
from ...domain.search_text import MAX_WORD, search_words, visible
from ...store.models import Certificate, Course, Enrolment, Participant, Programme
from ..actors import requiring

COLUMNS = ("serial", "kind", "status", "issue_date", "name", "course", "programme", "print_count", "reason",
           "supersedes")


@dataclass(frozen=True)
class RegisterRow:
    id: int
    serial: str
    kind: str
    status: str
    issue_date: date
    name: str
    course: str
    programme: str
    print_count: int
    reason: str
    supersedes: str


def find(text: str = "", status: str | None = None, limit: int = 500, before_id: int | None = None) -> list[RegisterRow]:
    """Certificates newest first, matching a serial, a name (any script or spelling of accents) or a
    course code; paged by id. One query, whatever the page's size."""
    requiring(Action.VIEW)
    previous = Certificate.alias()
    query = (Certificate.select(Certificate.id, Certificate.serial, Certificate.kind, Certificate.status,
                                Certificate.issue_date, Participant.family_name, Participant.given_names,
                                Course.code, Programme.title_en, Certificate.print_count, Certificate.reason,
                                fn.COALESCE(previous.serial, ""))
             .join(Enrolment).join(Participant).switch(Enrolment).join(Course).join(Programme)
             .join_from(Certificate, previous, JOIN.LEFT_OUTER, on=(Certificate.supersedes == previous.id)))
    text = visible(text)
    typed = text.strip().upper()[:MAX_WORD]
    if typed and Certificate.select().where(Certificate.serial.startswith(typed)).exists():
        query = query.where(Certificate.serial.startswith(typed))  # a serial, read off a certificate
        text = ""
    for word in search_words(text):
        like = f"%{word}%"
        query = query.where(Certificate.serial.ilike(like) | Participant.search_key.contains(word)
                            | Course.code.ilike(like))
    if status:
        query = query.where(Certificate.status == status)
    if before_id:
        query = query.where(Certificate.id < before_id)
    rows = []
    for (id_, serial, kind, status_, issued, family, given, course, programme, prints, reason,
         supersedes) in query.order_by(Certificate.id.desc()).limit(limit).tuples():
        rows.append(RegisterRow(id_, serial, kind, status_, issued, names.listed_name(given, family), course, programme,
                                prints, reason, supersedes))
    return rows
