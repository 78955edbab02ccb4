"""A whole step with the keyboard alone: add, move, vote, rate, shortlist, make an action."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from costar_desktop.core.model import Step

from .test_steps import on_disk


def key(widget, k, mods=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        QTest.keyClick(widget, k, mods)


def test_run_the_focus_step_with_the_keyboard_only(window, qtbot):
    view = window.editor.view
    doc = window.document
    key(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # go to Focus
    assert window.editor.current_step == Step.FOCUS
    # Create: N, type, Enter (the pointer is not over the canvas: the note lands mid-view).
    key(view, Qt.Key.Key_N)
    QTest.keyClicks(view, "Buddy scheme for new carers")
    key(view, Qt.Key.Key_Return)
    note = next(n for n in doc.notes.values() if n.text == "Buddy scheme for new carers")
    assert window.editor.scene.selected_note_ids() == [note.id]
    # Move: arrows nudge; Shift+arrow takes bigger steps; one undo step for the run.
    x, y = note.x, note.y
    key(view, Qt.Key.Key_Right, times=3)
    key(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    saved = next(n for n in on_disk(window).notes if n.id == note.id)
    assert (saved.x, saved.y) == (x + 30, y + 50)
    # Vote: choose a voter with dots left through the Voting panel (F6, arrows), then D.
    key(view, Qt.Key.Key_F6)
    panel = window.step_tools.panel("voting")
    panel.voters.setFocus()
    key(panel.voters, Qt.Key.Key_Down, times=3)  # Table 4
    voter = panel.voters.currentItem().data(Qt.ItemDataRole.UserRole)
    assert window.editor.session.voter_id == voter
    key(panel.voters, Qt.Key.Key_F6)  # back to the star
    assert view.hasFocus()
    budget = doc.workshop.vote_budget
    used = len([v for v in doc.votes.values() if v.voter_id == voter])
    if used >= budget:  # the sample's tables have used their dots: give one more each
        key(view, Qt.Key.Key_F6)
        panel.budget.setFocus()
        panel.budget.selectAll()
        QTest.keyClicks(panel.budget, str(budget + 1))
        panel.set_budget.setFocus()
        key(panel.set_budget, Qt.Key.Key_Space)
        key(panel.set_budget, Qt.Key.Key_F6)
    key(view, Qt.Key.Key_D)
    assert [v.voter_id for v in on_disk(window).votes if v.note_id == note.id] == [voter]
    # Rate and shortlist.
    key(view, Qt.Key.Key_5)
    key(view, Qt.Key.Key_S)
    saved = next(n for n in on_disk(window).notes if n.id == note.id)
    assert saved.impact == 5 and saved.shortlisted
    # Make an action from it, then fill in the owner in the table with the keyboard.
    key(view, Qt.Key.Key_A)
    action = next(a for a in on_disk(window).actions if note.id in a.note_ids)
    assert action.action == "Buddy scheme for new carers"
    actions = window.step_tools.panel("actions")
    actions.view.setFocus()
    owner = actions.proxy.mapFromSource(actions.model.index(actions.model.ids.index(action.id), 2))
    actions.view.setCurrentIndex(owner)
    key(actions.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert actions.view.isAncestorOf(editor)
    QTest.keyClicks(editor, "Carers' lead")
    key(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the table commits the edit when control returns to the event loop
    assert next(a for a in on_disk(window).actions if a.id == action.id).owner == "Carers' lead"
    # And every one of those steps can be undone from the keyboard.
    for _ in range(8):
        key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.id not in {n.id for n in on_disk(window).notes}


def test_a_menus_underlined_letter_wins_over_the_canvas_keys(window):
    """Programme → N is "Next block", though N on the star adds a note: with the menu
    open, the letter is the menu's, though the canvas keeps the focus meanwhile (in the
    real window Programme → R read a note aloud instead of printing the run sheet)."""
    from PySide6.QtWidgets import QMenu

    from costar_desktop.core.programme import running_index, shipped_programmes
    from costar_desktop.paths import resource

    window.programme.put_in(shipped_programmes(resource("programmes"))[0], ask=False)
    at_nine_thirty = time.mktime((2027, 3, 4, 9, 30, 0, 0, 0, -1))  # the plan's start
    window.programme_run.now = lambda: at_nine_thirty
    window.programme_run.start()
    notes = len(window.document.notes)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.editor.view.setFocus()
    assert QApplication.focusWidget() is window.editor.view
    menu = next(
        a.menu()
        for a in window.menuBar().actions()
        if a.menu() is not None and a.text() == "Pro&gramme"
    )
    assert isinstance(menu, QMenu)
    menu.popup(window.mapToGlobal(window.rect().center()))
    QTest.qWaitForWindowExposed(menu)
    QTest.keyClick(menu, Qt.Key.Key_N)
    assert running_index(window.document.programme) == 1
    assert not menu.isVisible()
    assert window.editor.scene.editing_item() is None  # no note was started behind the menu
    assert len(window.document.notes) == notes


def test_the_side_panels_underlined_letters_are_their_own(window):
    """Alt and a letter must reach one control: with the Agenda and the Outline open beside
    the star, no letter of theirs is a menu's or the other's (Alt+S once meant both the
    Steps menu and the agenda's start of the day)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window.programme.show_agenda()
    window.outline.show_outline()
    owners: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        text = action.text()
        if "&" in text:
            owners.setdefault(text[text.index("&") + 1].lower(), []).append(text)
    for dock in (window.programme.dock, window.outline.dock):
        for widget in dock.findChildren(QAbstractButton) + dock.findChildren(QLabel):
            text = widget.text()
            if "&" in text and not (isinstance(widget, QLabel) and widget.buddy() is None):
                owners.setdefault(text[text.index("&") + 1].lower(), []).append(text)
    shared = {letter: texts for letter, texts in owners.items() if len(texts) > 1}
    assert not shared, shared
