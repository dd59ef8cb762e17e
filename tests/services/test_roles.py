"""Each role against each kind of action, in the services themselves: what a role may do goes through,
what it may not is refused with a sentence, and nothing is written by a refused action."""

from datetime import date

import pytest

from registry_app.domain.enums import Role
from registry_app.domain.permissions import GRANTS, Action, PermissionDenied
from registry_app.services import actors, centre
from registry_app.services.accounts import users
from registry_app.services.attendance import marks
from registry_app.services.audit_trail import events
from registry_app.services.certificates import listing
from registry_app.services.certificates import register as certificate_register
from registry_app.services.courses import documents
from registry_app.services.register import overview, participants
from registry_app.services.register.participant_list import ParticipantFilter, ParticipantList
from registry_app.services.register.participants import ParticipantData
from registry_app.store.models import AuditEvent

ATTEMPTS = {
    Action.VIEW: lambda actor, course: (overview.totals(), ParticipantList(ParticipantFilter("Awa")).count()),
    Action.EDIT_REGISTER: lambda actor, course: participants.create(actor, ParticipantData("New", "Person", "F", "ML")),
    Action.RECORD_ATTENDANCE: lambda actor, course: marks.set_mark(actor, course[2][0].id, course[1][0].id, "late",
                                                                   today=date(2026, 3, 10)),
    Action.PRINT: lambda actor, course: documents.pdf("roster", course[0].code),
    Action.EXPORT: lambda actor, course: certificate_register.export_csv(listing.find()),
    Action.VIEW_AUDIT: lambda actor, course: events.listing(actor, events.Filters()),
    Action.ADMINISTER: lambda actor, course: centre.save(actor, centre.load()),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(ATTEMPTS))
def test_each_role_against_each_action(small_course, sign_in_as, role, action):
    actor = sign_in_as(role.value)
    allowed = action in GRANTS[role]
    before = AuditEvent.select().count()
    if allowed:
        ATTEMPTS[action](actor, small_course)
    else:
        with pytest.raises(PermissionDenied) as refused:
            ATTEMPTS[action](actor, small_course)
        assert f"({role.value})" in str(refused.value)
        assert AuditEvent.select().count() == before  # a refused action leaves nothing behind
    assert actors.current() == actor


def test_nobody_signed_in_reads_nothing(small_course):
    actors.use(None)
    for read in (overview.totals, lambda: ParticipantList(ParticipantFilter()).count(), lambda: listing.find()):
        with pytest.raises(actors.NotSignedIn):
            read()


def test_prints_and_exports_are_on_record(small_course, actor):
    documents.pdf("sign-in-sheet", small_course[0].code, whole_course=True)
    certificate_register.export_csv(listing.find())
    printed = AuditEvent.get(AuditEvent.action == "print")
    assert printed.entity_id == small_course[0].code and '"document": "sign-in-sheet"' in printed.after
    assert AuditEvent.get(AuditEvent.action == "export").user_id == actor.user_id


def test_a_viewer_is_refused_user_administration_as_well(database, sign_in_as):
    viewer = sign_in_as("viewer")
    with pytest.raises(PermissionDenied):
        users.list_users(viewer)


def test_lists_out_are_exports_checked_and_on_record(small_course, sign_in_as):
    from registry_app.services.nominations import lists_out

    clerk = sign_in_as("clerk")
    assert len(lists_out.nominations(clerk, small_course[0].code).rows) == 4
    assert AuditEvent.get(AuditEvent.action == "export").entity == "nominations"
    viewer = sign_in_as("viewer")
    with pytest.raises(PermissionDenied, match="may not export"):
        lists_out.attendance(viewer, small_course[0].code)
