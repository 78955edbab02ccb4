"""The base of every undo command: one gesture each way, and nothing changed if not saved.

Its own module so that the document can know its commands (to put the stack back after an
undo that could not be saved) without importing every command, which import the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from costar_desktop.storage import SaveFailed

if TYPE_CHECKING:
    from costar_desktop.ui.model.document import WorkshopDocument


class DocumentCommand(QUndoCommand):
    """Base: runs ``_redo``/``_undo`` as one gesture each; a failed save changes nothing."""

    def __init__(self, document: WorkshopDocument, text: str):
        super().__init__(text)
        self.document = document
        #: The first redo (the push) was not saved: the command is dropped.
        self.failed = False
        #: A later undo or redo was not saved (WorkshopDocument.undo/redo put the stack back).
        self.undo_failed = self.redo_failed = False
        #: The stack is being put back on this command: its next redo or undo is not run.
        self.skip_next_redo = self.skip_next_undo = False
        self._pushed = False

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        try:
            with self.document.change():
                self._redo()
        except SaveFailed:
            self._redo_not_saved()
            return
        except Exception:  # a bug: file and cache are as before; say so loudly
            self._redo_not_saved()
            raise
        self.failed = False
        self._pushed = True

    def _redo_not_saved(self) -> None:
        if self._pushed:
            self.redo_failed = True
        else:
            self.failed = True
            self.setObsolete(True)

    def undo(self) -> None:
        if self.skip_next_undo:
            self.skip_next_undo = False
            return
        try:
            with self.document.change():
                self._undo()
        except SaveFailed:
            self.undo_failed = True
        except Exception:
            self.undo_failed = True
            raise

    def _redo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class GestureCommand(DocumentCommand):
    """Several commands that one gesture made, done and undone together as one.

    For a gesture that is made of changes other commands already know how to make (a dot
    on each of the selected notes, each of several groups taken apart): the parts run in
    order, and are undone in reverse order, inside one transaction.
    """

    def __init__(self, document: WorkshopDocument, text: str, parts: Sequence[DocumentCommand]):
        super().__init__(document, text)
        self.parts = list(parts)

    def _redo(self) -> None:
        for part in self.parts:
            part._redo()

    def _undo(self) -> None:
        for part in reversed(self.parts):
            part._undo()
