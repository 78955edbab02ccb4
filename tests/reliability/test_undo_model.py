"""Promise: whatever the order of edits, undos, redos, reopenings and failed writes, the file
on disk equals what the user was shown — an in-memory model of the workshop — after every
single step, and one gesture is one step of the undo history.

A Hypothesis rule-based state machine drives WorkshopDocument through the same undo
commands the window pushes: notes (add, edit, move, recolour, author, delete), the five
steps' dots (one note, or a dot on each of several), groups (made, and several taken apart
at once), impact ratings and shortlist, participants, several actions at once, phones' notes
in the inbox (received outside the undo history; put on the star with a new writer, turned
down, edited), the programme's agenda (blocks added, edited, moved, deleted, each one undo
step) and running it (recorded outside the undo history: an undo never takes back a
block's real start), undo, redo, close and reopen. A rule arms a write failure (storage/faults.py) at a random write point
of the next gesture, undo or redo, as a full disk or a pulled USB stick would: that step
must then change nothing at all. The model is plain dicts; every step appends a state to a
model undo history (or moves along it), and after each step the file (read through a byte
copy of the .costar file alone), the document's cache, the canvas's items and the undo
stack are compared with it.

To add an operation: a rule that builds the command and says how the model changes
(``self.push(command, change)``), and, if it touches a new table, a line in
``file_state``/``document_state`` and the model's ``empty_state``.
"""

from __future__ import annotations

import copy
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import settings, strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from costar_desktop.core import steps as core_steps
from costar_desktop.core.model import Action, InboxNote, Note, Participant, ParticipantKind, Step
from costar_desktop.core.palette import PALETTE
from costar_desktop.core.star import STAR
from costar_desktop.storage import SaveFailed, WorkshopFile, faults
from costar_desktop.ui.model import commands, commands_steps as steps

TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=30,
)
COORD = st.floats(-1500, 1500, allow_nan=False).map(lambda v: round(v, 2))
COLOURS = st.sampled_from([p.key for p in PALETTE])
KINDS = st.sampled_from(list(ParticipantKind))


NOTE_FIELDS = (
    "text",
    "x",
    "y",
    "colour",
    "author_id",
    "co",
    "group_id",
    "kind",
    "impact",
    "shortlisted",
)


def empty_state() -> dict:
    return {"notes": {}, "participants": {}, "votes": {}, "actions": {}, "inbox": {}, "agenda": []}


