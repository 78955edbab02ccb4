"""The document's part for changes made as rows: bringing tables' files back, handing a
workshop out, ending a breakout, and their undo.

A merge touches every kind of thing at once (notes, dots, co-producers, the action plan),
so it is written as rows (:class:`~costar_desktop.core.merge.RowChanges`) in one gesture,
and the caches then follow what the file holds: each changed note is told by its own
signal, each other collection by its one signal, as any gesture tells them.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from costar_desktop.core.merge import MERGED_TABLES

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from costar_desktop.core.merge import RowChanges
    from costar_desktop.core.model import (
        Action,
        CoProducer,
        MarketItem,
        Note,
        Participant,
        Vote,
        Workshop,
    )
    from costar_desktop.storage import WorkshopFile

#: Tables whose rows are the workshop's, not the breakout's own records.
_WORKSHOP_TABLES = frozenset(MERGED_TABLES)


class DocumentRows:
    if TYPE_CHECKING:
        # What this part uses of WorkshopDocument, which defines each of them.
        store: WorkshopFile
        workshop: Workshop
        notes: dict[str, Note]
        participants: dict[str, Participant]
        votes: dict[str, Vote]
        people: dict[str, CoProducer]
        market_items: dict[str, MarketItem]
        actions: dict[str, Action]
        note_added: SignalInstance
        note_changed: SignalInstance
        note_removed: SignalInstance
        participants_changed: SignalInstance
        details_changed: SignalInstance
        settings_changed: SignalInstance
        votes_changed: SignalInstance
        people_changed: SignalInstance
        market_changed: SignalInstance
        actions_changed: SignalInstance
        breakout_changed: SignalInstance

        def change(self) -> AbstractContextManager[None]: ...
        def _tell(self, signal: SignalInstance, *args: Any) -> None: ...
        def _write(self, fn: Any, *args: Any, **kwargs: Any) -> Any: ...

    def apply_row_changes(self, changes: RowChanges) -> None:
        """Write ``changes`` as one gesture; the caches then hold what the file holds."""
        with self.change():
            self._write(self.store.apply_row_changes, changes)
            tables = set(changes.inserts) | set(changes.updates) | set(changes.deletes)
            if tables - _WORKSHOP_TABLES:
                self._tell(self.breakout_changed)
            if tables & _WORKSHOP_TABLES:
                self._follow_the_file()

    def _follow_the_file(self) -> None:
        """Read the file again (inside the gesture) and tell what differs from the caches.
        The dictionaries are changed in place, so a gesture that fails puts them back."""
        data = self.store.read_checked()[0]
        if data.workshop != self.workshop:
            old = self.workshop
            self.workshop = data.workshop
            self._tell(self.details_changed)
            if (old.vote_budget, old.votes_hidden, old.current_step) != (
                data.workshop.vote_budget,
                data.workshop.votes_hidden,
                data.workshop.current_step,
            ):
                self._tell(self.settings_changed)
        new_notes = {n.id: n for n in data.notes}
        for key in [k for k in self.notes if k not in new_notes]:
            del self.notes[key]
            self._tell(self.note_removed, key)
        for key, n in new_notes.items():
            was = self.notes.get(key)
            if was == n:
                continue
            self.notes[key] = n
            self._tell(self.note_added if was is None else self.note_changed, key)
        collections: list[tuple[dict[str, Any], list[Any], SignalInstance]] = [
            (self.participants, data.participants, self.participants_changed),
            (self.votes, data.votes, self.votes_changed),
            (self.people, data.people, self.people_changed),
            (self.market_items, data.market_items, self.market_changed),
            (self.actions, data.actions, self.actions_changed),
        ]
        for cache, fresh, signal in collections:
            by_id = {x.id: x for x in fresh}
            if by_id != cache:
                cache.clear()
                cache.update(by_id)
                self._tell(signal)
