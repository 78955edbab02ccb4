"""Running the five steps as a facilitator would, checking the file after each change."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from costar_desktop.core import steps
from costar_desktop.core.model import Co, Step
from costar_desktop.core.star import STAR, point_at
from costar_desktop.storage import WorkshopFile


def on_disk(window):
    """Everything in the file right now, read through an independent copy."""
    path = window.document.path
    copy = path.with_name("check-" + path.name)
    copy.write_bytes(path.read_bytes())
    try:
        return WorkshopFile.read(copy)
    finally:
        copy.unlink()


def flush(qtbot):
    """Let panels refresh (they coalesce updates until the event loop runs)."""
    qtbot.wait(5)


def test_ctrl_numbers_change_step_question_and_are_saved(window, qtbot):
    view = window.editor.view
    QTest.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_step == Step.FOCUS
    assert "biggest difference" in window.editor.banner.question.text()
    QTest.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_step == Step.PEOPLE
    QTest.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_step == Step.MAP  # stops at the first step
    QTest.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(window).workshop.current_step == Step.GROW
    assert window.step_tools.docks["actions"].isVisible()


def test_clicking_a_segment_of_the_ring_goes_to_that_step(window, qtbot):
    view = window.editor.view
    mid = (STAR.step_ring_inner + STAR.step_ring_outer) / 2
    x, y = point_at(3 * 72, mid)  # Market
    pos = view.mapFromScene(QPointF(x, y))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.editor.current_step == Step.MARKET


def test_new_notes_take_the_current_step_and_other_steps_are_dimmed(window):
    editor = window.editor
    editor.go_to_step(Step.PEOPLE)
    editor.start_note_at(QPointF(*point_at(90, 500)))
    QTest.keyClicks(editor.view, "Ask the youth council")
    QTest.keyClick(editor.view, Qt.Key.Key_Return)
    note = [n for n in on_disk(window).notes if n.text == "Ask the youth council"][0]
    assert note.step == Step.PEOPLE
    notes = window.document.notes
    map_note = next(
        n
        for n in notes.values()
        if n.step == Step.MAP
        and not n.shortlisted
        and not (n.group_id and notes[n.group_id].shortlisted)
    )
    assert not editor.scene.note_item(note.id).faded
    assert editor.scene.note_item(map_note.id).faded
    # The step's own notes lie above the faded ones.
    assert editor.scene.note_item(note.id).zValue() > editor.scene.note_item(map_note.id).zValue()
    assert "Map step" in editor.scene.note_item(map_note.id).badges  # not by looks alone
    window.step_tools.only_step_action.trigger()
    assert not editor.scene.note_item(map_note.id).isVisible()
    window.step_tools.only_step_action.trigger()
    assert editor.scene.note_item(map_note.id).isVisible()


def test_each_step_draws_solid_the_notes_it_works_on(window, qtbot):
    """Focus asks which of Map's notes would make the biggest difference: they must be
    readable, not pale. People, Market and Grow work on the shortlist."""
    editor, notes = window.editor, window.document.notes
    view = editor.view
    QTest.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Focus
    assert window.document.workshop.current_step == Step.FOCUS
    map_notes = [n for n in notes.values() if n.step == Step.MAP and not n.is_group]
    assert map_notes and not [n.id for n in map_notes if editor.scene.note_item(n.id).faded]
    plain = next(n for n in map_notes if not n.shortlisted and not n.group_id)
    for key, step in (
        (Qt.Key.Key_3, Step.PEOPLE),
        (Qt.Key.Key_4, Step.MARKET),
        (Qt.Key.Key_5, Step.GROW),
    ):
        QTest.keyClick(view, key, Qt.KeyboardModifier.ControlModifier)
        assert window.document.workshop.current_step == step
        shortlisted = [n for n in notes.values() if n.shortlisted and not n.is_group]
        assert shortlisted and not [n.id for n in shortlisted if editor.scene.note_item(n.id).faded]
        assert editor.scene.note_item(plain.id).faded
    # Shortlisting a note on the Grow step brings it forward at once, and undo fades it.
    editor.scene.select_notes([plain.id])
    QTest.keyClick(view, Qt.Key.Key_S)
    assert [n.shortlisted for n in on_disk(window).notes if n.id == plain.id] == [True]
    assert not editor.scene.note_item(plain.id).faded
    window.undo_action.trigger()
    assert editor.scene.note_item(plain.id).faded
    # A shortlisted group brings its notes forward with it.
    group = next(n for n in notes.values() if n.is_group and n.shortlisted)
    members = [n for n in notes.values() if n.group_id == group.id]
    assert members and not [m.id for m in members if editor.scene.note_item(m.id).faded]
    assert editor.scene.note_item(group.id).opacity() == 1.0


def test_a_notes_step_can_be_changed_and_undone(window):
    note = next(n for n in window.document.notes.values() if n.step == Step.MAP and not n.group_id)
    window.editor.scene.select_notes([note.id])
    window.step_tools.move_step_actions[Step.MARKET].trigger()
    assert [n.step for n in on_disk(window).notes if n.id == note.id] == [Step.MARKET]
    window.undo_action.trigger()
    assert [n.step for n in on_disk(window).notes if n.id == note.id] == [Step.MAP]


def test_an_example_from_the_deck_becomes_a_marked_note(window, qtbot):
    panel = window.step_tools.panel("ideas")
    panel.filter.setCurrentIndex(panel.filter.findData(Co.ASSESS.value))
    assert panel.list.count() >= 6
    assert all("Co-assess" in panel.list.item(i).text() for i in range(panel.list.count()))
    panel.list.setCurrentRow(0)
    note_id = panel.put_on_star()
    note = [n for n in on_disk(window).notes if n.id == note_id][0]
    assert note.is_example and note.co == Co.ASSESS
    assert "Example" in window.editor.scene.note_item(note_id).badges
    window.undo_action.trigger()
    assert note_id not in {n.id for n in on_disk(window).notes}


def test_dropping_an_example_on_the_star_puts_it_where_it_was_dropped(window):
    target = QPointF(*point_at(90, 700))
    window.editor.view.example_dropped.emit("peer-mentors", target)
    note = [n for n in on_disk(window).notes if n.is_example][0]
    assert (note.x, note.y) == (target.x(), target.y()) and note.co == Co.DESIGN


def _plain_note(window, exclude=()):
    return next(
        n
        for n in window.document.notes.values()
        if not n.group_id and not n.is_group and n.id not in exclude
    )


def test_voting_gives_a_dot_a_second_click_takes_it_back_and_undo_works(window, qtbot):
    doc = window.document
    voter = list(doc.participants.values())[0]
    # The budget is 3 and Table 1 has used its dots in the sample: free them.
    window.step_tools.panel("voting").budget.setValue(6)
    window.step_tools.panel("voting").set_budget.click()
    assert on_disk(window).workshop.vote_budget == 6
    window.editor.session.set_voter(voter.id)
    window.step_tools.voting_action.trigger()
    assert window.editor.scene.voting_mode
    note = _plain_note(window)
    before = len(on_disk(window).votes)
    view = window.editor.view
    item = window.editor.scene.note_item(note.id)
    view.centerOn(item)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.pos()))
    votes = on_disk(window).votes
    assert (
        len(votes) == before + 1 and votes[-1].note_id == note.id and votes[-1].voter_id == voter.id
    )
    assert item.dots == 1
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.pos()))
    assert len(on_disk(window).votes) == before
    assert item.dots is None
    window.undo_action.trigger()  # the dot comes back
    assert len(on_disk(window).votes) == before + 1
    window.undo_action.trigger()  # and goes again
    assert len(on_disk(window).votes) == before


def test_d_gives_the_first_participants_dot_before_the_voting_panel_was_ever_shown(window, qtbot):
    doc = window.document
    # As in a window where the voting panel has not been made yet: nobody chosen to vote.
    window.editor.session.set_voter(None)
    first = list(doc.participants.values())[0]
    note = _plain_note(window, exclude={v.note_id for v in doc.votes.values()})
    window.editor.scene.select_notes([note.id])
    QTest.keyClick(window.editor.view, Qt.Key.Key_D)
    assert window.editor.session.voter_id == first.id
    assert all(v.voter_id is not None for v in on_disk(window).votes)
    assert first.name in window.statusBar().currentMessage()  # Table 1 has no dots left


def test_the_budget_stops_a_voter_with_no_dots_left(window, qtbot):
    doc = window.document
    voter = list(doc.participants.values())[0]
    used = steps.votes_used(doc.snapshot(), voter.id)
    assert used == doc.workshop.vote_budget  # the sample's Table 1 has used all three
    window.editor.session.set_voter(voter.id)
    note = _plain_note(window, exclude={v.note_id for v in doc.votes.values()})
    window.editor.scene.select_notes([note.id])
    QTest.keyClick(window.editor.view, Qt.Key.Key_D)
    assert steps.votes_used(on_disk(window), voter.id) == used
    assert "no dots left" in window.statusBar().currentMessage()
    flush(qtbot)
    panel = window.step_tools.panel("voting")
    texts = [panel.voters.item(i).text() for i in range(panel.voters.count())]
    assert any(voter.name in t and "0 of 3 dots left" in t for t in texts)


def test_hidden_dots_are_not_shown_until_revealed(window, qtbot):
    group = next(n for n in window.document.notes.values() if n.is_group)
    item = window.editor.scene.note_item(group.id)
    assert item.dots == 3
    window.step_tools.hide_dots_action.trigger()
    assert on_disk(window).workshop.votes_hidden
    assert item.dots is None
    flush(qtbot)
    ranking = window.step_tools.panel("ranking")
    assert all(row[2] == "–" for row in ranking.rows())
    window.undo_action.trigger()
    assert not on_disk(window).workshop.votes_hidden and item.dots == 3


def test_impact_keys_and_shortlist_key_on_the_canvas(window, qtbot):
    note = _plain_note(window)
    window.editor.scene.select_notes([note.id])
    QTest.keyClick(window.editor.view, Qt.Key.Key_4)
    QTest.keyClick(window.editor.view, Qt.Key.Key_S)
    saved = [n for n in on_disk(window).notes if n.id == note.id][0]
    assert saved.impact == 4 and saved.shortlisted
    flush(qtbot)
    rows = window.step_tools.panel("ranking").rows()
    assert any(note.text.split("\n")[0] in r[1] and r[3] == "4" and r[4] == "yes" for r in rows)
    window.undo_action.trigger()
    window.undo_action.trigger()
    saved = [n for n in on_disk(window).notes if n.id == note.id][0]
    assert saved.impact == note.impact and saved.shortlisted == note.shortlisted


def test_ranking_orders_by_dots_then_impact_and_ticks_the_shortlist(window, qtbot):
    flush(qtbot)
    ranking = window.step_tools.panel("ranking")
    rows = ranking.rows()
    assert rows[0][1].startswith("Peer support after hospital")
    dots = [int(r[2]) for r in rows]
    assert dots == sorted(dots, reverse=True)
    # Untick the first row's shortlist box: saved, and undoable.
    item = ranking.table.item(0, 4)
    item.setCheckState(Qt.CheckState.Unchecked)
    group = next(n for n in on_disk(window).notes if n.is_group)
    assert not group.shortlisted
    window.undo_action.trigger()
    assert next(n for n in on_disk(window).notes if n.is_group).shortlisted


def test_group_with_ctrl_g_moves_as_one_and_ungroup_undoes(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    doc = window.document
    scene = window.editor.scene
    ids = [n.id for n in doc.notes.values() if n.co == Co.COMMISSION and not n.group_id][:3]
    scene.select_notes(ids)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Budgets with people", True))
    QTest.keyClick(window.editor.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    data = on_disk(window)
    card = next(n for n in data.notes if n.is_group and n.text == "Budgets with people")
    assert {n.id for n in data.notes if n.group_id == card.id} == set(ids)
    # Clicking one member selects the whole group, and a drag moves all of it.
    scene.clearSelection()
    member = scene.note_item(ids[0])
    member.setSelected(True)
    assert set(scene.selected_note_ids()) == set(ids) | {card.id}
    before = {n.id: (n.x, n.y) for n in data.notes if n.id in ids + [card.id]}
    window.editor.move_notes({i: (x + 40, y) for i, (x, y) in before.items()})
    after = {n.id: (n.x, n.y) for n in on_disk(window).notes if n.id in before}
    assert all(after[i] == (x + 40, y) for i, (x, y) in before.items())
    # A dot on a member counts for the group.
    window.editor.session.set_voter(list(doc.participants.values())[3].id)
    window.step_tools.panel("voting").budget.setValue(9)
    window.step_tools.panel("voting").set_budget.click()
    window.editor.give_dot(ids[1])
    assert on_disk(window).votes[-1].note_id == card.id
    assert scene.note_item(card.id).dots == 1
    # Ungroup, then undo it: the card, its dot and its members come back.
    scene.select_notes([card.id])
    QTest.keyClick(
        window.editor.view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    data = on_disk(window)
    assert card.id not in {n.id for n in data.notes}
    assert all(n.group_id is None for n in data.notes if n.id in ids)
    window.undo_action.trigger()
    data = on_disk(window)
    assert {n.id for n in data.notes if n.group_id == card.id} == set(ids)
    assert data.votes[-1].note_id == card.id
    assert scene.note_item(card.id) is not None


def test_undo_of_grouping_puts_the_notes_back(window, monkeypatch):
    doc = window.document
    ids = [n.id for n in doc.notes.values() if n.co == Co.ASSESS and not n.group_id][:2]
    before = {i: (doc.notes[i].x, doc.notes[i].y) for i in ids}
    window.editor.scene.select_notes(ids)
    card_id = window.editor.group_selection("Checking quality")
    assert card_id and all(doc.notes[i].group_id == card_id for i in ids)
    window.undo_action.trigger()
    data = on_disk(window)
    assert card_id not in {n.id for n in data.notes}
    assert {n.id: (n.x, n.y) for n in data.notes if n.id in ids} == before


def test_tab_walks_the_notes_in_reading_order_and_f6_reaches_the_panel(window, qtbot):
    view = window.editor.view
    scene = window.editor.scene
    seen = []
    for _ in range(len(scene.reading_order())):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        seen.append(scene.selected_note_ids()[0])
    assert seen == [i.note_id for i in scene.reading_order()]
    cos = [window.document.notes[i].co for i in seen if not window.document.notes[i].group_id]
    order = [Co.COMMISSION, Co.DESIGN, Co.DELIVER, Co.ASSESS, None]
    assert [order.index(c) for c in cos] == sorted(order.index(c) for c in cos)
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_note_ids() == [seen[-2]]
    QTest.keyClick(view, Qt.Key.Key_F6)
    dock = window.step_tools.docks["ideas"]
    assert dock.isAncestorOf(window.focusWidget())
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    assert view.hasFocus()
