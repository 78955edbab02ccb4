"""Many notes changed at once: one transaction, one undo step, every note on disk."""

from __future__ import annotations

import pytest

from costar_desktop.core.demo import large_workshop
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.model.commands import MoveNotesCommand, RecolourNotesCommand
from costar_desktop.ui.model.document import WorkshopDocument


@pytest.fixture
def big_document(qapp, tmp_path):
    path = tmp_path / "big.costar"
    WorkshopFile.create(path, data=large_workshop(600)).close()
    document = WorkshopDocument(WorkshopFile.open(path))
    yield document
    document.close()
    # Tests connect lambdas that hold the document to its own signals: only deleting the
    # QObject drops them (the leak check in conftest.py would see it alive).
    document.deleteLater()


def _statements(document) -> list[str]:
    seen: list[str] = []
    document.store.conn.set_trace_callback(seen.append)
    return seen


def test_moving_500_notes_is_one_transaction_and_one_undo_step(big_document, tmp_path):
    doc = big_document
    ids = list(doc.notes)[:500]
    before = {nid: (doc.notes[nid].x, doc.notes[nid].y) for nid in ids}
    target = {nid: (x + 40.0, y - 25.0) for nid, (x, y) in before.items()}
    seen = _statements(doc)
    depth = doc.undo_stack.count()

    doc.undo_stack.push(MoveNotesCommand(doc, target))

    assert doc.undo_stack.count() == depth + 1
    assert sum(s.strip().upper().startswith("COMMIT") for s in seen) == 1
    assert sum(s.lstrip().upper().startswith("BEGIN") for s in seen) == 1
    on_disk = {n.id: n for n in doc.store.notes()}
    for nid, (x, y) in target.items():
        assert (on_disk[nid].x, on_disk[nid].y) == (x, y)
        assert on_disk[nid].co == doc.geometry.co_at(x, y)
        assert (doc.notes[nid].x, doc.notes[nid].y) == (x, y)

    seen.clear()
    doc.undo_stack.undo()
    assert sum(s.strip().upper().startswith("COMMIT") for s in seen) == 1
    on_disk = {n.id: n for n in doc.store.notes()}
    assert {nid: (on_disk[nid].x, on_disk[nid].y) for nid in ids} == before


def test_changes_of_different_fields_in_one_step_all_land(big_document):
    doc = big_document
    a, b, c = list(doc.notes)[:3]
    doc.update_notes(
        {
            a: {"x": 1.0, "y": 2.0},
            b: {"colour": "red"},
            c: {"x": 3.0, "y": 4.0, "colour": "blue", "text": "changed"},
        }
    )
    on_disk = {n.id: n for n in doc.store.notes()}
    assert (on_disk[a].x, on_disk[a].y) == (1.0, 2.0)
    assert on_disk[b].colour == "red"
    assert (on_disk[c].x, on_disk[c].y, on_disk[c].colour, on_disk[c].text) == (
        3.0,
        4.0,
        "blue",
        "changed",
    )
    assert on_disk[a].updated == on_disk[b].updated == on_disk[c].updated == doc.notes[a].updated


def test_recolouring_many_notes_is_one_undo_step(big_document):
    doc = big_document
    ids = list(doc.notes)[:300]
    old = {nid: doc.notes[nid].colour for nid in ids}
    doc.undo_stack.push(RecolourNotesCommand(doc, ids, "pink"))
    assert {n.colour for n in doc.store.notes() if n.id in old} == {"pink"}
    doc.undo_stack.undo()
    assert {n.id: n.colour for n in doc.store.notes() if n.id in old} == old


def _count_calls(monkeypatch, cls, name) -> list:
    calls = []
    real = getattr(cls, name)

    def counted(self, *args, **kwargs):
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, counted)
    return calls


def test_selecting_600_notes_looks_at_the_selection_once_not_once_per_note(
    big_document, monkeypatch
):
    from costar_desktop.ui.canvas.scene import CanvasScene

    scene = CanvasScene(big_document.geometry)
    scene.set_document(big_document)
    asked = _count_calls(monkeypatch, CanvasScene, "group_of")
    ids = [item.note_id for item in scene.note_items()]
    scene.select_notes(ids)
    assert set(scene.selected_note_ids()) == set(ids)
    # Each selected note shows its frame: its bounds grew for it.
    assert all(
        item.boundingRect().width() > item.rect().width() + 20 for item in scene.note_items()
    )
    # Groups are completed once for the whole selection (once per note made it 180,000).
    assert len(asked) <= 2 * len(ids)
    scene.select_notes(ids[:10])
    assert len(scene.selected_note_ids()) == 10
    unselected = scene.note_item(ids[-1])
    assert unselected.boundingRect().width() < unselected.rect().width() + 20  # room given back
    scene.set_document(None)


@pytest.fixture
def big_editor(big_document, registry, qtbot, tmp_path):
    """The 600-note workshop in a shown window."""
    path = big_document.path
    big_document.close()
    window = registry.new_window()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    return window


def test_grouping_600_notes_draws_the_group_once_not_once_per_note(big_editor, monkeypatch):
    from costar_desktop.ui.canvas.scene import CanvasScene

    editor = big_editor.editor
    refreshes = _count_calls(monkeypatch, CanvasScene, "_refresh_groups")
    asked = _count_calls(monkeypatch, CanvasScene, "group_of")
    editor.select_all()
    card_id = editor.group_selection("Everything")
    assert card_id is not None
    group = editor.scene.note_item(card_id)
    assert len(group.members) == 600
    assert all(item.isSelected() for item in group.members)
    # Once for the group card, once when its notes joined (once per note made it 1,200).
    assert len(refreshes) <= 3
    assert len(asked) <= 4 * 600
    big_editor.undo_action.trigger()
    assert all(n.group_id is None for n in big_editor.document.notes.values())
    assert not editor.scene.group_items()


def test_deleting_600_selected_notes_looks_at_the_selection_once(big_editor, monkeypatch):
    from costar_desktop.ui.canvas.scene import CanvasScene

    editor = big_editor.editor
    editor.select_all()
    asked = _count_calls(monkeypatch, CanvasScene, "selectedItems")
    editor.delete_selected()
    assert not big_editor.document.notes
    assert not editor.scene.note_items()
    assert len(asked) <= 10  # once per note removed made it 1,200
    big_editor.undo_action.trigger()
    assert len(big_editor.document.notes) == 600
    assert len(editor.scene.note_items()) == 600


def test_a_document_change_tells_of_its_notes_then_that_they_have_settled(big_document):
    seen = []
    big_document.note_changed.connect(
        lambda nid: seen.append(("changed", big_document.in_note_run))
    )
    big_document.notes_settled.connect(lambda: seen.append(("settled", big_document.in_note_run)))
    ids = list(big_document.notes)[:3]
    big_document.move_notes({nid: (0.0, 0.0) for nid in ids})
    assert seen == [("changed", True)] * 3 + [("settled", False)]