def _clean(text: str) -> str:
    """What the user sees after saving: line ends as typed on any system become \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")


def file_state(path: Path) -> dict:
    """The workshop as it is in the .costar file alone (read through a byte copy)."""
    with tempfile.TemporaryDirectory() as folder:
        copy_path = Path(folder) / "copy.costar"
        shutil.copyfile(path, copy_path)
        conn = sqlite3.connect(copy_path)
        try:
            notes = {}
            for row in conn.execute(f"SELECT id, {', '.join(NOTE_FIELDS)} FROM notes"):
                note = dict(zip(NOTE_FIELDS, row[1:], strict=True))
                note["shortlisted"] = bool(note["shortlisted"])
                notes[row[0]] = note
            return {
                "notes": notes,
                "participants": {
                    r[0]: (r[1], r[2], bool(r[3]))
                    for r in conn.execute("SELECT id, name, kind, is_group FROM participants")
                },
                "votes": {
                    r[0]: (r[1], r[2])
                    for r in conn.execute("SELECT id, note_id, voter_id FROM votes")
                },
                "actions": {
                    r[0]: (
                        r[1],
                        tuple(
                            sorted(
                                n
                                for (n,) in conn.execute(
                                    "SELECT note_id FROM action_links WHERE action_id = ?", (r[0],)
                                )
                            )
                        ),
                    )
                    for r in conn.execute("SELECT id, action FROM actions")
                },
                "inbox": {
                    r[0]: tuple(r[1:])
                    for r in conn.execute(
                        "SELECT id, received, text, name, phone FROM inbox ORDER BY received, rowid"
                    )
                },
                "agenda": [
                    tuple(r)
                    for r in conn.execute(
                        "SELECT id, title, minutes FROM agenda ORDER BY position, rowid"
                    )
                ],
            }
        finally:
            conn.close()


def document_state(document) -> dict:
    def plain(note):
        values = {f: getattr(note, f) for f in NOTE_FIELDS}
        values["co"] = note.co.value if note.co else None
        return values

    return {
        "notes": {n.id: plain(n) for n in document.notes.values()},
        "participants": {
            p.id: (p.name, p.kind.value, p.is_group) for p in document.participants.values()
        },
        "votes": {v.id: (v.note_id, v.voter_id) for v in document.votes.values()},
        "actions": {a.id: (a.action, tuple(sorted(a.note_ids))) for a in document.actions.values()},
        "inbox": {i.id: (i.received, i.text, i.name, i.phone) for i in document.inbox.values()},
        "agenda": [(b.id, b.title, b.minutes) for b in document.programme.blocks],
    }


def canvas_state(scene) -> dict:
    """What the canvas shows: an item per note, where it is, what it says."""
    return {
        nid: (
            type(item).__name__,
            round(item.pos().x(), 2),
            round(item.pos().y(), 2),
            getattr(item, "_title", None) or getattr(item, "_text", None),
        )
        for nid, item in scene._items.items()
    }


def canvas_expected(document) -> dict:
    return {
        n.id: ("GroupItem" if n.is_group else "NoteItem", round(n.x, 2), round(n.y, 2), n.text)
        for n in document.notes.values()
    }


def _co(x: float, y: float) -> str | None:
    co = STAR.co_at(x, y)
    return co.value if co else None


class WorkshopMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        from PySide6.QtWidgets import QApplication

        from costar_desktop.ui.canvas.scene import CanvasScene
        from costar_desktop.ui.model.document import WorkshopDocument

        self.app = QApplication.instance() or QApplication([])
        self.Document = WorkshopDocument
        self.folder = Path(tempfile.mkdtemp(prefix="costar-model-"))
        self.path = self.folder / "model.costar"
        WorkshopFile.create(self.path).close()
        self.document = WorkshopDocument(WorkshopFile.open(self.path))
        self.scene = CanvasScene()
        self.scene.set_document(self.document)
        self.history = [empty_state()]  # the model's undo history
        self.index = 0
        #: The write point at which the next gesture, undo or redo fails (None: none).
        self.armed: int | None = None
        self.failures = 0
        #: Phones' notes received so far (each gets its own arrival time).
        self.arrivals = 0
        #: The room's clock for running the day (POSIX seconds), and each block's real
        #: start once it ran: outside the undo history, never taken back.
        self.clock = 1_800_000_000.0
        self.started: dict[str, str] = {}

    @property
    def state(self) -> dict:
        return self.history[self.index]

    def push(self, command, change) -> None:
        """Push ``command`` as the window does; ``change(state)`` is what it means to the model.

        With a failure armed, the command may fail part-way: then nothing changes at all.
        """
        count = self.document.undo_stack.count()
        with self._failing() as fault:
            pushed = self.document.push(command)  # as the window pushes
        assert pushed == (not command.failed)
        if fault is not None and fault.fired:
            assert command.failed, "a write failed, yet the gesture was kept"
            assert self.document.undo_stack.count() == count
            return
        assert not command.failed
        new = copy.deepcopy(self.state)
        change(new)
        del self.history[self.index + 1 :]
        self.history.append(new)
        self.index += 1

    def _failing(self):
        """The armed failure for the next step (it is used up), or nothing."""
        point, self.armed = self.armed, None
        if point is None:
            import contextlib

            return contextlib.nullcontext()
        self.failures += 1
        return faults.failing_at(point)

    @rule(point=st.integers(1, 4))
    def a_write_will_fail(self, point):
        """The disk fills, or the USB stick is pulled, at the point-th write of the next step."""
        self.armed = point

    @initialize(
        data=st.data(),
        people=st.integers(0, 3),
        count=st.integers(0, 4),
        blocks=st.integers(0, 3),
    )
    def a_workshop_under_way(self, data, people, count, blocks):
        """Start most runs with a few participants, notes and blocks of the agenda, so
        later steps meet them."""
        for _ in range(blocks):
            self.add_block(data, data.draw(TEXT), data.draw(st.integers(1, 480)))
        for _ in range(people):
            self.add_participant(data.draw(TEXT), data.draw(KINDS), data.draw(st.booleans()))
        for _ in range(count):
            self.add_note(
                data, data.draw(TEXT), data.draw(COORD), data.draw(COORD), data.draw(COLOURS)
            )

    # --- notes ------------------------------------------------------------------------

    @rule(data=st.data(), text=TEXT, x=COORD, y=COORD, colour=COLOURS)
    def add_note(self, data, text, x, y, colour):
        author = self._writer(data)  # "Writing as" on the toolbar
        note = Note(text=text, x=x, y=y, colour=colour, co=STAR.co_at(x, y), author_id=author)
        values = {
            "text": _clean(text),
            "x": x,
            "y": y,
            "colour": colour,
            "author_id": author,
            "co": _co(x, y),
            "group_id": None,
            "kind": "note",
            "impact": None,
            "shortlisted": False,
        }
        self.push(
            commands.AddNotesCommand(self.document, [note]),
            lambda s: s["notes"].__setitem__(note.id, values),
        )

    def _writer(self, data) -> str | None:
        """Usually a participant, sometimes nobody in particular."""
        choices = list(self.state["participants"])
        if not choices or data.draw(st.integers(0, 4)) == 0:
            return None
        return data.draw(st.sampled_from(choices))

    def _some(self, data, table: str, most: int = 3) -> list[str]:
        ids = list(self.state[table])  # in the order they were made: ids are random
        return data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=most, unique=True))

    def _update(self, data, command_for, **values):
        """A rule that sets the same fields on some notes (one transaction, one undo step)."""
        ids = self._some(data, "notes")

        def change(s):
            for nid in ids:
                s["notes"][nid].update(values)

        self.push(command_for(ids), change)

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data(), text=TEXT)
    def edit_text(self, data, text):
        [nid] = self._some(data, "notes", 1)
        self.push(
            commands.EditNoteTextCommand(self.document, nid, text, 120.0),
            lambda s: s["notes"][nid].update(text=_clean(text)),
        )

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data(), x=COORD, y=COORD)
    def move(self, data, x, y):
        ids = self._some(data, "notes")
        positions = {nid: (x + 10 * i, y) for i, nid in enumerate(ids)}

        def change(s):
            for nid, (nx, ny) in positions.items():
                s["notes"][nid].update(x=nx, y=ny, co=_co(nx, ny))

        self.push(commands.MoveNotesCommand(self.document, positions), change)

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data(), colour=COLOURS)
    def recolour(self, data, colour):
        self._update(
            data,
            lambda ids: commands.RecolourNotesCommand(self.document, ids, colour),
            colour=colour,
        )

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data())
    def set_author(self, data):
        author = self._writer(data)
        self._update(
            data,
            lambda ids: commands.SetNoteAuthorCommand(self.document, ids, author),
            author_id=author,
        )

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data(), impact=st.one_of(st.none(), st.integers(1, 5)))
    def rate_impact(self, data, impact):
        self._update(
            data, lambda ids: steps.SetImpactCommand(self.document, ids, impact), impact=impact
        )

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data(), on=st.booleans())
    def shortlist(self, data, on):
        self._update(
            data, lambda ids: steps.SetShortlistCommand(self.document, ids, on), shortlisted=on
        )

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data())
    def delete(self, data):
        ids = self._some(data, "notes")
        self.push(
            commands.DeleteNotesCommand(self.document, ids), lambda s: self._delete_in_model(s, ids)
        )

    @staticmethod
    def _delete_in_model(s: dict, ids) -> None:
        """What the file's rules do: dots go with their note; a group's notes stay, ungrouped."""
        gone = set(ids)
        for nid in gone:
            del s["notes"][nid]
        s["votes"] = {v: dot for v, dot in s["votes"].items() if dot[0] not in gone}
        for note in s["notes"].values():
            if note["group_id"] in gone:
                note["group_id"] = None
        s["actions"] = {
            a: (text, tuple(n for n in links if n not in gone))
            for a, (text, links) in s["actions"].items()
        }

    # --- the five steps: dots and groups ------------------------------------------------

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data())
    def toggle_dot(self, data):
        [nid] = self._some(data, "notes", 1)
        command = steps.ToggleDotCommand(self.document, nid, self._writer(data))

        def change(s):
            if command.taking_back:
                for v in command.taking_back:
                    del s["votes"][v.id]
            else:
                s["votes"][command.vote.id] = (command.target, command.vote.voter_id)

        self.push(command, change)

    def _loose_notes(self) -> list[str]:
        return [
            i
            for i, n in self.state["notes"].items()
            if n["kind"] == "note" and n["group_id"] is None
        ]

    @precondition(lambda self: len(self._loose_notes()) >= 2)
    @rule(data=st.data(), title=TEXT)
    def group(self, data, title):
        ids = data.draw(
            st.lists(st.sampled_from(self._loose_notes()), min_size=2, max_size=3, unique=True)
        )
        command = steps.GroupNotesCommand(self.document, ids, title, Step.MAP)
        card = command.card

        def change(s):
            s["notes"][card.id] = {
                "text": _clean(title),
                "x": card.x,
                "y": card.y,
                "colour": "white",
                "author_id": None,
                "co": _co(card.x, card.y),
                "group_id": None,
                "kind": "group",
                "impact": None,
                "shortlisted": False,
            }
            for nid, joined in command.gathered.items():  # where the command gathers them
                s["notes"][nid].update(
                    group_id=card.id, x=joined["x"], y=joined["y"], co=_co(joined["x"], joined["y"])
                )

        self.push(command, change)

    @precondition(lambda self: any(n["kind"] == "group" for n in self.state["notes"].values()))
    @rule(data=st.data())
    def ungroup(self, data):
        """One group, or several taken apart in one gesture (one undo step)."""
        cards = [i for i, n in self.state["notes"].items() if n["kind"] == "group"]
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
        self.push(
            steps.UngroupCommand(self.document, chosen), lambda s: self._delete_in_model(s, chosen)
        )

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data())
    def dots_on_several(self, data):
        """A dot on each of several notes (or taken back where the voter has one): one gesture."""
        voter = self._writer(data)
        targets = list(
            dict.fromkeys(
                core_steps.vote_target(self.document.snapshot(), i)
                for i in self._some(data, "notes", 4)
            )
        )
        parts = [steps.ToggleDotCommand(self.document, t, voter) for t in targets]

        def change(s):
            for part in parts:
                if part.taking_back:
                    for v in part.taking_back:
                        del s["votes"][v.id]
                else:
                    s["votes"][part.vote.id] = (part.target, part.vote.voter_id)

        self.push(commands.GestureCommand(self.document, "Give dots", parts), change)

    @precondition(lambda self: self.state["notes"])
    @rule(data=st.data(), texts=st.lists(TEXT, min_size=1, max_size=4))
    def add_actions(self, data, texts):
        """Several actions at once, each linked to notes (carrying a plan over)."""
        actions = [Action(action=text, note_ids=self._some(data, "notes", 2)) for text in texts]

        def change(s):
            for a in actions:
                s["actions"][a.id] = (_clean(a.action), tuple(sorted(a.note_ids)))

        self.push(steps.AddActionsCommand(self.document, actions, "Carry over"), change)

    # --- participants -------------------------------------------------------------------

    @rule(name=TEXT, kind=KINDS, is_group=st.booleans())
    def add_participant(self, name, kind, is_group):
        p = Participant(name=name, kind=kind, is_group=is_group)
        self.push(
            commands.AddParticipantCommand(self.document, p),
            lambda s: s["participants"].__setitem__(p.id, (_clean(name), kind.value, is_group)),
        )

    @precondition(lambda self: self.state["participants"])
    @rule(data=st.data(), name=TEXT)
    def rename_participant(self, data, name):
        [pid] = self._some(data, "participants", 1)

        def change(s):
            s["participants"][pid] = (_clean(name), *s["participants"][pid][1:])

        self.push(commands.EditParticipantCommand(self.document, pid, {"name": name}), change)

    @precondition(lambda self: self.state["participants"])
    @rule(data=st.data())
    def remove_participant(self, data):
        [pid] = self._some(data, "participants", 1)

        def change(s):  # their notes stay, without an author; their dots go
            del s["participants"][pid]
            for note in s["notes"].values():
                if note["author_id"] == pid:
                    note["author_id"] = None
            s["votes"] = {v: dot for v, dot in s["votes"].items() if dot[1] != pid}

        self.push(commands.RemoveParticipantCommand(self.document, pid), change)

    # --- the inbox: phones' notes -------------------------------------------------------

    @rule(texts=st.lists(TEXT, min_size=1, max_size=3), name=TEXT)
    def phones_send_notes(self, texts, name):
        """Notes arrive from phones: saved at once, outside the undo history, so they are in
        every state of it (undo never takes back what a phone was told was received)."""
        items = []
        for text in texts:
            self.arrivals += 1
            received = f"2026-12-07T10:{self.arrivals // 60:02d}:{self.arrivals % 60:02d}.000Z"
            phone = f"Phone {self.arrivals % 5 + 1}"
            items.append(InboxNote(text=text, name=name[:40], phone=phone, received=received))
        with self._failing() as fault:
            try:
                self.document.receive_inbox(items)
            except SaveFailed:
                assert fault is not None and fault.fired
                return
        for state in self.history:
            for i in items:
                state["inbox"][i.id] = (i.received, _clean(i.text), _clean(i.name), i.phone)

    @precondition(lambda self: self.state["inbox"])
    @rule(data=st.data(), x=COORD, y=COORD, new_writer=st.booleans(), kind=KINDS)
    def put_phone_notes_on_the_star(self, data, x, y, new_writer, kind):
        ids = self._some(data, "inbox", 2)
        writer = Participant(name="From a phone", kind=kind) if new_writer else None
        author = writer.id if writer else None
        placed = [
            Note(text=self.state["inbox"][i][1], x=x + 10 * k, y=y, author_id=author)
            for k, i in enumerate(ids)
        ]

        def change(s):
            for i in ids:
                del s["inbox"][i]
            if writer is not None:
                s["participants"][writer.id] = (writer.name, kind.value, False)
            for n in placed:
                s["notes"][n.id] = {
                    "text": n.text,
                    "x": n.x,
                    "y": n.y,
                    "colour": n.colour,
                    "author_id": author,
                    "co": _co(n.x, n.y),
                    "group_id": None,
                    "kind": "note",
                    "impact": None,
                    "shortlisted": False,
                }

        authors = [writer] if writer is not None else []
        self.push(commands.PlaceInboxCommand(self.document, ids, placed, authors), change)

    @precondition(lambda self: self.state["inbox"])
    @rule(data=st.data())
    def turn_down_phone_notes(self, data):
        ids = self._some(data, "inbox", 3)

        def change(s):
            for i in ids:
                del s["inbox"][i]

        self.push(commands.TurnDownInboxCommand(self.document, ids), change)

    @precondition(lambda self: self.state["inbox"])
    @rule(data=st.data(), text=TEXT)
    def edit_a_phone_note(self, data, text):
        [i] = self._some(data, "inbox", 1)

        def change(s):
            received, _old, name, phone = s["inbox"][i]
            s["inbox"][i] = (received, _clean(text), name, phone)

        self.push(commands.EditInboxCommand(self.document, i, text), change)

    @invariant()
    def the_inbox_is_in_arrival_order(self):
        shown = list(self.document.inbox.values())
        assert [i.received for i in shown] == sorted(i.received for i in shown)
        assert list(self.document.inbox) == list(file_state(self.path)["inbox"])

    # --- the programme: the agenda (undoable) and running it (recorded) -----------------

    def _plan(self, blocks):
        from costar_desktop.core.programme import Programme

        return Programme("Model day", blocks)

    def _push_plan(self, blocks, text):
        from costar_desktop.ui.model.commands_programme import PlanCommand

        plan = self._plan(blocks)
        agenda = [(b.id, _clean(b.title), b.minutes) for b in blocks]
        self.push(PlanCommand(self.document, plan, text), lambda s: s.__setitem__("agenda", agenda))

    @rule(data=st.data(), title=TEXT, minutes=st.integers(1, 480))
    def add_block(self, data, title, minutes):
        from costar_desktop.core.programme import Block

        blocks = list(self.document.programme.blocks)
        at = data.draw(st.integers(0, len(blocks)))
        blocks.insert(at, Block(title, minutes))
        self._push_plan(blocks, "Add block")

    @precondition(lambda self: self.state["agenda"])
    @rule(data=st.data(), title=TEXT, minutes=st.integers(1, 480))
    def edit_block(self, data, title, minutes):
        import dataclasses

        blocks = list(self.document.programme.blocks)
        at = data.draw(st.integers(0, len(blocks) - 1))
        blocks[at] = dataclasses.replace(blocks[at], title=title, minutes=minutes)
        self._push_plan(blocks, "Edit block")

    @precondition(lambda self: len(self.state["agenda"]) > 1)
    @rule(data=st.data())
    def move_block(self, data):
        blocks = list(self.document.programme.blocks)
        block = blocks.pop(data.draw(st.integers(0, len(blocks) - 1)))
        blocks.insert(data.draw(st.integers(0, len(blocks))), block)
        self._push_plan(blocks, "Move block")

    @precondition(lambda self: self.state["agenda"])
    @rule(data=st.data())
    def delete_block(self, data):
        blocks = list(self.document.programme.blocks)
        del blocks[data.draw(st.integers(0, len(blocks) - 1))]
        self._push_plan(blocks, "Delete block")

    @precondition(lambda self: self.state["agenda"])
    @rule(data=st.data(), later=st.floats(0, 3600, allow_nan=False), end=st.booleans())
    def run_the_day(self, data, later, end):
        """Next, back or stop: saved at once, outside the undo history."""
        from costar_desktop.core.programme import end_run, run_block

        self.clock += later
        current = self.document.programme
        index = data.draw(st.integers(0, len(current.blocks) - 1))
        after = end_run(current, self.clock) if end else run_block(current, index, self.clock)
        with self._failing() as fault:
            try:
                self.document.set_run(after)
            except SaveFailed:
                assert fault is not None and fault.fired
                assert self.document.programme == current
                return
        if not end:
            block = after.blocks[index]
            self.started.setdefault(block.id, block.started)

    @invariant()
    def real_starts_are_never_taken_back(self):
        with tempfile.TemporaryDirectory() as folder:
            copy_path = Path(folder) / "copy.costar"
            shutil.copyfile(self.path, copy_path)
            on_disk = WorkshopFile.read(copy_path).programme
        assert on_disk == self.document.programme
        for block in on_disk.blocks:
            assert block.started == self.started.get(block.id, "")
        running = on_disk.running
        assert running is None or running.block_id in {b.id for b in on_disk.blocks}

    # --- history and the file ------------------------------------------------------------

    @precondition(lambda self: self.index > 0)
    @rule()
    def undo(self):
        with self._failing() as fault:
            done = self.document.undo()
        assert done == (fault is None or not fault.fired)
        self.index -= done

    @precondition(lambda self: self.index < len(self.history) - 1)
    @rule()
    def redo(self):
        with self._failing() as fault:
            done = self.document.redo()
        assert done == (fault is None or not fault.fired)
        self.index += done

    @rule()
    def close_and_reopen(self):
        self.document.close()
        self.document.deleteLater()
        self.document = self.Document(WorkshopFile.open(self.path))
        self.scene.set_document(self.document)
        self.history = [self.state]  # a reopened workshop starts with an empty undo history
        self.index = 0

    @invariant()
    def the_file_equals_the_model(self):
        assert file_state(self.path) == self.state

    @invariant()
    def the_window_shows_the_model(self):
        assert document_state(self.document) == self.state
        assert canvas_state(self.scene) == canvas_expected(self.document)
        assert self.document.undo_stack.index() == self.index
        assert self.document.undo_stack.count() == len(self.history) - 1

    def teardown(self):
        self.scene.set_document(None)
        self.document.close()
        self.document.deleteLater()
        shutil.rmtree(self.folder, ignore_errors=True)


WorkshopMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("COSTAR_MODEL_EXAMPLES", "60")),
    stateful_step_count=40,
    deadline=None,
)
TestUndoRedoModel = WorkshopMachine.TestCase
