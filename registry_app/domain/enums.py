"""The closed vocabularies of the register, stored as their string values."""

from __future__ import annotations

from enum import Enum


class StrEnum(str, Enum):
    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def values(cls) -> list[str]:
        return [member.value for member in cls]


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class Language(StrEnum):
    ENGLISH = "en"
    FRENCH = "fr"
    ARABIC = "ar"
    PORTUGUESE = "pt"


class Region(StrEnum):
    """UN M49 sub-regions (Africa), and the coarser regions of experts from elsewhere."""

    NORTHERN_AFRICA = "Northern Africa"
    WESTERN_AFRICA = "Western Africa"
    MIDDLE_AFRICA = "Middle Africa"
    EASTERN_AFRICA = "Eastern Africa"
    SOUTHERN_AFRICA = "Southern Africa"
    AMERICAS = "Americas"
    ASIA = "Asia"
    EUROPE = "Europe"
    OCEANIA = "Oceania"


AFRICAN_REGIONS = frozenset(
    {
        Region.NORTHERN_AFRICA,
        Region.WESTERN_AFRICA,
        Region.MIDDLE_AFRICA,
        Region.EASTERN_AFRICA,
        Region.SOUTHERN_AFRICA,
    }
)


class OrganisationKind(StrEnum):
    POLICE = "police"
    GENDARMERIE = "gendarmerie"
    JUSTICE = "justice"  # prosecution and judiciary
    PRISON = "prison"
    BORDER = "border"  # border, customs, immigration
    INTELLIGENCE = "intelligence"
    MINISTRY = "ministry"
    MILITARY = "military"
    INTERNATIONAL = "international"
    CIVIL_SOCIETY = "civil-society"


class CourseStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    RUNNING = "running"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class DeliveryMode(StrEnum):
    IN_PERSON = "in-person"
    ONLINE = "online"
    BLENDED = "blended"


class EnrolmentStatus(StrEnum):
    NOMINATED = "nominated"
    CONFIRMED = "confirmed"
    WAITLISTED = "wait-listed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    NO_SHOW = "no-show"
    COMPLETED = "completed"
    NOT_COMPLETED = "not-completed"


class HalfDay(StrEnum):
    AM = "AM"
    PM = "PM"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


class CertificateKind(StrEnum):
    COMPLETION = "completion"
    PARTICIPATION = "participation"


class CertificateStatus(StrEnum):
    VALID = "valid"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"


class Role(StrEnum):
    ADMIN = "admin"
    REGISTRAR = "registrar"
    CLERK = "clerk"
    TRAINER = "trainer"
    VIEWER = "viewer"


class IdDocumentType(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national-id"
    SERVICE_CARD = "service-card"
    OTHER = "other"
