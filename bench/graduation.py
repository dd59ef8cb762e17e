"""Graduation: 500 sealed certificates, one merged PDF plus one PDF each, from the register; and the
same pages drawn by bare ReportLab (text and the QR code, no shaping, no register, no seal) in the
same run, as the floor.

Budget (DESIGN.md): 3 s on 2 cores, the files written before the commit; bare ReportLab on one core
beside it.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from io import BytesIO
from pathlib import Path

from common import verdict
from course_fixture import register_with_course

COUNT = 500
PASSPHRASE = "benchmark passphrase"


def _graduate(code: str) -> None:
    from registry_app.store.database import write_transaction
    from registry_app.store.models import Course, Enrolment

    with write_transaction():
        course = Course.get(Course.code == code)
        Enrolment.update(status="completed", outcome_explanation="benchmark").where(Enrolment.course == course).execute()
        Course.update(status="closed").where(Course.id == course.id).execute()


def ours(code: str, keys: Path, out: Path) -> float:
    from registry_app.services.actors import current
    from registry_app.services.certificates import graduation as certificates
    from registry_app.services.courses import documents as course_documents

    course = course_documents.find_course(code)
    started, cpu = time.perf_counter(), _cpu()
    graduation = certificates.issue(current(), course.id, PASSPHRASE, today=date(2026, 4, 1), keys=keys,
                                    out=out)  # written, flushed and named before the commit
    issued = graduation.issued
    elapsed = time.perf_counter() - started
    parent, workers = (now - then for now, then in zip(_cpu(), cpu, strict=True))
    print(f"  ours used {parent:.2f} s of processor in the program and {workers:.2f} s in its drawing processes "
          f"(on 2 idle cores: about {parent + workers / 2:.1f} s)")
    assert len(issued) == COUNT, len(issued)
    return elapsed


def _cpu() -> tuple[float, float]:
    import resource

    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def bare(out: Path, seals: list[str]) -> float:
    """The same pages with ReportLab alone: frame, nine lines of text, two signature lines, the QR."""
    import segno
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from registry_app.documents import fonts

    fonts.register()
    width, height = landscape(A4)

    def page(canvas, n, text):
        canvas.rect(22, 22, width - 44, height - 44)
        canvas.rect(30, 30, width - 60, height - 60)
        canvas.setFont(fonts.LATIN_BOLD, 26)
        for i, line in enumerate(["Programme Office", "CERTIFICATE OF COMPLETION", "This is to certify that",
                                  f"Participant {n}", "has successfully completed the programme",
                                  "Counter-terrorism investigations", "held in Rabat, 2-13 March 2026",
                                  "Accredited by the Council"]):
            canvas.drawCentredString(width / 2, height - 80 - 34 * i, line)
        canvas.line(200, 108, 360, 108)
        canvas.line(480, 108, 640, 108)
        canvas.drawString(48, 52, f"Serial: RBT-2026-{n:05d}-X")
        qr = segno.make(text, error="m", mask=4)  # as ours: no search for the best mask
        path = canvas.beginPath()
        step = 92 / (len(list(qr.matrix)) + 8)
        for r, row in enumerate(qr.matrix):
            for c, dark in enumerate(row):
                if dark:
                    path.rect(width - 140 + (c + 4) * step, 44 + 92 - (r + 5) * step, step, step)
        canvas.drawPath(path, stroke=0, fill=1)

    started = time.perf_counter()
    merged = Canvas(str(out / "bare-merged.pdf"), pagesize=landscape(A4), pageCompression=1)
    for n, text in enumerate(seals, start=1):
        page(merged, n, text)
        merged.showPage()
        single = BytesIO()
        one = Canvas(single, pagesize=landscape(A4), pageCompression=1)
        page(one, n, text)
        one.showPage()
        one.save()
        (out / f"bare-{n}.pdf").write_bytes(single.getvalue())
    merged.save()
    return time.perf_counter() - started


def main() -> None:
    path, code = register_with_course(COUNT, 10)
    _graduate(code)
    from registry_app.services.actors import current
    from registry_app.services.certificates import keys as sealing
    from registry_app.store.models import Certificate

    keys = Path(tempfile.mkdtemp(prefix="registry-bench-keys-"))
    sealing.new_key(current(), PASSPHRASE, date(2026, 1, 1), keys)
    out = Path(tempfile.mkdtemp(prefix="registry-bench-certificates-"))
    ours_seconds = ours(code, keys, out)
    seals = [c.payload for c in Certificate.select().order_by(Certificate.id)]
    bare_seconds = bare(out, seals)
    print(f"graduation, {COUNT} sealed certificates, merged PDF + one PDF each:")
    print(f"  ours (register, serials, seal, PDFs written and flushed before the commit, audit): {ours_seconds:.2f} s"
          f" — budget 3 s: {verdict(ours_seconds, 3)}")
    print(f"  bare ReportLab, same pages, one core: {bare_seconds:.2f} s; ours is {bare_seconds / ours_seconds:.1f}x "
          f"faster")
    print(f"  (register: {path}; files: {out})")


if __name__ == "__main__":
    main()
