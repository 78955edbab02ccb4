"""Rolling automatic backups of open workshops, kept in the user's data folder.

A backup is a complete copy of a workshop file written through SQLite's backup API into
``<data folder>/backups/`` and named after the workshop's id, the moment it was taken (UTC),
why, and which file it was taken from (a short fingerprint of its path, because copies made
with Save As share the workshop's id)::

    3f2a…-…-9c1e__20261126T091403120000Z__opened__5be0c1d2.costar

Each copy is checked with ``quick_check`` under a hidden temporary name and only then given
its final name; only after that are older backups pruned. So a crash at any moment leaves
every backup that has a final name complete, and never fewer good backups than before.

Kept: the newest :data:`KEEP_RECENT`, plus the newest of each day for :data:`KEEP_DAYS`
days. Backups are taken when a workshop is opened, before a file is upgraded to a newer
format, and after every :data:`INTERVAL_SECONDS` of editing (:class:`BackupScheduler`).
A copy identical to the newest backup is not kept twice. The clock is injectable for tests.
"""

from __future__ import annotations

import builtins
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from costar_desktop.paths import user_data_dir
from costar_desktop.storage import fileio
from costar_desktop.storage.errors import StorageError
from costar_desktop.storage.schema import SCHEMA_VERSION, schema_differences, table_is_ours

if TYPE_CHECKING:
    from costar_desktop.storage.workshop_file import WorkshopFile

KEEP_RECENT = 8
KEEP_DAYS = 14
INTERVAL_SECONDS = 600
FOLDER_NAME = "backups"
INDEX_NAME = "index.json"
SUFFIX = ".costar"
#: Hidden files of an unfinished backup older than this are removed (seconds).
LEFTOVER_AGE = 3600

#: Why a backup was taken, in words for the restore dialog.
REASONS = {
    "opened": "when it was opened",
    "timed": "while editing",
    "before-update": "before it was upgraded",
    "before-restore": "before a restore",
    "before-merge": "before tables' files were brought back",
}


