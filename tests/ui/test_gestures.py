"""Promise: one gesture is one transaction and one undo step — all of it saved, or none of it.

Each compound gesture runs in the real window, as the facilitator makes it (the editor's
own entry points: grouping the selection, a dot on each selected note, ungrouping several
groups, deleting notes that carry dots and links, removing a participant, carrying several
actions over, dragging many notes). Storage's failure hook (storage/faults.py) then makes
the write fail at each of the gesture's write points in turn, as a full disk or a pulled
USB stick would, and after each failure the file, the document's cache and the canvas must
be exactly as before, with no change signal sent and the plain "Not saved" message shown.
The same is done to the gesture's undo and to its redo. Without a failure, the gesture, its
undo and its redo each commit exactly once, and each is one step of the undo history.
"""

from __future__ import annotations

import copy
import dataclasses
import shutil
import tempfile
from pathlib import Path

import pytest

from costar_desktop.core.model import Action, Participant, ParticipantKind, Vote
from costar_desktop.storage import WorkshopFile, faults
from costar_desktop.ui.model import commands, commands_steps as step_commands

SIGNALS = (
    "note_added",
    "note_changed",
    "note_removed",
    "participants_changed",
    "details_changed",
    "settings_changed",
    "votes_changed",
    "people_changed",
    "market_changed",
    "actions_changed",
    "programme_changed",
    "notes_settled",
    "saved",
)


def _plain(data) -> dict:
    """Workshop contents as comparable values (lists sorted by id, links sorted)."""

    def rows(objects):
        out = {}
        for obj in objects:
            values = dataclasses.asdict(obj)
            if "note_ids" in values:
                values["note_ids"] = sorted(values["note_ids"])
            out[obj.id] = values
        return out

    return {
        "workshop": dataclasses.asdict(data.workshop),
        "participants": rows(data.participants),
        "notes": rows(data.notes),
        "votes": rows(data.votes),
        "people": rows(data.people),
        "market_items": rows(data.market_items),
        "actions": rows(data.actions),
        "programme": {"day": dataclasses.asdict(data.programme)},
    }


def file_contents(path: Path) -> dict:
    """What the file holds, read from a byte copy through a connection of its own."""
    with tempfile.TemporaryDirectory() as folder:
        copy_path = Path(folder) / "copy.costar"
        shutil.copyfile(path, copy_path)
        return _plain(WorkshopFile.read(copy_path))


def canvas_contents(scene) -> dict:
    """What the canvas shows: one item per note, where it is, what it says."""
    shown = {}
    for item in [*scene.note_items(), *scene.group_items()]:
        shown[item.note_id] = (
            type(item).__name__,
            round(item.pos().x(), 3),
            round(item.pos().y(), 3),
            item.note_text,
        )
    return shown


def expected_canvas(document) -> dict:
    return {
        n.id: ("GroupItem" if n.is_group else "NoteItem", round(n.x, 3), round(n.y, 3), n.text)
        for n in document.notes.values()
    }


class Watch:
    """The window's state at one moment, and the signals the document sent since."""

    def __init__(self, window):
        self.window = window
        self.told: list[str] = []
        document = window.document
        for name in SIGNALS:
            getattr(document, name).connect(lambda *args, name=name: self.told.append(name))
        self.failures: list[str] = []
        document.save_failed.connect(self.failures.append)

    def state(self) -> dict:
        document = self.window.document
        cache = _plain(document.snapshot())
        assert file_contents(document.path) == cache, "the file and the window disagree"
        assert canvas_contents(self.window.editor.scene) == expected_canvas(document), (
            "the canvas does not show the document"
        )
        stack = document.undo_stack
        return {"contents": copy.deepcopy(cache), "count": stack.count(), "index": stack.index()}


def unstamped(state: dict) -> dict:
    """A state without the times of last change (an undo is a change, and says when)."""
    state = copy.deepcopy(state)
    for table in state["contents"].values():
        for row in table.values() if "id" not in table else [table]:
            row.pop("updated", None)
    return state


def _select(window, ids) -> None:
    window.editor.scene.select_notes(list(ids))
    assert set(ids) <= set(window.editor.selected_note_ids())  # a group is selected whole


def _loose(document, count) -> list[str]:
    ids = [
        n.id
        for n in document.notes.values()
        if not n.is_group and not n.group_id and not n.is_example
    ]
    assert len(ids) >= count
    return ids[:count]


