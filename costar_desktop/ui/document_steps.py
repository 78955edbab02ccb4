"""The document's part for the five steps: settings, dots, groups, people, sceptics, actions.

A mixin of :class:`~costar_desktop.ui.document.WorkshopDocument` (which declares the
signals): every method writes through storage first, then updates the cache and emits.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Mapping

from costar_desktop.core.model import (
    Action,
    CoProducer,
    MarketItem,
    Note,
    Vote,
)
from costar_desktop.storage.workshop_file import NoteDependants

#: The collections the generic add/update/remove methods work on.
ENTITIES = {
    "people": (CoProducer, "add_person", "update_person", "delete_person", "people_changed"),
    "market_items": (MarketItem, "add_market_item", "update_market_item", "delete_market_item",
                     "market_changed"),
    "actions": (Action, None, "update_action", None, "actions_changed"),
}


class StepsMixin:
    # --- settings -------------------------------------------------------------------

    def set_settings(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change vote budget, vote visibility or current step; returns the old values."""
        old = {k: getattr(self.workshop, k) for k in changes}
        self.workshop = self._write(self.store.update_settings, **dict(changes))
        self.settings_changed.emit()
        return old

    # --- dots -----------------------------------------------------------------------

    def add_votes(self, votes: list[Vote]) -> None:
        votes = [dataclasses.replace(v) for v in votes]
        self._write(self.store.add_votes, votes)
        for v in votes:
            self.votes[v.id] = v
        self.votes_changed.emit()
        with self._note_run():
            for nid in {v.note_id for v in votes}:
                if nid in self.notes:
                    self.note_changed.emit(nid)

    def remove_votes(self, vote_ids: Iterable[str]) -> list[Vote]:
        ids = [i for i in vote_ids if i in self.votes]
        if not ids:
            return []
        removed = [self.votes[i] for i in ids]
        self._write(self.store.delete_votes, ids)
        for i in ids:
            del self.votes[i]
        self.votes_changed.emit()
        with self._note_run():
            for nid in {v.note_id for v in removed}:
                if nid in self.notes:
                    self.note_changed.emit(nid)
        return removed

    # --- people, sceptics' worries and actions ----------------------------------------

    def _entity(self, collection: str):
        return ENTITIES[collection]

    def add_entity(self, collection: str, obj) -> None:
        """Add a co-producer, market item or action."""
        obj = dataclasses.replace(obj)
        _type, add, _update, _delete, signal = self._entity(collection)
        if collection == "actions":
            self._write(self.store.add_actions, [obj])
        else:
            self._write(getattr(self.store, add), obj)
        getattr(self, collection)[obj.id] = obj
        getattr(self, signal).emit()

    def add_actions(self, actions: list[Action]) -> None:
        """Add several actions in one transaction (carrying a plan over)."""
        actions = [dataclasses.replace(a) for a in actions]
        self._write(self.store.add_actions, actions)
        for a in actions:
            self.actions[a.id] = a
        self.actions_changed.emit()

    def update_entity(self, collection: str, obj_id: str, changes: Mapping[str, Any]
                      ) -> dict[str, Any]:
        """Change fields of a co-producer, market item or action; returns the old values."""
        obj_type, _add, update, _delete, signal = self._entity(collection)
        obj = getattr(self, collection)[obj_id]
        old = {k: getattr(obj, k) for k in changes}
        stamp = self._write(getattr(self.store, update), obj_id, **dict(changes))
        for k, v in changes.items():
            setattr(obj, k, list(v) if k == "note_ids" else v)
        obj.__post_init__()
        obj.updated = stamp
        getattr(self, signal).emit()
        return old

    def remove_entity(self, collection: str, obj_id: str):
        """Remove a co-producer, market item or action; returns it (for undo)."""
        _type, _add, _update, delete, signal = self._entity(collection)
        obj = getattr(self, collection)[obj_id]
        if collection == "actions":
            self._write(self.store.delete_actions, [obj_id])
        else:
            self._write(getattr(self.store, delete), obj_id)
        del getattr(self, collection)[obj_id]
        getattr(self, signal).emit()
        return obj

    # --- groups -----------------------------------------------------------------------

    def group_notes(self, card: Note, members: Mapping[str, Mapping[str, Any]]) -> None:
        """Add a group card and put the notes in it: ``members`` maps note ids to the
        changes that join them to the card (``group_id``, and where they gather)."""
        self.add_notes([card])
        self.update_notes(members)

    def members_of(self, group_id: str) -> list[Note]:
        return [n for n in self.notes.values() if n.group_id == group_id]

    # --- keeping the caches in step with cascades -----------------------------------

    def _forget_links_to(self, gone: set[str]) -> None:
        for v in [v for v in self.votes.values() if v.note_id in gone]:
            del self.votes[v.id]
        for p in self.people.values():
            p.note_ids = [n for n in p.note_ids if n not in gone]
        for a in self.actions.values():
            a.note_ids = [n for n in a.note_ids if n not in gone]

    def _apply_dependants(self, dep: NoteDependants) -> None:
        for v in dep.votes:
            self.votes[v.id] = v
        for person_id, note_id in dep.people_links:
            if person_id in self.people and note_id not in self.people[person_id].note_ids:
                self.people[person_id].note_ids.append(note_id)
        for action_id, note_id in dep.action_links:
            if action_id in self.actions and note_id not in self.actions[action_id].note_ids:
                self.actions[action_id].note_ids.append(note_id)
        for member, group in dep.members:
            if member in self.notes:
                self.notes[member].group_id = group

    def _emit_dependants(self, dep: NoteDependants) -> None:
        if dep.votes:
            self.votes_changed.emit()
        if dep.people_links:
            self.people_changed.emit()
        if dep.action_links:
            self.actions_changed.emit()
