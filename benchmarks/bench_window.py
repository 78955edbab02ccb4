"""Editing in the window with 5,000 notes: what the screen adds to saving.

Ours pushes the undo command in a main window showing the generated 5,000-note workshop
and waits until the canvas, the step panels and the status bar have caught up (posted
events processed, including the panels' coalesced refresh); the baseline pushes the same
command on the document alone, on a copy of the same file (saving, no screen). The ratio
is what the window costs on top of the commit; it grows with the number of notes if a
signal handler walks every note for each change.

- move 500 notes in one step (as a drag of a selection does);
- add one note (as typing a note does);
- the hidden cards worked out whole, and again after one note was moved (no baseline);
- select all notes (Ctrl+A), from nothing selected, until painted (no baseline);
- group 500 selected notes, and delete 500 selected notes, each undone after
  (no baseline).

Each figure is the median of its runs (RUNS for move and add, REPEATS for the others).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

NOTES, MOVED, RUNS, REPEATS = 5000, 500, 5, 3


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def _timed(push, app=None) -> float:
    started = time.perf_counter()
    push()
    if app is not None:
        _settle(app)
    return time.perf_counter() - started


def measure(tmp: Path) -> dict[str, float]:

    from PySide6.QtCore import QSettings

    from costar_desktop.core.demo import large_workshop
    from costar_desktop.core.model import Note
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.ui.model.commands import AddNotesCommand, MoveNotesCommand
    from costar_desktop.ui.model.document import WorkshopDocument
    from costar_desktop.ui.shell.app import WindowRegistry, create_application

    # The window remembers recent files and its layout: keep that out of the user's settings.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    saved_data_dir = os.environ.get("COSTAR_DATA_DIR")
    os.environ["COSTAR_DATA_DIR"] = str(tmp / "data")
    app = create_application()
    ours_path, base_path = tmp / "window.costar", tmp / "document.costar"
    WorkshopFile.create(ours_path, data=large_workshop(NOTES, action_count=200)).close()
    shutil.copyfile(ours_path, base_path)
    registry = WindowRegistry()
    window = registry.new_window()
    window.resize(1280, 800)
    window.show()
    window.open_path(ours_path)
    _settle(app)
    alone = WorkshopDocument(WorkshopFile.open(base_path))
    times: dict[str, list[float]] = {"move": [], "move_base": [], "add": [], "add_base": []}
    try:
        doc = window.document
        ids = list(doc.notes)[:MOVED]
        # Each edit starts from a canvas that has been still (its hidden cards worked out),
        # as when someone reaches for the next note: the work due 300 ms after the edit
        # before is not counted in the next one.
        settled = window.editor.view.hidden_cards.work_out
        for step in range(RUNS):
            for target, key, application in ((doc, "move", app), (alone, "move_base", None)):
                settled()
                moves = {nid: (target.notes[nid].x + 3.0, target.notes[nid].y) for nid in ids}
                push = window.editor.push if application else target.undo_stack.push

                def move(push=push, target=target, moves=moves):  # this turn's, bound now
                    push(MoveNotesCommand(target, moves))

                times[key].append(_timed(move, application))
            for target, key, application in ((doc, "add", app), (alone, "add_base", None)):
                settled()
                note = Note(text=f"Another idea ({step})", x=30.0 * step, y=-40.0)
                push = window.editor.push if application else target.undo_stack.push

                def add(push=push, target=target, note=note):  # this turn's, bound now
                    push(AddNotesCommand(target, [note]))

                times[key].append(_timed(add, application))
        # The work done once the canvas is still: the whole list of hidden cards (as after
        # a change of step), and again after one note was moved (only the notes near it).
        hidden = window.editor.view.hidden_cards
        times.update(hidden_whole=[], hidden_again=[])
        for nid in ids[: REPEATS * 2 + 1]:
            hidden.show_all()
            times["hidden_whole"].append(_timed(hidden.work_out))
            note = doc.notes[nid]
            window.editor.push(MoveNotesCommand(doc, {nid: (note.x + 15.0, note.y + 10.0)}))
            times["hidden_again"].append(_timed(hidden.work_out))
        # Select all (Ctrl+A) and back to nothing: the selection, the frames drawn, the panels.
        # Then group 500 selected notes, and delete 500 selected notes, each undone after.
        # Each is done REPEATS times: one run alone was off by up to 2x (a garbage
        # collection, a timer falling inside it); each starts from a still canvas, as above.
        scene = window.editor.scene
        times.update(select_all=[], group=[], delete=[])
        for _ in range(REPEATS):
            settled()
            times["select_all"].append(_timed(window.editor.select_all, app))
            scene.clearSelection()
            _settle(app)
            scene.select_notes(ids)
            _settle(app)
            settled()
            times["group"].append(_timed(lambda: window.editor.group_selection("Bench"), app))
            window.undo_action.trigger()
            scene.select_notes(ids)
            _settle(app)
            settled()
            times["delete"].append(_timed(window.editor.delete_selected, app))
            window.undo_action.trigger()
            scene.clearSelection()
            _settle(app)
    finally:
        alone.close()
        registry.close_all()
        _settle(app)
        if saved_data_dir is None:
            os.environ.pop("COSTAR_DATA_DIR", None)
        else:
            os.environ["COSTAR_DATA_DIR"] = saved_data_dir
    return {k: statistics.median(v) for k, v in times.items() if v}


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="costar-bench-") as name:
        m = measure(Path(name))
    ms = 1000.0
    return [
        {
            "what": f"move {MOVED} of {NOTES:,} notes in the window",
            "ours": m["move"] * ms,
            "baseline": m["move_base"] * ms,
            "ratio": m["move"] / m["move_base"],
            "unit": "ms",
            "target": "",
            "ok": None,
        },
        {
            "what": f"add one note in the window with {NOTES:,}",
            "ours": m["add"] * ms,
            "baseline": m["add_base"] * ms,
            "ratio": m["add"] / m["add_base"],
            "unit": "ms",
            "target": "",
            "ok": None,
        },
        {
            "what": f"hidden cards worked out, {NOTES:,} notes in the window",
            "ours": m["hidden_whole"] * ms,
            "baseline": None,
            "ratio": None,
            "unit": "ms",
            "target": "(no target)",
            "ok": None,
        },
        {
            "what": "the same again after one note was moved",
            "ours": m["hidden_again"] * ms,
            "baseline": None,
            "ratio": None,
            "unit": "ms",
            "target": "(no target)",
            "ok": None,
        },
        {
            "what": f"select all {NOTES:,} notes in the window, until painted",
            "ours": m["select_all"] * ms,
            "baseline": None,
            "ratio": None,
            "unit": "ms",
            "target": "(no target)",
            "ok": None,
        },
        {
            "what": f"group {MOVED} selected notes of {NOTES:,} in the window",
            "ours": m["group"] * ms,
            "baseline": None,
            "ratio": None,
            "unit": "ms",
            "target": "(no target)",
            "ok": None,
        },
        {
            "what": f"delete {MOVED} selected notes of {NOTES:,} in the window",
            "ours": m["delete"] * ms,
            "baseline": None,
            "ratio": None,
            "unit": "ms",
            "target": "(no target)",
            "ok": None,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
