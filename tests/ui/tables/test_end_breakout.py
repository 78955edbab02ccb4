"""File → End the breakout: asked in plain words, then what was kept for bringing tables'
files back goes (baselines and the record of deletions), in one undo step."""

from __future__ import annotations

from .conftest import bring_back


def test_ending_asks_drops_the_baselines_and_deletions_and_undo_brings_them_back(
    window, handed_out, say_yes, monkeypatch, qtbot
):
    document = window.document
    store = document.store
    files = handed_out()
    note = next(n for n in document.notes.values() if not n.is_group and not n.group_id)
    window.editor.scene.select_notes([note.id])
    window.editor.delete_selected()
    assert ("notes", note.id) in store.tombstones()
    end = window.menu_actions["file.end_breakout"]
    assert end.isEnabled()
    end.trigger()
    asked = say_yes[-1]
    assert "can then no longer be brought back" in asked and "Table 1, Table 2" in asked
    assert store.running_tables() == [] and store.tombstones() == frozenset()
    assert all(r.baseline is None for r in store.table_records())
    assert not end.isEnabled()
    assert document.undo_stack.undoText() == "End the breakout"
    window.menu_actions["file.bring_back"].trigger()
    assert window.tables.dialog is None and "The breakout has ended" in say_yes[-1]
    # Undone: the tables' files can be brought back again.
    assert document.undo()
    assert len(store.running_tables()) == 2 and ("notes", note.id) in store.tombstones()
    assert end.isEnabled()
    dialog = bring_back(window, monkeypatch, files)
    assert not dialog.refused and len(dialog.tables) == 2
    dialog.reject()
    assert document.redo()
    assert store.running_tables() == [] and not end.isEnabled()


def test_ending_answered_no_changes_nothing(window, handed_out, messages):
    handed_out()
    count = window.document.undo_stack.count()
    window.menu_actions["file.end_breakout"].trigger()
    assert "End the breakout now?" in messages[-1]
    assert len(window.document.store.running_tables()) == 2
    assert window.document.undo_stack.count() == count
