"""Many certificates drawn at once: ReportLab draws them in shards of a few dozen pages (its cost is
mostly per document: font subsets, compression), worker processes drawing shards side by side; each
shard is then cut into one PDF a certificate, and the shards joined into the merged PDF, by pdfium.

A certificate's single PDF depends on the shard it was drawn in (the shard's font subsets), so the
register records the shard, and printing again draws the same shard to give the same bytes. The
document id that pdfium writes at random is replaced by a digest of the file, and its creation
time by a fixed one, so that the same pages always give the same bytes."""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Sequence

from .certificate import CertificateDocument, info, merged_info, render
from .pdf_info import Info, with_info

SHARD = 25  # pages drawn as one document; 500 certificates in 20 shards
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]")
_CREATED = re.compile(rb"/CreationDate\(D:\d{14}\+00'00'\)")
FIXED_DATE = b"/CreationDate(D:20000101000000+00'00')"  # as ReportLab writes in its invariant mode


def shards(count: int, size: int = SHARD) -> list[range]:
    """How count certificates, in order, are cut into shards."""
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _fixed_id(pdf: bytes) -> bytes:
    """The file with its /ID made from its own contents rather than at random, and a fixed creation
    date rather than the clock's (both the same length, so the cross-reference table holds)."""
    pdf = _CREATED.sub(FIXED_DATE, pdf, count=1)
    match = _ID.search(pdf)
    if match is None:
        return pdf
    blank = pdf[:match.start()] + pdf[match.end():]
    digest = hashlib.md5(blank, usedforsecurity=False).hexdigest().upper().encode()
    return pdf[:match.start()] + b"/ID[<" + digest + b"><" + digest + b">]" + pdf[match.end():]


def _save(document: object, described: Info | None) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    pdf = _fixed_id(out.getvalue())
    return with_info(pdf, described) if described is not None else pdf


def split(shard: bytes, described: Sequence[Info] | None = None) -> list[bytes]:
    """Each page of a shard as a PDF of its own (with its title, subject and author when described)."""
    import pypdfium2

    source = pypdfium2.PdfDocument(shard)
    try:
        singles = []
        for index in range(len(source)):
            single = pypdfium2.PdfDocument.new()
            single.import_pages(source, [index])
            singles.append(_save(single, described[index] if described is not None else None))
            single.close()
        return singles
    finally:
        source.close()


def join(shards_drawn: Sequence[bytes], pages: Sequence[Sequence[int]] | None = None,
         described: Info | None = None) -> bytes:
    """One PDF of the given pages of each shard (every page when pages is None), in order."""
    import pypdfium2

    merged = pypdfium2.PdfDocument.new()
    try:
        for number, shard in enumerate(shards_drawn):
            source = pypdfium2.PdfDocument(shard)
            chosen = list(pages[number]) if pages is not None else list(range(len(source)))
            if chosen:
                merged.import_pages(source, chosen)
            source.close()
        return _save(merged, described)
    finally:
        merged.close()


def draw_shard(documents: Sequence[CertificateDocument]) -> tuple[bytes, list[bytes]]:
    """A shard drawn, and cut into its single PDFs (run in a worker process)."""
    shard = render(list(documents))
    return shard, split(shard, [info(document) for document in documents])


def merged_described(documents: Sequence[CertificateDocument]) -> Info | None:
    """The merged file's title, subject and author (from any one of its certificates)."""
    return merged_info(documents[0]) if documents else None


def draw(groups: Sequence[Sequence[CertificateDocument]]) -> list[tuple[bytes, list[bytes]]]:
    """Each group drawn as one shard and cut into singles; by worker processes on every core when
    there are many (drawing is CPU-bound, and one Python process uses one core)."""
    total = sum(len(group) for group in groups)
    cores = os.cpu_count() or 1
    if total < 40 or cores < 2 or len(groups) < 2:
        return [draw_shard(group) for group in groups]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a fresh interpreter, which holds none of the register's open connections (a frozen
    # program calls multiprocessing.freeze_support() first thing, see __main__)
    with ProcessPoolExecutor(min(cores, 4, len(groups)), mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(draw_shard, groups))
