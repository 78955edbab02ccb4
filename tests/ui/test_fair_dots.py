"""Fair dots for tables: a table of eight has eight people's dots, as one manager has one's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from costar_desktop.core.model import Participant
from costar_desktop.ui.model import commands
from costar_desktop.ui.shell.dialogs import ParticipantDialog

from .test_steps import flush, on_disk


def test_a_table_given_a_size_gets_that_many_peoples_dots(window, qtbot):
    doc, editor = window.document, window.editor
    doc.set_settings({"vote_budget": 3})
    # The facilitator adds the table in the participants dialog, with the keyboard.
    dialog = ParticipantDialog(parent=window)
    QTest.keyClicks(dialog.name_edit, "Table 5 - Falls Ambassadors")
    assert dialog.group_check.isChecked() and dialog.size_spin.isEnabled()
    dialog.size_spin.selectAll()
    QTest.keyClicks(dialog.size_spin, "8")
    values = dialog.values()
    assert values["size"] == 8
    editor.push(commands.AddParticipantCommand(doc, Participant(**values)))
    table = next(p for p in on_disk(window).participants if p.name.startswith("Table 5"))
    assert table.size == 8
    # The voting panel says so, in words.
    QTest.keyClick(editor.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = window.step_tools.panel("voting")
    panel.show()
    flush(qtbot)
    rows = [panel.voters.item(i).text() for i in range(panel.voters.count())]
    assert "Table 5 - Falls Ambassadors (8 people) — 24 of 24 dots left" in rows
    # A dot on each of 10 selected notes: all 10 given (a person alone would stop at 3).
    editor.session.set_voter(table.id)
    notes = [n.id for n in doc.notes.values() if not n.is_group and not n.group_id][:10]
    editor.scene.select_notes(notes)
    QTest.keyClick(editor.view, Qt.Key.Key_D)
    given = [v for v in on_disk(window).votes if v.voter_id == table.id]
    assert len(given) == 10
    # One person stays at three.
    person = next(p for p in doc.participants.values() if p.size == 1)
    editor.session.set_voter(person.id)
    for v in [v for v in doc.votes.values() if v.voter_id == person.id]:
        doc.remove_votes([v.id])
    editor.scene.select_notes(notes)
    QTest.keyClick(editor.view, Qt.Key.Key_D)
    assert len([v for v in on_disk(window).votes if v.voter_id == person.id]) == 3


def test_one_person_has_no_size_to_give(window):
    dialog = ParticipantDialog(parent=window)
    dialog.group_check.setChecked(False)
    assert not dialog.size_spin.isEnabled()
    dialog.name_edit.setText("Locality manager")
    assert dialog.values()["size"] == 1
