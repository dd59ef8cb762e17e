"""The certificates' QR codes from a phone's photo of the whole page: decode rates of zbar and ZXing
under a few conditions (width of the photo in pixels, blur, rotation, JPEG quality), and the code's
version and printed size for a typical name and for the longest, with and without a 40-character
verification address.

Target (issue #10): version <= 9 at level M for a typical name in two scripts; modules >= 0.6 mm;
both decoders read every certificate from a ~1,400 px photo, slightly blurred, turned a few degrees.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.units import mm  # noqa: E402
from segno import consts, encoder  # noqa: E402

from registry_app.documents.certificate import MODULE, qr_content, qr_size, qr_version, render  # noqa: E402
from tests.documents import samples  # noqa: E402
from tests.documents.photos import phone_photo, sealed, zbar_reads, zxing_reads  # noqa: E402

ADDRESS = "https://verify.training-centre.org/check/"  # 40 characters, a path in small letters
HOST_ADDRESS = "https://verify.training-centres.example/"  # 40 characters, the host alone
CONDITIONS = [  # width px, blur radius px, rotation degrees, JPEG quality
    (1400, 1.0, 3, 80), (1400, 1.5, 4, 70), (1200, 1.0, 3, 80), (1000, 0.8, 2, 80), (1800, 2.0, 5, 60),
    (1400, 0.5, 8, 90),
]


def certificates() -> list:
    names = [("Fatima Zahra BENNANI", samples.ARABIC), ("Abebe Bikila WOLDE MARIAM", samples.GEEZ),
             ("Taslimt AMAZIGH", samples.TIFINAGH), ("Mohamed Amine EL OUAFI", "محمد أمين الوافي"),
             ("Aïssatou Binta DIALLO", ""), (samples.LONG_NAME, samples.LONG_SECOND)]
    docs = []
    for n, (name, second) in enumerate(names):
        for languages in (("en",), ("fr", "ar"), ("ar", "en")):
            doc = samples.certificate(languages, name, second, serial=f"RBT-2026-{n:05d}-K", signatories=2)
            docs.append(sealed(doc))
            docs.append(sealed(doc, ADDRESS))
            docs.append(sealed(doc, HOST_ADDRESS))
    return docs


def bits_used(text: str) -> int:
    """The data bits the code's segments take (mode and length indicators included)."""
    version = qr_version(text)
    buffer = encoder.Buffer()
    for segment in encoder.prepare_data(qr_content(text), None, None):
        encoder.write_segment(buffer, segment, None, encoder.version_range(version), False)
    return len(buffer)


def capacity(version: int) -> int:
    return int(consts.SYMBOL_CAPACITY[version][consts.ERROR_LEVEL_M])


def main() -> None:
    typical = sealed(samples.certificate(("en", "ar"), "Fatima Zahra BENNANI", samples.ARABIC))
    longest = sealed(samples.certificate(("en", "ar"), samples.LONG_NAME, samples.LONG_SECOND))
    print(f"QR code, level M, modules of {MODULE / mm:.2f} mm (at least 0.60 mm):")
    for label, doc in (("typical name, two scripts", typical), ("longest name (120 + 110 characters)", longest)):
        for address in ("", HOST_ADDRESS, ADDRESS):
            text = sealed(doc, address).seal if address else doc.seal
            where = f"with {address}" if address else "seal alone"
            print(f"  {label}, {where}: version {qr_version(text)}, {qr_size(text) / mm:.1f} mm square with its "
                  f"quiet zone, {bits_used(text)} of {capacity(qr_version(text))} data bits ({len(text)} characters)")
    docs = certificates()
    pdfs = [(doc.seal, render([doc])) for doc in docs]
    print(f"decode rates, {len(docs)} certificates (6 names x 3 template languages; no address, a path in small "
          "letters, a host alone):")
    for width, blur, angle, quality in CONDITIONS:
        zxing = zbar = 0
        for text, pdf in pdfs:
            photo = phone_photo(pdf, width, blur, angle, quality)
            zxing += zxing_reads(photo, text)
            zbar += zbar_reads(photo, text)
        print(f"  {width} px, blur {blur}, {angle} degrees, JPEG {quality}: ZXing {zxing}/{len(docs)}, "
              f"zbar {zbar}/{len(docs)}")


if __name__ == "__main__":
    main()