# --- the gestures (each returns a function that makes it once more) -----------------------


def group_three(window):
    document = window.document
    ids = _loose(document, 3)

    def gesture():
        _select(window, ids)
        window.editor.group_selection("Things to try first")

    return gesture


def ungroup_two(window):
    document = window.document
    ids = _loose(document, 4)
    for pair in (ids[:2], ids[2:]):
        _select(window, pair)
        assert window.editor.group_selection("A group")
    cards = [n.id for n in document.notes.values() if n.is_group]
    assert len(cards) >= 2

    def gesture():
        _select(window, cards)
        window.editor.ungroup_selection()

    return gesture


def dots_on_a_selection(window):
    document = window.document
    document.set_settings({"vote_budget": 20})
    ids = _loose(document, 4)
    window.editor.session.set_voter(next(iter(document.participants)))

    def gesture():
        _select(window, ids)
        window.editor.dot_selected()

    return gesture


def delete_notes_with_dots_and_links(window):
    document = window.document
    dotted = {v.note_id for v in document.votes.values()}
    linked = {i for p in document.people.values() for i in p.note_ids}
    linked |= {i for a in document.actions.values() for i in a.note_ids}
    ids = sorted((dotted | linked) & {n.id for n in document.notes.values()})[:6]
    assert dotted & set(ids) and linked & set(ids)

    def gesture():
        _select(window, ids)
        window.editor.delete_selected()

    return gesture


def remove_a_participant(window):
    document = window.document
    voters = {v.voter_id for v in document.votes.values()}
    writers = {n.author_id for n in document.notes.values()}
    pid = sorted(voters & writers)[0]

    def gesture():
        window.editor.push(commands.RemoveParticipantCommand(document, pid))

    return gesture


def carry_over_actions(window):
    document = window.document
    notes = _loose(document, 3)
    actions = [
        Action(action=f"Carried over {i}", owner="Ann", note_ids=[notes[i]]) for i in range(3)
    ]

    def gesture():
        window.editor.push(step_commands.AddActionsCommand(document, actions, "Carry actions over"))

    return gesture


def add_a_participant(window):
    """A plain gesture: one row, one transaction (the simple case holds too)."""
    document = window.document
    person = Participant(name="Table 5 – neighbours", kind=ParticipantKind.MIXED, is_group=True)

    def gesture():
        window.editor.push(commands.AddParticipantCommand(document, person))

    return gesture


def drag_many(window):
    document = window.document
    ids = [n.id for n in document.notes.values()][:12]

    def gesture():
        window.editor.move_notes(
            {i: (document.notes[i].x + 40, document.notes[i].y - 25) for i in ids}
        )

    return gesture


def tidy_the_whole_star(window):
    """Many notes moved at once, groups as blocks (Shift+T): one move command."""
    document = window.document
    ids = [
        n.id
        for n in document.notes.values()
        if n.co is not None and not n.is_group and not n.group_id
    ][:8]
    window.editor.move_notes(
        {i: (document.notes[i].x + 5 * k, document.notes[i].y) for k, i in enumerate(ids)}
    )  # a pile to tidy

    def gesture():
        window.step_tools.tidy(whole_star=True)

    return gesture


def bring_back_two_tables(window):
    """Two tables' files merged at once (File → Bring back tables' files…): notes added,
    changed and deleted, a dot, the workshop's details, a participant; one undo step."""
    from costar_desktop.core import rules
    from costar_desktop.core.model import Note

    document = window.document
    folder = Path(tempfile.mkdtemp(prefix="costar-sticks-"))
    files = window.tables.hand_out(["Table 1", "Table 2"], folder)
    first, second, third = (document.notes[i] for i in _loose(document, 3))
    voter = next(iter(document.participants.values()))
    added = Note(text="Written at table 2", x=first.x + 30, y=first.y + 30)

    def table_1(wf):
        wf.update_notes({first.id: {"text": "Changed at table 1"}})
        wf.delete_notes([second.id])
        wf.update_workshop(venue="The library")

    def table_2(wf):
        wf.add_notes([added.copy(**rules.with_co({"x": added.x, "y": added.y}))])
        wf.add_votes([Vote(note_id=added.id, voter_id=voter.id)])
        wf.update_notes({third.id: rules.with_co({"x": third.x + 50, "y": third.y}, third)})
        wf.add_participant(Participant(name="Sam", kind=ParticipantKind.CARER))

    for path, change in zip(files, (table_1, table_2), strict=True):
        table = WorkshopFile.open(path)
        try:
            change(table)
        finally:
            table.close()
    tables, refused = window.tables.read(files)
    assert len(tables) == 2 and not refused
    shutil.rmtree(folder)

    def gesture():
        window.tables.bring_back(tables)

    return gesture


