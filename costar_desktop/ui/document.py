"""The open workshop as a QObject: a cache of the file's contents, and change signals.

Undo commands call the methods here; each method writes through storage (which
commits before returning) and only then updates the cache and emits its signal.
If the write fails the cache is left alone, :attr:`save_failed` is emitted and
:class:`SaveFailed` propagates, so the screen never shows an unsaved change as done.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from costar_desktop.core.model import Note, Participant, Workshop, WorkshopData, clean_text
from costar_desktop.core.star import STAR, StarGeometry
from costar_desktop.storage import SaveFailed, WorkshopFile


class WorkshopDocument(QObject):
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

    def __init__(self, store: WorkshopFile, geometry: StarGeometry = STAR, parent=None):
        super().__init__(parent)
        self.store = store
        self.geometry = geometry
        self.undo_stack = QUndoStack(self)
        data = store.snapshot()
        self.workshop: Workshop = data.workshop
        self.notes: dict[str, Note] = {n.id: n for n in data.notes}
        self.participants: dict[str, Participant] = {p.id: p for p in data.participants}

    # --- general --------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def snapshot(self) -> WorkshopData:
        """The document's current contents as plain objects."""
        return WorkshopData(self.workshop, list(self.participants.values()), list(self.notes.values()))

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

    def add_notes(self, notes: Iterable[Note]) -> None:
        notes = [n.copy() for n in notes]
        self._write(self.store.add_notes, notes)
        for n in notes:
            self.notes[n.id] = n
        for n in notes:
            self.note_added.emit(n.id)

    def update_notes(self, changes: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
        """Apply ``{id: {field: value}}``; returns the previous values of the same fields."""
        changes = {nid: dict(c) for nid, c in changes.items() if nid in self.notes and c}
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
        for nid in changes:
            self.note_changed.emit(nid)
        return old

    def move_notes(self, positions: Mapping[str, tuple[float, float]]) -> None:
        """Move notes to new centres; each note's Co follows from where it lands."""
        self.update_notes({nid: {"x": x, "y": y, "co": self.co_for(x, y)}
                           for nid, (x, y) in positions.items()})

    def delete_notes(self, note_ids: Iterable[str]) -> list[Note]:
        """Remove notes; returns copies of them (for undo)."""
        ids = [nid for nid in note_ids if nid in self.notes]
        if not ids:
            return []
        removed = [self.notes[nid].copy() for nid in ids]
        self._write(self.store.delete_notes, ids)
        for nid in ids:
            del self.notes[nid]
            self.note_removed.emit(nid)
        return removed

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
        for n in self.notes.values():
            if n.author_id == participant_id:
                self.note_changed.emit(n.id)
        return old

    def remove_participant(self, participant_id: str) -> tuple[Participant, list[str]]:
        """Remove a participant; returns it and the ids of the notes it had written."""
        p = self.participants[participant_id]
        authored = [n.id for n in self.notes.values() if n.author_id == participant_id]
        self._write(self.store.delete_participant, participant_id)
        del self.participants[participant_id]
        for nid in authored:
            self.notes[nid].author_id = None
        self.participants_changed.emit()
        for nid in authored:
            self.note_changed.emit(nid)
        return p, authored

    def restore_participant(self, participant: Participant, authored: list[str]) -> None:
        """Undo of :meth:`remove_participant`: the participant and their authorship come back."""
        self.add_participant(participant)
        self.update_notes({nid: {"author_id": participant.id} for nid in authored})

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
