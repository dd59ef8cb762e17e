"""The words of reports that leave the building, in English, French and Arabic: names of regions,
agency types, delivery modes and languages; the window translates its own through Qt."""

from __future__ import annotations

LANGUAGES = ("en", "fr", "ar")

REGIONS = {
    "Northern Africa": ("Northern Africa", "Afrique du Nord", "شمال أفريقيا"),
    "Western Africa": ("Western Africa", "Afrique de l'Ouest", "غرب أفريقيا"),
    "Middle Africa": ("Middle Africa", "Afrique centrale", "وسط أفريقيا"),
    "Eastern Africa": ("Eastern Africa", "Afrique de l'Est", "شرق أفريقيا"),
    "Southern Africa": ("Southern Africa", "Afrique australe", "الجنوب الأفريقي"),
    "Americas": ("Americas", "Amériques", "الأمريكتان"),
    "Asia": ("Asia", "Asie", "آسيا"),
    "Europe": ("Europe", "Europe", "أوروبا"),
    "Oceania": ("Oceania", "Océanie", "أوقيانوسيا"),
    "": ("No region", "Sans région", "بدون منطقة"),
}

AGENCY_TYPES = {
    "police": ("Police", "Police", "الشرطة"),
    "gendarmerie": ("Gendarmerie", "Gendarmerie", "الدرك"),
    "justice": ("Prosecution and judiciary", "Parquet et magistrature", "النيابة العامة والقضاء"),
    "prison": ("Prison administration", "Administration pénitentiaire", "إدارة السجون"),
    "border": ("Border, customs, immigration", "Frontières, douanes, immigration", "الحدود والجمارك والهجرة"),
    "intelligence": ("Intelligence", "Renseignement", "الاستخبارات"),
    "ministry": ("Ministry", "Ministère", "الوزارة"),
    "military": ("Military", "Armée", "القوات المسلحة"),
    "international": ("International organisation", "Organisation internationale", "منظمة دولية"),
    "civil-society": ("Civil society", "Société civile", "المجتمع المدني"),
    "": ("No agency", "Sans organisme", "بدون جهة"),
}

MODES = {
    "in-person": ("In person", "En présentiel", "حضوري"),
    "online": ("Online", "En ligne", "عن بعد"),
    "blended": ("Blended", "Hybride", "مدمج"),
}

COURSE_LANGUAGES = {
    "en": ("English", "Anglais", "الإنجليزية"),
    "fr": ("French", "Français", "الفرنسية"),
    "ar": ("Arabic", "Arabe", "العربية"),
    "pt": ("Portuguese", "Portugais", "البرتغالية"),
}


def labels(table: dict[str, tuple[str, str, str]], key: str) -> dict[str, str]:
    """The three names of key in table; an unknown key is its own name."""
    names = table.get(key, (key, key, key))
    return dict(zip(LANGUAGES, names, strict=True))


def same_in_all(text: str) -> dict[str, str]:
    return dict.fromkeys(LANGUAGES, text)