@dataclass(frozen=True)
class Backup:
    """One backup file of one workshop."""

    path: Path
    workshop_id: str
    taken: datetime  # UTC
    reason: str
    #: Fingerprint of the path of the file it was taken from (see :func:`source_key`).
    source: str = ""

    @property
    def reason_words(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read without changing it."""

    good: bool
    title: str = ""
    note_count: int = 0


def default_folder() -> Path:
    return user_data_dir() / FOLDER_NAME


def _real(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def source_key(path: Path) -> str:
    """A short fingerprint of a file's location (not the path itself, which may be personal)."""
    import hashlib  # here, not at the top: backups are taken after the window is painted

    return hashlib.sha256(_real(path).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S") + f"{moment.microsecond:06d}Z"


def _parse_stamp(stamp: str) -> datetime | None:
    """The moment in a backup's name (see :func:`_stamp`), or None if it is not one.

    Read by hand: ``datetime.strptime`` imports its locale machinery on first use, which
    took longer than the backup itself when a workshop was opened."""
    if len(stamp) != 22 or stamp[8] != "T" or stamp[-1] != "Z":
        return None
    digits = stamp[:8] + stamp[9:-1]
    if not (digits.isascii() and digits.isdigit()):
        return None
    try:
        return datetime(
            int(digits[0:4]),
            int(digits[4:6]),
            int(digits[6:8]),
            int(digits[8:10]),
            int(digits[10:12]),
            int(digits[12:14]),
            int(digits[14:20]),
            tzinfo=timezone.utc,
        )
    except ValueError:  # a month 13, a 30 February…
        return None


def _parse(path: Path) -> Backup | None:
    parts = path.name[: -len(SUFFIX)].split("__")
    if len(parts) != 4 or path.name.startswith("."):
        return None
    workshop_id, stamp, reason, source = parts
    taken = _parse_stamp(stamp)
    if taken is None:
        return None
    return Backup(path, workshop_id, taken, reason, source)


def _digest(path: Path) -> str:
    """A fingerprint of a copy's pages; the 100-byte header holds counters that differ."""
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        fh.seek(100)
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def describe_age(seconds: float) -> str:
    """'5 minutes', '3 hours', '2 days' — how old something is, in words."""
    seconds = max(0, int(seconds))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'' if n == 1 else 's'}"
    return "less than a minute"


#: The longest a look into a backup or a refused file may take (seconds): what is read is
#: checked first, so this only stops a file made to keep SQLite busy.
READ_SECONDS = 5.0


def _open_for_a_look(path: Path) -> sqlite3.Connection:
    """A read-only connection to a closed file that gives up after :data:`READ_SECONDS`.

    Only a regular file is opened: SQLite would wait for ever on a named pipe."""
    try:
        fileio.refuse_unless_regular(path)
    except StorageError as exc:
        raise sqlite3.OperationalError(exc.message) from None
    except OSError as exc:  # not there, or not ours to read
        raise sqlite3.OperationalError(str(exc)) from None
    conn = fileio.open_read_only_snapshot(path)
    conn.execute("PRAGMA trusted_schema = OFF")
    deadline = time.monotonic() + READ_SECONDS
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    return conn


def read_info(path: Path) -> BackupInfo:
    """Title and note count of a workshop file, and whether it is good: it passes SQLite's
    quick check and its schema is exactly ours (a backup is never trusted more than a file)."""
    try:
        conn = _open_for_a_look(path)
    except (sqlite3.Error, UnicodeError):
        return BackupInfo(False)
    try:
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return BackupInfo(False)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 1 <= version <= SCHEMA_VERSION or schema_differences(conn, version):
            return BackupInfo(False)
        title = conn.execute("SELECT title FROM workshop LIMIT 1").fetchone()
        where = " WHERE kind = 'note'" if version >= 2 else ""
        count = conn.execute(f"SELECT count(*) FROM notes{where}").fetchone()[0]
        return BackupInfo(True, str(title[0]) if title else "", int(count))
    except (sqlite3.Error, UnicodeError, TypeError, ValueError):
        return BackupInfo(False)
    finally:
        conn.close()


def workshop_id_of(path: Path) -> str | None:
    """The workshop id stored in a file, read without changing it; None if unreadable.

    Also for a file refused because another program changed it (to find its backups):
    only its ``workshop`` table is read, and only if that table is exactly ours."""
    try:
        conn = _open_for_a_look(path)
    except (sqlite3.Error, UnicodeError):
        return None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not table_is_ours(conn, "workshop", version):
            return None
        row = conn.execute("SELECT id FROM workshop LIMIT 1").fetchone()
        return row[0] if row and type(row[0]) is str else None
    except (sqlite3.Error, UnicodeError, ValueError):
        return None
    finally:
        conn.close()


class BackupStore:
    """The backups folder: taking, listing, pruning and restoring backups."""

    def __init__(self, folder: Path | None = None, clock: Callable[[], float] = time.time):
        self._folder = Path(folder) if folder is not None else None
        self.clock = clock

    @property
    def folder(self) -> Path:
        folder = self._folder or default_folder()
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), timezone.utc)

    # --- taking backups ---------------------------------------------------------------

    def backup_file(self, workshop_file: WorkshopFile, reason: str) -> Backup | None:
        """Back up an open :class:`WorkshopFile`; None if it equals the newest backup."""
        workshop = workshop_file.workshop()
        return self._take(
            workshop.id, workshop_file.path, workshop.title, reason, workshop_file.write_copy
        )

    def backup_connection(
        self, conn: sqlite3.Connection, source: Path, reason: str
    ) -> Backup | None:
        """Back up a database that is open on ``conn`` (used before an upgrade)."""
        row = conn.execute("SELECT id, title FROM workshop LIMIT 1").fetchone()
        if row is None:
            return None
        return self._take(
            str(row[0]),
            source,
            str(row[1]),
            reason,
            lambda target: fileio.write_verified_copy(conn, target),
        )

    def _take(
        self,
        workshop_id: str,
        source: Path,
        title: str,
        reason: str,
        write: Callable[[Path], object],
    ) -> Backup | None:
        folder = self.folder
        self._remove_leftovers()
        pending = fileio.temporary_beside(folder / f"{workshop_id}{SUFFIX}", ".pending")
        write(pending)  # complete and quick-checked, or an exception and no file
        try:
            newest = next(iter(self.list(workshop_id)), None)
            if newest is not None and _digest(newest.path) == _digest(pending):
                self._remember(source, workshop_id, title)
                return None
            moment = self.now()
            while True:
                final = folder / (
                    f"{workshop_id}__{_stamp(moment)}__{reason}__{source_key(source)}{SUFFIX}"
                )
                if not final.exists():
                    break
                moment += timedelta(microseconds=1)
            os.replace(pending, final)
        finally:
            fileio.remove_quietly(pending)
        fileio.fsync_path(folder, directory=True)
        self._remember(source, workshop_id, title)
        self.prune(workshop_id)
        return _parse(final)

    # --- listing and pruning ------------------------------------------------------------

    def list(self, workshop_id: str) -> list[Backup]:
        """Backups of one workshop, newest first (only complete ones: final names)."""
        found = [_parse(p) for p in self.folder.glob(f"{workshop_id}__*{SUFFIX}")]
        return sorted(
            (b for b in found if b is not None and b.workshop_id == workshop_id),
            key=lambda b: b.taken,
            reverse=True,
        )

    def newest_good(
        self, workshop_id: str, source: Path | None = None
    ) -> tuple[Backup, BackupInfo] | None:
        """The newest backup that passes SQLite's check, with what it holds; with ``source``,
        one taken from that file if there is any (copies of a workshop share its id)."""
        candidates = self.list(workshop_id)
        if source is not None:
            key = source_key(source)
            candidates.sort(key=lambda b: b.source != key)  # stable: newest first within each
        for backup in candidates:
            info = read_info(backup.path)
            if info.good:
                return backup, info
        return None

    def source_name(self, backup: Backup) -> str:
        """The file name a backup was taken from, if this computer remembers it."""
        for path in self._read_index():
            if source_key(Path(path)) == backup.source:
                return Path(path).name
        return ""

    def to_keep(self, backups: builtins.list[Backup]) -> builtins.list[Backup]:
        """Of backups sorted newest first: the newest few, plus the newest of each recent day."""
        keep = list(backups[:KEEP_RECENT])
        cutoff = self.now() - timedelta(days=KEEP_DAYS)
        days: set[date] = set()
        for b in backups:
            if b.taken >= cutoff and b.taken.date() not in days:
                days.add(b.taken.date())
                if b not in keep:
                    keep.append(b)
        return keep

    def prune(self, workshop_id: str) -> builtins.list[Path]:  # `list` is BackupStore.list here
        """Delete the backups of one workshop that the policy no longer keeps."""
        backups = self.list(workshop_id)
        keep = set(self.to_keep(backups))
        removed = []
        for b in backups:
            if b not in keep:
                try:
                    b.path.unlink()
                    removed.append(b.path)
                except OSError:
                    pass
        return removed

    def _remove_leftovers(self) -> None:
        """Hidden files of backups cut off by a crash (never a finished backup)."""
        limit = time.time() - LEFTOVER_AGE
        for p in self.folder.glob(".*"):
            try:
                if p.is_file() and p.stat().st_mtime < limit:
                    p.unlink()
            except OSError:
                pass

    # --- which workshop a path holds ------------------------------------------------------

    def _index_path(self) -> Path:
        return self.folder / INDEX_NAME

    def _read_index(self) -> dict[str, Any]:
        try:
            import json

            data = json.loads(self._index_path().read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _remember(self, source: Path, workshop_id: str, title: str) -> None:
        """Note which workshop lives at ``source``, for when that file is too damaged to say."""
        key = _real(source)
        index = self._read_index()
        if index.get(key, {}).get("id") == workshop_id:
            return
        index[key] = {"id": workshop_id, "title": title}
        target = self._index_path()
        tmp = fileio.temporary_beside(target)
        try:
            import json

            tmp.write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, target)
        except OSError:
            fileio.remove_quietly(tmp)

    def workshop_id_for(self, path: Path) -> str | None:
        """The workshop id of the file at ``path``: from the file if readable, else remembered."""
        found = workshop_id_of(path)
        if found:
            return found
        entry = self._read_index().get(_real(path))
        return entry.get("id") if isinstance(entry, dict) else None


