"""Scanned certificates as PDFs holding pictures only, stored as scanners and converters store them:
JPEG (DCTDecode, as Pillow's PDF writer does), and zlib (FlateDecode) in 8-bit grey, RGB with PNG
predictors, and 1-bit black and white. The PDF is written by hand so that each storage is known."""

from __future__ import annotations

import io
import zlib

from PIL import Image


def jpeg_pdf(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    picture.convert("RGB").save(out, "PDF", resolution=150)
    return out.getvalue()


def flate_pdf(picture: Image.Image, kind: str) -> bytes:
    """kind: "grey" (8-bit, no predictor), "rgb-png" (8-bit RGB, PNG predictors Sub/Up/Paeth by row),
    "bilevel" (1-bit grey, /Decode [1 0] so that 1 is black)."""
    if kind == "grey":
        image = picture.convert("L")
        data, extra = image.tobytes(), "/ColorSpace /DeviceGray /BitsPerComponent 8"
    elif kind == "rgb-png":
        image = picture.convert("RGB")
        data = _png_predicted(image.tobytes(), image.width * 3, 3)
        extra = (f"/ColorSpace /DeviceRGB /BitsPerComponent 8 /DecodeParms << /Predictor 15 /Colors 3 "
                 f"/BitsPerComponent 8 /Columns {image.width} >>")
    else:
        image = picture.convert("L").point(lambda v: 255 if v < 128 else 0).convert("1")  # 1 where black
        data, extra = image.tobytes(), "/ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0]"
    stream = zlib.compress(data, 6)
    width, height = image.width * 72 / 150, image.height * 72 / 150
    content = f"q {width:.2f} 0 0 {height:.2f} 0 0 cm /Im0 Do Q".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] /Contents 4 0 R "
        f"/Resources << /XObject << /Im0 5 0 R >> >> >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        f"<< /Type /XObject /Subtype /Image /Width {image.width} /Height {image.height} {extra} "
        f"/Filter /FlateDecode /Length 6 0 R >>\nstream\n".encode() + stream + b"\nendstream",
        b"%d" % len(stream),  # an indirect length, as some writers make
    ]
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _png_predicted(raw: bytes, row_bytes: int, pixel_bytes: int) -> bytes:
    out = bytearray()
    previous = bytes(row_bytes)
    for y in range(len(raw) // row_bytes):
        row = raw[y * row_bytes:(y + 1) * row_bytes]
        kind = (1, 2, 4)[y % 3]
        out.append(kind)
        for x in range(row_bytes):
            left = row[x - pixel_bytes] if x >= pixel_bytes else 0
            up = previous[x]
            corner = previous[x - pixel_bytes] if x >= pixel_bytes else 0
            if kind == 1:
                guess = left
            elif kind == 2:
                guess = up
            else:
                p = left + up - corner
                a, b, c = abs(p - left), abs(p - up), abs(p - corner)
                guess = left if a <= b and a <= c else up if b <= c else corner
            out.append((row[x] - guess) & 0xFF)
        previous = row
    return bytes(out)
