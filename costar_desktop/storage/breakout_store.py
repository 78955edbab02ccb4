"""Rows as they are, for breakout tables: read them, write a set of changes in one unit of
work, and read the breakout's own records (tables handed out, baselines, merges).

The merge itself (:mod:`costar_desktop.core.merge`) works on plain rows; this is where
they come from and where they go. Every value written is checked by the rules a file is
read with (:mod:`costar_desktop.storage.values`), so a merge can never write what opening
the file would refuse.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from costar_desktop.core.merge import (
    KEY_COLUMNS,
    MERGED_TABLES,
    RowChanges,
    Rows,
    Tombstone,
    row_key,
)
from costar_desktop.storage import values
from costar_desktop.storage.errors import SaveFailed

if TYPE_CHECKING:
    import sqlite3
    from pathlib import Path

#: The breakout's own tables (schema version 5), besides the workshop's.
BREAKOUT_TABLES = ("breakouts", "breakout_tables", "merges", "tombstones", "table_of")

#: Key columns of every table a change may touch.
_KEYS: dict[str, tuple[str, ...]] = {
    **KEY_COLUMNS,
    "tombstones": ("tbl", "key"),
    "table_of": ("breakout_id",),
}

#: The order rows are written in: what others point at first (deletes go the other way).
WRITE_ORDER = (*MERGED_TABLES, "breakouts", "breakout_tables", "merges", "tombstones")

#: A baseline is at most this big once unpacked (a 5,000-note workshop packs to ~3 MB).
MAX_BASELINE_BYTES = 256 * 1024 * 1024
MAX_NAME_CHARS = 100


def keyed(table: str, row: Mapping[str, Any]) -> str:
    """The key of ``row`` in ``table`` (see :func:`costar_desktop.core.merge.row_key`)."""
    columns = _KEYS.get(table)
    if columns is None or table in KEY_COLUMNS:
        return row_key(table, row)
    return " ".join(str(row[c]) for c in columns)


def pack(rows: Rows) -> bytes:
    """Rows as a baseline: compact JSON, compressed."""
    import json  # not at start-up: only breakouts use it

    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8"), 6)


class BadBaseline(ValueError):
    """A baseline that cannot be unpacked into rows (damaged, or not ours)."""


def unpack(data: bytes) -> Rows:
    """A baseline's rows, checked for shape (table → key → row); values are only compared,
    never written, so they need no more checking."""
    import json

    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(data, MAX_BASELINE_BYTES)
        if inflater.unconsumed_tail:
            raise BadBaseline("too large")
        rows = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadBaseline(str(exc)) from None
    if not isinstance(rows, dict) or not all(
        isinstance(t, str)
        and isinstance(by_key, dict)
        and all(isinstance(k, str) and isinstance(r, dict) for k, r in by_key.items())
        for t, by_key in rows.items()
    ):
        raise BadBaseline("not rows")
    return rows


@dataclass(frozen=True)
class TableRecord:
    """One table of a breakout, as the host remembers it."""

    id: str
    breakout_id: str
    name: str
    position: int
    handed_out: str
    #: None once the breakout ended.
    baseline: bytes | None


@dataclass(frozen=True)
class TableOf:
    """What a table's file knows of where it came from."""

    breakout_id: str
    table_id: str
    table_name: str
    workshop_id: str
    handed_out: str


@dataclass(frozen=True)
class MergeRecord:
    """One bringing-back of a table's file, as kept in the host (for the report)."""

    id: str
    table_id: str
    table_name: str
    merged: str
    summary: dict[str, Any]


