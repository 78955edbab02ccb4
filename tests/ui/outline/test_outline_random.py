"""Random sessions on the sample workshop (Hypothesis): adds, moves to other Co's and steps,
deletes, groups, ungroups, dots, undo and redo in any order. After each, the outline is the
tree worked out plainly from the document's snapshot, Qt's QAbstractItemModelTester has
seen nothing wrong, and every note of the sample keeps the index it had until it is
deleted."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from costar_desktop.core.model import Co, Note, Step
from costar_desktop.core.rules import free_place
from costar_desktop.core.star import CO_ORDER, STEP_ORDER
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.model import commands, commands_steps
from costar_desktop.ui.model.document import WorkshopDocument
from costar_desktop.ui.outline.model import NOTE_ID_ROLE, OutlineModel

from .helpers import expected_tree, shown_tree

PLACES: tuple[Co | None, ...] = (*CO_ORDER, None)
OPS = ("add", "move", "step", "delete", "group", "ungroup", "dot", "undo", "redo")
session = st.lists(
    st.tuples(
        st.sampled_from(OPS),
        st.integers(0, 1_000),
        st.sampled_from(PLACES),
        st.sampled_from(STEP_ORDER),
    ),
    max_size=14,
)


def _do(document, op: str, pick: int, co: Co | None, step: Step) -> None:
    notes = sorted(document.notes)
    loose = sorted(i for i, n in document.notes.items() if not n.is_group and not n.group_id)
    cards = sorted(i for i, n in document.notes.items() if n.is_group)
    chosen = notes[pick % len(notes)] if notes else None
    if op == "undo":
        document.undo()
    elif op == "redo":
        document.redo()
    elif op == "add":
        x, y = free_place(co, document.notes.values(), document.geometry)
        note = Note(text=f"Idea {pick}", x=x, y=y, step=step)
        document.push(commands.AddNotesCommand(document, [note]))
    elif op == "move" and chosen:
        place = free_place(co, document.notes.values(), document.geometry)
        document.push(commands.MoveNotesCommand(document, {chosen: place}))
    elif op == "step" and chosen:
        document.push(commands_steps.SetStepOfNotesCommand(document, [chosen], step))
    elif op == "delete" and chosen:
        document.push(commands.DeleteNotesCommand(document, [chosen]))
    elif op == "group" and len(loose) >= 2:
        members = [loose[pick % len(loose)], loose[(pick + 1) % len(loose)]]
        document.push(commands_steps.GroupNotesCommand(document, members, "Together", step))
    elif op == "ungroup" and cards:
        document.push(commands_steps.UngroupCommand(document, cards[pick % len(cards)]))
    elif op == "dot" and chosen and document.participants:
        voter = sorted(document.participants)[pick % len(document.participants)]
        document.push(commands_steps.ToggleDotCommand(document, chosen, voter))


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=session)
def test_random_sessions_keep_the_tree_and_every_notes_place(qapp, demo_data, steps):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.costar"
        WorkshopFile.create(path, data=demo_data).close()
        document = WorkshopDocument(WorkshopFile.open(path))
        model = OutlineModel()
        model.set_document(document)
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Fatal
        )
        held = {i: QPersistentModelIndex(model.index_of_note(i)) for i in document.notes}
        try:
            for op, pick, co, step in steps:
                _do(document, op, pick, co, step)
                assert shown_tree(model) == expected_tree(document.snapshot())
                for note_id, index in list(held.items()):
                    if note_id not in document.notes:  # deleted: an undo brings a new row
                        assert not index.isValid()
                        del held[note_id]
                    else:
                        assert index.isValid() and index.data(NOTE_ID_ROLE) == note_id
        finally:
            del tester
            model.set_document(None)
            document.close()
