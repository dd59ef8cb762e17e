"""The fonts every document uses, shipped in resources/fonts (Noto, SIL Open Font License): Noto Sans
for Latin, Greek and Cyrillic, Noto Naskh Arabic, Noto Sans Ethiopic (Ge'ez) and Noto Sans Tifinagh.
A run of text is drawn in the font of its script (see text.py); a character that none of them has is
refused, never drawn as a blank box.

The PDF's ToUnicode maps say which characters each glyph stands for. Arabic reaches ReportLab shaped
into presentation forms (U+FB50-U+FEFF), which a reader's search does not match against the letters
typed (U+0600-U+06FF); the maps here give the letters instead, so that copying and searching work."""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from .. import paths

LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"
TIFINAGH = "NotoSansTifinagh"  # Noto has no bold Tifinagh: bold text in Tifinagh is drawn regular

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
    TIFINAGH: "NotoSansTifinagh-Regular.ttf",
}

# The font of each script, regular and bold; Latin comes first: it draws what is common to all.
SCRIPT_FONTS = {
    "latin": (LATIN, LATIN_BOLD),
    "arabic": (ARABIC, ARABIC_BOLD),
    "ethiopic": (ETHIOPIC, ETHIOPIC_BOLD),
    "tifinagh": (TIFINAGH, TIFINAGH),
}


@cache
def register() -> None:
    """Register the fonts with ReportLab once per process."""
    folder = paths.resources_dir() / "fonts"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD)
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def coverage(font: str) -> frozenset[int]:
    """The code points font has a glyph for."""
    register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _letters_of(code: int) -> str:
    """What a glyph stands for in the text: an Arabic presentation form is its letters (a ligature's
    in drawing order, right to left, since readers reverse a right-to-left run as a whole)."""
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        letters = unicodedata.normalize("NFKC", char).strip() or char
        return letters[::-1]
    return char


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap (ttfonts.makeToUnicodeCMap), with presentation forms as letters."""
    def utf16(text: str) -> str:
        return text.encode("utf-16-be").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(_letters_of(code))}>" for i, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])