class BreakoutStoreMixin:
    """Reading and writing rows as they are (mixed into WorkshopFile)."""

    conn: sqlite3.Connection
    path: Path

    def rows(self, tables: Iterable[str] = MERGED_TABLES) -> Rows:
        """Every row of ``tables`` as SQLite holds it, by key."""
        out: Rows = {}
        with self._lock:  # type: ignore[attr-defined]
            self._check_open()  # type: ignore[attr-defined]
            for table in tables:
                cursor = self.conn.execute(f"SELECT * FROM [{_known(table)}] ORDER BY rowid")
                names = [d[0] for d in cursor.description]
                out[table] = {
                    keyed(table, row): row
                    for row in (dict(zip(names, r, strict=True)) for r in cursor)
                }
        return out

    def tombstones(self) -> frozenset[Tombstone]:
        """The (table, key) of every row deleted since tombstones were last cleared."""
        with self._lock:  # type: ignore[attr-defined]
            self._check_open()  # type: ignore[attr-defined]
            found = self.conn.execute("SELECT tbl, key FROM tombstones").fetchall()
        return frozenset(
            (t, k)
            for t, k in found
            if type(t) is str and type(k) is str and t in MERGED_TABLES and len(k) <= 200
        )

    def table_records(self) -> list[TableRecord]:
        """The tables of every breakout handed out from this file, in order."""
        with self._lock:  # type: ignore[attr-defined]
            self._check_open()  # type: ignore[attr-defined]
            found = self.conn.execute(
                "SELECT t.id, t.breakout_id, t.name, t.position, b.handed_out, t.baseline "
                "FROM breakout_tables t JOIN breakouts b ON b.id = t.breakout_id "
                "ORDER BY b.handed_out, t.breakout_id, t.position"
            ).fetchall()
        records = []
        for tid, bid, name, position, handed_out, baseline in found:
            try:
                records.append(
                    TableRecord(
                        values.ident(tid),
                        values.ident(bid),
                        values.text(MAX_NAME_CHARS)(name),
                        values.whole_number(0, 10_000)(position) or 0,
                        values.stamp(handed_out),
                        baseline if isinstance(baseline, bytes) else None,
                    )
                )
            except values.BadValue:
                continue  # a damaged record: that table's file will be refused, plainly
        return records

    def running_tables(self) -> list[TableRecord]:
        """The tables whose files can still be brought back (their breakout has not ended)."""
        return [r for r in self.table_records() if r.baseline is not None]

    def table_of(self) -> TableOf | None:
        """Where this file came from, if it is a table's file; None for a workshop."""
        with self._lock:  # type: ignore[attr-defined]
            self._check_open()  # type: ignore[attr-defined]
            found = self.conn.execute(
                "SELECT breakout_id, table_id, table_name, workshop_id, handed_out FROM table_of"
            ).fetchall()
        if len(found) != 1:
            return None
        bid, tid, name, wid, handed_out = found[0]
        try:
            return TableOf(
                values.ident(bid),
                values.ident(tid),
                values.text(MAX_NAME_CHARS)(name),
                values.ident(wid),
                values.stamp(handed_out),
            )
        except values.BadValue:
            return None

    def merge_records(self) -> list[MergeRecord]:
        """Every bringing-back kept in this file, oldest first (bad ones are skipped)."""
        import json

        with self._lock:  # type: ignore[attr-defined]
            self._check_open()  # type: ignore[attr-defined]
            found = self.conn.execute(
                "SELECT id, table_id, table_name, merged, summary FROM merges ORDER BY rowid"
            ).fetchall()
        records = []
        for mid, tid, name, merged, summary in found:
            try:
                parsed = json.loads(summary) if isinstance(summary, str) else None
                if not isinstance(parsed, dict) or len(summary) > 100_000:
                    continue
                records.append(
                    MergeRecord(
                        values.ident(mid),
                        values.ident(tid),
                        values.text(MAX_NAME_CHARS)(name),
                        values.stamp(merged),
                        parsed,
                    )
                )
            except (values.BadValue, ValueError, RecursionError):
                continue
        return records

    def apply_row_changes(self, changes: RowChanges) -> None:
        """Write ``changes`` in one unit of work (joining the caller's): inserts and updates
        with what others point at first, deletes last and the other way round. Every value
        is checked first; one bad value refuses the whole change."""
        _check(changes)
        with self._writing() as db:  # type: ignore[attr-defined]
            conn = db.conn
            for table in WRITE_ORDER:
                rows = changes.inserts.get(table, [])
                if table == "notes":  # group cards before the notes in them
                    rows = sorted(rows, key=lambda r: r.get("kind") != "group")
                for row in rows:
                    columns = list(row)
                    conn.execute(
                        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})",
                        [row[c] for c in columns],
                    )
                for key, change in changes.updates.get(table, {}).items():
                    where, params = _where(table, key)
                    conn.execute(
                        f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in change)} "
                        f"WHERE {where}",
                        [*change.values(), *params],
                    )
            for table in reversed(WRITE_ORDER):
                for key in changes.deletes.get(table, []):
                    where, params = _where(table, key)
                    conn.execute(f"DELETE FROM [{table}] WHERE {where}", params)


def _known(table: str) -> str:
    if table not in MERGED_TABLES and table not in BREAKOUT_TABLES:
        raise ValueError(f"not a table of ours: {table!r}")
    return table


def _where(table: str, key: str) -> tuple[str, list[str]]:
    columns = _KEYS.get(_known(table), ("id",))
    parts = key.split(" ", len(columns) - 1) if len(columns) > 1 else [key]
    if len(parts) != len(columns):
        raise SaveFailed("Not saved: a row of the change is not named as CoStar Desktop names it.")
    return " AND ".join(f"[{c}] = ?" for c in columns), parts


#: Columns of the breakout's tables; their values are checked here.
_BREAKOUT_COLUMNS = {
    "breakouts": {"id", "handed_out", "ended"},
    "breakout_tables": {"id", "breakout_id", "name", "position", "baseline"},
    "merges": {"id", "table_id", "table_name", "merged", "summary"},
    "tombstones": {"tbl", "key"},
}


def _check(changes: RowChanges) -> None:
    """Refuse a change with a value the file's rules would not accept (SaveFailed)."""
    for table, rows in changes.inserts.items():
        for row in rows:
            _check_row(table, row, whole=True)
    for table, updates in changes.updates.items():
        for change in updates.values():
            _check_row(table, change, whole=False)
    for table in changes.deletes:
        _known(table)


def _check_row(table: str, row: Mapping[str, Any], whole: bool) -> None:
    _known(table)
    if table in _BREAKOUT_COLUMNS:
        unknown = set(row) - _BREAKOUT_COLUMNS[table]
        if unknown:
            raise SaveFailed(f"Not saved: {table} has no column {sorted(unknown)[0]}.")
        return
    known = values.columns(table)
    for column, value in row.items():
        if column not in known:
            raise SaveFailed(f"Not saved: {table} has no column {column}.")
        try:
            values.check_value(table, column, value)
        except values.BadValue as exc:
            raise SaveFailed(f"Not saved: {exc}.") from None
    if whole and set(known) - set(row):
        raise SaveFailed(f"Not saved: a new row of {table} lacks some of its values.")
