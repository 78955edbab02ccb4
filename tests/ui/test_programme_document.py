"""The programme in the document: the plan changes through undo, the day's running is
recorded at once, and an undo of the plan never takes back what actually happened."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

from costar_desktop.core.programme import Block, Programme, end_run, run_block
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.model.commands_programme import PlanCommand


def _on_disk(document) -> Programme:
    """The programme as the file holds it, read from a byte copy (the file is open)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.costar"
        shutil.copyfile(document.path, copy)
        return WorkshopFile.read(copy).programme


def test_an_undo_of_the_plan_keeps_each_real_start_and_the_running_block(document):
    told = []
    document.programme_changed.connect(lambda: told.append(1))
    welcome, talk = Block("Welcome", 10), Block("Talk", 20)
    assert document.push(PlanCommand(document, Programme("Day", [welcome]), "Add a block"))
    assert len(told) == 1
    plan = dataclasses.replace(document.programme, blocks=[welcome, talk])
    assert document.push(PlanCommand(document, plan, "Add a block"))
    # The day runs: the welcome starts, then the talk.
    document.set_run(run_block(document.programme, 0, 1_800_000_000.0))
    document.set_run(run_block(document.programme, 1, 1_800_000_600.0))
    ran = document.programme
    assert ran.blocks[0].started and ran.blocks[0].ran_seconds == 600
    # Undo the second block's adding: it goes, and the welcome keeps its real start and length.
    assert document.undo()
    assert [b.title for b in document.programme.blocks] == ["Welcome"]
    assert document.programme.blocks[0].started == ran.blocks[0].started
    assert document.programme.blocks[0].ran_seconds == 600
    assert document.programme.running is None  # the talk is not in the plan now
    # Redo: the talk comes back, running on its own clock as before.
    assert document.redo()
    assert document.programme == ran
    assert _on_disk(document) == ran
    # Undo as far as it goes: nothing of the run is in the history.
    assert document.undo() and document.undo()
    assert document.programme.blocks == []
    assert document.redo()
    assert document.programme.blocks[0].started == ran.blocks[0].started
    assert _on_disk(document) == document.programme


def test_running_the_day_is_not_an_undo_step(document):
    document.push(PlanCommand(document, Programme("Day", [Block("Welcome", 10)]), "Add"))
    count = document.undo_stack.count()
    document.set_run(run_block(document.programme, 0, 1_800_000_000.0))
    document.set_run(end_run(document.programme, 1_800_000_060.0))
    assert document.undo_stack.count() == count
    assert _on_disk(document).blocks[0].ran_seconds == 60
