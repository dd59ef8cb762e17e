"""The attendance grid of a course of 60 participants over 20 half-days: time to open it, and time to
save one mark (the service's transaction and audit event included).

Budget (DESIGN.md): opens in 0.3 s; one mark saved in 20 ms.
"""

from __future__ import annotations

import os
import time

from common import median, percentile, verdict
from course_fixture import START, register_with_course

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from datetime import timedelta

    path, code = register_with_course(60, 10)
    from registry_app.gui.app import create_application
    from registry_app.gui.pages.attendance_page import AttendancePage
    from registry_app.services.actors import current

    app = create_application()
    page = AttendancePage(current(), today=START + timedelta(days=30))
    page.resize(1360, 800)
    page.show()
    app.processEvents()
    opened = []
    for _ in range(7):
        started = time.perf_counter()
        page.open_course(code)
        app.processEvents()
        opened.append(time.perf_counter() - started)
    model = page.model
    saved = []
    statuses = ["present", "late", "absent", "excused"]
    for n in range(200):
        index = model.index(n % model.rowCount(), 1 + (n // model.rowCount()) % 20)
        started = time.perf_counter()
        assert model.set_mark(index, statuses[n % 4])
        app.processEvents()
        saved.append(time.perf_counter() - started)
    ms = [s * 1000 for s in saved]
    print(f"attendance grid, {model.rowCount()} participants x {model.columnCount() - 4} half-days:")
    print(f"  opens in: median {median(opened) * 1000:.0f} ms (runs: {', '.join(f'{o * 1000:.0f}' for o in opened)})"
          f" — budget 300 ms: {verdict(median(opened), 0.3)}")
    print(f"  one mark saved and shown: median {median(ms):.1f} ms, 95th percentile {percentile(ms, 95):.1f} ms "
          f"over {len(ms)} marks — budget 20 ms: {verdict(median(ms), 20)}")
    print(f"  (register: {path})")


if __name__ == "__main__":
    main()
