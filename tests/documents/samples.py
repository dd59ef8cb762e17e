"""Certificates of every kind the layout must hold: template languages, logos, signatories with
signature images, and names from one letter to 120 characters in Latin, Arabic, Ge'ez and Tifinagh."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from PIL import Image, ImageDraw

from registry_app.documents.certificate import CertificateDocument, Signatory

LANGUAGES = (("en",), ("fr",), ("ar",), ("en", "fr"), ("fr", "en"), ("en", "ar"), ("ar", "en"),
             ("fr", "ar"), ("ar", "fr"))
ARABIC = "فاطمة الزهراء بناني"
GEEZ = "አበበ ቢቂላ ወልደ ማርያም"
TIFINAGH = "ⵜⴰⵙⵍⵉⵎⵜ ⴰⵎⴰⵣⵉⵖ"
LONG_NAME = ("Mahamadou Issoufou Abdourahamane Ould Mohamed Lemine Ben Abdelkader El Hadj "
             "Sidi Mohamed Ag Ibrahim Abdallahi Ould Cheikh")[:120]
assert len(LONG_NAME) == 120
LONG_SECOND = "محمد الأمين ولد الشيخ سيدي محمد بن عبد القادر الحاج إبراهيم عبد الله ولد الشيخ أحمد بن محمد " \
              "المختار بن عبد الرحمن"
NAMES = (  # (Latin, second script)
    ("X", ""), ("Fatima Zahra BENNANI", ARABIC), ("Abebe Bikila WOLDE MARIAM", GEEZ),
    ("Taslimt AMAZIGH", TIFINAGH), (LONG_NAME, LONG_SECOND), (LONG_NAME, GEEZ + " " + GEEZ),
)


def picture(width: int, height: int, colour: tuple[int, int, int], kind: str = "PNG") -> bytes:
    image = Image.new("RGB", (width, height), (255, 255, 255))
    ImageDraw.Draw(image).ellipse((4, 4, width - 4, height - 4), outline=colour, width=6)
    buffer = BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()


SIGNATORIES = (
    Signatory("Karim Tazi", "Head of the Programme Office", picture(300, 100, (20, 40, 160)),
              {"fr": "Chef du Bureau du programme", "ar": "رئيس مكتب البرنامج"}),
    Signatory("Grace Wanjiru Mutua-Kamau", "Director of Training and Capacity-Building Programmes",
              picture(200, 120, (10, 10, 10)),
              {"fr": "Directrice des programmes de formation et de renforcement des capacités",
               "ar": "مديرة برامج التدريب وبناء القدرات"}),
    Signatory("عبد الله الفاسي", "Representative of the Accreditation Council", picture(500, 90, (120, 10, 10)),
              {"fr": "Représentant du Conseil national d'accréditation de la formation professionnelle et continue",
               "ar": "ممثل المجلس الوطني لاعتماد التكوين المهني والتكوين المستمر وتقييم برامج التدريب"}),
)
LOGOS = (picture(240, 92, (0, 90, 0)), picture(92, 92, (0, 0, 140)), picture(300, 60, (140, 0, 0), "JPEG"))


def certificate(languages=("en",), name="Fatima Zahra BENNANI", second=ARABIC, kind="completion",
                logos: int = 0, signatories: int = 2, duplicate: bool = False,
                serial: str = "RBT-2026-00017-K") -> CertificateDocument:
    return CertificateDocument(
        tuple(languages), kind,
        {"en": "Programme Office for Counter-Terrorism and Training in Africa",
         "fr": "Bureau du programme de lutte contre le terrorisme et de formation en Afrique",
         "ar": "مكتب برنامج مكافحة الإرهاب والتدريب في أفريقيا"},
        {"en": "Counter-terrorism investigations and prosecutions: evidence, cooperation and human rights",
         "fr": "Enquêtes et poursuites antiterroristes : preuve, coopération et droits de l'homme",
         "ar": "التحقيقات والملاحقات القضائية في مجال مكافحة الإرهاب: الأدلة والتعاون وحقوق الإنسان"},
        name, second, "Rabat", date(2026, 3, 2), date(2026, 3, 13), 60,
        "Accredited by the National Council for Professional Training, ref. ACL/2021/101",
        SIGNATORIES[:signatories], serial, "TR1:" + "6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N" * 6,
        duplicate=duplicate, logos=LOGOS[:logos])
