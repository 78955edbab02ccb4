"""A host workshop whose tables' files were really brought back: the sample workshop handed
out to two tables, each table's file changed through WorkshopFile as a table's laptop
would, then brought back as ``costar merge`` does it (read_table_files, plan_bring_back,
apply_row_changes). Amira's table comes back first, Table 3 after it, in a merge of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from costar_desktop.core.demo import demo_workshop
from costar_desktop.core.model import Note, Step, WorkshopData
from costar_desktop.storage import WorkshopFile
from costar_desktop.storage.breakout import hand_out, plan_bring_back, read_table_files

#: What the report must say of each, in the order they were brought back (written out
#: here, not made by the code under test).
SENTENCES = [
    "Amira's table added 1 note and changed 1 note; 1 change was decided by the facilitator.",
    "Table 3 added 2 notes and removed 1 note.",
]
EASY_SENTENCES = [
    ["Amira's table", "They added 1 note.", "They changed 1 note."],
    ["Table 3", "They added 2 notes.", "They took away 1 note."],
]
EASY_CHOICE = "The facilitator made 1 choice about what to keep."


@dataclass
class Breakout:
    host: Path
    #: Table 3's file, and a third table's (handed out, never brought back).
    table_3: Path
    table_5: Path


def _plain_note(data: WorkshopData) -> Note:
    """A note nothing else points at (no dots, no group, no links): removing it removes
    only itself, so the counts are known."""
    voted = {v.note_id for v in data.votes}
    linked = {i for p in data.people for i in p.note_ids} | {
        i for a in data.actions for i in a.note_ids
    }
    grouped = {n.group_id for n in data.notes}
    return next(
        n
        for n in data.notes
        if not n.is_group
        and n.group_id is None
        and n.id not in voted | linked | grouped
        and not n.is_example
    )


def bring_back(host: WorkshopFile, *tables: Path) -> None:
    """Bring tables' files back into ``host`` with the default choices, as ``costar merge``."""
    read, refused = read_table_files(host, tables)
    assert not refused, [r.message for r in refused]
    host.apply_row_changes(plan_bring_back(host, read).changes)


def make_breakout(folder: Path) -> Breakout:
    folder.mkdir(parents=True, exist_ok=True)
    data = demo_workshop()
    path = folder / "host.costar"
    with WorkshopFile.create(path, data=data) as host:
        sticks = folder / "sticks"
        sticks.mkdir()
        files = hand_out(host, ["Table 3", "Amira's table", "Table 5"], sticks).files
        removed = _plain_note(data)
        edited = next(n for n in data.notes if not n.is_group and n.id != removed.id)
        with WorkshopFile.open(files[0]) as table:
            table.add_notes(
                [
                    Note(text="Ask the bus company about Sunday services", step=Step.MAP),
                    Note(text="A carers' café on Fridays", step=Step.MAP, x=200, y=120),
                ]
            )
            table.delete_notes([removed.id])
        with WorkshopFile.open(files[1]) as table:
            table.add_notes([Note(text="Ask the youth forum to join", step=Step.PEOPLE)])
            table.update_notes({edited.id: {"text": "Evening sessions, said Amira's table"}})
        # The host changed the same note meanwhile: a conflict, both texts kept.
        host.update_notes({edited.id: {"text": "Evening sessions, said the shared screen"}})
        bring_back(host, files[1])
        bring_back(host, files[0])
    return Breakout(path, files[0], files[2])
