"""The open workshop as a QObject: a cache of the file's contents, and change signals.

Undo commands call the methods here; each method writes through storage (which
commits before returning) and only then updates the cache and emits its signal.
If the write fails the cache is left alone, :attr:`save_failed` is emitted and
:class:`SaveFailed` propagates, so the screen never shows an unsaved change as done.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from costar_desktop.core.model import (
    Action,
    CoProducer,
    MarketItem,
    Note,
    Participant,
    Vote,
    Workshop,
    WorkshopData,
    clean_text,
)
from costar_desktop.core.star import STAR, StarGeometry
from costar_desktop.storage import SaveFailed, WorkshopFile
from costar_desktop.storage.workshop_file import NoteDependants
from costar_desktop.ui.document_steps import StepsMixin


class WorkshopDocument(StepsMixin, QObject):
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
        self._note_runs = 0

    @property
    def in_note_run(self) -> bool:
        """True while one change tells of its notes one by one; notes_settled follows."""
        return self._note_runs > 0

    @contextmanager
    def _note_run(self):
        self._note_runs += 1
        try:
            yield
        finally:
            self._note_runs -= 1
            if self._note_runs == 0:
                self.notes_settled.emit()

    # --- general --------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def snapshot(self) -> WorkshopData:
        """The document's current contents as plain objects."""
        return WorkshopData(self.workshop, list(self.participants.values()),
                            list(self.notes.values()), list(self.votes.values()),
                            list(self.people.values()), list(self.market_items.values()),
                            list(self.actions.values()))

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()

    def _write(self, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except SaveFailed as exc:
            self.save_failed.emit(exc.message)
            raise
        self.saved.emit()
        return result

    # --- notes ----------------------------------------------------------------

    def co_for(self, x: float, y: float):
        """The Co a note centred at (x, y) belongs to."""
        return self.geometry.co_at(x, y)

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
        notes = [n.copy(**self._on_canvas({"x": n.x, "y": n.y})) for n in notes]
        self._write(self.store.add_notes, notes)
        for n in notes:
            self.notes[n.id] = n
        with self._note_run():
            for n in notes:
                self.note_added.emit(n.id)

    def update_notes(self, changes: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
        """Apply ``{id: {field: value}}``; returns the previous values of the same fields."""
        changes = {nid: self._on_canvas(dict(c)) for nid, c in changes.items()
                   if nid in self.notes and c}
        if not changes:
            return {}
        old = {nid: {k: getattr(self.notes[nid], k) for k in c} for nid, c in changes.items()}
        stamp = self._write(self.store.update_notes, changes)
        for nid, c in changes.items():
            note = self.notes[nid]
            for key, value in c.items():  # text as storage saved it (line ends normalised)
                setattr(note, key, clean_text(value) if key == "text" else value)
            note.__post_init__()  # text values from widgets become enums again
            note.updated = stamp
        with self._note_run():
            for nid in changes:
                self.note_changed.emit(nid)
        return old

    def move_notes(self, positions: Mapping[str, tuple[float, float]]) -> None:
        """Move notes to new centres; each note's Co follows from where it lands."""
        self.update_notes({nid: {"x": x, "y": y, "co": self.co_for(x, y)}
                           for nid, (x, y) in positions.items()})

    def delete_notes(self, note_ids: Iterable[str]) -> tuple[list[Note], NoteDependants]:
        """Remove notes; returns copies of them and what hung on them (for undo).

        Their dots, their links from co-producers and actions go with them; notes in a
        deleted group card stay, ungrouped.
        """
        ids = [nid for nid in note_ids if nid in self.notes]
        if not ids:
            return [], NoteDependants()
        removed = [self.notes[nid].copy() for nid in ids]
        dependants = self.store.note_dependants(ids)
        self._write(self.store.delete_notes, ids)
        gone = set(ids)
        for nid in ids:
            del self.notes[nid]
        self._forget_links_to(gone)
        with self._note_run():
            for member, _group in dependants.members:
                if member in self.notes:
                    self.notes[member].group_id = None
                    self.note_changed.emit(member)
            for nid in ids:
                self.note_removed.emit(nid)
        self._emit_dependants(dependants)
        return removed, dependants

    def restore_notes(self, notes: list[Note], dependants: NoteDependants) -> None:
        """Undo of :meth:`delete_notes`: the notes come back with what hung on them."""
        notes = [n.copy() for n in notes]
        self._write(self.store.restore_notes, notes, dependants)
        for n in notes:
            self.notes[n.id] = n
        self._apply_dependants(dependants)
        with self._note_run():
            for n in notes:
                self.note_added.emit(n.id)
            for member, _group in dependants.members:
                self.note_changed.emit(member)
        self._emit_dependants(dependants)

    # --- participants ---------------------------------------------------------

    def add_participant(self, participant: Participant) -> None:
        p = Participant(**{k: getattr(participant, k) for k in
                           ("id", "name", "kind", "is_group", "created", "updated")})
        self._write(self.store.add_participant, p)
        self.participants[p.id] = p
        self.participants_changed.emit()

    def update_participant(self, participant_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        p = self.participants[participant_id]
        old = {k: getattr(p, k) for k in changes}
        stamp = self._write(self.store.update_participant, participant_id, **changes)
        for k, v in changes.items():
            setattr(p, k, clean_text(v) if k == "name" else v)
        p.__post_init__()
        p.updated = stamp
        self.participants_changed.emit()
        with self._note_run():
            for n in self.notes.values():
                if n.author_id == participant_id:
                    self.note_changed.emit(n.id)
        return old

    def remove_participant(self, participant_id: str) -> tuple[Participant, list[str], list[Vote]]:
        """Remove a participant; returns it, the ids of the notes it wrote and its dots."""
        p = self.participants[participant_id]
        authored = [n.id for n in self.notes.values() if n.author_id == participant_id]
        dots = [v for v in self.votes.values() if v.voter_id == participant_id]
        self._write(self.store.delete_participant, participant_id)
        del self.participants[participant_id]
        for v in dots:
            del self.votes[v.id]
        for nid in authored:
            self.notes[nid].author_id = None
        self.participants_changed.emit()
        with self._note_run():
            for nid in authored:
                self.note_changed.emit(nid)
        if dots:
            self.votes_changed.emit()
        return p, authored, dots

    def restore_participant(self, participant: Participant, authored: list[str],
                            dots: list[Vote] = ()) -> None:
        """Undo of :meth:`remove_participant`: the participant, authorship and dots come back."""
        self.add_participant(participant)
        self.update_notes({nid: {"author_id": participant.id} for nid in authored})
        if dots:
            self.add_votes(list(dots))

    # --- details --------------------------------------------------------------

    def set_details(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        old = {k: getattr(self.workshop, k) for k in changes}
        self.workshop = self._write(self.store.update_workshop, **dict(changes))
        self.details_changed.emit()
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
