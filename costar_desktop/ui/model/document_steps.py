"""The document's part for the five steps: settings, dots, groups, people, sceptics, actions.

A mixin of :class:`~costar_desktop.ui.model.document.WorkshopDocument` (which declares the
signals and :meth:`change`): every method runs as part of a gesture, writes through
storage, replaces what changed in the cache and tells its signals for after the commit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from costar_desktop.core.model import (
    Action,
    CoProducer,
    MarketItem,
    Note,
    Vote,
)
from costar_desktop.storage.rows import as_saved, as_saved_object
from costar_desktop.storage.workshop_file import NoteDependants

#: The collections the generic add/update/remove methods work on.
ENTITIES = {
    "people": (CoProducer, "add_person", "update_person", "delete_person", "people_changed"),
    "market_items": (
        MarketItem,
        "add_market_item",
        "update_market_item",
        "delete_market_item",
        "market_changed",
    ),
    "actions": (Action, None, "update_action", None, "actions_changed"),
}


class StepsMixin:
    # --- settings -------------------------------------------------------------------

    def set_settings(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change vote budget, vote visibility or current step; returns the old values."""
        old = {k: getattr(self.workshop, k) for k in changes}
        with self.change():
            self.workshop = self._write(self.store.update_settings, **dict(changes))
            self._tell("settings_changed")
        return old

    # --- dots -----------------------------------------------------------------------

    def add_votes(self, votes: list[Vote]) -> None:
        votes = [dataclasses.replace(v) for v in votes]
        with self.change():
            self._write(self.store.add_votes, votes)
            for v in votes:
                self.votes[v.id] = v
            self._tell("votes_changed")
            for nid in dict.fromkeys(v.note_id for v in votes):
                if nid in self.notes:
                    self._tell("note_changed", nid)

    def remove_votes(self, vote_ids: Iterable[str]) -> list[Vote]:
        ids = [i for i in vote_ids if i in self.votes]
        if not ids:
            return []
        removed = [self.votes[i] for i in ids]
        with self.change():
            self._write(self.store.delete_votes, ids)
            for i in ids:
                del self.votes[i]
            self._tell("votes_changed")
            for nid in dict.fromkeys(v.note_id for v in removed):
                if nid in self.notes:
                    self._tell("note_changed", nid)
        return removed

    # --- people, sceptics' worries and actions ----------------------------------------

    def _entity(self, collection: str):
        return ENTITIES[collection]

    def add_entity(self, collection: str, obj) -> None:
        """Add a co-producer, market item or action."""
        if collection == "actions":
            self.add_actions([obj])
            return
        _type, add, _update, _delete, signal = self._entity(collection)
        with self.change():
            obj = as_saved_object(collection, obj)  # texts as storage saves them
            self._write(getattr(self.store, add), obj)
            getattr(self, collection)[obj.id] = obj
            self._tell(signal)

    def add_actions(self, actions: list[Action]) -> None:
        """Add several actions in one transaction (carrying a plan over)."""
        with self.change():
            actions = [as_saved_object("actions", a) for a in actions]
            self._write(self.store.add_actions, actions)
            for a in actions:
                self.actions[a.id] = a
            self._tell("actions_changed")

    def update_entity(
        self, collection: str, obj_id: str, changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Change fields of a co-producer, market item or action; returns the old values."""
        _type, _add, update, _delete, signal = self._entity(collection)
        cache = getattr(self, collection)
        obj = cache[obj_id]
        old = {k: getattr(obj, k) for k in changes}
        with self.change():
            values = as_saved(collection, changes)
            stamp = self._write(getattr(self.store, update), obj_id, **values)
            values = {k: list(v) if k == "note_ids" else v for k, v in values.items()}
            cache[obj_id] = dataclasses.replace(obj, **values, updated=stamp)
            self._tell(signal)
        return old

    def remove_entity(self, collection: str, obj_id: str):
        """Remove a co-producer, market item or action; returns it (for undo)."""
        if collection == "actions":
            return self.remove_actions([obj_id])[0]
        _type, _add, _update, delete, signal = self._entity(collection)
        obj = getattr(self, collection)[obj_id]
        with self.change():
            self._write(getattr(self.store, delete), obj_id)
            del getattr(self, collection)[obj_id]
            self._tell(signal)
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
            self._tell("actions_changed")
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
        for cache in (self.people, self.actions):
            for key, obj in list(cache.items()):
                if gone.intersection(obj.note_ids):
                    cache[key] = dataclasses.replace(
                        obj, note_ids=[n for n in obj.note_ids if n not in gone]
                    )

    def _apply_dependants(self, dep: NoteDependants) -> None:
        for v in dep.votes:
            self.votes[v.id] = v
        for cache, links in ((self.people, dep.people_links), (self.actions, dep.action_links)):
            for owner_id, note_id in links:
                obj = cache.get(owner_id)
                if obj is not None and note_id not in obj.note_ids:
                    cache[owner_id] = dataclasses.replace(obj, note_ids=[*obj.note_ids, note_id])
        for member, group in dep.members:
            if member in self.notes:
                self.notes[member] = self.notes[member].copy(group_id=group)

    def _tell_dependants(self, dep: NoteDependants) -> None:
        if dep.votes:
            self._tell("votes_changed")
        if dep.people_links:
            self._tell("people_changed")
        if dep.action_links:
            self._tell("actions_changed")
