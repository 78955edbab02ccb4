"""The storage part for the inbox: notes written on phones, waiting for the facilitator.

A mixin of :class:`~costar_desktop.storage.WorkshopFile`. The inbox lives in the workshop
file (table ``inbox``, schema version 4) because a phone is told "Received" only once its
note is saved; it is not part of :class:`~costar_desktop.core.model.WorkshopData`, so
exports and reports never see it. Its rows are checked by the same rules as every other
table's (storage/values.py), on the way in and on the way out.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from costar_desktop.core.model import InboxNote
from costar_desktop.storage import rows, values

if TYPE_CHECKING:
    import sqlite_utils

#: The inbox in arrival order (a note put back by undo keeps its place by its time).
READ_INBOX = (
    f"SELECT {', '.join(f'[{c}]' for c in values.columns(values.INBOX))} "
    "FROM inbox ORDER BY received, rowid"
)


class InboxStoreMixin:
    """Reads and writes of the inbox; relies on WorkshopFile's ``_writing`` and reads."""

    if TYPE_CHECKING:  # what the mixin uses of WorkshopFile, for the type checker
        _lock: threading.RLock

        def _writing(self) -> AbstractContextManager[sqlite_utils.Database]: ...
        def _check_open(self) -> None: ...
        def _read_tables(
            self,
            tables: Iterable[str] = ...,
            reads: dict[str, str] | None = None,
            params: dict[str, Any] | None = None,
        ) -> tuple[dict[str, list[Any]], bool]: ...

    def read_inbox_checked(
        self, within_limits: bool = True
    ) -> tuple[list[InboxNote], list[values.Repair]]:
        """The inbox's notes, every value checked, and the repairs that made them (empty
        for a file the app wrote itself)."""
        with self._lock:
            self._check_open()
            found, bad_bytes = self._read_tables((values.INBOX,))
            return values.check_inbox(
                found[values.INBOX], within_limits=within_limits, bad_bytes=bad_bytes
            )

    def inbox(self) -> list[InboxNote]:
        """The notes waiting in the inbox, in the order they arrived."""
        return self.read_inbox_checked()[0]

    def add_inbox(self, items: Iterable[InboxNote]) -> None:
        """Put notes into the inbox, in one transaction (every value checked)."""
        prepared = [rows.inbox_to_row(item) for item in items]
        with self._writing() as db:
            db.table(values.INBOX).insert_all(prepared)

    def update_inbox(self, inbox_id: str, text: str) -> None:
        """Change the text of a note in the inbox (its length is checked as a note's)."""
        row = rows.inbox_change_to_row({"text": text})
        with self._writing() as db:
            db.conn.execute("UPDATE inbox SET text = ? WHERE id = ?", (row["text"], inbox_id))

    def delete_inbox(self, ids: Iterable[str]) -> None:
        """Take notes out of the inbox (``secure_delete`` wipes their text)."""
        ids = list(ids)
        with self._writing() as db:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                db.execute(f"DELETE FROM inbox WHERE id IN ({','.join('?' * len(chunk))})", chunk)
