"""Undo commands. Each one changes the document, never the scene's items.

One command is one gesture of the user: its ``redo()`` and its ``undo()`` each run as one
transaction of the file (:meth:`WorkshopDocument.change`), so Ctrl+Z takes back all of
what one gesture did, or nothing. If the document cannot save when the command is first
pushed, the command marks itself obsolete so the undo stack drops it: the edit did not
happen. If an undo or a redo cannot be saved, nothing changed and the command stays where
it was; :meth:`WorkshopDocument.undo` and :meth:`~WorkshopDocument.redo` put the stack back
on it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from costar_desktop.core.model import InboxNote, Note, Participant, Vote
from costar_desktop.storage.steps_store import NoteDependants
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.model.command_base import (
    DocumentCommand as DocumentCommand,
    GestureCommand as GestureCommand,
)
from costar_desktop.ui.model.document import WorkshopDocument


class AddNotesCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, notes: list[Note], text: str | None = None):
        super().__init__(
            document,
            text
            or (
                translate("commands", "Add note")
                if len(notes) == 1
                else translate("commands", "Add notes")
            ),
        )
        self.notes = [n.copy() for n in notes]

    def _redo(self) -> None:
        self.document.add_notes(self.notes)

    def _undo(self) -> None:
        self.document.delete_notes([n.id for n in self.notes])


class UpdateNotesCommand(DocumentCommand):
    """Set fields of one or more notes; undo puts the previous values back."""

    def __init__(
        self, document: WorkshopDocument, changes: Mapping[str, Mapping[str, Any]], text: str
    ):
        super().__init__(document, text)
        self.changes = {nid: dict(c) for nid, c in changes.items()}
        self.previous: dict[str, dict[str, Any]] = {}

    def _redo(self) -> None:
        self.previous = self.document.update_notes(self.changes)

    def _undo(self) -> None:
        self.document.update_notes(self.previous)


class EditNoteTextCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_id: str, text: str, height: float):
        super().__init__(
            document,
            {note_id: {"text": text, "height": height}},
            translate("commands", "Edit note"),
        )


class MoveNotesCommand(UpdateNotesCommand):
    """Move notes; each note's Co follows from where it lands (the document sees to it)."""

    def __init__(self, document: WorkshopDocument, positions: Mapping[str, tuple[float, float]]):
        changes = {nid: {"x": x, "y": y} for nid, (x, y) in positions.items()}
        super().__init__(
            document,
            changes,
            translate("commands", "Move note")
            if len(changes) == 1
            else translate("commands", "Move notes"),
        )


class NudgeNotesCommand(MoveNotesCommand):
    """Arrow-key moves. Nudges of the same notes in a row merge into one undo step."""

    ID = 1001

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, NudgeNotesCommand) or set(other.changes) != set(self.changes):
            return False
        self.changes = other.changes
        # Qt deletes ``other`` now, but PySide keeps its Python side alive: let go of the
        # document, or a closed workshop would stay in memory with its caches.
        del other.document
        return True


class RecolourNotesCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str], colour: str):
        super().__init__(
            document,
            {nid: {"colour": colour} for nid in note_ids},
            translate("commands", "Change colour"),
        )


class SetNoteAuthorCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str], author_id: str | None):
        super().__init__(
            document,
            {nid: {"author_id": author_id} for nid in note_ids},
            translate("commands", "Change author"),
        )


class DeleteNotesCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str]):
        super().__init__(
            document,
            translate("commands", "Delete note")
            if len(note_ids) == 1
            else translate("commands", "Delete notes"),
        )
        self.note_ids = list(note_ids)
        self.removed: list[Note] = []
        self.dependants: NoteDependants | None = None

    def _redo(self) -> None:
        self.removed, self.dependants = self.document.delete_notes(self.note_ids)

    def _undo(self) -> None:
        assert self.dependants is not None  # undo follows a redo
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
        self.dots: list[Vote] = []

    def _redo(self) -> None:
        self.removed, self.authored, self.dots = self.document.remove_participant(
            self.participant_id
        )

    def _undo(self) -> None:
        assert self.removed is not None
        self.document.restore_participant(self.removed, self.authored, self.dots)


# --- the inbox: notes written on phones -------------------------------------------------


class PlaceInboxCommand(DocumentCommand):
    """Put notes from the inbox on the star, in one gesture: the inbox items go, any new
    participants (``authors``, made for the phones' writers) and the notes come. Undo puts
    everything back as it was: the inbox items with their own ids and arrival times."""

    def __init__(
        self,
        document: WorkshopDocument,
        inbox_ids: list[str],
        placed: list[Note],
        authors: list[Participant] | None = None,
    ):
        n = len(inbox_ids)
        super().__init__(
            document,
            translate("commands", "Put a phone's note on the star")
            if n == 1
            else translate("commands", "Put %n phones' notes on the star").replace("%n", str(n)),
        )
        self.inbox_ids = list(inbox_ids)
        self.placed = [note.copy() for note in placed]
        self.authors = [dataclasses.replace(p) for p in (authors or [])]
        self.removed: list[InboxNote] = []

    def _redo(self) -> None:
        self.removed = self.document.remove_inbox(self.inbox_ids)
        for participant in self.authors:
            self.document.add_participant(participant)
        self.document.add_notes(self.placed)

    def _undo(self) -> None:
        self.document.delete_notes([note.id for note in self.placed])
        for participant in reversed(self.authors):
            self.document.remove_participant(participant.id)
        self.document.restore_inbox(self.removed)


class TurnDownInboxCommand(DocumentCommand):
    """Turn notes in the inbox down: they go (their text wiped from the file); undo brings
    them back."""

    def __init__(self, document: WorkshopDocument, inbox_ids: list[str]):
        n = len(inbox_ids)
        super().__init__(
            document,
            translate("commands", "Turn down a phone's note")
            if n == 1
            else translate("commands", "Turn down %n phones' notes").replace("%n", str(n)),
        )
        self.inbox_ids = list(inbox_ids)
        self.removed: list[InboxNote] = []

    def _redo(self) -> None:
        self.removed = self.document.remove_inbox(self.inbox_ids)

    def _undo(self) -> None:
        self.document.restore_inbox(self.removed)


class EditInboxCommand(DocumentCommand):
    """Change the text of a note in the inbox before it goes on the star. The caller
    refuses a blank or too long text; storage refuses too long as well."""

    def __init__(self, document: WorkshopDocument, inbox_id: str, text: str):
        super().__init__(document, translate("commands", "Edit a phone's note"))
        self.inbox_id = inbox_id
        self.new_text = text
        self.previous: str | None = None

    def _redo(self) -> None:
        self.previous = self.document.edit_inbox(self.inbox_id, self.new_text)

    def _undo(self) -> None:
        assert self.previous is not None  # undo follows a redo
        self.document.edit_inbox(self.inbox_id, self.previous)
