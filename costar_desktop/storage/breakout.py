"""Breakout tables: hand a workshop out to several laptops' files, and bring them back.

- :func:`hand_out` writes one ``.costar`` per table, each knowing its breakout, its table
  and the workshop it came from; the host keeps each table's baseline inside itself.
- :func:`read_table_files` checks tables' files completely (they come from other laptops)
  and reads them from a copy, never from the file on the stick.
- :func:`plan_bring_back` merges them against their baselines (core/merge.py) and says
  what the host must write: the merged rows, each table's new baseline and a summary.
- :func:`end_breakout` drops the baselines and tombstones.

Every change to the host is a :class:`~costar_desktop.core.merge.RowChanges` with its
inverse, so the window makes each one undo step through its document.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from costar_desktop.core.merge import (
    MERGED_TABLES,
    MergePlan,
    RowChanges,
    TableSide,
    diff,
    plan_merge,
)
from costar_desktop.core.merge_words import table_summary
from costar_desktop.core.model import now_iso
from costar_desktop.storage import fileio, values
from costar_desktop.storage.breakout_store import (
    MAX_NAME_CHARS,
    BadBaseline,
    TableOf,
    TableRecord,
    pack,
    unpack,
)
from costar_desktop.storage.errors import SaveFailed, StorageError
from costar_desktop.storage.workshop_file import WorkshopFile

#: At most this many tables in one breakout (a conference hall, not a server farm).
MAX_TABLES = 40
#: A table's file larger than this is refused before it is read.
MAX_TABLE_FILE_BYTES = 512 * 1024 * 1024

#: Characters no file name may hold on Windows, macOS or Linux.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


class TableFileRefused(StorageError):
    """A file brought back that cannot be merged: foreign, from another workshop or
    breakout, damaged, newer, needing repairs. Nothing was changed."""


def check_table_names(names: Sequence[str]) -> list[str]:
    """The tables' names, trimmed; ValueError in plain words if they will not do."""
    cleaned = [" ".join(str(n).split()) for n in names]
    if not 1 <= len(cleaned) <= MAX_TABLES:
        raise ValueError(f"Choose between 1 and {MAX_TABLES} tables.")
    if any(not n for n in cleaned):
        raise ValueError("Every table needs a name.")
    if any(len(n) > MAX_NAME_CHARS for n in cleaned):
        raise ValueError(f"A table's name can be at most {MAX_NAME_CHARS} characters long.")
    folded = [n.casefold() for n in cleaned]
    if len(set(folded)) != len(folded):
        raise ValueError("Two tables have the same name; give each its own.")
    return cleaned


def default_table_names(count: int) -> list[str]:
    """ "Table 1" … "Table N"."""
    return [f"Table {i}" for i in range(1, count + 1)]


def table_file_name(host: Path, table: str) -> str:
    """``WORKSHOP - TABLE.costar``, safe on every system a stick is carried to (never one of
    Windows's reserved names such as ``CON``: it always holds " - ")."""
    stem = _UNSAFE.sub("_", f"{host.stem} - {table}").strip(" .") or "table"
    return f"{stem[:150]}.costar"


@dataclass
class HandOut:
    """A breakout as handed out: its id, the tables' files, and what the host recorded
    (with its inverse, for undo)."""

    breakout_id: str
    files: list[Path]
    record: RowChanges
    undo: RowChanges


