"""View → Outline in the window: the dock, its filters, the selection shared with the
canvas, and the canvas's keys on the chosen note, each one undo step saved in the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from costar_desktop.ui.outline.dock import NoteTextDialog
from costar_desktop.ui.outline.model import KIND_ROLE, SHORTLISTED_ROLE

from ..test_steps import on_disk


def _saved(window, note_id):
    return next((n for n in on_disk(window).notes if n.id == note_id), None)


def _plain(window):
    """A loose note (not a group card, in no group) of the sample, the first in reading order."""
    notes = window.document.notes
    return next(n for n in notes.values() if not n.is_group and not n.group_id and n.text and n.co)


def _show(window):
    QTest.keyClick(window, Qt.Key.Key_F12)
    return window.outline.panel


def _choose(window, note_id):
    assert window.outline.choose_note(note_id)
    assert window.outline.chosen_note() == note_id


@pytest.fixture
def drive(modal_driver):
    """``drive(steps)``: the next note dialog is driven by ``steps`` (see modal_driver)."""
    return lambda steps: modal_driver(NoteTextDialog, steps)


def test_f12_shows_the_outline_with_the_keyboard_in_the_tree(window, qtbot):
    assert not window.outline.dock.isVisible()
    panel = _show(window)
    assert window.outline.dock.isVisible()
    assert window.menu_actions["view.outline"].isChecked()
    qtbot.waitUntil(lambda: panel.tree.hasFocus())
    assert panel.tree.currentIndex().isValid()
    rows = panel.row_texts()
    assert rows[0].startswith("Co-commission")
    # Every note of the sample is a row, and every row with rows under it is open.
    assert sum(1 for r in rows if r.startswith("    ")) == len(window.document.notes)
    proxy, tree = panel.proxy, panel.tree

    def all_open(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if proxy.rowCount(index) and not tree.isExpanded(index):
                return False
            if not all_open(index):
                return False
        return True

    assert all_open(QModelIndex())
    for control in (panel.search, panel.this_step, panel.shortlisted, panel.tree):
        assert control.accessibleName()
    QTest.keyClick(window, Qt.Key.Key_F12)
    assert not window.outline.dock.isVisible()
    assert not window.menu_actions["view.outline"].isChecked()


def test_search_and_the_two_filters(window):
    panel = _show(window)
    note = _plain(window)
    word = max(note.text.split(), key=len)
    all_rows = len(panel.row_texts())
    panel.search.setText(word.upper())
    rows = panel.row_texts()
    assert 0 < len(rows) < all_rows and any(word in r for r in rows)
    panel.search.clear()
    assert len(panel.row_texts()) == all_rows
    panel.shortlisted.setChecked(True)
    rows = panel.row_texts()
    assert len(rows) < all_rows and any("★ shortlisted" in r for r in rows)
    proxy = panel.proxy

    def kept(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(KIND_ROLE) in ("note", "group"):
                yield index
            yield from kept(index)

    assert all(index.data(SHORTLISTED_ROLE) for index in kept(QModelIndex()))
    panel.shortlisted.setChecked(False)
    panel.this_step.setChecked(True)
    step = window.document.workshop.current_step
    outline = window.outline
    assert outline.filter is not None and outline.filter.step == step
    window.editor.go_to_step(next(s for s in type(step) if s != step))
    assert outline.filter.step == window.document.workshop.current_step != step


def test_choosing_a_row_selects_the_note_on_the_canvas_and_back(window, qtbot):
    _show(window)
    notes = [n for n in window.document.notes.values() if not n.is_group and not n.group_id]
    first, second = notes[0], notes[1]
    _choose(window, first.id)
    assert window.editor.scene.selected_note_ids() == [first.id]
    window.editor.scene.select_notes([second.id])
    assert window.outline.chosen_note() == second.id
    assert window.editor.scene.selected_note_ids() == [second.id]


def test_enter_and_f2_edit_the_note_in_a_dialog_one_undo_step(window, qtbot, drive):
    panel = _show(window)
    note = _plain(window)
    _choose(window, note.id)

    def type_words(dialog):
        QTest.keyClicks(dialog.words, "Buses after six")
        QTest.keyClick(dialog.words, Qt.Key.Key_Return)
        QTest.keyClicks(dialog.words, "every day")
        QTest.keyClick(dialog.words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive(type_words)
    QTest.keyClick(panel.tree, Qt.Key.Key_Return)
    assert _saved(window, note.id).text == "Buses after six\nevery day"
    assert window.outline.chosen_note() == note.id
    window.undo_action.trigger()
    assert _saved(window, note.id).text == note.text

    drive(lambda dialog: QTest.keyClick(dialog.words, Qt.Key.Key_Escape))
    QTest.keyClick(panel.tree, Qt.Key.Key_F2)
    assert _saved(window, note.id).text == note.text


def test_delete_d_s_and_3_each_change_the_file_as_one_undo_step(window, qtbot):
    panel = _show(window)
    doc = window.document
    note = _plain(window)
    stack = doc.undo_stack

    _choose(window, note.id)
    count = stack.count()
    QTest.keyClick(panel.tree, Qt.Key.Key_3)
    assert _saved(window, note.id).impact == 3 and stack.count() == count + 1
    assert window.outline.chosen_note() == note.id
    QTest.keyClick(panel.tree, Qt.Key.Key_S)
    assert _saved(window, note.id).shortlisted != note.shortlisted
    assert stack.count() == count + 2 and window.outline.chosen_note() == note.id
    window.undo_action.trigger()
    window.undo_action.trigger()
    saved = _saved(window, note.id)
    assert saved.impact == note.impact and saved.shortlisted == note.shortlisted

    # D: Table 1 has used all its dots in the sample; on a note it has a dot on, D takes
    # that dot back.
    vote = next(iter(doc.votes.values()))
    window.editor.session.set_voter(vote.voter_id)
    _choose(window, vote.note_id)
    before = len(on_disk(window).votes)
    QTest.keyClick(panel.tree, Qt.Key.Key_D)
    assert len(on_disk(window).votes) == before - 1
    window.undo_action.trigger()
    assert len(on_disk(window).votes) == before

    _choose(window, note.id)
    QTest.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert _saved(window, note.id) is None
    assert window.outline.model.index_of_note(note.id).isValid() is False
    window.undo_action.trigger()
    assert _saved(window, note.id) is not None
    assert window.outline.model.index_of_note(note.id).isValid()


def test_keyboard_only_show_search_choose_edit_shortlist_undo(window, qtbot, drive):
    note = _plain(window)
    word = max(note.text.split(), key=len)
    QTest.keyClick(window, Qt.Key.Key_F12)
    panel = window.outline.panel
    qtbot.waitUntil(lambda: panel.tree.hasFocus())
    # Ctrl+F in the tree: into the search field.
    QTest.keyClick(panel.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.search.hasFocus())
    QTest.keyClicks(panel.search, word)
    # Tab through the two check boxes to the tree, then down to the first note.
    for _ in range(3):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert panel.tree.hasFocus()
    for _ in range(10):
        if window.outline.chosen_note() == note.id:
            break
        QTest.keyClick(panel.tree, Qt.Key.Key_Down)
    assert window.outline.chosen_note() == note.id
    assert window.editor.scene.selected_note_ids() == [note.id]

    def retype(dialog):
        QTest.keyClicks(dialog.words, "Easy-read letters")
        QTest.keyClick(dialog.words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive(retype)
    QTest.keyClick(panel.tree, Qt.Key.Key_F2)
    # The note no longer has the word searched for; undo from the keyboard brings it back.
    assert _saved(window, note.id).text == "Easy-read letters"
    # The search no longer finds it: empty the search, and the note (still selected on the
    # canvas) is the chosen row again.
    QTest.keyClick(panel.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(panel.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(panel.search, Qt.Key.Key_Backspace)
    assert panel.search.text() == ""
    for _ in range(3):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert panel.tree.hasFocus() and window.outline.chosen_note() == note.id
    QTest.keyClick(panel.tree, Qt.Key.Key_S)
    assert _saved(window, note.id).shortlisted != note.shortlisted
    QTest.keyClick(panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    saved = _saved(window, note.id)
    assert saved.text == note.text and saved.shortlisted == note.shortlisted
