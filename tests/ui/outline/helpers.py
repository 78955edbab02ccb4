"""What the outline's tests share: the tree the model shows, read through Qt's own item
model interface, and the tree a workshop asks for, worked out plainly from a snapshot."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex

from costar_desktop.core import rules
from costar_desktop.core.model import WorkshopData
from costar_desktop.core.star import CO_ORDER, STEP_ORDER
from costar_desktop.ui.outline.model import CO_ROLE, KIND_ROLE, NOTE_ID_ROLE, STEP_ROLE

Tree = list[tuple[tuple, "Tree"]]


def shown_tree(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Tree:
    """Every row under ``parent`` as (key, rows below), read by index(), rowCount(), data()."""
    parent = parent or QModelIndex()
    rows: Tree = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        kind = index.data(KIND_ROLE)
        if kind == "co":
            key: tuple = ("co", index.data(CO_ROLE))
        elif kind == "step":
            key = ("step", index.data(CO_ROLE), index.data(STEP_ROLE))
        else:
            key = ("note", index.data(NOTE_ID_ROLE))
        rows.append((key, shown_tree(model, index)))
    return rows


def expected_tree(data: WorkshopData) -> Tree:
    """The outline of ``data``: Co's (and no Co), steps with notes, cards and loose notes,
    a group's notes under its card — each level in reading order."""
    notes = {n.id: n for n in data.notes}
    order = rules.reading_order(notes)
    cards = {i for i, n in notes.items() if n.is_group}

    def grouped(note_id: str) -> bool:
        note = notes[note_id]
        return not note.is_group and note.group_id in cards

    def under(card_id: str) -> Tree:
        return [(("note", i), []) for i in order if grouped(i) and notes[i].group_id == card_id]

    tree: Tree = []
    for co in (*CO_ORDER, None):
        steps: Tree = []
        for step in STEP_ORDER:
            here = [
                i for i in order if not grouped(i) and notes[i].co == co and notes[i].step == step
            ]
            if here:
                steps.append((("step", co, step), [(("note", i), under(i)) for i in here]))
        tree.append((("co", co), steps))
    return tree


def note_ids_in(tree: Tree) -> list[str]:
    """The note ids of ``tree``, top to bottom."""
    found = []
    for key, below in tree:
        if key[0] == "note":
            found.append(key[1])
        found.extend(note_ids_in(below))
    return found
