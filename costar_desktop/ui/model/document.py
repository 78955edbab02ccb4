"""The open workshop as a QObject: a cache of the file's contents, and change signals.

Every change runs in one gesture (:meth:`WorkshopDocument.change`): one transaction of
the file, which the document's methods join. Inside it they write through storage and
update the cache; their signals wait until the transaction has committed. If any write
fails, the file is rolled back, the cache is put back as it was before the gesture, no
change signal goes out, :attr:`save_failed` tells why, and :class:`SaveFailed`
propagates, so the screen never shows an unsaved or half-saved change as done.

The cache's objects are never changed in place while a gesture runs: a changed note,
participant, co-producer or action is replaced by a changed copy, so putting the cache
back is putting back the dictionaries as they were.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoStack

from costar_desktop.core import rules
from costar_desktop.core.model import (
    Action,
    BreakoutLine,
    CoProducer,
    InboxNote,
    MarketItem,
    Note,
    Participant,
    Vote,
    Workshop,
    WorkshopData,
)
from costar_desktop.core.programme import Programme
from costar_desktop.core.star import STAR, StarGeometry
from costar_desktop.storage import SaveFailed, WorkshopFile
from costar_desktop.storage.rows import as_saved, as_saved_object
from costar_desktop.storage.steps_store import NoteDependants
from costar_desktop.ui.model.command_base import DocumentCommand
from costar_desktop.ui.model.document_programme import DocumentProgramme
from costar_desktop.ui.model.document_rows import DocumentRows
from costar_desktop.ui.model.document_steps import DocumentSteps

_T = TypeVar("_T")
#: The caches as a gesture found them: the workshop and a copy of each dictionary.
_Caches = tuple[Workshop, list[dict[str, Any]]]


class WorkshopDocument(DocumentProgramme, DocumentRows, DocumentSteps, QObject):
    """One open workshop file and its undo history."""

    #: A note was added (note id).
    note_added = Signal(str)
    #: Some fields of a note changed (note id).
    note_changed = Signal(str)
    #: A note was removed (note id).
    note_removed = Signal(str)
    #: The list of participants or one of them changed.
    participants_changed = Signal()
    #: Workshop details (title, date, ...) changed.
    details_changed = Signal()
    #: A change was committed to disk.
    saved = Signal()
    #: A change could not be written (plain-words message); nothing was changed.
    save_failed = Signal(str)
    #: The document now lives in another file (after Save As).
    path_changed = Signal(object)
    #: Vote budget, vote visibility or the current step changed.
    settings_changed = Signal()
    #: Dots were given or taken back.
    votes_changed = Signal()
    #: The co-producers changed.
    people_changed = Signal()
    #: The sceptics' worries and answers changed.
    market_changed = Signal()
    #: The action plan changed.
    actions_changed = Signal()
    #: One change has told of all its notes (note_added, note_changed, note_removed):
    #: listeners may put off work that looks at every note until then (see in_note_run).
    notes_settled = Signal()
    #: Notes came into the inbox from phones, left it, or one's text changed.
    inbox_changed = Signal()
    #: Tables were handed out, brought back, or the breakout ended (breakout records).
    breakout_changed = Signal()
    #: The programme changed: its plan, or the day as it runs (see document_programme).
    programme_changed = Signal()

    def __init__(self, store: WorkshopFile, geometry: StarGeometry = STAR, parent=None):
        super().__init__(parent)
        self.store = store
        self.geometry = geometry
        self.undo_stack = QUndoStack(self)
        data = store.snapshot()
        self.workshop: Workshop = data.workshop
        self.notes: dict[str, Note] = {n.id: n for n in data.notes}
        self.participants: dict[str, Participant] = {p.id: p for p in data.participants}
        self.votes: dict[str, Vote] = {v.id: v for v in data.votes}
        self.people: dict[str, CoProducer] = {p.id: p for p in data.people}
        self.market_items: dict[str, MarketItem] = {m.id: m for m in data.market_items}
        self.actions: dict[str, Action] = {a.id: a for a in data.actions}
        #: The programme, the one entry of a cache (so a failed gesture puts it back).
        self._programme: dict[str, Programme] = {"day": data.programme}
        #: Phones' notes waiting for the facilitator, in the order they arrived (not part
        #: of :meth:`snapshot`: exports and reports never see them).
        self.inbox: dict[str, InboxNote] = {i.id: i for i in store.inbox()}
        #: The breakout tables' lines for :meth:`snapshot`, read from the file once and
        #: again after the breakout's records change (panels ask for snapshots often).
        self._breakouts: tuple[WorkshopFile, list[BreakoutLine]] | None = (
            store,
            data.breakouts,
        )
        self.breakout_changed.connect(self._forget_breakouts)
        self._note_runs = 0
        #: How deep in :meth:`change`, and the signals that wait for its commit.
        self._depth = 0
        self._waiting: list[tuple[SignalInstance, tuple[Any, ...]]] = []

    @property
    def in_note_run(self) -> bool:
        """True while one change tells of its notes one by one; notes_settled follows."""
        return self._note_runs > 0

    @contextmanager
    def _note_run(self) -> Iterator[None]:
        self._note_runs += 1
        try:
            yield
        finally:
            self._note_runs -= 1
            if self._note_runs == 0:
                self.notes_settled.emit()

    # --- gestures -------------------------------------------------------------

    def _caches(self) -> list[dict[str, Any]]:
        """The caches a gesture may change (and that a failed one puts back)."""
        return [
            self.notes,
            self.participants,
            self.votes,
            self.people,
            self.market_items,
            self.actions,
            self.inbox,
            self._programme,
        ]

    @property
    def in_change(self) -> bool:
        return self._depth > 0

    @contextmanager
    def change(self) -> Iterator[None]:
        """One gesture: all its writes are one transaction, its signals follow the commit.

        A gesture opened inside another joins it. If the outermost one cannot be saved,
        the cache is as before it, :attr:`save_failed` is emitted once and SaveFailed
        propagates; any other error also leaves file and cache as before.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        before: _Caches = (self.workshop, [dict(cache) for cache in self._caches()])
        self._depth, self._waiting = 1, []
        try:
            with self.store.transaction():
                yield
        except BaseException as exc:
            self._put_back(before)
            self._depth, self._waiting = 0, []
            if isinstance(exc, SaveFailed):
                self.save_failed.emit(exc.message)
            raise
        waiting, self._depth, self._waiting = self._waiting, 0, []
        self.saved.emit()
        self._tell_all(waiting)

    def _put_back(self, before: _Caches) -> None:
        self.workshop, caches = before
        for mine, cache in zip(self._caches(), caches, strict=True):
            mine.clear()
            mine.update(cache)

    def _tell(self, signal: SignalInstance, *args: Any) -> None:
        """Emit ``signal`` (one of this document's) once the gesture is saved."""
        if self._depth:
            self._waiting.append((signal, args))
        else:
            signal.emit(*args)

    def _tell_all(self, waiting: list[tuple[SignalInstance, tuple[Any, ...]]]) -> None:
        """The saved gesture's signals, in order, each told once (its last time)."""
        last = {told: position for position, told in enumerate(waiting)}
        ordered = [waiting[i] for i in sorted(last.values())]
        note_signals = (self.note_added, self.note_changed, self.note_removed)
        if not any(signal in note_signals for signal, _ in ordered):
            for signal, args in ordered:
                signal.emit(*args)
            return
        with self._note_run():
            for signal, args in ordered:
                if signal == self.note_changed and args[0] not in self.notes:
                    continue  # changed, then removed in the same gesture
                signal.emit(*args)

    def push(self, command: DocumentCommand) -> bool:
        """Do ``command`` (one gesture) and put it on the undo stack; False if not saved.

        The command runs before it reaches the stack: Qt's push drops the redo history
        even for a command that then fails, and an unsaved gesture must change nothing,
        the history included.
        """
        command.redo()
        if command.failed:
            return False
        command.skip_next_redo = True  # done already: the stack's own redo() is not run
        self.undo_stack.push(command)
        return True

    def undo(self) -> bool:
        """Undo the last gesture (one transaction); False, and nothing changed, if not saved."""
        stack = self.undo_stack
        if not stack.canUndo():
            return False
        command = stack.command(stack.index() - 1)
        stack.undo()
        if isinstance(command, DocumentCommand) and command.undo_failed:
            command.undo_failed = False
            command.skip_next_redo = True  # the gesture still holds: put the stack back on it
            stack.redo()
            return False
        return True

    def redo(self) -> bool:
        """Redo the next gesture (one transaction); False, and nothing changed, if not saved."""
        stack = self.undo_stack
        if not stack.canRedo():
            return False
        command = stack.command(stack.index())
        stack.redo()
        if isinstance(command, DocumentCommand) and command.redo_failed:
            command.redo_failed = False
            command.skip_next_undo = True
            stack.undo()
            return False
        return True

    # --- general --------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def snapshot(self) -> WorkshopData:
        """The document's current contents as plain objects."""
        return WorkshopData(
            self.workshop,
            list(self.participants.values()),
            list(self.notes.values()),
            list(self.votes.values()),
            list(self.people.values()),
            list(self.market_items.values()),
            list(self.actions.values()),
            self._breakout_lines(),
            self.programme,
        )

    def _breakout_lines(self) -> list[BreakoutLine]:
        """Each bringing-back of a table's file, as the file keeps it (see storage's
        ``breakout_lines``): kept between changes of the breakout's records; inside a
        gesture read afresh and not kept, as the gesture may yet be rolled back."""
        if self._depth:
            return self.store.breakout_lines()
        kept = self._breakouts
        if kept is None or kept[0] is not self.store:
            kept = self._breakouts = (self.store, self.store.breakout_lines())
        return list(kept[1])

    def _forget_breakouts(self) -> None:
        self._breakouts = None

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()

    def _write(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Run a storage write as part of the gesture under way (see :meth:`change`)."""
        assert self._depth, "document writes run inside a gesture (WorkshopDocument.change)"
        return fn(*args, **kwargs)

    # --- notes ----------------------------------------------------------------

    def co_for(self, x: float, y: float):
        """The Co a note centred at (x, y) would have (for previews: the document sets a
        note's Co itself whenever it adds or moves one)."""
        return rules.note_co(x, y, self.geometry)

    def _on_canvas(self, change: dict[str, Any]) -> dict[str, Any]:
        """``change`` with a new place kept within the canvas's bounds: a drag, the arrow
        keys or a big group can reach past them; storage refuses a place beyond them."""
        left, top, right, bottom = self.geometry.note_bounds()
        if "x" in change:
            change["x"] = min(max(float(change["x"]), left), right)
        if "y" in change:
            change["y"] = min(max(float(change["y"]), top), bottom)
        return change

    def add_notes(self, notes: Iterable[Note]) -> None:
        """Add notes; each one's Co follows from its centre, whatever it held."""
        notes = [
            n.copy(**rules.with_co(self._on_canvas({"x": n.x, "y": n.y}), geometry=self.geometry))
            for n in notes
        ]
        with self.change():
            notes = [as_saved_object("notes", n) for n in notes]
            self._write(self.store.add_notes, notes)
            for n in notes:
                self.notes[n.id] = n
                self._tell(self.note_added, n.id)

    def update_notes(self, changes: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
        """Apply ``{id: {field: value}}``; returns the previous values of the same fields.

        A note whose centre moves gets the Co of where it lands (its previous Co is among
        the values returned)."""
        changes = {
            nid: rules.with_co(self._on_canvas(dict(c)), self.notes[nid], self.geometry)
            for nid, c in changes.items()
            if nid in self.notes and c
        }
        if not changes:
            return {}
        old = {nid: {k: getattr(self.notes[nid], k) for k in c} for nid, c in changes.items()}
        with self.change():
            # texts as storage saves them (line ends made one kind), so the cache equals the file
            changes = {nid: as_saved("notes", c) for nid, c in changes.items()}
            stamp = self._write(self.store.update_notes, changes)
            for nid, c in changes.items():
                self.notes[nid] = self.notes[nid].copy(**c, updated=stamp)
                self._tell(self.note_changed, nid)
        return old

    def move_notes(self, positions: Mapping[str, tuple[float, float]]) -> None:
        """Move notes to new centres; each note's Co follows from where it lands."""
        self.update_notes({nid: {"x": x, "y": y} for nid, (x, y) in positions.items()})

    def delete_notes(self, note_ids: Iterable[str]) -> tuple[list[Note], NoteDependants]:
        """Remove notes; returns copies of them and what hung on them (for undo).

        Their dots, their links from co-producers and actions go with them; notes in a
        deleted group card stay, ungrouped.
        """
        ids = [nid for nid in note_ids if nid in self.notes]
        if not ids:
            return [], NoteDependants()
        removed = [self.notes[nid].copy() for nid in ids]
        with self.change():
            dependants = self.store.note_dependants(ids)
            self._write(self.store.delete_notes, ids)
            gone = set(ids)
            for nid in ids:
                del self.notes[nid]
            self._forget_links_to(gone)
            for member, _group in dependants.members:
                if member in self.notes:
                    self.notes[member] = self.notes[member].copy(group_id=None)
                    self._tell(self.note_changed, member)
            for nid in ids:
                self._tell(self.note_removed, nid)
            self._tell_dependants(dependants)
        return removed, dependants

    def restore_notes(self, notes: list[Note], dependants: NoteDependants) -> None:
        """Undo of :meth:`delete_notes`: the notes come back with what hung on them."""
        notes = [n.copy() for n in notes]
        with self.change():
            notes = [as_saved_object("notes", n) for n in notes]
            self._write(self.store.restore_notes, notes, dependants)
            for n in notes:
                self.notes[n.id] = n
            self._apply_dependants(dependants)
            for n in notes:
                self._tell(self.note_added, n.id)
            for member, _group in dependants.members:
                self._tell(self.note_changed, member)
            self._tell_dependants(dependants)

    # --- participants ---------------------------------------------------------

    def add_participant(self, participant: Participant) -> None:
        p = Participant(
            **{
                k: getattr(participant, k)
                for k in ("id", "name", "kind", "is_group", "created", "updated", "size")
            }
        )
        with self.change():
            p = as_saved_object("participants", p)
            self._write(self.store.add_participant, p)
            self.participants[p.id] = p
            self._tell(self.participants_changed)

    def update_participant(self, participant_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        p = self.participants[participant_id]
        old = {k: getattr(p, k) for k in changes}
        with self.change():
            values = as_saved("participants", changes)
            stamp = self._write(self.store.update_participant, participant_id, **values)
            self.participants[participant_id] = dataclasses.replace(p, **values, updated=stamp)
            self._tell(self.participants_changed)
            for n in self.notes.values():
                if n.author_id == participant_id:
                    self._tell(self.note_changed, n.id)
        return old

    def remove_participant(self, participant_id: str) -> tuple[Participant, list[str], list[Vote]]:
        """Remove a participant; returns it, the ids of the notes it wrote and its dots."""
        p = self.participants[participant_id]
        authored = [n.id for n in self.notes.values() if n.author_id == participant_id]
        dots = [v for v in self.votes.values() if v.voter_id == participant_id]
        with self.change():
            self._write(self.store.delete_participant, participant_id)
            del self.participants[participant_id]
            for v in dots:
                del self.votes[v.id]
            self._tell(self.participants_changed)
            for nid in authored:
                self.notes[nid] = self.notes[nid].copy(author_id=None)
                self._tell(self.note_changed, nid)
            if dots:
                self._tell(self.votes_changed)
        return p, authored, dots

    def restore_participant(
        self, participant: Participant, authored: list[str], dots: Iterable[Vote] = ()
    ) -> None:
        """Undo of :meth:`remove_participant`: the participant, authorship and dots come
        back, in one transaction."""
        with self.change():
            self.add_participant(participant)
            self.update_notes({nid: {"author_id": participant.id} for nid in authored})
            if dots:
                self.add_votes(list(dots))

    # --- the inbox (phones' notes) ----------------------------------------------

    def _keep_inbox_in_order(self) -> None:
        """The inbox in arrival order, as storage reads it (a note put back by undo goes
        back to its place); the same dictionary, so a failed gesture can put it back."""
        ordered = sorted(self.inbox.values(), key=lambda i: i.received)
        self.inbox.clear()
        self.inbox.update((i.id, i) for i in ordered)

    def receive_inbox(self, items: Iterable[InboxNote]) -> None:
        """Notes from phones into the inbox (joins a gesture if one is open): once this
        returns outside a gesture, they are saved and a phone may be told "Received"."""
        with self.change():
            saved = [as_saved_object("inbox", i.copy()) for i in items]
            self._write(self.store.add_inbox, saved)
            for i in saved:
                self.inbox[i.id] = i
            self._keep_inbox_in_order()
            self._tell(self.inbox_changed)

    def remove_inbox(self, ids: Iterable[str]) -> list[InboxNote]:
        """Take notes out of the inbox (ids not in it are passed over); returns copies of
        those taken, for undo (:meth:`restore_inbox`)."""
        ids = [i for i in dict.fromkeys(ids) if i in self.inbox]
        if not ids:
            return []
        removed = [self.inbox[i].copy() for i in ids]
        with self.change():
            self._write(self.store.delete_inbox, ids)
            for i in ids:
                del self.inbox[i]
            self._tell(self.inbox_changed)
        return removed

    def restore_inbox(self, items: Iterable[InboxNote]) -> None:
        """Undo of :meth:`remove_inbox`: the notes come back with their ids and times."""
        self.receive_inbox(items)

    def edit_inbox(self, inbox_id: str, text: str) -> str:
        """Change the text of a note in the inbox; returns its previous text."""
        item = self.inbox[inbox_id]
        old = item.text
        with self.change():
            text = as_saved("inbox", {"text": text})["text"]
            self._write(self.store.update_inbox, inbox_id, text)
            self.inbox[inbox_id] = item.copy(text=text)
            self._tell(self.inbox_changed)
        return old

    # --- details --------------------------------------------------------------

    def set_details(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        old = {k: getattr(self.workshop, k) for k in changes}
        with self.change():
            self.workshop = self._write(self.store.update_workshop, **dict(changes))
            self._tell(self.details_changed)
        return old

    # --- the file -------------------------------------------------------------

    def save_as(self, target: Path) -> None:
        """Write a complete copy to ``target`` and carry on working in the copy."""
        try:
            target = self.store.save_as(target)
            if target == self.store.path:
                return
            old = self.store
            old.close()
            try:
                self.store = WorkshopFile.open(target)
            except Exception:
                self.store = WorkshopFile.open(old.path)
                raise
        except SaveFailed as exc:
            self.save_failed.emit(exc.message)
            raise
        self.saved.emit()
        self.path_changed.emit(target)
