"""Breakout tables (issue 28): bringing 10 tables' files back into a 2,000-note host.

The host is the generated 2,000-note workshop. It is handed out to 10 tables; each table's
file then gets 500 new or edited notes (300 added, 150 edited, 50 moved), 20 deleted and
40 dots, and the host itself edits 50 notes meanwhile (some of them the same notes as a
table: conflicts). Measured, each the median of RUNS runs on a fresh copy of the host:

- reading the 10 files: copied from the "stick" to a temporary folder, opened, every value
  checked, their rows read;
- the preview: the three-way merge of all 10 against their baselines, with every count and
  conflict (what the preview dialog shows);
- the merge: writing the result into the host in one transaction (committed and synced),
  once the preview is on screen — the click on "Bring back";
- the whole: from files chosen to merged.

Targets (issue 28): the preview ≤ 0.3 s and the merge ≤ 0.3 s.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

TABLES = 10
HOST_NOTES = 2000
RUNS = 5
TARGET = 0.3


def _prepare(tmp: Path) -> tuple[Path, list[Path]]:
    from costar_desktop.cli import main as costar
    from costar_desktop.core.model import Note, Vote, new_id
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.storage.breakout import hand_out

    host = tmp / "host.costar"
    costar(["demo", str(host), "--notes", str(HOST_NOTES)])
    sticks = tmp / "sticks"
    sticks.mkdir()
    with WorkshopFile.open(host) as wf:
        files = hand_out(wf, [f"Table {i + 1}" for i in range(TABLES)], sticks).files
        notes = [n for n in wf.notes() if n.kind == "note"]
    rng = random.Random(28)
    for k, path in enumerate(files):
        mine = rng.sample(notes, 220)
        with WorkshopFile.open(path) as table, table.transaction():
            table.add_notes(
                Note(
                    text=f"Table {k + 1}, idea {i}: " + "words " * rng.randint(1, 20),
                    x=rng.uniform(-1400, 1400),
                    y=rng.uniform(-1000, 1000),
                )
                for i in range(300)
            )
            table.update_notes(
                {n.id: {"text": f"{n.text[:60]} (table {k + 1})"} for n in mine[:150]}
            )
            table.update_notes({n.id: {"x": n.x + 40.0, "y": n.y + 30.0} for n in mine[150:200]})
            table.delete_notes(n.id for n in mine[200:220])
            alive = [n.id for n in table.notes() if n.group_id is None]
            table.add_votes(Vote(id=new_id(rng), note_id=rng.choice(alive)) for _ in range(40))
    with WorkshopFile.open(host) as wf:
        wf.update_notes(
            {n.id: {"text": f"{n.text[:60]} (on the screen)"} for n in rng.sample(notes, 50)}
        )
    return host, files


def measure(tmp: Path) -> dict[str, list[float]]:
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.storage.breakout import plan_bring_back, read_table_files

    source, files = _prepare(tmp)
    times: dict[str, list[float]] = {"read": [], "preview": [], "merge": [], "whole": []}
    for run in range(RUNS):
        host = tmp / f"run{run}.costar"
        shutil.copyfile(source, host)
        with WorkshopFile.open(host) as wf:
            t0 = time.perf_counter()
            tables, refused = read_table_files(wf, files)
            t1 = time.perf_counter()
            bring = plan_bring_back(wf, tables)
            t2 = time.perf_counter()
            wf.apply_row_changes(bring.changes)
            t3 = time.perf_counter()
            assert not refused and len(tables) == TABLES
            assert sum(len(t.counts.added) for t in bring.plan.tables) > 0
        times["read"].append(t1 - t0)
        times["preview"].append(t2 - t1)
        times["merge"].append(t3 - t2)
        times["whole"].append(t3 - t0)
    times["conflicts"] = [float(len(bring.plan.conflicts))]
    times["rows"] = [float(bring.changes.size())]
    return times


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="costar-bench-tables-") as folder:
        times = measure(Path(folder))

    def row(what: str, key: str, target: float | None) -> dict:
        value = statistics.median(times[key])
        return {
            "what": what,
            "ours": value,
            "baseline": None,
            "ratio": None,
            "unit": "s",
            "target": f"≤ {target} s" if target else "",
            "ok": (value <= target) if target else None,
        }

    rows = [
        row(f"tables: read {TABLES} tables' files (2,000-note host)", "read", None),
        row(f"tables: preview of {TABLES} × 500 notes", "preview", TARGET),
        row(f"tables: merge of {TABLES} × 500 notes (after the preview)", "merge", TARGET),
        row("tables: files chosen → merged", "whole", None),
    ]
    rows.append(
        {
            "what": "tables: rows written / conflicts listed",
            "ours": times["rows"][0],
            "baseline": times["conflicts"][0],
            "ratio": None,
            "unit": "",
            "target": "",
            "ok": None,
        }
    )
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
