"""The inbox in the document: phones' notes loaded at open, received, put on the star, turned
down and edited through undo commands; each one gesture, all saved or nothing changed.

Storage's failure hook (storage/faults.py) makes each write of a gesture, of its undo and of
its redo fail in turn, as a full disk would: the file, the document's caches and its signals
must then be exactly as before.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

import pytest

from costar_desktop.core.model import (
    MAX_NOTE_CHARS,
    Co,
    InboxNote,
    Note,
    Participant,
    ParticipantKind,
    Step,
)
from costar_desktop.core.star import STAR
from costar_desktop.storage import SaveFailed, WorkshopFile, faults
from costar_desktop.ui.model import commands
from costar_desktop.ui.model.document import WorkshopDocument


def _items() -> list[InboxNote]:
    return [
        InboxNote(
            text="A lift that works",
            co=Co.DESIGN,
            kind=ParticipantKind.CARER,
            name="Ann",
            phone="Phone 1",
            received="2026-12-07T10:00:00.000Z",
        ),
        InboxNote(text="Quiet room", phone="Phone 2", received="2026-12-07T10:00:01.000Z"),
        InboxNote(text="More buses", step=Step.FOCUS, received="2026-12-07T10:00:02.000Z"),
    ]


@pytest.fixture
def told(document):
    """How many times inbox_changed and save_failed were emitted."""
    counts = {"inbox_changed": 0, "save_failed": 0}
    document.inbox_changed.connect(
        lambda: counts.__setitem__("inbox_changed", counts["inbox_changed"] + 1)
    )
    document.save_failed.connect(
        lambda _m: counts.__setitem__("save_failed", counts["save_failed"] + 1)
    )
    return counts


def _plain(objects) -> dict:
    return {o.id: dataclasses.asdict(o) for o in objects}


def file_state(path: Path) -> dict:
    """The inbox, participants and notes as the .costar file alone holds them."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.costar"
        shutil.copyfile(path, copy)
        with WorkshopFile.open(copy) as wf:
            data = wf.snapshot()
            return {
                "inbox": [dataclasses.asdict(i) for i in wf.inbox()],
                "participants": _plain(data.participants),
                "notes": _plain(data.notes),
            }


def cache_state(document) -> dict:
    return {
        "inbox": [dataclasses.asdict(i) for i in document.inbox.values()],
        "participants": _plain(document.participants.values()),
        "notes": _plain(document.notes.values()),
    }


def _received(document) -> list[InboxNote]:
    items = _items()
    document.receive_inbox(items)
    return items


def test_the_inbox_is_loaded_at_open_in_arrival_order(qapp, demo_file):
    items = _items()
    with WorkshopFile.open(demo_file) as wf:
        wf.add_inbox(reversed(items))
    doc = WorkshopDocument(WorkshopFile.open(demo_file))
    try:
        assert list(doc.inbox.values()) == items
        assert "inbox" not in vars(doc.snapshot())  # exports read snapshots
    finally:
        doc.close()


def test_received_notes_are_saved_before_the_signal(document, told):
    seen = []
    path = document.path  # not the document: a slot holding it would keep it alive
    document.inbox_changed.connect(lambda: seen.append(file_state(path)["inbox"]))
    items = _received(document)
    assert told["inbox_changed"] == 1
    assert [i["id"] for i in seen[0]] == [i.id for i in items]  # on disk when told
    assert cache_state(document) == file_state(document.path)


def test_receiving_joins_a_gesture_and_tells_after_its_commit(document, told):
    note = Note(text="on the star", x=-1300, y=600)
    with document.change():
        document.receive_inbox(_items()[:1])
        assert told["inbox_changed"] == 0
        document.add_notes([note])
    assert told["inbox_changed"] == 1
    assert cache_state(document) == file_state(document.path)


def test_receiving_text_is_saved_as_storage_saves_it(document):
    item = InboxNote(text="two\r\nlines")
    document.receive_inbox([item])
    assert document.inbox[item.id].text == "two\nlines"
    assert item.text == "two\r\nlines"  # the caller's object is not changed
    assert cache_state(document) == file_state(document.path)


def _placing(document, items):
    writer = Participant(name="Ann", kind=ParticipantKind.CARER)
    x, y = -1300.0, 600.0
    placed = [
        Note(text=items[0].text, x=x, y=y, author_id=writer.id, step=items[0].step),
        Note(text=items[1].text, x=x + 240, y=y, step=items[1].step),
    ]
    return commands.PlaceInboxCommand(document, [items[0].id, items[1].id], placed, [writer])


def test_putting_notes_on_the_star_is_one_step_and_undo_puts_everything_back(document, told):
    items = _received(document)
    before = cache_state(document)
    stack_before = document.undo_stack.count()
    command = _placing(document, items)
    assert command.text() == "Put 2 phones' notes on the star"
    assert document.push(command)
    assert document.undo_stack.count() == stack_before + 1
    assert list(document.inbox) == [items[2].id]
    [writer] = command.authors
    assert document.participants[writer.id].name == "Ann"
    for note in command.placed:
        assert document.notes[note.id].text == note.text
        assert document.notes[note.id].co == STAR.co_at(note.x, note.y)
    assert document.notes[command.placed[0].id].author_id == writer.id
    after = cache_state(document)
    assert after == file_state(document.path)
    assert document.undo()
    assert cache_state(document) == before == file_state(document.path)
    assert list(document.inbox.values()) == items  # same ids, same times, same order
    assert document.redo()
    assert cache_state(document) == after == file_state(document.path)
    assert told["save_failed"] == 0


