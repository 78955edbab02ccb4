"""The document's part for the five steps: settings, dots, groups, people, sceptics, actions.

A typed base of :class:`~costar_desktop.ui.model.document.WorkshopDocument`: it declares,
for the type checker, what it uses of the document (the store, the caches, the signals,
:meth:`change`); the document defines them, and mypy checks that the two agree. Every
method runs as part of a gesture, writes through storage, replaces what changed in the
cache and tells its signals for after the commit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from costar_desktop.core.model import (
    Action,
    CoProducer,
    MarketItem,
    Note,
    Vote,
)
from costar_desktop.storage.rows import as_saved, as_saved_object
from costar_desktop.storage.steps_store import NoteDependants

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from costar_desktop.core.model import Workshop
    from costar_desktop.storage import WorkshopFile

#: An object of one of the collections the generic add/update/remove methods work on.
Entity = CoProducer | MarketItem | Action
_T = TypeVar("_T")


class _Collection(NamedTuple):
    """One collection of the generic methods: its cache, its storage writes, its signal."""

    cache: dict[str, Any]
    add: Callable[[Any], None]
    update: Callable[..., str]
    delete: Callable[[str], None]
    changed: SignalInstance


class DocumentSteps:
    if TYPE_CHECKING:
        # What this part uses of WorkshopDocument, which defines each of them.
        store: WorkshopFile
        workshop: Workshop
        notes: dict[str, Note]
        votes: dict[str, Vote]
        people: dict[str, CoProducer]
        market_items: dict[str, MarketItem]
        actions: dict[str, Action]
        note_changed: SignalInstance
        settings_changed: SignalInstance
        votes_changed: SignalInstance
        people_changed: SignalInstance
        market_changed: SignalInstance
        actions_changed: SignalInstance

        def change(self) -> AbstractContextManager[None]: ...
        def _write(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T: ...
        def _tell(self, signal: SignalInstance, *args: Any) -> None: ...
        def add_notes(self, notes: Iterable[Note]) -> None: ...
        def update_notes(
            self, changes: Mapping[str, Mapping[str, Any]]
        ) -> dict[str, dict[str, Any]]: ...

    # --- settings -------------------------------------------------------------------

    def set_settings(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change vote budget, vote visibility or current step; returns the old values."""
        old = {k: getattr(self.workshop, k) for k in changes}
        with self.change():
            self.workshop = self._write(self.store.update_settings, **dict(changes))
            self._tell(self.settings_changed)
        return old

    # --- dots -----------------------------------------------------------------------

    def add_votes(self, votes: list[Vote]) -> None:
        votes = [dataclasses.replace(v) for v in votes]
        with self.change():
            self._write(self.store.add_votes, votes)
            for v in votes:
                self.votes[v.id] = v
            self._tell(self.votes_changed)
            for nid in dict.fromkeys(v.note_id for v in votes):
                if nid in self.notes:
                    self._tell(self.note_changed, nid)

    def remove_votes(self, vote_ids: Iterable[str]) -> list[Vote]:
        ids = [i for i in vote_ids if i in self.votes]
        if not ids:
            return []
        removed = [self.votes[i] for i in ids]
        with self.change():
            self._write(self.store.delete_votes, ids)
            for i in ids:
                del self.votes[i]
            self._tell(self.votes_changed)
            for nid in dict.fromkeys(v.note_id for v in removed):
                if nid in self.notes:
                    self._tell(self.note_changed, nid)
        return removed

    # --- people, sceptics' worries and actions ----------------------------------------

    def _collection(self, collection: str) -> _Collection:
        store = self.store
        if collection == "people":
            return _Collection(
                self.people,
                store.add_person,
                store.update_person,
                store.delete_person,
                self.people_changed,
            )
        if collection == "market_items":
            return _Collection(
                self.market_items,
                store.add_market_item,
                store.update_market_item,
                store.delete_market_item,
                self.market_changed,
            )
        if collection == "actions":
            # Adding and removing actions go through add_actions and remove_actions.
            return _Collection(
                self.actions,
                lambda action: store.add_actions([action]),
                store.update_action,
                lambda action_id: store.delete_actions([action_id]),
                self.actions_changed,
            )
        raise KeyError(collection)

    def add_entity(self, collection: str, obj: Entity) -> None:
        """Add a co-producer, market item or action."""
        if collection == "actions":
            assert isinstance(obj, Action)
            self.add_actions([obj])
            return
        part = self._collection(collection)
        with self.change():
            obj = as_saved_object(collection, obj)  # texts as storage saves them
            self._write(part.add, obj)
            part.cache[obj.id] = obj
            self._tell(part.changed)

    def add_actions(self, actions: list[Action]) -> None:
        """Add several actions in one transaction (carrying a plan over)."""
        with self.change():
            actions = [as_saved_object("actions", a) for a in actions]
            self._write(self.store.add_actions, actions)
            for a in actions:
                self.actions[a.id] = a
            self._tell(self.actions_changed)

    def update_entity(
        self, collection: str, obj_id: str, changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Change fields of a co-producer, market item or action; returns the old values."""
        part = self._collection(collection)
        obj = part.cache[obj_id]
        old = {k: getattr(obj, k) for k in changes}
        with self.change():
            values = as_saved(collection, changes)
            stamp = self._write(part.update, obj_id, **values)
            values = {k: list(v) if k == "note_ids" else v for k, v in values.items()}
            part.cache[obj_id] = dataclasses.replace(obj, **values, updated=stamp)
            self._tell(part.changed)
        return old

    def remove_entity(self, collection: str, obj_id: str) -> Entity:
        """Remove a co-producer, market item or action; returns it (for undo)."""
        if collection == "actions":
            return self.remove_actions([obj_id])[0]
        part = self._collection(collection)
        obj: Entity = part.cache[obj_id]
        with self.change():
            self._write(part.delete, obj_id)
            del part.cache[obj_id]
            self._tell(part.changed)
        return obj

    def remove_actions(self, action_ids: Iterable[str]) -> list[Action]:
        """Remove several actions in one transaction; returns them (for undo)."""
        ids = [i for i in action_ids if i in self.actions]
        removed = [self.actions[i] for i in ids]
        if not ids:
            return removed
        with self.change():
            self._write(self.store.delete_actions, ids)
            for i in ids:
                del self.actions[i]
            self._tell(self.actions_changed)
        return removed

    # --- groups -----------------------------------------------------------------------

    def group_notes(self, card: Note, members: Mapping[str, Mapping[str, Any]]) -> None:
        """Add a group card and put the notes in it (one transaction): ``members`` maps
        note ids to the changes that join them to the card (``group_id``, and where they
        gather)."""
        with self.change():
            self.add_notes([card])
            self.update_notes(members)

    def members_of(self, group_id: str) -> list[Note]:
        return [n for n in self.notes.values() if n.group_id == group_id]

    # --- keeping the caches in step with cascades -----------------------------------
    # (objects are replaced, never changed in place: see WorkshopDocument.change)

    def _forget_links_to(self, gone: set[str]) -> None:
        for v in [v for v in self.votes.values() if v.note_id in gone]:
            del self.votes[v.id]
        caches: tuple[dict[str, Any], ...] = (self.people, self.actions)
        for cache in caches:
            for key, obj in list(cache.items()):
                if gone.intersection(obj.note_ids):
                    cache[key] = dataclasses.replace(
                        obj, note_ids=[n for n in obj.note_ids if n not in gone]
                    )

    def _apply_dependants(self, dep: NoteDependants) -> None:
        for v in dep.votes:
            self.votes[v.id] = v
        linked: tuple[tuple[dict[str, Any], list[tuple[str, str]]], ...] = (
            (self.people, dep.people_links),
            (self.actions, dep.action_links),
        )
        for cache, links in linked:
            for owner_id, note_id in links:
                obj = cache.get(owner_id)
                if obj is not None and note_id not in obj.note_ids:
                    cache[owner_id] = dataclasses.replace(obj, note_ids=[*obj.note_ids, note_id])
        for member, group in dep.members:
            if member in self.notes:
                self.notes[member] = self.notes[member].copy(group_id=group)

    def _tell_dependants(self, dep: NoteDependants) -> None:
        if dep.votes:
            self._tell(self.votes_changed)
        if dep.people_links:
            self._tell(self.people_changed)
        if dep.action_links:
            self._tell(self.actions_changed)
