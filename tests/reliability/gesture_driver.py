"""Child mode for test_kill_gestures.py: ``python -m tests.reliability.gesture_driver PATH``.

Imports everything, prints ``WARM``, waits for ``GO <seed>``, opens the workshop as the
window does (``WorkshopDocument(WorkshopFile.open(PATH))``) and then makes compound
gestures, chosen by ``random.Random(seed)``, forever, until the parent kills it:

    BEFORE k <digest> <gesture>   the whole file, just before gesture k starts
    COMMIT k <digest>             the whole file as gesture k is about to commit it (read
                                  through the same connection, which sees the uncommitted
                                  after-state); printed and flushed before the COMMIT runs
    DONE k <gesture>              gesture k returned, saved

So whenever the parent kills it, the file must afterwards hold exactly the last BEFORE
digest, or (once its COMMIT line is out) the COMMIT digest of the same gesture: nothing in
between. :func:`canonical_digest` is what both sides hash.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import sys

from tests.reliability.driver import say, wait_for_go


def canonical_digest(conn: sqlite3.Connection) -> str:
    """A hash of everything the file holds, read through ``conn``: the schema, the file's
    marks (application id, schema version), then every row of every table in order of its
    primary key (all its columns if it has none), never by rowid, so a file whose rows
    were deleted and put back in another order hashes the same as long as they are equal.
    Values are hashed with their types (``repr``): 1 and 1.0 and '1' differ."""
    h = hashlib.sha256()

    def feed(*parts: object) -> None:
        h.update(repr(parts).encode("utf-8", "surrogatepass"))
        h.update(b"\n")

    feed(
        "application_id",
        conn.execute("PRAGMA application_id").fetchone()[0],
        "user_version",
        conn.execute("PRAGMA user_version").fetchone()[0],
    )
    schema = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    for entry in schema:
        feed("schema", *entry)
    tables = [
        name
        for kind, name, _table, _sql in schema
        if kind == "table" and not name.startswith("sqlite_")
    ]
    for table in tables:
        info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
        columns = [c[1] for c in info]
        key = [c[1] for c in sorted((c for c in info if c[5]), key=lambda c: c[5])] or columns
        feed("table", table, *columns)
        listed = ", ".join(f"[{c}]" for c in columns)
        order = ", ".join(f"[{c}]" for c in key)
        rows = conn.execute(f"SELECT {listed} FROM [{table}] ORDER BY {order}").fetchall()
        feed("rows", table, len(rows))
        h.update(repr(rows).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class Gestures:
    """Picks the next compound gesture from what the document holds now, and builds it."""

    def __init__(self, document, rng: random.Random):
        from costar_desktop.core import model
        from costar_desktop.core.palette import PALETTE
        from costar_desktop.ui.model import commands, commands_steps

        self.document, self.rng = document, rng
        self.model, self.commands, self.steps = model, commands, commands_steps
        self.colours = [p.key for p in PALETTE]
        self.previous: str | None = None
        self.serial = 0

    # --- what the document holds ---------------------------------------------------

    def _loose(self) -> list[str]:
        return [
            n.id
            for n in self.document.notes.values()
            if n.kind == self.model.NOTE_KIND_NOTE and n.group_id is None
        ]

    def _groups(self) -> list[str]:
        return [n.id for n in self.document.notes.values() if n.kind == self.model.NOTE_KIND_GROUP]

    def _votable(self) -> list[str]:
        return [n.id for n in self.document.notes.values() if n.group_id is None]

    def _sample(self, ids, low: int, high: int) -> list[str]:
        ids = list(ids)
        return self.rng.sample(ids, min(len(ids), self.rng.randint(low, high)))

    def _place(self) -> tuple[float, float]:
        left, top, right, bottom = self.document.geometry.note_bounds()
        return (
            round(self.rng.uniform(left * 0.7, right * 0.7), 2),
            round(self.rng.uniform(top * 0.7, bottom * 0.7), 2),
        )

    # --- choosing ------------------------------------------------------------------

    def choose(self):
        """(name, run): ``run()`` makes the gesture and says whether it was saved."""
        doc, rng = self.document, self.rng
        if self.previous == "undo" and doc.undo_stack.canRedo() and rng.random() < 0.5:
            return "redo", doc.redo
        if self.previous not in (None, "undo") and doc.undo_stack.canUndo() and rng.random() < 0.3:
            return "undo", doc.undo
        notes, people = len(doc.notes), len(doc.participants)
        weights = {
            "move": 2.0,
            "group": 2.0,
            "dots": 2.0,
            "delete": 2.0,
            "add-actions": 1.5,
            "ungroup": 1.5 if len(self._groups()) >= 2 else 0.0,
            "remove-participant": 1.0 if people >= 4 else 0.0,
            "add-co-producer": 0.5,
            "paste": 4.0 if notes < 1200 else (1.0 if notes < 1800 else 0.0),
            "newcomer": 1.0 if people < 12 else 0.0,
            "remove-actions": 1.0 if len(doc.actions) > 40 else 0.0,
        }
        names = [n for n, w in weights.items() if w]
        name = rng.choices(names, [weights[n] for n in names])[0]
        command = getattr(self, "_" + name.replace("-", "_"))()

        def push() -> bool:
            doc.undo_stack.push(command)
            return not command.failed

        return name, push

    # --- the gestures ----------------------------------------------------------------

    def _move(self):
        """Drag a few hundred selected notes by the same offset, or spread them out."""
        ids = self._sample(self.document.notes, 200, 400)
        dx, dy = self.rng.uniform(-250, 250), self.rng.uniform(-250, 250)
        notes = self.document.notes
        if self.rng.random() < 0.5:
            positions = {i: (round(notes[i].x + dx, 2), round(notes[i].y + dy, 2)) for i in ids}
        else:
            positions = {i: self._place() for i in ids}
        return self.commands.MoveNotesCommand(self.document, positions)

    def _group(self):
        ids = self._sample(self._loose(), 20, 50)
        self.serial += 1
        return self.steps.GroupNotesCommand(
            self.document, ids, f"Theme {self.serial}", self.model.Step.MAP
        )

    def _ungroup(self):
        return self.steps.UngroupCommand(self.document, self._sample(self._groups(), 2, 6))

    def _dots(self):
        voters = list(self.document.participants) or [None]
        parts = [
            self.steps.ToggleDotCommand(self.document, nid, self.rng.choice(voters))
            for nid in self._sample(self._votable(), 10, 40)
        ]
        return self.commands.GestureCommand(self.document, "Give dots", parts)

    def _delete(self):
        """50–150 notes, about half of them with dots or links from co-producers/actions."""
        doc = self.document
        hung = {v.note_id for v in doc.votes.values()}
        for owner in (*doc.people.values(), *doc.actions.values()):
            hung.update(owner.note_ids)
        hung = sorted(hung & set(doc.notes))
        count = self.rng.randint(50, 150)
        ids = self.rng.sample(hung, min(len(hung), count // 2))
        rest = sorted(set(doc.notes) - set(ids))
        ids += self.rng.sample(rest, min(len(rest), count - len(ids)))
        return self.commands.DeleteNotesCommand(doc, ids)

    def _remove_participant(self):
        """The participant who wrote notes and gave dots, most of both first."""
        doc = self.document
        wrote = {pid: 0 for pid in doc.participants}
        dotted = dict(wrote)
        for n in doc.notes.values():
            if n.author_id in wrote:
                wrote[n.author_id] += 1
        for v in doc.votes.values():
            if v.voter_id in dotted:
                dotted[v.voter_id] += 1
        both = [p for p in doc.participants if wrote[p] and dotted[p]] or list(doc.participants)
        return self.commands.RemoveParticipantCommand(doc, self.rng.choice(both))

    def _add_actions(self):
        notes = list(self.document.notes)
        actions = [
            self.model.Action(
                action=f"Action {self.rng.randrange(10**6)}: ask the group again",
                first_step="Book the room",
                owner=self.rng.choice(("Ana", "Bob", "Zoë", "")),
                co=self.rng.choice([*self.model.Co, None]),
                note_ids=self.rng.sample(notes, min(len(notes), self.rng.randint(1, 8))),
            )
            for _ in range(self.rng.randint(5, 20))
        ]
        return self.steps.AddActionsCommand(self.document, actions, "Carry actions over")

    def _remove_actions(self):
        parts = [
            self.steps.RemoveEntityCommand(self.document, "actions", aid, "Remove action")
            for aid in self._sample(self.document.actions, 5, 15)
        ]
        return self.commands.GestureCommand(self.document, "Remove actions", parts)

    def _add_co_producer(self):
        person = self.model.CoProducer(
            role=f"Volunteer {self.rng.randrange(1000)}",
            could_bring="Time",
            note_ids=self._sample(self.document.notes, 10, 40),
        )
        return self.steps.AddEntityCommand(self.document, "people", person, "Add co-producer")

    def _paste(self):
        """Paste 50–150 notes (keeps the workshop large while deletes take notes away)."""
        authors = [*self.document.participants, None]
        notes = []
        for _ in range(self.rng.randint(50, 150)):
            x, y = self._place()
            text = f"Pasted {self.rng.randrange(10**6)} – ŵŷ Ελληνικά 🙂 "
            notes.append(
                self.model.Note(
                    text=text * self.rng.randint(1, 6),
                    x=x,
                    y=y,
                    colour=self.rng.choice(self.colours),
                    author_id=self.rng.choice(authors),
                    co=self.document.co_for(x, y),
                )
            )
        return self.commands.AddNotesCommand(self.document, notes)

    def _newcomer(self):
        """Someone joins and claims the notes they wrote: one gesture of two commands."""
        person = self.model.Participant(name=f"Newcomer {self.rng.randrange(1000)}")
        claimed = self._sample(self._loose(), 20, 60)
        return self.commands.GestureCommand(
            self.document,
            "Newcomer",
            [
                self.commands.AddParticipantCommand(self.document, person),
                self.commands.SetNoteAuthorCommand(self.document, claimed, person.id),
            ],
        )


def run(path: str) -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - signals need it
    from costar_desktop.storage import WorkshopFile, faults
    from costar_desktop.ui.model import commands_steps  # noqa: F401 - imported before WARM
    from costar_desktop.ui.model.document import WorkshopDocument

    seed = int(wait_for_go()[0])
    document = WorkshopDocument(WorkshopFile.open(path))
    gestures = Gestures(document, random.Random(seed))
    not_saved: list[str] = []
    document.save_failed.connect(not_saved.append)
    k = 0
    commits = 0

    def at(point: str) -> None:
        nonlocal commits
        if point == "commit":
            commits += 1
            say("COMMIT", k, canonical_digest(document.store.conn))

    with faults.watching(at) as watching:
        while True:
            name, gesture = gestures.choose()
            commits = 0
            say("BEFORE", k, canonical_digest(document.store.conn), name)
            if not gesture():
                say("FAILED", k, name, not_saved[-1:])
                sys.exit(3)
            if commits != 1:  # one gesture, one transaction
                say("COMMITS", k, commits, name)
                sys.exit(4)
            say("DONE", k, name)
            gestures.previous = name
            watching.reached.clear()  # the child runs until killed: keep memory flat
            k += 1


if __name__ == "__main__":
    run(*sys.argv[1:])
