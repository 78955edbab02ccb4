"""The document's part for the programme: the agenda as planned, and the day as it runs.

A typed base of :class:`~costar_desktop.ui.model.document.WorkshopDocument`, like
document_steps. The programme is one immutable object (core/programme.py), written whole
by storage in the gesture's transaction and kept in a one-entry cache, so a gesture that
fails puts it back with the other caches.

Two kinds of change, kept apart so that undo never turns the clock back:

* :meth:`set_plan` changes the plan (blocks, their order, the start of the day, the
  name): an undo command (commands_programme.py) calls it both ways. What actually
  happened — each block's real start and length, and the block running now — is kept
  from the file as it is (:func:`~costar_desktop.core.programme.keep_what_ran`).
* :meth:`set_run` records the day as it runs (next, back, pause, +5 minutes): saved at
  once, not undone — "Back" is the way back.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from costar_desktop.core.programme import Programme, keep_what_ran
from costar_desktop.storage.agenda_store import as_saved_programme

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from costar_desktop.storage import WorkshopFile

_T = TypeVar("_T")


class DocumentProgramme:
    if TYPE_CHECKING:
        # What this part uses of WorkshopDocument, which defines each of them.
        store: WorkshopFile
        programme_changed: SignalInstance
        _programme: dict[str, Programme]

        def change(self) -> AbstractContextManager[None]: ...
        def _write(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T: ...
        def _tell(self, signal: SignalInstance, *args: Any) -> None: ...

    @property
    def programme(self) -> Programme:
        """The day's programme as the file holds it (never change it in place)."""
        return self._programme["day"]

    def set_plan(self, plan: Programme) -> Programme:
        """Make ``plan`` the agenda (blocks, order, start of the day, name), keeping what
        actually happened; returns the programme as it was (for undo)."""
        old = self.programme
        self._set(keep_what_ran(plan, old))
        return old

    def set_run(self, programme: Programme) -> None:
        """Record the day as it runs (the block running now, its clock, real starts and
        lengths): ``programme`` is the current one with those changed."""
        self._set(programme)

    def _set(self, programme: Programme) -> None:
        programme = as_saved_programme(programme)  # texts as the file will hold them
        if programme == self.programme:
            return
        with self.change():
            self._write(self.store.write_programme, programme)
            self._programme["day"] = programme
            self._tell(self.programme_changed)
