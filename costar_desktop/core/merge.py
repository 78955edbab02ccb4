"""Bringing tables' work back: a three-way merge of workshop rows, field by field.

A breakout hands the workshop out to several laptops ("tables"). Each table's file is
merged into the host's against a **baseline**, what the two last had in common. Rows are
matched by their ids, never by the time a laptop's clock gave them. For each row and each
field (a note's place is one field: x, y and Co together; its text another: the words and
the size they need):

- changed on one side only: that side's value;
- the same on both sides: that value;
- changed differently: a :class:`Conflict`, listed with both values; the facilitator picks
  one side, or for a note's text keeps both (the table's words become a second note).

A row new on either side is added. A row the table deleted (gone, and a tombstone says so)
goes, unless the host changed it (a conflict). A row gone from a table's file with no
tombstone is kept and listed: something other than a deletion took it away.

Everything here works on plain rows (``table → key → {column: value}``) as SQLite holds
them, with no Qt and no SQL: :mod:`costar_desktop.storage.breakout_store` reads and writes
them, :mod:`costar_desktop.core.merge_after` makes the result whole (references, places,
budgets).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from costar_desktop.core.model import MAX_NOTE_CHARS

Row = dict[str, Any]
#: Table → row key → row.
Rows = dict[str, dict[str, Row]]
#: (table, row key) of a row that was deleted.
Tombstone = tuple[str, str]

#: The tables a merge compares, parents before the rows that point at them.
MERGED_TABLES = (
    "workshop",
    "participants",
    "notes",
    "votes",
    "people",
    "people_links",
    "market_items",
    "actions",
    "action_links",
)

#: The columns that name a row, for tables without an ``id`` (a link is its two ends).
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "people_links": ("person_id", "note_id"),
    "action_links": ("action_id", "note_id"),
}

#: Columns never compared: clocks decide nothing, and the session's own state (which step
#: the room is on, whether dots are hidden) belongs to the host's screen.
NOT_MERGED: dict[str, frozenset[str]] = {
    "workshop": frozenset({"created", "updated", "current_step", "votes_hidden"}),
}
_STAMPS = frozenset({"created", "updated"})

#: Columns that change together and are compared as one field.
FIELD_GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    "notes": {"place": ("x", "y", "co"), "text": ("text", "width", "height")},
}

#: Conflict choices.
HERE, THEIRS, BOTH = "here", "theirs", "both"

#: The id space of notes made by "keep both" (the same conflict gives the same id). A
#: string, and uuid imported when it is used: the window's start-up does not pay for it.
_BOTH_NAMESPACE = "5d0b6a2e-8f0c-4b7e-9a53-1f2a9c3e7d41"


def row_key(table: str, row: Mapping[str, Any]) -> str:
    """The key that names ``row`` in ``table``: its id, or its ends joined by a space (ids
    never hold a space)."""
    columns = KEY_COLUMNS.get(table)
    if columns is None:
        return str(row["id"])
    return " ".join(str(row[c]) for c in columns)


def fields_of(table: str, columns: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The fields a merge compares in ``table`` (name → columns), from its columns."""
    skip = NOT_MERGED.get(table, _STAMPS)
    groups = FIELD_GROUPS.get(table, {})
    grouped = {c for cols in groups.values() for c in cols}
    fields = {name: cols for name, cols in groups.items()}
    for column in columns:
        if (
            column not in skip
            and column not in grouped
            and column not in KEY_COLUMNS.get(table, ("id",))
        ):
            fields[column] = (column,)
    return fields


@dataclass(frozen=True)
class TableSide:
    """One table's file as brought back: its rows, its tombstones, the baseline it shares
    with the host, and how it is named in words ("Table 3")."""

    table_id: str
    name: str
    rows: Rows
    tombstones: frozenset[Tombstone]
    baseline: Rows


@dataclass(frozen=True)
class Conflict:
    """A field (or a whole row) that the host and a table changed differently."""

    #: Stable across previews: table id, table, row key and field.
    id: str
    table_id: str
    table_name: str
    table: str
    key: str
    #: The field's name (see :func:`fields_of`), or "" when one side deleted the row.
    field: str
    base: Any
    here: Any
    theirs: Any
    #: "" for a field both changed; "here" or "theirs" for the side that deleted the row.
    deleted: str
    choices: tuple[str, ...]
    default: str


