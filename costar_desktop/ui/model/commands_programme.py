"""Undo commands for the programme's plan (see :mod:`costar_desktop.ui.model.document_programme`).
Running the day (next, back, pause, +5 minutes) is recorded, not undone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from costar_desktop.core.programme import keep_what_ran
from costar_desktop.ui.model.command_base import DocumentCommand

if TYPE_CHECKING:
    from costar_desktop.core.programme import Programme
    from costar_desktop.ui.model.document import WorkshopDocument


class PlanCommand(DocumentCommand):
    """One change to the agenda (a block added, edited, moved or deleted; the start of the
    day; a whole programme put in): the plan after it, and the plan before it for undo."""

    def __init__(self, document: WorkshopDocument, plan: Programme, text: str):
        super().__init__(document, text)
        self.plan = plan
        self.before: Programme | None = None
        #: The programme as the last undo found it: a block the undo took out keeps what
        #: actually happened to it when a redo brings it back.
        self.undone: Programme | None = None

    def _redo(self) -> None:
        plan = self.plan if self.undone is None else keep_what_ran(self.plan, self.undone)
        self.before = self.document.set_plan(plan)

    def _undo(self) -> None:
        assert self.before is not None  # undo follows a redo
        self.undone = self.document.set_plan(self.before)