def hand_out(
    host: WorkshopFile,
    names: Sequence[str],
    folder: Path,
    *,
    overwrite: bool = False,
    record: Callable[[RowChanges], object] | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> HandOut:
    """Write one file per table into ``folder`` and record the breakout in the host.

    Each file is written complete under a hidden name first; then the host records the
    breakout (through ``record``, by default straight into the file; the window passes its
    undo stack); only then are the files given their names. If anything fails, no table's
    file is left behind and the host records nothing.
    """
    names = check_table_names(names)
    if host.table_of() is not None:
        raise SaveFailed(
            "This file is a table's copy. Hand out from the workshop on the shared screen.",
            host.path,
        )
    folder = Path(folder).absolute()
    targets = [folder / table_file_name(host.path, n) for n in names]
    clash = [t for t in targets if t.exists()]
    if clash and not overwrite:
        raise SaveFailed(
            f"“{clash[0].name}” is already in that folder"
            + (f", and {len(clash) - 1} more" if len(clash) > 1 else "")
            + ". Choose another folder, or replace them.",
            clash[0],
        )
    if any(os.path.realpath(t) == os.path.realpath(host.path) for t in targets):
        raise SaveFailed("A table's file would replace the workshop itself.", host.path)
    breakout_id, stamp = str(uuid.uuid4()), now_iso()
    workshop_id = host.workshop().id
    baseline = pack(host.rows())
    tables: list[dict[str, Any]] = [
        {
            "id": str(uuid.uuid4()),
            "breakout_id": breakout_id,
            "name": name,
            "position": i,
            "baseline": baseline,
        }
        for i, name in enumerate(names)
    ]
    if not folder.is_dir():
        raise SaveFailed(f"The folder “{folder}” does not exist.", folder)
    changes = RowChanges(
        inserts={
            "breakouts": [{"id": breakout_id, "handed_out": stamp, "ended": None}],
            "breakout_tables": tables,
        }
    )
    undo = RowChanges(deletes={"breakouts": [breakout_id]})
    # Each file is recorded while it has its hidden name, so a crash leaves nothing for
    # good (the next start removes it); leaving the block removes what was not renamed.
    with ExitStack() as pending:
        written = [pending.enter_context(fileio.pending_temporary(t)) for t in targets]
        for i, (tmp, table) in enumerate(zip(written, tables, strict=True)):
            if progress is not None:
                progress(i, len(targets))
            of = TableOf(breakout_id, str(table["id"]), str(table["name"]), workshop_id, stamp)
            _write_table_file(host, tmp, of)
        (record or host.apply_row_changes)(changes)
        for tmp, target in zip(written, targets, strict=True):
            fileio.drop_stale_journal(target)
            os.replace(tmp, target)
        fileio.fsync_path(folder, directory=True)
    if progress is not None:
        progress(len(targets), len(targets))
    return HandOut(breakout_id, targets, changes, undo)


def _write_table_file(host: WorkshopFile, tmp: Path, of: TableOf) -> None:
    """A complete copy of the host as ``of``'s table, checked and synced, at ``tmp``."""
    try:
        with host._lock:  # noqa: SLF001 - the copy must not hold half a change
            if host.in_transaction:
                raise RuntimeError("a table's file cannot be written inside a unit of work")
            dst = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                host.conn.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                dst.execute("PRAGMA foreign_keys = ON")
                dst.execute("PRAGMA secure_delete = ON")
                dst.execute("BEGIN")
                # A table's file carries the workshop, not the host's records: no other
                # tables' baselines, no tombstones, no phones' notes waiting in the inbox.
                for table in ("tombstones", "merges", "breakouts", "table_of", "inbox"):
                    dst.execute(f"DELETE FROM [{table}]")
                dst.execute(
                    "INSERT INTO table_of (breakout_id, table_id, table_name, workshop_id, "
                    "handed_out) VALUES (?, ?, ?, ?, ?)",
                    (of.breakout_id, of.table_id, of.table_name, of.workshop_id, of.handed_out),
                )
                dst.execute("COMMIT")
                if dst.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                    raise fileio.CopyNotVerified(tmp)
            finally:
                dst.close()
        fileio.fsync_path(tmp)
    except fileio.CopyNotVerified:
        raise SaveFailed(
            f"Not saved: the table's file “{tmp.name}” did not check out. Try another folder.",
            tmp,
        ) from None
    except (sqlite3.Error, OSError) as exc:
        from costar_desktop.storage.errors import describe_write_error

        raise describe_write_error(exc, tmp) from exc


# --- bringing tables' files back ------------------------------------------------------


def _too_long(rows: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> bool:
    """True if some text is longer than its column keeps (storage/values.py)."""
    for table, by_key in rows.items():
        limits = {c: values.text_limit(table, c) for c in values.columns(table)}
        limited = [(c, n) for c, n in limits.items() if n is not None]
        for row in by_key.values():
            for column, limit in limited:
                value = row.get(column)
                if isinstance(value, str) and len(value) > limit:
                    return True
    return False


@dataclass(frozen=True)
class TableFile:
    """A table's file as read (from a copy), checked, and matched to its record here."""

    path: Path
    side: TableSide
    record: TableRecord
    #: Phones' notes still waiting in the table's inbox (they stay on that laptop).
    inbox: int


@dataclass
class Refusal:
    path: Path
    message: str


def read_table_files(
    host: WorkshopFile,
    paths: Iterable[Path | str],
    progress: Callable[[int, int], object] | None = None,
) -> tuple[list[TableFile], list[Refusal]]:
    """Check and read tables' files; each is refused with a plain message (and left
    untouched) if it cannot be brought back here. A table chosen twice is read once."""
    chosen = [Path(p).absolute() for p in paths]
    records = {r.id: r for r in host.table_records()}
    workshop_id = host.workshop().id
    ok: list[TableFile] = []
    refused: list[Refusal] = []
    seen: dict[str, Path] = {}
    for i, path in enumerate(chosen):
        if progress is not None:
            progress(i, len(chosen))
        try:
            table = _read_one(path, host, records, workshop_id)
        except TableFileRefused as exc:
            refused.append(Refusal(path, exc.message))
            continue
        if table.record.id in seen:
            refused.append(
                Refusal(
                    path,
                    f"“{path.name}” is {table.record.name}'s file, which was already chosen "
                    f"(“{seen[table.record.id].name}”). Only one file per table can be "
                    "brought back at a time.",
                )
            )
            continue
        seen[table.record.id] = path
        ok.append(table)
    if progress is not None:
        progress(len(chosen), len(chosen))
    return ok, refused


def _refuse(path: Path, why: str) -> TableFileRefused:
    return TableFileRefused(f"“{path.name}” {why} It was not changed.", path)


def _read_one(
    path: Path, host: WorkshopFile, records: Mapping[str, TableRecord], workshop_id: str
) -> TableFile:
    try:
        stat = fileio.refuse_unless_regular(path)
    except StorageError as exc:
        raise TableFileRefused(exc.message, path) from None
    except OSError:
        raise _refuse(path, "cannot be read.") from None
    if stat is not None and stat.st_size > MAX_TABLE_FILE_BYTES:
        raise _refuse(path, "is far too large to be a table's workshop file.")
    if os.path.realpath(path) == os.path.realpath(host.path):
        raise _refuse(path, "is the workshop itself, not a table's file.")
    with tempfile.TemporaryDirectory(prefix="costar-table-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            journal = path.with_name(path.name + "-journal")
            if journal.is_file():  # a change cut off on the table's laptop is rolled back
                shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
        except OSError:
            raise _refuse(path, "cannot be read (is the stick still in?).") from None
        try:
            wf = WorkshopFile.open(copy, for_reading=True)
        except StorageError as exc:
            raise TableFileRefused(exc.message, path) from None
        try:
            return _check_and_read(wf, path, records, workshop_id)
        finally:
            wf.close()


def _check_and_read(
    wf: WorkshopFile, path: Path, records: Mapping[str, TableRecord], workshop_id: str
) -> TableFile:
    # Opening checked every value (wf.repairs); only texts longer than the app keeps were
    # let through, as a report would print them: a merge must not bring those in.
    rows = wf.rows()
    if wf.repairs or _too_long(rows):
        raise _refuse(
            path,
            "holds values CoStar Desktop cannot use as they are. Open it on its own first: "
            "CoStar Desktop then offers a repaired copy.",
        )
    of = wf.table_of()
    if of is None:
        raise _refuse(path, "is a workshop, not a table's file: it was not handed out to a table.")
    if of.workshop_id != workshop_id:
        raise _refuse(path, f"belongs to another workshop ({of.table_name} of it).")
    record = records.get(of.table_id)
    if record is None or record.breakout_id != of.breakout_id:
        raise _refuse(
            path,
            f"is {of.table_name}'s file from a hand-out this file does not know: it was "
            "handed out from another copy of this workshop, or that hand-out was undone.",
        )
    if record.baseline is None:
        raise _refuse(path, f"is {of.table_name}'s file from a breakout that has ended.")
    try:
        baseline = unpack(record.baseline)
    except BadBaseline:
        raise _refuse(
            path, f"cannot be merged: what this workshop kept of {of.table_name} is damaged."
        ) from None
    inbox = len(wf.inbox())
    side = TableSide(record.id, record.name, rows, wf.tombstones(), baseline)
    return TableFile(path, side, record, inbox)


class BringBack:
    """A merge, planned: the plan (for the preview) and, when asked for, what the host
    must write and its inverse (worked out on the first ask: a preview that is only looked
    at, or planned again with other choices, never pays for them)."""

    def __init__(self, plan: MergePlan, tables: Sequence[TableFile], stamp: str):
        self.plan = plan
        self.tables = list(tables)
        self.stamp = stamp
        self.summaries = [table_summary(result) for result in plan.tables]
        self._changes: tuple[RowChanges, RowChanges] | None = None

    @property
    def changes(self) -> RowChanges:
        """What the host writes: the merged rows, each table's new baseline, the summaries."""
        return self._worked_out()[0]

    @property
    def undo(self) -> RowChanges:
        """What puts the host back as it was before :attr:`changes`."""
        return self._worked_out()[1]

    def _worked_out(self) -> tuple[RowChanges, RowChanges]:
        if self._changes is None:
            self._changes = self._work_out()
        return self._changes

    def _work_out(self) -> tuple[RowChanges, RowChanges]:
        plan = self.plan
        changes = diff(plan.before, plan.after)
        undo = diff(plan.after, plan.before)
        for table, result, summary in zip(self.tables, plan.tables, self.summaries, strict=True):
            if not result.counts.empty or result.conflicts:
                merge_id = str(uuid.uuid4())
                changes.inserts.setdefault("merges", []).append(
                    {
                        "id": merge_id,
                        "table_id": table.record.id,
                        "table_name": table.record.name,
                        "merged": self.stamp,
                        "summary": json.dumps(summary, sort_keys=True),
                    }
                )
                undo.deletes.setdefault("merges", []).append(merge_id)
            # What the host and this table now have in common: the table's file as brought.
            # (A file brought back twice unchanged changes nothing at all the second time.)
            if table.side.rows != table.side.baseline:
                changes.updates.setdefault("breakout_tables", {})[table.record.id] = {
                    "baseline": pack(table.side.rows)
                }
                undo.updates.setdefault("breakout_tables", {})[table.record.id] = {
                    "baseline": table.record.baseline
                }
        return changes, undo


def plan_bring_back(
    host: WorkshopFile,
    tables: Sequence[TableFile],
    choices: Mapping[str, str] | None = None,
    stamp: str | None = None,
) -> BringBack:
    """Merge the tables' files into the host's rows (nothing is written yet)."""
    stamp = stamp or now_iso()
    plan = plan_merge(host.rows(), [t.side for t in tables], choices, stamp)
    return BringBack(plan, tables, stamp)


def end_breakout(host: WorkshopFile) -> tuple[RowChanges, RowChanges]:
    """What ends every running breakout: its baselines and the tombstones go (deleted text
    must not live on in them). Returns the change and its inverse (kept in memory only)."""
    stamp = now_iso()
    change, undo = RowChanges(), RowChanges()
    running = host.running_tables()
    for breakout_id in dict.fromkeys(r.breakout_id for r in running):
        change.updates.setdefault("breakouts", {})[breakout_id] = {"ended": stamp}
        undo.updates.setdefault("breakouts", {})[breakout_id] = {"ended": None}
    for record in running:
        change.updates.setdefault("breakout_tables", {})[record.id] = {"baseline": None}
        undo.updates.setdefault("breakout_tables", {})[record.id] = {"baseline": record.baseline}
    tombs = sorted(host.tombstones())
    if tombs:
        change.deletes["tombstones"] = [f"{t} {k}" for t, k in tombs]
        undo.inserts["tombstones"] = [{"tbl": t, "key": k} for t, k in tombs]
    return change, undo


__all__ = [
    "MERGED_TABLES",
    "BringBack",
    "HandOut",
    "Refusal",
    "TableFile",
    "TableFileRefused",
    "check_table_names",
    "default_table_names",
    "end_breakout",
    "hand_out",
    "plan_bring_back",
    "read_table_files",
    "table_file_name",
]