def put_in_a_programme(window):
    """A shipped programme put into the workshop (Programme menu): every block and the
    start of the day in one transaction, one undo step."""
    from costar_desktop.core.programme import shipped_programmes
    from costar_desktop.paths import resource
    from costar_desktop.ui.model.commands_programme import PlanCommand

    document = window.document
    plan = shipped_programmes(resource("programmes"))[1]

    def gesture():
        window.editor.push(PlanCommand(document, plan, "Put in a programme"))

    return gesture


GESTURES = [
    put_in_a_programme,
    tidy_the_whole_star,
    group_three,
    ungroup_two,
    dots_on_a_selection,
    delete_notes_with_dots_and_links,
    remove_a_participant,
    carry_over_actions,
    add_a_participant,
    drag_many,
    bring_back_two_tables,
]


def _points(run) -> list[str]:
    with faults.counting() as counted:
        run()
    return counted.reached


@pytest.mark.parametrize("make", GESTURES, ids=[g.__name__ for g in GESTURES])
def test_a_gesture_is_saved_whole_or_not_at_all_and_undone_in_one_step(window, messages, make):
    document = window.document
    gesture = make(window)
    watch = Watch(window)
    before = watch.state()

    # Done without trouble: one transaction, one undo step.
    points = _points(gesture)
    assert points.count("commit") == 1, points
    after = watch.state()
    assert after["contents"] != before["contents"]
    assert (after["count"], after["index"]) == (before["count"] + 1, before["index"] + 1)
    undo_points = _points(document.undo)
    assert undo_points.count("commit") == 1, undo_points
    assert unstamped(watch.state()) == unstamped({**before, "count": before["count"] + 1})
    redo_points = _points(document.redo)
    assert redo_points.count("commit") == 1, redo_points
    assert unstamped(watch.state()) == unstamped(after)
    assert document.undo()
    window.editor.scene.clearSelection()
    document.undo_stack.clear()
    before = watch.state()

    # The gesture fails at each of its writes: nothing of it is kept, anywhere.
    for point in range(1, len(points) + 1):
        watch.told.clear()
        watch.failures.clear()
        window.banner.hide()
        with faults.failing_at(point) as fault:
            gesture()
        assert fault.fired, f"write point {point} of {points} was never reached"
        assert watch.state() == before, f"failure at {points[point - 1]} #{point} left a trace"
        assert watch.told == [], f"signals for an unsaved change: {watch.told}"
        assert len(watch.failures) == 1 and watch.failures[0].startswith("Not saved")
        assert window.banner.isVisible() and "Not saved" in window.banner.label.text()

    # Done once more: its undo, then its redo, fail at each of their writes.
    gesture()
    after = watch.state()
    for point in range(1, len(undo_points) + 1):
        watch.told.clear()
        with faults.failing_at(point) as fault:
            assert not document.undo()
        assert fault.fired
        assert watch.state() == after, f"a failed undo changed something (point {point})"
        assert not [s for s in watch.told if s != "saved"]
    assert document.undo()
    undone = watch.state()
    assert unstamped(undone)["contents"] == unstamped(before)["contents"]
    for point in range(1, len(redo_points) + 1):
        watch.told.clear()
        with faults.failing_at(point) as fault:
            assert not document.redo()
        assert fault.fired
        assert watch.state() == undone, f"a failed redo changed something (point {point})"
    assert document.redo()
    assert unstamped(watch.state()) == unstamped(after)


def test_several_groups_ungrouped_at_once_are_one_undo_step(window):
    gesture = ungroup_two(window)
    document = window.document
    cards = {n.id for n in document.notes.values() if n.is_group}
    count = document.undo_stack.count()
    gesture()
    assert not {n.id for n in document.notes.values() if n.is_group} & cards
    assert document.undo_stack.count() == count + 1
    assert document.undo()
    assert cards <= {n.id for n in document.notes.values() if n.is_group}


