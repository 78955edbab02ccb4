"""Saving: adding one note until it is committed on disk, against one sqlite_utils insert.

Ours pushes an "Add note" undo command, as the window does when a note has been typed:
the command calls the document, which writes through storage (one transaction,
committed and synced with the file's settings) and then emits its signals. The
baseline is one ``sqlite_utils`` ``insert`` of the same row into a copy of the same
file, opened with the same pragmas and holding the same lock. The two alternate, note
by note, so both see the same disk. Both files hold the 5,000-note generated workshop.

A second pair moves 500 notes in one step (one undo command, one transaction) against
500 sqlite_utils updates in one transaction.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

ADDS = 500
MOVED = 500
MOVES = 7
NOTES = 5000
P95_RATIO = 2.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _baseline_db(path: Path):
    import sqlite_utils

    from costar_desktop.storage.workshop_file import _configure

    conn = sqlite3.connect(str(path), isolation_level=None)
    _configure(conn)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")
    return sqlite_utils.Database(conn, execute_plugins=False)


def measure(tmp: Path) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from costar_desktop.core.demo import large_workshop
    from costar_desktop.core.model import Note
    from costar_desktop.storage import WorkshopFile, rows
    from costar_desktop.ui.model.commands import AddNotesCommand, MoveNotesCommand
    from costar_desktop.ui.model.document import WorkshopDocument

    QApplication.instance() or QApplication([])  # a GUI one: other benchmarks share it
    ours_path, base_path = tmp / "ours.costar", tmp / "baseline.costar"
    WorkshopFile.create(ours_path, data=large_workshop(NOTES)).close()
    shutil.copyfile(ours_path, base_path)
    document = WorkshopDocument(WorkshopFile.open(ours_path))
    db = _baseline_db(base_path)
    rng = random.Random(8)
    times: dict[str, list[float]] = {"add": [], "add_base": [], "move": [], "move_base": []}
    try:
        for i in range(ADDS):
            x, y = rng.uniform(-900, 900), rng.uniform(-900, 900)
            ours = Note(text=f"A new idea from the room (#{i})", x=x, y=y, co=document.co_for(x, y))
            theirs = rows.note_to_row(Note(text=ours.text, x=x, y=y, co=ours.co))
            started = time.perf_counter()
            document.undo_stack.push(AddNotesCommand(document, [ours]))
            times["add"].append(time.perf_counter() - started)
            started = time.perf_counter()
            db["notes"].insert(theirs)
            times["add_base"].append(time.perf_counter() - started)
        ids = list(document.notes)[:MOVED]
        for step in range(MOVES):
            dx = 5.0 * (step + 1)
            moves = {nid: (document.notes[nid].x + dx, document.notes[nid].y) for nid in ids}
            started = time.perf_counter()
            document.undo_stack.push(MoveNotesCommand(document, moves))
            times["move"].append(time.perf_counter() - started)
            started = time.perf_counter()
            with db.atomic():
                table = db["notes"]
                for nid, (x, y) in moves.items():
                    table.update(nid, {"x": x, "y": y})
            times["move_base"].append(time.perf_counter() - started)
    finally:
        document.close()
        db.conn.close()
    return times


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="costar-bench-") as name:
        t = measure(Path(name))
    p50, p50_base = statistics.median(t["add"]), statistics.median(t["add_base"])
    p95, p95_base = _percentile(t["add"], 0.95), _percentile(t["add_base"], 0.95)
    move, move_base = statistics.median(t["move"]), statistics.median(t["move_base"])
    ms = 1000.0
    return [
        {
            "what": f"add one note, committed (p50 of {ADDS})",
            "ours": p50 * ms,
            "baseline": p50_base * ms,
            "ratio": p50 / p50_base,
            "unit": "ms",
            "target": "",
            "ok": None,
        },
        {
            "what": f"add one note, committed (p95 of {ADDS})",
            "ours": p95 * ms,
            "baseline": p95_base * ms,
            "ratio": p95 / p95_base,
            "unit": "ms",
            "target": f"≤ {P95_RATIO}× sqlite_utils insert",
            "ok": p95 / p95_base <= P95_RATIO,
        },
        {
            "what": f"move {MOVED} notes in one step, committed",
            "ours": move * ms,
            "baseline": move_base * ms,
            "ratio": move / move_base,
            "unit": "ms",
            "target": "",
            "ok": None,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
