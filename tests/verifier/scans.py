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


def object_stream_pdf(seal: str) -> bytes:
    """A one-page PDF 1.5 whose annotation (holding the code's text, as the program writes it) lies in
    a compressed object stream, as a file saved again by another program may have it; its
    cross-reference is a stream too."""
    annotation = b"<< /Type /Annot /Subtype /Text /F 2 /Rect [0 0 10 10] /Contents (" + seal.encode() + b") >>"
    header = b"4 0 "
    packed = zlib.compress(header + annotation)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>",
        5: b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (len(header), len(packed))
           + packed + b"\nendstream",
    }
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    rows = [b"\x00" + (0).to_bytes(4, "big") + b"\xff\xff"]
    for number in range(1, 7):
        if number == 4:  # in object stream 5, index 0
            rows.append(b"\x02" + (5).to_bytes(4, "big") + (0).to_bytes(2, "big"))
        elif number == 6:
            rows.append(b"\x01" + xref_at.to_bytes(4, "big") + b"\x00\x00")
        else:
            rows.append(b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00")
    table = zlib.compress(b"".join(rows))
    out += (b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\nstream\n"
            % len(table)) + table + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