def test_dots_on_a_selection_are_one_undo_step_and_stop_at_the_voters_dots(window):
    document = window.document
    document.set_settings({"vote_budget": 2})
    voter = next(iter(document.participants))
    for v in [v for v in document.votes.values() if v.voter_id == voter]:
        document.remove_votes([v.id])
    window.editor.session.set_voter(voter)
    ids = _loose(document, 4)
    _select(window, ids)
    count = document.undo_stack.count()
    assert window.editor.dot_selected()
    mine = [v for v in document.votes.values() if v.voter_id == voter]
    assert len(mine) == 2  # the budget, not one per selected note
    assert document.undo_stack.count() == count + 1
    assert document.undo()
    assert not [v for v in document.votes.values() if v.voter_id == voter]


def test_a_change_outside_a_gesture_is_refused(window, monkeypatch):
    """No document method writes on its own: each runs inside a gesture (with the gesture
    taken away, a write is refused before it reaches the file)."""
    from contextlib import nullcontext

    document = window.document
    # On the class: put back on an instance, the bound method would hold its document.
    monkeypatch.setattr(type(document), "change", lambda self: nullcontext())
    voter = next(iter(document.participants))
    with pytest.raises(AssertionError):
        document.add_votes([Vote(note_id=next(iter(document.notes)), voter_id=voter)])
    assert not document.store.votes() or all(v.id in document.votes for v in document.store.votes())


def test_a_nested_part_that_fails_and_is_caught_still_fails_the_whole_gesture(window):
    document = window.document
    from costar_desktop.storage import SaveFailed

    watch = Watch(window)
    before = watch.state()
    note_id = next(iter(document.notes))
    with pytest.raises(SaveFailed):
        with document.change():
            document.update_notes({note_id: {"text": "Kept only if all is saved"}})
            with faults.failing_at(1):
                try:
                    document.update_notes({note_id: {"colour": "pink"}})
                except SaveFailed:
                    pass  # a caller that swallows the failure cannot save half a gesture
    assert watch.state() == before


def test_texts_from_the_panels_are_kept_in_the_window_as_the_file_keeps_them(window):
    """Line ends typed on any system are saved as \\n; the window must hold the same."""
    from costar_desktop.core.model import CoProducer, MarketItem

    document = window.document
    watch = Watch(window)
    action = Action(action="Ask the carers\r\nthen the staff", owner="Ann\rB")
    window.editor.push(step_commands.AddEntityCommand(document, "actions", action, "Add"))
    window.editor.push(
        step_commands.AddEntityCommand(document, "people", CoProducer(name="Peer\r\nmentor"), "Add")
    )
    window.editor.push(
        step_commands.AddEntityCommand(
            document, "market_items", MarketItem(sceptic_says="Too\rslow"), "Add"
        )
    )
    window.editor.push(
        step_commands.UpdateEntityCommand(
            document, "actions", action.id, {"first_step": "Call\r\nthem"}, "Edit"
        )
    )
    watch.state()  # the file and the window agree, table by table
    assert document.actions[action.id].action == "Ask the carers\nthen the staff"
    assert document.actions[action.id].first_step == "Call\nthem"


def test_the_edit_menus_undo_that_cannot_be_saved_keeps_the_history_where_it_was(window):
    """Ctrl+Z (the Edit menu's action, also behind presentation mode's Undo button)."""
    gesture = group_three(window)
    document = window.document
    gesture()
    watch = Watch(window)
    after = watch.state()
    window.banner.hide()
    with faults.failing_at(1):
        window.undo_action.trigger()
    assert watch.state() == after
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.banner.isVisible() and "Not saved" in window.banner.label.text()
    window.undo_action.trigger()  # room again: the same undo now works
    assert document.undo_stack.index() == after["index"] - 1
    assert not [n for n in document.notes.values() if n.text == "Things to try first"]
    window.redo_action.trigger()
    assert [n for n in document.notes.values() if n.text == "Things to try first"]


def test_a_gesture_that_cannot_be_saved_keeps_what_could_be_redone(window):
    """Qt's push drops the redo history even for a command that then fails: the document
    does the gesture first and pushes only what was saved (found by the undo model)."""
    document = window.document
    gesture = drag_many(window)
    gesture()
    assert document.undo()
    count, index = document.undo_stack.count(), document.undo_stack.index()
    with faults.failing_at(1):
        group_three(window)()
    assert (document.undo_stack.count(), document.undo_stack.index()) == (count, index)
    assert document.undo_stack.canRedo() and document.redo()
