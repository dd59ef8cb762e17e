"""The words of the nomination workbook: its columns and the values of its drop-down lists, in English,
French and Arabic. These are written into a file that a member state fills in, and read back from files
that member states wrote in any of the three languages, so they live here rather than in the window's
translations."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ...domain.enums import IdDocumentType, OrganisationKind, Sex

LANGUAGES = ("en", "fr", "ar")


@dataclass(frozen=True)
class Column:
    field: str
    en: str
    fr: str
    ar: str
    required: bool = False
    aliases: tuple[str, ...] = ()  # other headings seen in member states' own sheets
    width: int = 18

    def label(self, language: str) -> str:
        return str(getattr(self, language if language in LANGUAGES else "en"))

    def names(self) -> tuple[str, ...]:
        return (self.en, self.fr, self.ar, self.field, *self.aliases)


COLUMNS: tuple[Column, ...] = (
    Column("title", "Title", "Titre", "اللقب", aliases=("civility", "civilite", "mr/mrs"), width=8),
    Column("family_name", "Family name", "Nom de famille", "اسم العائلة", True,
           ("surname", "last name", "nom", "name", "family names", "noms"), 20),
    Column("given_names", "Given names", "Prénoms", "الاسم الشخصي", True,
           ("first name", "first names", "given name", "forename", "prenom", "prénom", "الاسم"), 20),
    Column("full_name_ar", "Full name in Arabic script", "Nom complet en arabe", "الاسم الكامل بالعربية",
           aliases=("arabic name", "name in arabic", "nom en arabe", "الاسم بالعربية"), width=24),
    Column("sex", "Sex (F/M)", "Sexe (F/M)", "الجنس", True, ("sex", "gender", "sexe", "genre", "m/f", "f/m", "h/f"), 11),
    Column("birth_date", "Date of birth", "Date de naissance", "تاريخ الميلاد",
           aliases=("birth date", "dob", "born", "date of birth (dd/mm/yyyy)", "ne le", "née le", "né le", "né(e) le",
                    "date de naiss"), width=14),
    Column("nationality", "Nationality", "Nationalité", "الجنسية", True,
           ("country", "pays", "nationality (country)", "البلد"), 22),
    Column("organisation", "Organisation", "Organisation", "المؤسسة", True,
           ("agency", "organization", "institution", "service", "agence", "administration", "الهيئة",
            "employer", "employeur", "ministry", "ministere"), 28),
    Column("organisation_kind", "Agency type", "Type d'organisation", "نوع المؤسسة",
           aliases=("type of agency", "organisation type", "organization type", "type d'agence",
                    "type"), width=22),
    Column("organisation_acronym", "Acronym of the organisation", "Sigle de l'organisation", "اختصار المؤسسة",
           aliases=("acronym", "sigle"), width=14),
    Column("rank", "Rank / position", "Grade / fonction", "الرتبة / الوظيفة",
           aliases=("rank", "position", "grade", "fonction", "function", "job title", "poste", "الرتبة"), width=20),
    Column("email", "E-mail", "Courriel", "البريد الإلكتروني",
           aliases=("email", "e-mail address", "email address", "adresse e-mail", "adresse electronique",
                    "mail"), width=24),
    Column("phone", "Phone", "Téléphone", "الهاتف",
           aliases=("telephone", "phone number", "mobile", "tel", "tél", "gsm", "numero de telephone"), width=16),
    Column("id_document_type", "ID document type", "Type de pièce d'identité", "نوع وثيقة الهوية",
           aliases=("document type", "type de document", "type of id"), width=24),
    Column("id_document_number", "ID document number", "Numéro de pièce d'identité", "رقم وثيقة الهوية",
           aliases=("passport number", "passport no", "passport", "numero de passeport", "passeport",
                    "id number", "document number", "cin", "numero cin", "رقم جواز السفر"), width=22),
    Column("notes", "Notes", "Remarques", "ملاحظات", aliases=("remarks", "comments", "observations"), width=24),
)
BY_FIELD = {column.field: column for column in COLUMNS}
REQUIRED = tuple(column.field for column in COLUMNS if column.required)

SEX_WORDS: dict[str, tuple[str, ...]] = {
    Sex.FEMALE.value: ("F", "Female", "Woman", "Femme", "Féminin", "Feminin", "Mme", "Mrs", "Ms", "أنثى", "انثى"),
    Sex.MALE.value: ("M", "Male", "Man", "Homme", "Masculin", "H", "Mr", "ذكر"),
}
KIND_WORDS: dict[str, tuple[str, str, str]] = {
    OrganisationKind.POLICE.value: ("Police", "Police", "الشرطة"),
    OrganisationKind.GENDARMERIE.value: ("Gendarmerie", "Gendarmerie", "الدرك"),
    OrganisationKind.JUSTICE.value: ("Prosecution and judiciary", "Parquet et magistrature", "النيابة العامة والقضاء"),
    OrganisationKind.PRISON.value: ("Prison administration", "Administration pénitentiaire", "إدارة السجون"),
    OrganisationKind.BORDER.value: ("Border, customs, immigration", "Frontières, douanes, immigration",
                                    "الحدود والجمارك والهجرة"),
    OrganisationKind.INTELLIGENCE.value: ("Intelligence", "Renseignement", "الاستخبارات"),
    OrganisationKind.MINISTRY.value: ("Ministry", "Ministère", "وزارة"),
    OrganisationKind.MILITARY.value: ("Military", "Armée", "الجيش"),
    OrganisationKind.INTERNATIONAL.value: ("International organisation", "Organisation internationale",
                                           "منظمة دولية"),
    OrganisationKind.CIVIL_SOCIETY.value: ("Civil society", "Société civile", "المجتمع المدني"),
}
DOCUMENT_WORDS: dict[str, tuple[str, str, str]] = {
    IdDocumentType.PASSPORT.value: ("Passport", "Passeport", "جواز السفر"),
    IdDocumentType.NATIONAL_ID.value: ("National identity card", "Carte nationale d'identité", "بطاقة التعريف الوطنية"),
    IdDocumentType.SERVICE_CARD.value: ("Service card", "Carte professionnelle", "بطاقة مهنية"),
    IdDocumentType.OTHER.value: ("Other document", "Autre document", "وثيقة أخرى"),
}
DOCUMENT_ALIASES = {"cin": IdDocumentType.NATIONAL_ID.value, "id card": IdDocumentType.NATIONAL_ID.value,
                    "carte d'identite": IdDocumentType.NATIONAL_ID.value, "national id": IdDocumentType.NATIONAL_ID.value}

_PUNCTUATION = re.compile(r"[\s\-‐‑–—_'’ʼ`´.,;:()*\[\]]+")


@lru_cache(maxsize=65536)  # the same countries, sexes and agencies, row after row
def folded(text: str) -> str:
    """Text as compared with the vocabulary: case, accents, punctuation and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _PUNCTUATION.sub(" ", bare).strip()


def _index(words: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    index = {folded(value): value for value in words}
    for value, labels in words.items():
        index.update({folded(label): value for label in labels})
    return index


SEX_INDEX = _index(SEX_WORDS)
KIND_INDEX = _index(KIND_WORDS)
DOCUMENT_INDEX = {**_index(DOCUMENT_WORDS), **{folded(k): v for k, v in DOCUMENT_ALIASES.items()}}


def word(words: dict[str, tuple[str, str, str]], value: str, language: str) -> str:
    return words[value][LANGUAGES.index(language) if language in LANGUAGES else 0]
