"""The other pages and forms of the register on the 100,000-participant demo register: each list page
shown for the first time, a search keystroke on it, and the forms a clerk opens most.

Budget (DESIGN.md, the participants page's, which the other pages must match): shown in 0.3 s; a
search keystroke to results in 20 ms at the 99th percentile, 40 ms at worst.
"""

from __future__ import annotations

import os
import time

from common import bench_actor, demo_register, median, percentile, verdict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PARTICIPANTS = int(os.environ.get("BENCH_PARTICIPANTS", "100000"))
SEARCHES = {"organisation": ["police", "ministère", "النيابة", "gendarmerie", "prison"],
            "programme": ["investigation", "prison", "border", "INV"],
            "course": ["2024", "rabat", "INV-101", "palmeraie", "prison"],
            "trainer": ["diallo", "justice", "عبد", "prison"]}


def main() -> None:
    register = demo_register(PARTICIPANTS)
    from registry_app.gui.app import create_application
    from registry_app.gui.main_window import COURSES, ORGANISATIONS, PROGRAMMES, TRAINERS, MainWindow
    from registry_app.store.models import Course, Enrolment
    from registry_app.store.schema import init_db

    app = create_application()
    init_db(f"sqlite:///{register}")
    actor = bench_actor()
    print(f"register pages and forms, {PARTICIPANTS:,} participants:")
    rows = {"organisation": ORGANISATIONS, "programme": PROGRAMMES, "course": COURSES, "trainer": TRAINERS}
    shown = {entity: [] for entity in rows}
    window = None
    for _ in range(5):
        window = MainWindow("bench", "--db", 2, actor)
        window.resize(1360, 820)
        window.show()
        app.processEvents()
        for entity, row in rows.items():
            started = time.perf_counter()
            window.ui.navigation.setCurrentRow(row)
            app.processEvents()
            shown[entity].append(time.perf_counter() - started)
    for entity, times in shown.items():
        print(f"  {entity}s page shown: median {median(times) * 1000:.0f} ms — budget 300 ms: "
              f"{verdict(median(times), 0.3)}")

    for entity, queries in SEARCHES.items():
        window.ui.navigation.setCurrentRow(rows[entity])
        edit = window.register_pages[entity].ui.searchEdit
        keystrokes = []
        for query in queries * 3:
            edit.clear()
            app.processEvents()
            for character in query:
                started = time.perf_counter()
                edit.insert(character)
                app.processEvents()
                keystrokes.append((time.perf_counter() - started) * 1000)
        print(f"  {entity}s, keystroke to results on screen ({len(keystrokes)}): median "
              f"{median(keystrokes):.1f} ms, 99th percentile {percentile(keystrokes, 99):.1f} ms — "
              f"budget 20 ms: {verdict(percentile(keystrokes, 99), 20)}; max {max(keystrokes):.1f} ms — "
              f"budget 40 ms: {verdict(max(keystrokes), 40)}")

    busy = (Enrolment.select(Enrolment.participant).group_by(Enrolment.participant)
            .order_by(Enrolment.participant).limit(20))
    forms = {"participant (with history)": ("participant", [e.participant_id for e in busy]),
             "course (with enrolment)": ("course", [c.id for c in Course.select().order_by(Course.id.desc()).limit(20)])}
    for label, (entity, ids) in forms.items():
        times = []
        for record_id in ids:
            started = time.perf_counter()
            form = window.open_record(entity, record_id)
            app.processEvents()
            times.append(time.perf_counter() - started)
            form.close()
            app.processEvents()
        print(f"  {label} form opened: median {median(times) * 1000:.0f} ms, "
              f"95th percentile {percentile(times, 95) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
