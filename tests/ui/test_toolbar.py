"""The toolbar's two lists, as a facilitator uses them: what they change, and where they open."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from costar_desktop.core.model import Participant, ParticipantKind
from costar_desktop.ui.model import commands

from .test_steps import on_disk


def test_writing_as_gives_the_selected_notes_their_author_as_colour_gives_them_colour(window):
    """README: with notes selected, "Writing as" and "Colour" change them (one undo step
    each); new notes take both."""
    doc, editor = window.document, window.editor
    combo = window.author_combo
    notes = [n for n in doc.notes.values() if not n.is_group][:3]
    editor.scene.select_notes([n.id for n in notes])
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)  # (nobody in particular)
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the first participant
    first = next(iter(doc.participants.values()))
    assert combo.currentData() == first.id
    saved = {n.id: n.author_id for n in on_disk(window).notes}
    assert [saved[n.id] for n in notes] == [first.id] * 3
    steps = doc.undo_stack.count()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the second: still one step per choice
    second = list(doc.participants.values())[1]
    assert [doc.notes[n.id].author_id for n in notes] == [second.id] * 3
    assert doc.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert [doc.notes[n.id].author_id for n in notes] == [first.id] * 3
    # New notes are written as the chosen participant too.
    editor.scene.clearSelection()
    editor.start_note_at(QPointF(-1300, 700))
    QTest.keyClicks(editor.view, "Written as the second table")
    QTest.keyClick(editor.view, Qt.Key.Key_Return)
    new = next(n for n in on_disk(window).notes if n.text == "Written as the second table")
    assert new.author_id == second.id


def test_a_list_opens_with_its_current_entry_over_the_box_whichever_it_is(window, qtbot):
    """Near the top of the screen Qt pushed the list down, so each entry opened it at a
    different place and the current one was not under the pointer."""
    doc = window.document
    for i in range(14):
        window.editor.push(
            commands.AddParticipantCommand(
                doc, Participant(name=f"Table {i + 5}", kind=ParticipantKind.MIXED, is_group=True)
            )
        )
    for combo in (window.author_combo, window.colour_combo):
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            combo.showPopup()
            qtbot.wait(10)
            view = combo.view()
            entry = view.visualRect(view.currentIndex())
            assert view.isVisible() and entry.height() > 0
            top = view.viewport().mapToGlobal(entry.topLeft()).y()
            assert top == combo.mapToGlobal(QPoint(0, 0)).y(), (combo.accessibleName(), index)
            combo.hidePopup()