@dataclass
class Counts:
    """What one table did since its baseline, by kind of row: added, changed, removed."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)

    def bump(self, which: str, kind: str) -> None:
        counts = getattr(self, which)
        counts[kind] = counts.get(kind, 0) + 1

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


@dataclass
class TableResult:
    """One table's part of a merge: what it did, its conflicts, and what was noticed."""

    table_id: str
    name: str
    counts: Counts = field(default_factory=Counts)
    conflicts: list[Conflict] = field(default_factory=list)
    #: Rows missing from the table's file with no tombstone: (table, key), kept.
    missing: list[Tombstone] = field(default_factory=list)
    #: Rows added by the table (table, key), for placing them and for the summary.
    added: list[Tombstone] = field(default_factory=list)


def kind_of(table: str, row: Mapping[str, Any] | None) -> str:
    """The kind of thing a row is, as a summary counts it."""
    if table == "notes":
        return "groups" if row is not None and row.get("kind") == "group" else "notes"
    return {
        "workshop": "details",
        "votes": "dots",
        "people": "co_producers",
        "people_links": "co_producer_links",
        "market_items": "worries",
        "action_links": "action_links",
    }.get(table, table)


def _value(row: Row, columns: tuple[str, ...]) -> Any:
    return row[columns[0]] if len(columns) == 1 else tuple(row[c] for c in columns)


def _set(row: Row, columns: tuple[str, ...], value: Any) -> None:
    if len(columns) == 1:
        row[columns[0]] = value
    else:
        for column, v in zip(columns, value, strict=True):
            row[column] = v


def merge_table(
    here: Rows,
    side: TableSide,
    choices: Mapping[str, str],
    stamp: str,
) -> tuple[Rows, TableResult]:
    """Merge one table's file into ``here`` (the host's rows as they are now).

    Returns the merged rows (``here`` itself is not changed) and what the table did.
    ``choices`` answers conflicts by id; a conflict without an answer takes its default.
    ``stamp`` becomes the ``updated`` time of rows the merge changes.
    """
    result = TableResult(side.table_id, side.name)
    merged: Rows = {}
    for table in MERGED_TABLES:
        h_rows = here.get(table, {})
        t_rows = side.rows.get(table, {})
        b_rows = side.baseline.get(table, {})
        out = dict(h_rows)
        merged[table] = out
        sample = next(iter(h_rows.values()), None) or next(iter(t_rows.values()), None)
        if sample is None:
            continue
        fields = fields_of(table, sample)
        for key in _keys(b_rows, h_rows, t_rows):
            b, h, t = b_rows.get(key), h_rows.get(key), t_rows.get(key)
            _merge_row(table, key, b, h, t, fields, side, result, choices, stamp, out)
    return merged, result


def _keys(*tables: dict[str, Row]) -> list[str]:
    seen: dict[str, None] = {}
    for rows in tables:
        seen.update(dict.fromkeys(rows))
    return list(seen)


def _changed(a: Row, b: Row, fields: dict[str, tuple[str, ...]]) -> bool:
    return any(_value(a, cols) != _value(b, cols) for cols in fields.values())


def _merge_row(
    table: str,
    key: str,
    b: Row | None,
    h: Row | None,
    t: Row | None,
    fields: dict[str, tuple[str, ...]],
    side: TableSide,
    result: TableResult,
    choices: Mapping[str, str],
    stamp: str,
    out: dict[str, Row],
) -> None:
    counts = result.counts
    if t is None:
        if b is None:
            return  # the host's own new row, or one the table never had
        if (table, key) not in side.tombstones:
            if h is not None:
                result.missing.append((table, key))
            return
        counts.bump("removed", kind_of(table, b))
        if h is None:
            return  # deleted on both sides
        if not _changed(h, b, fields):
            del out[key]
            return
        conflict = _conflict(side, table, key, "", b, h, None, "theirs", (HERE, THEIRS), HERE)
        result.conflicts.append(conflict)
        if choices.get(conflict.id, conflict.default) == THEIRS:
            del out[key]
        return
    if b is None:
        if h is None:
            counts.bump("added", kind_of(table, t))
            result.added.append((table, key))
            out[key] = dict(t)
            return
        # Added on both sides under one key: the same row brought twice, or a copy.
        b = {c: None for c in t}
    elif _changed(t, b, fields):
        counts.bump("changed", kind_of(table, t))
    if h is None:
        if not _changed(t, b, fields):
            return  # deleted here, untouched there: stays deleted
        conflict = _conflict(side, table, key, "", b, None, t, "here", (HERE, THEIRS), THEIRS)
        result.conflicts.append(conflict)
        if choices.get(conflict.id, conflict.default) == THEIRS:
            out[key] = dict(t)
        return
    row: Row | None = None
    for name, cols in fields.items():
        bv, hv, tv = _value(b, cols), _value(h, cols), _value(t, cols)
        if hv == tv or tv == bv:
            continue
        if hv != bv:
            keep_both = table == "notes" and name == "text"
            options = (HERE, THEIRS, BOTH) if keep_both else (HERE, THEIRS)
            conflict = _conflict(
                side, table, key, name, bv, hv, tv, "", options, BOTH if keep_both else HERE
            )
            result.conflicts.append(conflict)
            answer = choices.get(conflict.id, conflict.default)
            if answer == BOTH and keep_both:
                result.added.append(("notes", _keep_both(side, conflict, h, t, out)))
                continue
            if answer != THEIRS:
                continue
        if row is None:
            row = dict(h)
        _set(row, cols, tv)
    if row is not None:
        if "updated" in row:
            row["updated"] = stamp
        out[key] = row


