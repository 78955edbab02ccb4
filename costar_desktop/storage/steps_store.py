"""The storage part for the five steps: settings, dots, what hangs on notes, co-producers,
sceptics' worries and actions. A mixin of :class:`~costar_desktop.storage.WorkshopFile`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from costar_desktop.core.model import (
    Action,
    CoProducer,
    MarketItem,
    Note,
    Vote,
    Workshop,
    now_iso,
)
from costar_desktop.storage import rows

if TYPE_CHECKING:
    import sqlite_utils


def cards_first(notes: Iterable[Note]) -> list[Note]:
    """Group cards before the notes in them: notes go in by batches of rows, and a note
    whose card comes in a later batch would break the link to it (a deleted selection
    that listed a member before its card could then not be put back)."""
    notes = list(notes)
    return [n for n in notes if n.is_group] + [n for n in notes if not n.is_group]


@dataclass
class NoteDependants:
    """What hangs on a set of notes and goes when they are deleted (kept for undo)."""

    votes: list[Vote] = field(default_factory=list)
    people_links: list[tuple[str, str]] = field(default_factory=list)
    action_links: list[tuple[str, str]] = field(default_factory=list)
    #: (member note id, group id) for notes that belonged to a deleted group card.
    members: list[tuple[str, str]] = field(default_factory=list)


class StepsStoreMixin:
    """Writes and reads for the steps; relies on WorkshopFile's ``_writing`` and ``_query``."""

    if TYPE_CHECKING:  # what the mixin uses of WorkshopFile, for the type checker
        _lock: threading.RLock

        def workshop(self) -> Workshop: ...
        def _writing(self) -> AbstractContextManager[sqlite_utils.Database]: ...
        def _check_open(self) -> None: ...
        def _query(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]: ...

    def update_settings(self, **changes: Any) -> Workshop:
        """Change vote budget, vote visibility or the current step."""
        row = rows.settings_change_to_row(changes)
        current = self.workshop()
        with self._writing() as db:
            db.table("workshop").update(current.id, row)
        return self.workshop()

    def add_votes(self, votes: Iterable[Vote]) -> None:
        with self._writing() as db:
            db.table("votes").insert_all(rows.vote_to_row(v) for v in votes)

    def delete_votes(self, vote_ids: Iterable[str]) -> None:
        self._delete_ids("votes", list(vote_ids))

    def _delete_ids(self, table: str, ids: list[str]) -> None:
        with self._writing() as db:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                db.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)

    def note_dependants(self, note_ids: Iterable[str]) -> NoteDependants:
        """Votes, links and group members that would go with these notes."""
        ids = list(note_ids)
        dep = NoteDependants()
        with self._lock:
            self._check_open()
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                dep.votes += [
                    Vote(**r)
                    for r in self._query(
                        f"SELECT * FROM votes WHERE note_id IN ({marks}) ORDER BY rowid", chunk
                    )
                ]
                dep.people_links += [
                    (r["person_id"], r["note_id"])
                    for r in self._query(
                        f"SELECT * FROM people_links WHERE note_id IN ({marks}) ORDER BY rowid",
                        chunk,
                    )
                ]
                dep.action_links += [
                    (r["action_id"], r["note_id"])
                    for r in self._query(
                        f"SELECT * FROM action_links WHERE note_id IN ({marks}) ORDER BY rowid",
                        chunk,
                    )
                ]
                dep.members += [
                    (r["id"], r["group_id"])
                    for r in self._query(
                        f"SELECT id, group_id FROM notes WHERE group_id IN ({marks}) ORDER BY rowid",
                        chunk,
                    )
                ]
        return dep

    def restore_notes(self, notes: Iterable[Note], dependants: NoteDependants) -> None:
        """Put deleted notes back with their votes, links and group members (one transaction)."""
        notes = cards_first(notes)
        with self._writing() as db:
            db.table("notes").insert_all(rows.note_to_row(n) for n in notes)
            db.table("votes").insert_all(rows.vote_to_row(v) for v in dependants.votes)
            db.table("people_links").insert_all(
                {"person_id": p, "note_id": n} for p, n in dependants.people_links
            )
            db.table("action_links").insert_all(
                {"action_id": a, "note_id": n} for a, n in dependants.action_links
            )
            for member, group in dependants.members:
                db.table("notes").update(member, {"group_id": group})

    # --- co-producers, market items and actions ---------------------------------

    def _set_links(
        self,
        db: sqlite_utils.Database,
        table: str,
        owner_col: str,
        owner_id: str,
        note_ids: Iterable[str],
    ) -> None:
        db.execute(f"DELETE FROM {table} WHERE {owner_col} = ?", [owner_id])
        db.table(table).insert_all(
            {owner_col: owner_id, "note_id": n} for n in dict.fromkeys(note_ids)
        )

    def add_person(self, person: CoProducer) -> None:
        row = rows.person_to_row(person)
        with self._writing() as db:
            db.table("people").insert(row)
            self._set_links(db, "people_links", "person_id", person.id, person.note_ids)

    def update_person(self, person_id: str, **changes: Any) -> str:
        return self._update_with_links(
            "people", CoProducer, "people_links", "person_id", person_id, changes
        )

    def delete_person(self, person_id: str) -> None:
        self._delete_ids("people", [person_id])

    def add_market_item(self, item: MarketItem) -> None:
        row = rows.market_to_row(item)
        with self._writing() as db:
            db.table("market_items").insert(row)

    def update_market_item(self, item_id: str, **changes: Any) -> str:
        return self._update_with_links("market_items", MarketItem, None, None, item_id, changes)

    def delete_market_item(self, item_id: str) -> None:
        self._delete_ids("market_items", [item_id])

    def add_actions(self, actions: Iterable[Action]) -> None:
        actions = list(actions)
        prepared = [rows.action_to_row(a) for a in actions]
        with self._writing() as db:
            db.table("actions").insert_all(prepared)
            for a in actions:
                self._set_links(db, "action_links", "action_id", a.id, a.note_ids)

    def update_action(self, action_id: str, **changes: Any) -> str:
        return self._update_with_links(
            "actions", Action, "action_links", "action_id", action_id, changes
        )

    def delete_actions(self, action_ids: Iterable[str]) -> None:
        self._delete_ids("actions", list(action_ids))

    def _update_with_links(
        self,
        table: str,
        obj_type: type[CoProducer | MarketItem | Action],
        link_table: str | None,
        owner_col: str | None,
        obj_id: str,
        changes: Mapping[str, Any],
    ) -> str:
        row = rows.change_to_row(obj_type, dict(changes))
        row["updated"] = stamp = now_iso()
        with self._writing() as db:
            db.table(table).update(obj_id, row)
            if link_table and owner_col and "note_ids" in changes:
                self._set_links(db, link_table, owner_col, obj_id, changes["note_ids"])
        return stamp