def test_command_texts_say_what_was_done(document):
    items = _received(document)
    one = commands.PlaceInboxCommand(document, [items[0].id], [Note(text="x")])
    assert one.text() == "Put a phone's note on the star"
    assert commands.TurnDownInboxCommand(document, [items[0].id]).text() == (
        "Turn down a phone's note"
    )
    assert commands.TurnDownInboxCommand(document, [i.id for i in items]).text() == (
        "Turn down 3 phones' notes"
    )
    assert commands.EditInboxCommand(document, items[0].id, "y").text() == "Edit a phone's note"


def test_turning_down_and_undo(document, told):
    items = _received(document)
    before = cache_state(document)
    assert document.push(commands.TurnDownInboxCommand(document, [items[0].id, items[2].id]))
    assert list(document.inbox) == [items[1].id]
    after = cache_state(document)
    assert after == file_state(document.path)
    assert document.undo()
    assert cache_state(document) == before == file_state(document.path)
    assert document.redo()
    assert cache_state(document) == after == file_state(document.path)


def test_editing_a_notes_text_and_undo(document):
    items = _received(document)
    assert document.push(commands.EditInboxCommand(document, items[1].id, "Quiet room, please"))
    assert document.inbox[items[1].id].text == "Quiet room, please"
    assert cache_state(document) == file_state(document.path)
    assert document.undo()
    assert document.inbox[items[1].id].text == "Quiet room"
    assert cache_state(document) == file_state(document.path)


def test_a_text_too_long_is_refused_and_nothing_changes(document, told):
    items = _received(document)
    before = cache_state(document)
    count = document.undo_stack.count()
    command = commands.EditInboxCommand(document, items[0].id, "x" * (MAX_NOTE_CHARS + 1))
    assert not document.push(command)
    assert command.failed and document.undo_stack.count() == count
    assert cache_state(document) == before == file_state(document.path)
    assert told["save_failed"] == 1


def _write_points(action) -> int:
    with faults.counting() as points:
        action()
    return len(points.reached)


@pytest.mark.parametrize("kind", ["place", "turn_down", "edit"])
def test_a_failed_save_at_any_point_changes_nothing(qapp, demo_file, kind):
    """Each write point of the gesture, its undo and its redo fails in turn."""

    def make(document, items):
        if kind == "place":
            return _placing(document, items)
        if kind == "turn_down":
            return commands.TurnDownInboxCommand(document, [items[0].id, items[1].id])
        return commands.EditInboxCommand(document, items[0].id, "Changed")

    # How many write points each step has, counted on a file of its own.
    probe = demo_file.with_name("probe.costar")
    shutil.copyfile(demo_file, probe)
    doc = WorkshopDocument(WorkshopFile.open(probe))
    try:
        items = _received(doc)
        command = make(doc, items)
        pushes = _write_points(lambda: doc.push(command))
        undos = _write_points(doc.undo)
        redos = _write_points(doc.redo)
    finally:
        doc.close()
    assert pushes >= 2 and undos >= 2 and redos >= 2

    for step, points in (("push", pushes), ("undo", undos), ("redo", redos)):
        for point in range(1, points + 1):
            path = demo_file.with_name(f"{kind}-{step}-{point}.costar")
            shutil.copyfile(demo_file, path)
            _fail_once(path, make, step, point)


def _fail_once(path: Path, make, step: str, point: int) -> None:
    """``step`` of the command ``make`` builds fails at write ``point``: nothing changes."""
    doc = WorkshopDocument(WorkshopFile.open(path))
    try:
        items = _received(doc)
        command = make(doc, items)
        if step != "push":
            assert doc.push(command)
        if step == "redo":
            assert doc.undo()
        before, on_disk = cache_state(doc), file_state(path)
        assert before == on_disk
        told: list[str] = []
        doc.inbox_changed.connect(lambda: told.append("inbox"))
        doc.note_added.connect(lambda _n: told.append("note"))
        doc.participants_changed.connect(lambda: told.append("participants"))
        failed: list[str] = []
        doc.save_failed.connect(failed.append)
        index = doc.undo_stack.index()
        run = {"push": lambda: doc.push(command), "undo": doc.undo, "redo": doc.redo}[step]
        with faults.failing_at(point) as fault:
            done = run()
        assert fault.fired, (step, point)
        assert done is False, (step, point)
        assert cache_state(doc) == before, (step, point)
        assert file_state(path) == on_disk, (step, point)
        assert told == [], (step, point)
        assert len(failed) == 1 and "Not saved" in failed[0]
        assert doc.undo_stack.index() == index
    finally:
        doc.close()


def test_a_failed_receive_leaves_the_inbox_as_it_was(document, told):
    items = _received(document)
    before = cache_state(document)
    with pytest.raises(SaveFailed), faults.failing_at(1):
        document.receive_inbox([InboxNote(text="lost?")])
    assert cache_state(document) == before == file_state(document.path)
    assert list(document.inbox.values()) == items
    assert told["inbox_changed"] == 1 and told["save_failed"] == 1


def test_removing_what_is_not_there_does_nothing(document, told):
    assert document.remove_inbox(["no-such-id"]) == []
    assert told["inbox_changed"] == 0
