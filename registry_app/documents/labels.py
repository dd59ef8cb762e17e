"""Every word the documents print themselves, in English, French and Arabic. The documents are drawn
without Qt, so their words are kept here rather than in the interface's translations; a test checks
that each language has every label with the same placeholders, and French typography (a no-break
space before : ; ? !)."""

from __future__ import annotations

import re

NBSP = "\u00a0"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        # certificates
        "completion": "Certificate of completion", "participation": "Certificate of participation",
        "certifies": "This is to certify that", "completed": "has successfully completed the programme",
        "participated": "has participated in the programme", "held": "held in {venue}, {dates}",
        "hours": "{hours} hours of training", "serial": "Serial: {serial}", "duplicate": "DUPLICATE",
        # sign-in sheets
        "sheet": "Sign-in sheet", "number": "No.", "name": "Name", "country": "Country",
        "organisation": "Organisation", "morning": "Morning", "afternoon": "Afternoon", "AM": "AM", "PM": "PM",
        "day": "Day {number} — {date}", "no_session": "no session", "trainer_signature": "Trainer's signature",
        "date": "Date", "page": "Page {page} of {pages}", "venue": "Venue: {venue}",
        "trainers": "Trainer(s): {trainers}", "contact": "E-mail or phone", "whole_course": "Whole course",
        # rosters
        "roster": "Roster", "photo": "Photo", "organisation_rank": "Organisation and rank",
        "participants": "{count} participants", "no_photo": "no photo",
        # name cards
        "name_cards": "Name cards",
        # what a PDF viewer shows as the name of a file of certificates
        "certificates": "Certificates",
    },
    "fr": {
        "completion": "Certificat de réussite", "participation": "Attestation de participation",
        "certifies": "Il est certifié que", "completed": "a suivi avec succès le programme",
        "participated": "a participé au programme", "held": "tenu à {venue}, {dates}",
        "hours": "{hours} heures de formation", "serial": f"Numéro{NBSP}: {{serial}}", "duplicate": "DUPLICATA",
        "sheet": "Feuille d'émargement", "number": "N°", "name": "Nom", "country": "Pays",
        "organisation": "Organisme", "morning": "Matin", "afternoon": "Après-midi", "AM": "mat.", "PM": "a.-m.",
        "day": "Jour {number} — {date}", "no_session": "pas de séance", "trainer_signature": "Signature du formateur",
        "date": "Date", "page": "Page {page} sur {pages}", "venue": f"Lieu{NBSP}: {{venue}}",
        "trainers": f"Formateur(s){NBSP}: {{trainers}}", "contact": "Courriel ou téléphone",
        "whole_course": "Toute la session",
        "roster": "Liste des participants", "photo": "Photo", "organisation_rank": "Organisme et grade",
        "participants": "{count} participants", "no_photo": "pas de photo",
        "name_cards": "Chevalets nominatifs",
        "certificates": "Certificats",
    },
    "ar": {
        "completion": "شهادة إتمام", "participation": "شهادة مشاركة", "certifies": "يشهد بأن",
        "completed": "قد أتم بنجاح برنامج", "participated": "قد شارك في برنامج",
        "held": "المنعقد في {venue}، {dates}", "hours": "{hours} ساعة تدريبية", "serial": "الرقم: {serial}",
        "duplicate": "نسخة ثانية",
        "sheet": "ورقة الحضور", "number": "م", "name": "الاسم", "country": "البلد", "organisation": "الجهة",
        "morning": "الفترة الصباحية", "afternoon": "الفترة المسائية", "AM": "ص", "PM": "م", "day": "اليوم {number} — {date}",
        "no_session": "لا جلسة", "trainer_signature": "توقيع المدرب", "date": "التاريخ",
        "page": "الصفحة {page} من {pages}", "venue": "المكان: {venue}", "trainers": "المدربون: {trainers}",
        "contact": "البريد الإلكتروني أو الهاتف", "whole_course": "الدورة كاملة",
        "roster": "قائمة المشاركين", "photo": "الصورة", "organisation_rank": "الجهة والرتبة",
        "participants": "{count} مشاركًا", "no_photo": "بدون صورة",
        "name_cards": "بطاقات الأسماء",
        "certificates": "الشهادات",
    },
}

_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}
_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split(),
}


_HIGH_PUNCTUATION = re.compile(r" ([:;?!])")


def typeset(text: str, code: str) -> str:
    """French typography for text typed by people (a programme's title, a template's wording): the
    space before : ; ? ! made a no-break space, so that the sign never starts a line."""
    return _HIGH_PUNCTUATION.sub(NBSP + r"\1", text) if language(code) == "fr" else text


def language(code: str) -> str:
    return code if code in LABELS else "en"


def words(code: str) -> dict[str, str]:
    """The labels of a language (English for a language the documents do not speak)."""
    return LABELS[language(code)]


def month(number: int, code: str) -> str:
    return _MONTHS[language(code)][number - 1]


def weekday(number: int, code: str) -> str:
    return _WEEKDAYS[language(code)][number]