def restore(backup: Backup, target: Path) -> Path:
    """Write a checked copy of ``backup`` to ``target`` (which nobody may have open)."""
    conn = fileio.open_read_only_snapshot(backup.path)
    try:
        return fileio.write_verified_copy(conn, Path(target))
    finally:
        conn.close()


def set_aside_damaged(path: Path) -> Path:
    """Rename a damaged workshop file to ``NAME.damaged`` (or ``NAME.damaged-2``…); never delete it.

    A journal file beside it goes with it, so that it is never applied to a restored copy.
    """
    path = Path(path)
    n = 1
    while True:
        aside = path.with_name(path.name + (".damaged" if n == 1 else f".damaged-{n}"))
        if not aside.exists() and not Path(f"{aside}-journal").exists():
            break
        n += 1
    journal = Path(f"{path}-journal")
    os.rename(path, aside)
    if journal.exists():
        os.rename(journal, Path(f"{aside}-journal"))
    fileio.fsync_path(path.parent, directory=True)
    return aside


def put_back(aside: Path, path: Path) -> None:
    """Undo :func:`set_aside_damaged` when nothing has taken the file's place."""
    if not Path(path).exists():
        os.rename(aside, path)
        journal = Path(f"{aside}-journal")
        if journal.exists():
            os.rename(journal, Path(f"{path}-journal"))


class BackupScheduler:
    """When one open workshop is backed up: when opened, then after each interval of editing."""

    def __init__(self, store: BackupStore, interval: float = INTERVAL_SECONDS):
        self.store = store
        self.interval = interval
        self.last: float | None = None
        self.edited_since = False
        #: The last reason a backup could not be taken (plain words), or None.
        self.problem: str | None = None

    def opened(self, workshop_file: WorkshopFile) -> Backup | None:
        return self._take(workshop_file, "opened")

    def edited(self, workshop_file: WorkshopFile) -> Backup | None:
        """Call after each saved change; backs up when the interval has passed."""
        self.edited_since = True
        return self.tick(workshop_file)

    def tick(self, workshop_file: WorkshopFile) -> Backup | None:
        """Call now and then (a timer): backs up edits older than the interval."""
        if self.edited_since and (
            self.last is None or self.store.clock() - self.last >= self.interval
        ):
            return self._take(workshop_file, "timed")
        return None

    def _take(self, workshop_file: WorkshopFile, reason: str) -> Backup | None:
        self.last = self.store.clock()
        self.edited_since = False
        try:
            backup = self.store.backup_file(workshop_file, reason)
        except Exception as exc:  # noqa: BLE001 - a backup must never stop the workshop
            self.problem = f"The automatic backup could not be written ({exc})."
            return None
        self.problem = None
        return backup