def _conflict(
    side: TableSide,
    table: str,
    key: str,
    name: str,
    b: Any,
    h: Any,
    t: Any,
    deleted: str,
    choices: tuple[str, ...],
    default: str,
) -> Conflict:
    """A conflict over field ``name`` (its values) or, with no name, a whole row."""
    values = [b, h, t]
    return Conflict(
        id=f"{side.table_id}/{table}/{key}/{name or '*'}",
        table_id=side.table_id,
        table_name=side.name,
        table=table,
        key=key,
        field=name,
        base=values[0],
        here=values[1],
        theirs=values[2],
        deleted=deleted,
        choices=choices,
        default=default,
    )


def _keep_both(side: TableSide, conflict: Conflict, h: Row, t: Row, out: dict[str, Row]) -> str:
    """The table's words as a second note beside the host's, marked with the table's name;
    returns its id."""
    import uuid

    copy = dict(t)
    copy["id"] = str(uuid.uuid5(uuid.UUID(_BOTH_NAMESPACE), conflict.id))
    copy["text"] = f"[{side.name}] {t['text']}"[:MAX_NOTE_CHARS]
    copy["x"], copy["y"], copy["co"] = h["x"], h["y"], h["co"]  # spread later (merge_after)
    copy["impact"], copy["shortlisted"] = None, 0
    out[copy["id"]] = copy
    return str(copy["id"])


@dataclass
class MergePlan:
    """The result of bringing several tables' files back, in the order given."""

    #: The host's rows before and after.
    before: Rows
    after: Rows
    tables: list[TableResult]
    #: What :mod:`merge_after` repaired or noticed, in words.
    repairs: list[str] = field(default_factory=list)
    #: Voters over their budget: (voter's name, dots given, dots allowed).
    over_budget: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for t in self.tables for c in t.conflicts]


def plan_merge(
    here: Rows,
    sides: Iterable[TableSide],
    choices: Mapping[str, str] | None = None,
    stamp: str = "",
    geometry: Any = None,
) -> MergePlan:
    """Merge the tables' files one after the other into ``here``; make the result whole."""
    from costar_desktop.core import merge_after

    current = here
    results: list[TableResult] = []
    added_by: dict[str, str] = {}
    for side in sides:
        current, result = merge_table(current, side, choices or {}, stamp)
        results.append(result)
        for table, key in result.added:
            if table == "notes":
                added_by[key] = side.table_id
    plan = MergePlan(before=here, after=current, tables=results)
    merge_after.make_whole(plan, added_by, geometry)
    return plan


@dataclass
class RowChanges:
    """What turns one set of rows into another: rows to insert, columns to update (by row
    key), rows to delete (by key), per table. Storage writes it in one transaction."""

    inserts: dict[str, list[Row]] = field(default_factory=dict)
    updates: dict[str, dict[str, Row]] = field(default_factory=dict)
    deletes: dict[str, list[str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.inserts or self.updates or self.deletes)

    def size(self) -> int:
        """How many rows change."""
        return (
            sum(map(len, self.inserts.values()))
            + sum(map(len, self.updates.values()))
            + sum(map(len, self.deletes.values()))
        )


def diff(before: Rows, after: Rows, tables: Iterable[str] = MERGED_TABLES) -> RowChanges:
    """The changes that turn ``before`` into ``after`` (every column compared)."""
    changes = RowChanges()
    for table in tables:
        old, new = before.get(table, {}), after.get(table, {})
        inserts = [row for key, row in new.items() if key not in old]
        deletes = [key for key in old if key not in new]
        updates: dict[str, Row] = {}
        for key, row in new.items():
            was = old.get(key)
            if was is not None and was != row:
                updates[key] = {c: v for c, v in row.items() if was.get(c) != v}
        if inserts:
            changes.inserts[table] = inserts
        if updates:
            changes.updates[table] = updates
        if deletes:
            changes.deletes[table] = deletes
    return changes
