"""The storage part for the programme: the agenda's blocks and the day's one row.

A mixin of :class:`~costar_desktop.storage.WorkshopFile` (tables ``agenda`` and
``programme``, file format 6). The programme is written whole, in one transaction: a
day has at most :data:`~costar_desktop.core.programme.MAX_BLOCKS` blocks, so replacing
them all costs less than a millisecond, and the file can never hold half of an edit.
Every value is checked by the rules the file is read with (storage/values.py).

The programme is the host's own, like the step the room is on: breakout tables carry it
in their files, but a merge never brings a table's agenda back (core/merge.py lists the
tables it merges).
"""

from __future__ import annotations

import dataclasses
import threading
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from costar_desktop.core.model import now_iso
from costar_desktop.core.programme import MAX_BLOCKS, Programme
from costar_desktop.storage import values
from costar_desktop.storage.errors import SaveFailed
from costar_desktop.storage.rows import as_saved, checked_row

if TYPE_CHECKING:
    import sqlite_utils

    from costar_desktop.core.model import WorkshopData

_BLOCK_COLUMNS = (
    "id",
    "position",
    "title",
    "minutes",
    "step",
    "method",
    "materials",
    "notes",
    "started",
    "ran_seconds",
    "created",
    "updated",
)
_DAY_COLUMNS = (
    "id",
    "name",
    "description",
    "day_start",
    "running_id",
    "elapsed",
    "resumed",
    "extra_minutes",
    "updated",
)
#: A block's row is replaced whole, except when it was first made.
_UPSERT_BLOCK = (
    f"INSERT INTO agenda ({', '.join(_BLOCK_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_BLOCK_COLUMNS))}) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _BLOCK_COLUMNS if c not in ("id", "created"))
)
_UPSERT_DAY = (
    f"INSERT INTO programme ({', '.join(_DAY_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_DAY_COLUMNS))}) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _DAY_COLUMNS if c != "id")
)


def as_saved_programme(programme: Programme) -> Programme:
    """The programme with each text as storage saves it (line ends made one kind, null
    characters out): what a caller keeps then equals what the file holds."""
    blocks = [
        dataclasses.replace(
            b, **as_saved("agenda", {"title": b.title, "materials": b.materials, "notes": b.notes})
        )
        for b in programme.blocks
    ]
    day = as_saved("programme", {"name": programme.name, "description": programme.description})
    return dataclasses.replace(programme, blocks=blocks, **day)


def programme_rows(programme: Programme) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The programme as its rows (blocks in order, then the day's row), every value checked
    by its column's rule: SaveFailed says plainly what is wrong."""
    if len(programme.blocks) > MAX_BLOCKS:
        raise SaveFailed(f"Not saved: an agenda holds at most {MAX_BLOCKS} blocks.")
    ids = [b.id for b in programme.blocks]
    if len(set(ids)) != len(ids):
        raise SaveFailed("Not saved: two blocks of the agenda have the same id.")
    stamp = now_iso()
    blocks = [
        checked_row(
            "agenda",
            {
                "id": b.id,
                "position": n,
                "title": b.title,
                "minutes": b.minutes,
                "step": b.step,
                "method": b.method,
                "materials": b.materials,
                "notes": b.notes,
                "started": b.started,
                "ran_seconds": b.ran_seconds,
                "created": stamp,
                "updated": stamp,
            },
        )
        for n, b in enumerate(programme.blocks)
    ]
    running = programme.running
    if running is not None and running.block_id not in ids:
        raise SaveFailed("Not saved: the block said to be running is not in the agenda.")
    day = checked_row(
        "programme",
        {
            "id": "day",
            "name": programme.name,
            "description": programme.description,
            "day_start": programme.day_start,
            "running_id": running.block_id if running else None,
            "elapsed": running.elapsed if running else 0.0,
            "resumed": running.resumed if running else None,
            "extra_minutes": running.extra_minutes if running else 0,
            "updated": stamp,
        },
    )
    return blocks, day


class AgendaStoreMixin:
    """Reads and writes of the programme; relies on WorkshopFile's ``_writing`` and reads."""

    if TYPE_CHECKING:  # what the mixin uses of WorkshopFile, for the type checker
        _lock: threading.RLock

        def _writing(self) -> AbstractContextManager[sqlite_utils.Database]: ...
        def read_checked(
            self,
            within_limits: bool = True,
            tables: Any = ...,
            reads: dict[str, str] | None = None,
            params: dict[str, Any] | None = None,
        ) -> tuple[WorkshopData, list[values.Repair]]: ...

    def programme(self) -> Programme:
        """The day's programme as the file holds it (every value checked)."""
        return self.read_checked(tables=("agenda", "programme"))[0].programme

    def write_programme(self, programme: Programme) -> None:
        """Make the file's programme this one, in one transaction: its blocks in this order
        (a block no longer in it is deleted), the day's start and the block running now."""
        blocks, day = programme_rows(programme)
        keep = [b["id"] for b in blocks]
        with self._writing() as db:
            conn = db.conn
            if keep:
                conn.execute(
                    f"DELETE FROM agenda WHERE id NOT IN ({', '.join('?' * len(keep))})", keep
                )
            else:
                conn.execute("DELETE FROM agenda")
            conn.executemany(_UPSERT_BLOCK, ([b[c] for c in _BLOCK_COLUMNS] for b in blocks))
            conn.execute(_UPSERT_DAY, [day[c] for c in _DAY_COLUMNS])
