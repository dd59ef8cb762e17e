"""The register's tables.

Optional text is stored as '' rather than NULL: lists sort and page on these columns with row-value
comparisons, which NULLs would break. What every table shares (the base model, the version of the
tables a clerk edits, the search key) is in model_base.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from ..domain.enums import (
    AttendanceStatus,
    CertificateKind,
    CertificateStatus,
    CourseStatus,
    DeliveryMode,
    EnrolmentStatus,
    HalfDay,
    OrganisationKind,
    Role,
    Sex,
)
from .model_base import BaseModel as BaseModel  # the names the services take from here
from .model_base import Searchable as Searchable
from .model_base import VersionedModel as VersionedModel
from .model_base import _one_of
from .model_base import utcnow as utcnow


class Setting(BaseModel):
    """Centre-wide settings (name, city, serial prefix...), one JSON value per key."""

    key = CharField(max_length=100, primary_key=True)
    value = TextField()


class Counter(BaseModel):
    """Gapless running numbers (participant references, certificate serials), one row per scope."""

    scope = CharField(max_length=100, primary_key=True)
    value = IntegerField(default=0)


class Country(BaseModel):
    code = CharField(max_length=2, primary_key=True)
    name_en = CharField(max_length=100)
    name_fr = CharField(max_length=100)
    name_ar = CharField(max_length=100)
    region = CharField(max_length=40, null=True, index=True)
    african_member_state = BooleanField(default=False)


class User(VersionedModel):
    username = CharField(max_length=100, unique=True)
    display_name = CharField(max_length=200)
    role = CharField(max_length=20, constraints=[_one_of("role", Role)])
    active = BooleanField(default=True)
    password_hash = CharField(max_length=200, default="")
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)  # after five wrong passwords in a row
    database_login = CharField(max_length=63, default="")  # the person's own PostgreSQL login, if any


class Organisation(Searchable, VersionedModel):
    searched_fields = ("name", "acronym")

    name = CharField(max_length=300)
    acronym = CharField(max_length=40, default="")
    kind = CharField(max_length=20, constraints=[_one_of("kind", OrganisationKind)], index=True)
    country = ForeignKeyField(Country, backref="organisations", on_delete="RESTRICT")
    archived = BooleanField(default=False)
    search_key = TextField(default="")
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        country_id: str

    class Meta:
        indexes = ((("country", "name"), True),)


class Participant(VersionedModel):
    reference = CharField(max_length=20, unique=True)
    title = CharField(max_length=40, default="")
    given_names = CharField(max_length=200)
    family_name = CharField(max_length=200)
    full_name_ar = CharField(max_length=300, default="")
    sex = CharField(max_length=1, constraints=[_one_of("sex", Sex)])
    birth_date = DateField(null=True)
    nationality = ForeignKeyField(Country, backref="participants", on_delete="RESTRICT")
    organisation = ForeignKeyField(
        Organisation, backref="participants", null=True, on_delete="RESTRICT"
    )
    rank = CharField(max_length=200, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=40, default="")
    preferred_language = CharField(max_length=2, default="en")
    id_document_type = CharField(max_length=20, default="")
    id_document_number = CharField(max_length=60, default="", index=True)
    photo = BlobField(null=True)
    notes = TextField(default="")
    archived = BooleanField(default=False)
    # Derived from the names by domain.names; written by services, read by search and duplicates.
    sort_name = CharField(max_length=400, index=False)
    search_key = TextField(default="")
    name_skeleton = TextField(default="")
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        nationality_id: str
        organisation_id: int | None

    class Meta:
        indexes = (
            (("sort_name", "id"), False),
            (("nationality", "sort_name", "id"), False),
            (("organisation", "sort_name", "id"), False),
            (("sex", "sort_name", "id"), False),
            (("rank", "id"), False),
            (("full_name_ar", "id"), False),
            (("birth_date",), False),
            # who each person is, read without the wide rows: a report of the whole register reads it for all
            (("id", "sex", "nationality", "organisation"), False),
        )


def archived_is(model: Any, archived: bool) -> Any:
    """The condition on ``archived``, with a literal that SQLite and PostgreSQL both read as a
    boolean, and that lets SQLite match the partial index below (a bound parameter would not)."""
    return model.archived == SQL("TRUE" if archived else "FALSE")


# Archived participants are few: a partial index finds them without misleading the planner into
# using it for "not archived", which is nearly everyone.
Participant.add_index(
    Participant.index(Participant.id, name="participant_archived_ids", where=archived_is(Participant, True))
)


class ThematicArea(VersionedModel):
    code = CharField(max_length=20, unique=True)
    title_en = CharField(max_length=200)
    title_fr = CharField(max_length=200)
    title_ar = CharField(max_length=200)


class Programme(Searchable, VersionedModel):
    searched_fields = ("code", "title_en", "title_fr", "title_ar", "accreditation_reference")

    code = CharField(max_length=20, unique=True)
    title_en = CharField(max_length=300)
    title_fr = CharField(max_length=300)
    title_ar = CharField(max_length=300)
    thematic_area = ForeignKeyField(ThematicArea, backref="programmes", on_delete="RESTRICT")
    accreditation_body = CharField(max_length=300, default="")
    accreditation_reference = CharField(max_length=100, default="")
    nominal_hours = IntegerField(constraints=[Check("nominal_hours > 0")])
    min_attendance_pct = IntegerField(
        default=80, constraints=[Check("min_attendance_pct BETWEEN 0 AND 100")]
    )
    pass_mark = IntegerField(null=True, constraints=[Check("pass_mark BETWEEN 0 AND 100")])
    excused_policy = CharField(max_length=20, default="not-counted")
    certificate_template = TextField(default="")
    archived = BooleanField(default=False)
    search_key = TextField(default="")
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        thematic_area_id: int


class Trainer(Searchable, VersionedModel):
    searched_fields = ("given_names", "family_name", "full_name_ar", "affiliation", "expertise", "email")

    given_names = CharField(max_length=200)
    family_name = CharField(max_length=200)
    full_name_ar = CharField(max_length=300, default="")
    sex = CharField(max_length=1, constraints=[_one_of("sex", Sex)])
    title = CharField(max_length=40, default="")
    affiliation = CharField(max_length=300, default="")
    expertise = CharField(max_length=300, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=40, default="")
    archived = BooleanField(default=False)
    search_key = TextField(default="")

    class Meta:
        indexes = ((("family_name", "given_names"), False),)


class Course(Searchable, VersionedModel):
    searched_fields = ("code", "venue", "city")

    code = CharField(max_length=40, unique=True)
    programme = ForeignKeyField(Programme, backref="courses", on_delete="RESTRICT")
    start_date = DateField(index=True)
    end_date = DateField()
    venue = CharField(max_length=200)
    city = CharField(max_length=100, default="")
    country = ForeignKeyField(Country, null=True, on_delete="RESTRICT")
    mode = CharField(max_length=20, default="in-person", constraints=[_one_of("mode", DeliveryMode)])
    language = CharField(max_length=2, default="en")
    capacity = IntegerField(constraints=[Check("capacity > 0")])
    status = CharField(
        max_length=20, default="planned", constraints=[_one_of("status", CourseStatus)], index=True
    )
    notes = TextField(default="")
    search_key = TextField(default="")
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        programme_id: int
        country_id: str | None

    class Meta:
        constraints = [SQL("CHECK (end_date >= start_date)")]


class CourseTrainer(BaseModel):
    course = ForeignKeyField(Course, backref="trainer_links", on_delete="CASCADE")
    trainer = ForeignKeyField(Trainer, backref="course_links", on_delete="RESTRICT")
    lead = BooleanField(default=False)
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        course_id: int
        trainer_id: int

    class Meta:
        indexes = ((("course", "trainer"), True),)


class CourseDay(BaseModel):
    course = ForeignKeyField(Course, backref="days", on_delete="CASCADE")
    date = DateField()
    excluded = BooleanField(default=False)
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        course_id: int

    class Meta:
        # the second: a course's days counted from the index alone (reports count the days of thousands)
        indexes = ((("course", "date"), True), (("course", "excluded"), False))


class CourseHalfDay(BaseModel):
    """A morning or afternoon of a course day: the unit of attendance."""

    day = ForeignKeyField(CourseDay, backref="half_days", on_delete="CASCADE")
    slot = CharField(max_length=2, constraints=[_one_of("slot", HalfDay)])
    excluded = BooleanField(default=False)
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        day_id: int

    class Meta:
        indexes = ((("day", "slot"), True), (("day", "excluded"), False))


class Enrolment(VersionedModel):
    participant = ForeignKeyField(Participant, backref="enrolments", on_delete="RESTRICT")
    course = ForeignKeyField(Course, backref="enrolments", on_delete="RESTRICT")
    status = CharField(max_length=20, constraints=[_one_of("status", EnrolmentStatus)])
    nominated_by = ForeignKeyField(Organisation, null=True, on_delete="RESTRICT")
    nominated_on = DateField()
    status_changed_at = DateTimeField(default=utcnow)
    pre_test = FloatField(null=True, constraints=[Check("pre_test BETWEEN 0 AND 100")])
    post_test = FloatField(null=True, constraints=[Check("post_test BETWEEN 0 AND 100")])
    outcome_explanation = TextField(default="")
    outcome_overridden = BooleanField(default=False)
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        participant_id: int
        course_id: int
        nominated_by_id: int | None

    class Meta:
        indexes = (
            (("participant", "course"), True),
            # a course's places as a report counts them, read from the index alone
            (("course", "status", "participant", "pre_test", "post_test"), False),
        )


class AttendanceMark(BaseModel):
    enrolment = ForeignKeyField(Enrolment, backref="marks", on_delete="CASCADE")
    half_day = ForeignKeyField(CourseHalfDay, backref="marks", on_delete="RESTRICT")
    status = CharField(max_length=10, constraints=[_one_of("status", AttendanceStatus)])
    recorded_at = DateTimeField(default=utcnow)
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        enrolment_id: int
        half_day_id: int

    class Meta:
        indexes = (
            (("enrolment", "half_day"), True),
            (("half_day",), False),
        )


class Certificate(VersionedModel):
    serial = CharField(max_length=40, unique=True)
    kind = CharField(max_length=20, constraints=[_one_of("kind", CertificateKind)])
    enrolment = ForeignKeyField(Enrolment, backref="certificates", on_delete="RESTRICT")
    issue_date = DateField()
    signatories = TextField(default="[]")  # JSON: [{"name", "title"}]
    status = CharField(
        max_length=20, default="valid", constraints=[_one_of("status", CertificateStatus)], index=True
    )
    reason = TextField(default="")
    supersedes = ForeignKeyField("self", null=True, backref="superseded_by", on_delete="RESTRICT")
    payload = TextField(default="")  # the sealed text printed in the QR code
    pdf_sha256 = CharField(max_length=64, default="")
    print_count = IntegerField(default=0)
    # the serial of the first certificate of the batch it was drawn with (its file depends on the
    # batch's fonts), so that printing it again draws the same batch and gives the same bytes
    drawn_with = CharField(max_length=40, default="")
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        enrolment_id: int
        supersedes_id: int | None


# One valid certificate per enrolment, whatever two graduations running at once try.
ONE_VALID_CERTIFICATE = "certificate_one_valid_per_enrolment"
Certificate.add_index(Certificate.index(Certificate.enrolment, unique=True, name=ONE_VALID_CERTIFICATE,
                                        where=SQL("status = 'valid'")))


class CourseFunding(BaseModel):
    """Who pays for a course: one row per funding source, with the grant it is charged to, so that a
    report can be made for one donor. A course paid by two donors has two rows."""

    course = ForeignKeyField(Course, backref="funding", on_delete="CASCADE")
    donor = CharField(max_length=200)
    grant_reference = CharField(max_length=100, default="")
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        course_id: int

    class Meta:
        indexes = ((("course", "donor"), True), (("donor",), False))


class AuditEvent(BaseModel):
    """One change made by a user action; ``hash`` chains each event to the one before it."""

    id = AutoField()
    at = DateTimeField(default=utcnow, index=True)
    user = ForeignKeyField(User, backref="audit_events", on_delete="RESTRICT")
    action = CharField(max_length=60)
    entity = CharField(max_length=60)
    entity_id = CharField(max_length=60)
    before = TextField(default="")
    after = TextField(default="")
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64, unique=True)
    if TYPE_CHECKING:  # the raw ids Peewee adds beside each foreign key
        user_id: int

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class AuditCheckpoint(BaseModel):
    """The head of the audit chain at one moment (count, last id, hash), signed with the centre's key.
    A copy kept outside the register shows events deleted or rewritten after it."""

    id = AutoField()
    at = DateTimeField(default=utcnow)
    event_count = IntegerField()
    last_event_id = IntegerField()
    last_hash = CharField(max_length=64)
    reason = CharField(max_length=20)  # on-demand, closing, daily
    kid = CharField(max_length=32)
    signature = TextField()  # base64 Ed25519 over the checkpoint's canonical text


SEARCHABLE: tuple[type[BaseModel], ...] = (Organisation, Programme, Trainer, Course)

MODELS: tuple[type[BaseModel], ...] = (
    Setting,
    Counter,
    Country,
    User,
    Organisation,
    Participant,
    ThematicArea,
    Programme,
    Trainer,
    Course,
    CourseTrainer,
    CourseDay,
    CourseHalfDay,
    Enrolment,
    AttendanceMark,
    Certificate,
    AuditEvent,
    CourseFunding,
    AuditCheckpoint,
)


def fill_search_keys(model: Any, only_empty: bool = True) -> int:
    """Write the search key of every row of model that has none yet (rows from bulk inserts or an
    older register); returns how many rows were keyed."""
    fields = [model._meta.fields[name] for name in model.searched_fields]
    query = model.select(model.id, *fields)
    if only_empty:
        query = query.where(model.search_key == "")
    rows = [(model.key_for(row), row["id"]) for row in query.dicts()]
    for key, row_id in rows:
        model.update(search_key=key).where(model.id == row_id).execute()
    return len(rows)
