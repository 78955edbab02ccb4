"""Undo commands for changes made as rows: bringing tables' files back, handing out, and
ending a breakout (see :mod:`costar_desktop.ui.model.document_rows`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from costar_desktop.ui.model.command_base import DocumentCommand

if TYPE_CHECKING:
    from costar_desktop.core.merge import RowChanges
    from costar_desktop.ui.model.document import WorkshopDocument


class RowsCommand(DocumentCommand):
    """One gesture of row changes and its inverse, worked out before it is pushed."""

    def __init__(
        self, document: WorkshopDocument, text: str, changes: RowChanges, undo: RowChanges
    ):
        super().__init__(document, text)
        self.changes = changes
        self.inverse = undo

    def _redo(self) -> None:
        self.document.apply_row_changes(self.changes)

    def _undo(self) -> None:
        self.document.apply_row_changes(self.inverse)
