"""Sign-in sheets of a course of 1,000 participants over 10 days (one sheet a day), from the register
to the PDF, and the same pages from the renderer alone.

Budget (DESIGN.md): 3 s.
"""

from __future__ import annotations

import time

from common import median, verdict
from course_fixture import register_with_course

RUNS = 5


def main() -> None:
    path, code = register_with_course(1000, 10)
    from registry_app.documents import sign_in_sheet
    from registry_app.services.courses import documents as course_documents

    whole, drawing, pages = [], [], 0
    for _ in range(RUNS):
        started = time.perf_counter()
        data = course_documents.sign_in_sheet(code)
        built = time.perf_counter()
        pdf = sign_in_sheet.render(data)
        done = time.perf_counter()
        whole.append(done - started)
        drawing.append(done - built)
        pages = len(sign_in_sheet.paginate(data))
    print(f"sign-in sheets, 1,000 participants x 10 days ({pages} pages, {len(pdf) // 1024} KB):")
    print(f"  register to PDF: median {median(whole):.2f} s (runs: {', '.join(f'{w:.2f}' for w in whole)}) "
          f"— budget 3 s: {verdict(median(whole), 3.0)}")
    print(f"  of which drawing: median {median(drawing):.2f} s; reading the register: "
          f"{median(whole) - median(drawing):.2f} s")
    print(f"  (register: {path})")


if __name__ == "__main__":
    main()
