"""Many notes changed at once: one transaction, one undo step, every note on disk."""

from __future__ import annotations

import pytest

from costar_desktop.core.demo import large_workshop
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.commands import MoveNotesCommand, RecolourNotesCommand
from costar_desktop.ui.document import WorkshopDocument


@pytest.fixture
def big_document(qapp, tmp_path):
    path = tmp_path / "big.costar"
    WorkshopFile.create(path, data=large_workshop(600)).close()
    document = WorkshopDocument(WorkshopFile.open(path))
    yield document
    document.close()


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
    doc.update_notes({a: {"x": 1.0, "y": 2.0}, b: {"colour": "red"},
                      c: {"x": 3.0, "y": 4.0, "colour": "blue", "text": "changed"}})
    on_disk = {n.id: n for n in doc.store.notes()}
    assert (on_disk[a].x, on_disk[a].y) == (1.0, 2.0)
    assert on_disk[b].colour == "red"
    assert (on_disk[c].x, on_disk[c].y, on_disk[c].colour, on_disk[c].text) == (3.0, 4.0, "blue", "changed")
    assert on_disk[a].updated == on_disk[b].updated == on_disk[c].updated == doc.notes[a].updated


def test_recolouring_many_notes_is_one_undo_step(big_document):
    doc = big_document
    ids = list(doc.notes)[:300]
    old = {nid: doc.notes[nid].colour for nid in ids}
    doc.undo_stack.push(RecolourNotesCommand(doc, ids, "pink"))
    assert {n.colour for n in doc.store.notes() if n.id in old} == {"pink"}
    doc.undo_stack.undo()
    assert {n.id: n.colour for n in doc.store.notes() if n.id in old} == old


def test_selecting_600_notes_looks_at_the_selection_once_not_once_per_note(big_document,
                                                                         monkeypatch):
    from costar_desktop.ui.canvas.scene import CanvasScene

    scene = CanvasScene(big_document.geometry)
    scene.set_document(big_document)
    asked = []
    real = CanvasScene.group_of
    monkeypatch.setattr(CanvasScene, "group_of", lambda self, item: asked.append(1) or real(self, item))
    ids = [item.note_id for item in scene.note_items()]
    scene.select_notes(ids)
    assert set(scene.selected_note_ids()) == set(ids)
    # Each selected note shows its frame: its bounds grew for it.
    assert all(item.boundingRect().width() > item.rect().width() + 20 for item in scene.note_items())
    # Groups are completed once for the whole selection (once per note made it 180,000).
    assert len(asked) <= 2 * len(ids)
    scene.select_notes(ids[:10])
    assert len(scene.selected_note_ids()) == 10
    unselected = scene.note_item(ids[-1])
    assert unselected.boundingRect().width() < unselected.rect().width() + 20  # room given back
    scene.set_document(None)
