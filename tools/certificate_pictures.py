"""The certificate pictures in docs/: for each template language (one, or two side by side), three
certificates side by side, for a name in Ge'ez, one in Tifinagh and a 120-character one, with three
logos and signatories. Drawn by the documents' own code, rendered with pdftoppm.

Usage: python tools/certificate_pictures.py [docs]"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from io import BytesIO
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image, ImageDraw

from registry_app.documents.certificate import CertificateDocument, Signatory, render
from registry_app.seal.envelope import seal
from registry_app.seal.payload import CertificatePayload

KEY = Ed25519PrivateKey.from_private_bytes(bytes(32))  # a picture's seal: the real size, no real key

LANGUAGES = (("en",), ("fr",), ("ar",), ("en", "fr"), ("fr", "en"), ("en", "ar"), ("ar", "en"), ("fr", "ar"), ("ar", "fr"))
LONG_NAME = ("Mahamadou Issoufou Abdourahamane Ould Mohamed Lemine Ben Abdelkader El Hadj "
             "Sidi Mohamed Ag Ibrahim Abdallahi Ould Cheikh")[:120]
NAMES = (("Abebe Bikila WOLDE MARIAM", "አበበ ቢቂላ ወልደ ማርያም"), ("Taslimt AMAZIGH", "ⵜⴰⵙⵍⵉⵎⵜ ⴰⵎⴰⵣⵉⵖ"),
         (LONG_NAME, "محمد الأمين ولد الشيخ سيدي محمد بن عبد القادر الحاج إبراهيم عبد الله ولد الشيخ"))


def _picture(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for n in range(3):
        draw.arc((10 + n * width // 4, 10, width // 2 + n * width // 4, height - 10), 200, 340, fill=colour, width=5)
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


SIGNATORIES = (
    Signatory("Karim Tazi", "Head of the Programme Office", _picture(300, 100, (20, 40, 160)),
              {"fr": "Chef du Bureau du programme", "ar": "رئيس مكتب البرنامج"}),
    Signatory("Grace Wanjiru Mutua", "Director of Training", _picture(240, 100, (10, 10, 10)),
              {"fr": "Directrice de la formation", "ar": "مديرة التدريب"}),
    Signatory("عبد الله الفاسي", "Accreditation Council", _picture(300, 90, (120, 10, 10)),
              {"fr": "Conseil d'accréditation", "ar": "مجلس الاعتماد"}),
)
LOGOS = (_picture(240, 92, (0, 90, 0)), _picture(92, 92, (0, 0, 140)), _picture(300, 60, (140, 0, 0)))


def _seal(languages: tuple[str, ...], names: tuple[str, ...], serial: str) -> str:
    """A seal of the size the certificate's would be: the compact payload, the name as printed."""
    payload = CertificatePayload(serial, names, "INV-101", "INV-101/2026-03", date(2026, 3, 2), date(2026, 3, 13), 60,
                                 "completion", date(2026, 3, 13), languages)
    return seal(payload, KEY)


def certificate(languages: tuple[str, ...], name: str, second: str, serial: str) -> CertificateDocument:
    names = (name, second) if second else (name,)
    return CertificateDocument(
        languages, "completion",
        {"en": "Programme Office for Counter-Terrorism and Training in Africa",
         "fr": "Bureau du programme de lutte contre le terrorisme et de formation en Afrique",
         "ar": "مكتب برنامج مكافحة الإرهاب والتدريب في أفريقيا"},
        {"en": "Counter-terrorism investigations", "fr": "Enquêtes antiterroristes",
         "ar": "التحقيقات في مجال مكافحة الإرهاب"},
        name, second, "Rabat", date(2026, 3, 2), date(2026, 3, 13), 60,
        "Accredited by the National Council for Professional Training, ref. ACL/2021/101",
        SIGNATORIES, serial, _seal(languages, names, serial), logos=LOGOS)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    with tempfile.TemporaryDirectory() as scratch:
        for languages in LANGUAGES:
            stem = "certificates-" + "-".join(languages)
            documents = [certificate(languages, name, second, f"RBT-2026-{n:05d}-K")
                         for n, (name, second) in enumerate(NAMES, 1)]
            pdf = Path(scratch) / f"{stem}.pdf"
            pdf.write_bytes(render(documents))
            subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(Path(scratch) / stem)], check=True)
            pages = [Image.open(p) for p in sorted(Path(scratch).glob(f"{stem}-*.png"))]
            strip = Image.new("RGB", (sum(p.width for p in pages) + 8 * (len(pages) - 1), pages[0].height), "white")
            x = 0
            for page in pages:
                strip.paste(page, (x, 0))
                x += page.width + 8
            strip.save(folder / f"{stem}.png", optimize=True)
            print(folder / f"{stem}.png")


if __name__ == "__main__":
    main()
