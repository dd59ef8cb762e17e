"""A PDF's title, subject and author (what a viewer shows as the document's name, and a search
indexes) set on a file that pdfium wrote, whose API cannot set them: an incremental update appended
to the file replaces its information dictionary. The file's own bytes stay as they were, before the
update, so that what was written without it can be told and given back (without_info)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_EOF = b"%%EOF\r\n"
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)
_INFO = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")
_MARK = b"% document information\r\n"


@dataclass(frozen=True)
class Info:
    title: str
    subject: str = ""
    author: str = ""


def _text(value: str) -> bytes:
    """A PDF text string: UTF-16 with its byte-order mark, as hex, so that any script is kept."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def with_info(pdf: bytes, info: Info) -> bytes:
    """The file with its information dictionary replaced by one holding info (keeping its creator,
    producer and creation date)."""
    trailer_match = _TRAILER.findall(pdf)
    start_match = _STARTXREF.search(pdf)
    if not trailer_match or start_match is None:
        raise ValueError("not a PDF with a classic cross-reference table")
    trailer = trailer_match[-1]
    info_ref = _INFO.search(trailer)
    if info_ref is None:
        raise ValueError("the PDF has no information dictionary")
    number = int(info_ref.group(1))
    old = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % number, pdf, re.S)
    kept = b""
    if old is not None:
        kept = b"".join(re.findall(rb"/(?:Creator|Producer|CreationDate)\s*(?:\([^)]*\)|<[^>]*>)", old.group(1)))
    fields = b"/Title" + _text(info.title)
    if info.subject:
        fields += b"/Subject" + _text(info.subject)
    if info.author:
        fields += b"/Author" + _text(info.author)
    body = pdf if pdf.endswith(b"\n") else pdf + b"\r\n"
    update = _MARK
    offset = len(body) + len(update)
    update += b"%d 0 obj\r\n<<%s%s>>\r\nendobj\r\n" % (number, fields, kept)
    xref = len(body) + len(update)
    rest = re.sub(rb"/Prev\s+\d+", b"", trailer).strip()
    update += b"xref\r\n%d 1\r\n%010d 00000 n\r\n" % (number, offset)
    update += b"trailer\r\n<<%s/Prev %s>>\r\nstartxref\r\n%d\r\n" % (rest, start_match.group(1), xref) + _EOF
    return body + update


def without_info(pdf: bytes) -> bytes:
    """The file as it was before with_info (itself when it was never given one)."""
    at = pdf.rfind(_MARK)
    return pdf[:at] if at >= 0 else pdf
