"""Promise: storage's unit of work saves all of its writes together, or none of them.

``WorkshopFile.transaction()`` is what one gesture of the user runs in: nested units join
the outer one, the outermost commits, and a write that fails anywhere inside (even one whose
failure the caller catches) leaves the file as it was before the whole unit. The failure
hook of storage/faults.py makes a write fail as a full disk does.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from costar_desktop.core.model import Note, Participant, Vote
from costar_desktop.storage import SaveFailed, WorkshopFile, faults


def _on_disk(path, tmp_path) -> dict:
    """Every row of the file, read from a byte copy through a connection of its own."""
    copy = tmp_path / "look.costar"
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            t: sorted(conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


@pytest.fixture
def wf(tmp_path):
    path = tmp_path / "unit.costar"
    WorkshopFile.create(path).close()
    with WorkshopFile.open(path) as f:
        yield f


def test_writes_inside_a_unit_are_saved_together_when_it_ends(wf, tmp_path):
    before = _on_disk(wf.path, tmp_path)
    note = Note(text="Peer mentors")
    p = Participant(name="Table 1")
    with faults.counting() as points:
        with wf.transaction():
            wf.add_participant(p)
            with wf.transaction():  # a nested unit joins the outer one
                wf.add_notes([note])
                wf.update_notes({note.id: {"author_id": p.id}})
            assert wf.in_transaction
            assert _on_disk(wf.path, tmp_path) == before  # nothing committed yet
    assert points.reached == ["write", "write", "write", "commit"]
    assert not wf.in_transaction
    assert wf.note(note.id).author_id == p.id
    assert _on_disk(wf.path, tmp_path)["notes"] != before["notes"]


@pytest.mark.parametrize("point", [1, 2, 3, 4])
def test_a_failure_at_any_write_leaves_the_file_as_before_the_unit(wf, tmp_path, point):
    wf.add_participant(Participant(name="Table 2"))
    before = _on_disk(wf.path, tmp_path)
    note = Note(text="Evening sessions")
    with faults.failing_at(point) as fault:
        with pytest.raises(SaveFailed) as raised:
            with wf.transaction():
                wf.add_notes([note])
                wf.add_votes([Vote(note_id=note.id)])
                wf.update_notes({note.id: {"colour": "pink"}})
    assert fault.fired
    assert "disk is full" in raised.value.message
    assert _on_disk(wf.path, tmp_path) == before
    assert wf.note(note.id) is None
    assert not wf.in_transaction
    wf.add_notes([note])  # and the file takes the next change as usual
    assert wf.note(note.id) is not None


def test_a_caught_failure_still_fails_the_whole_unit(wf, tmp_path):
    before = _on_disk(wf.path, tmp_path)
    with pytest.raises(SaveFailed, match="none of it was"):
        with wf.transaction():
            wf.add_notes([Note(text="First half")])
            with faults.failing_at(1):
                try:
                    wf.add_notes([Note(text="Second half")])
                except SaveFailed:
                    pass
    assert _on_disk(wf.path, tmp_path) == before


def test_an_error_in_the_callers_code_rolls_the_unit_back(wf, tmp_path):
    before = _on_disk(wf.path, tmp_path)
    with pytest.raises(ZeroDivisionError):
        with wf.transaction():
            wf.add_notes([Note(text="Never kept")])
            raise ZeroDivisionError("the caller's own code failed")
    assert _on_disk(wf.path, tmp_path) == before


def test_a_statement_that_breaks_a_rule_fails_the_unit_in_words(wf, tmp_path):
    note = Note(text="Twice")
    before = _on_disk(wf.path, tmp_path)
    with pytest.raises(SaveFailed, match="Not saved"):
        with wf.transaction():
            wf.add_notes([Note(text="Kept only with the rest")])
            wf.add_notes([note])
            wf.add_notes([note])  # the same id again
    assert _on_disk(wf.path, tmp_path) == before


def test_no_copy_is_written_with_half_a_change_in_it(wf, tmp_path):
    with wf.transaction():
        wf.add_notes([Note(text="Half")])
        with pytest.raises(RuntimeError):
            wf.write_copy(tmp_path / "copy.costar")
    assert not (tmp_path / "copy.costar").exists()


def test_a_deleted_selection_comes_back_whatever_the_order_of_its_notes(wf):
    """Members listed long before their card (notes go in by batches of rows): found by
    the kill test of compound gestures, where the undo was refused."""
    notes = [Note(text=f"Note {i}", x=float(i)) for i in range(300)]
    card = Note(text="A group", kind="group")
    wf.add_notes([*notes, card])
    wf.update_notes({n.id: {"group_id": card.id} for n in notes[:3]})
    gone = [n.id for n in notes] + [card.id]  # members first, the card last
    before = {n.id: n for n in wf.notes()}
    dependants = wf.note_dependants(gone)
    removed = [before[i] for i in gone]
    wf.delete_notes(gone)
    wf.restore_notes(removed, dependants)
    assert {n.id: n for n in wf.notes()} == before
    wf.delete_notes(gone)
    wf.add_notes(removed)  # adding in that order works too
    assert {n.id for n in wf.notes()} == set(before)
