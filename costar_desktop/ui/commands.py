"""Undo commands. Each one changes the document, never the scene's items.

``redo()`` runs when the command is pushed. If the document cannot save, the command
marks itself obsolete so the undo stack drops it: the edit did not happen.
"""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtGui import QUndoCommand

from costar_desktop.ui.i18n import translate
from costar_desktop.core.model import Note, Participant
from costar_desktop.storage import SaveFailed
from costar_desktop.ui.document import WorkshopDocument


class DocumentCommand(QUndoCommand):
    """Base: runs ``_redo``/``_undo`` and turns a failed save into an obsolete command."""

    def __init__(self, document: WorkshopDocument, text: str):
        super().__init__(text)
        self.document = document
        self.failed = False

    def redo(self) -> None:
        try:
            self._redo()
            self.failed = False
        except SaveFailed:
            self.failed = True
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self._undo()
        except SaveFailed:
            self.failed = True
            self.setObsolete(True)

    def _redo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class AddNotesCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, notes: list[Note], text: str | None = None):
        super().__init__(document, text or (translate("commands", "Add note") if len(notes) == 1 else translate("commands", "Add notes")))
        self.notes = [n.copy() for n in notes]

    def _redo(self) -> None:
        self.document.add_notes(self.notes)

    def _undo(self) -> None:
        self.document.delete_notes([n.id for n in self.notes])


class UpdateNotesCommand(DocumentCommand):
    """Set fields of one or more notes; undo puts the previous values back."""

    def __init__(self, document: WorkshopDocument, changes: Mapping[str, Mapping[str, Any]],
                 text: str):
        super().__init__(document, text)
        self.changes = {nid: dict(c) for nid, c in changes.items()}
        self.previous: dict[str, dict[str, Any]] = {}

    def _redo(self) -> None:
        self.previous = self.document.update_notes(self.changes)

    def _undo(self) -> None:
        self.document.update_notes(self.previous)


class EditNoteTextCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_id: str, text: str, height: float):
        super().__init__(document, {note_id: {"text": text, "height": height}}, translate("commands", "Edit note"))


class MoveNotesCommand(UpdateNotesCommand):
    """Move notes; each note's Co follows from where it lands (one transaction)."""

    def __init__(self, document: WorkshopDocument, positions: Mapping[str, tuple[float, float]]):
        changes = {nid: {"x": x, "y": y, "co": document.co_for(x, y)}
                   for nid, (x, y) in positions.items()}
        super().__init__(document, changes,
                         translate("commands", "Move note") if len(changes) == 1 else translate("commands", "Move notes"))


class NudgeNotesCommand(MoveNotesCommand):
    """Arrow-key moves. Nudges of the same notes in a row merge into one undo step."""

    ID = 1001

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, NudgeNotesCommand) or set(other.changes) != set(self.changes):
            return False
        self.changes = other.changes
        return True


class RecolourNotesCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str], colour: str):
        super().__init__(document, {nid: {"colour": colour} for nid in note_ids},
                         translate("commands", "Change colour"))


class SetNoteAuthorCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str], author_id: str | None):
        super().__init__(document, {nid: {"author_id": author_id} for nid in note_ids},
                         translate("commands", "Change author"))


class DeleteNotesCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str]):
        super().__init__(document, translate("commands", "Delete note") if len(note_ids) == 1 else translate("commands", "Delete notes"))
        self.note_ids = list(note_ids)
        self.removed: list[Note] = []
        self.dependants = None

    def _redo(self) -> None:
        self.removed, self.dependants = self.document.delete_notes(self.note_ids)

    def _undo(self) -> None:
        self.document.restore_notes(self.removed, self.dependants)


class EditDetailsCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, changes: Mapping[str, Any]):
        super().__init__(document, translate("commands", "Edit workshop details"))
        self.changes = dict(changes)
        self.previous: dict[str, Any] = {}

    def _redo(self) -> None:
        self.previous = self.document.set_details(self.changes)

    def _undo(self) -> None:
        self.document.set_details(self.previous)


class AddParticipantCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, participant: Participant):
        super().__init__(document, translate("commands", "Add participant"))
        self.participant = participant

    def _redo(self) -> None:
        self.document.add_participant(self.participant)

    def _undo(self) -> None:
        self.document.remove_participant(self.participant.id)


class EditParticipantCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, participant_id: str, changes: Mapping[str, Any]):
        super().__init__(document, translate("commands", "Edit participant"))
        self.participant_id = participant_id
        self.changes = dict(changes)
        self.previous: dict[str, Any] = {}

    def _redo(self) -> None:
        self.previous = self.document.update_participant(self.participant_id, self.changes)

    def _undo(self) -> None:
        self.document.update_participant(self.participant_id, self.previous)


class RemoveParticipantCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, participant_id: str):
        super().__init__(document, translate("commands", "Remove participant"))
        self.participant_id = participant_id
        self.removed: Participant | None = None
        self.authored: list[str] = []
        self.dots = []

    def _redo(self) -> None:
        self.removed, self.authored, self.dots = self.document.remove_participant(
            self.participant_id)

    def _undo(self) -> None:
        assert self.removed is not None
        self.document.restore_participant(self.removed, self.authored, self.dots)
