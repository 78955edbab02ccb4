"""Low-level file handling shared by the workshop file, Save As and backups.

Everything here either completes or leaves the target as it was: copies are written to a
temporary file beside the target, checked, synced and only then renamed into place.
No Qt, no knowledge of the workshop's tables.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

try:  # macOS: fsync() does not empty the drive's cache; F_FULLFSYNC does.
    import fcntl

    _FULLFSYNC = getattr(fcntl, "F_FULLFSYNC", None)
except ImportError:  # Windows
    fcntl = None
    _FULLFSYNC = None

#: A file's identity on disk (device, inode); a rename or replacement changes what a path
#: points to, not the identity of the file we hold open.
FileIdentity = tuple


def fsync_path(path: Path, directory: bool = False) -> None:
    """Push a file (or a folder's list of names) to the disk; best effort where unsupported."""
    try:
        fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0))
    except OSError:
        return  # Windows cannot open folders; NTFS orders the rename itself.
    try:
        if _FULLFSYNC is not None:
            try:
                fcntl.fcntl(fd, _FULLFSYNC)
                return
            except OSError:
                pass  # some file systems refuse F_FULLFSYNC; fall back to fsync
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def identity(path: Path) -> FileIdentity | None:
    """(device, inode) of what ``path`` names now, or None if nothing is there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def temporary_beside(target: Path, suffix: str = ".tmp") -> Path:
    """A hidden, unique name in the target's folder (so the final rename is atomic)."""
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}{suffix}")


def remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-journal")):
        try:
            p.unlink()
        except OSError:
            pass


def write_verified_copy(source: sqlite3.Connection, target: Path) -> Path:
    """Copy an open database to ``target`` through SQLite's backup API, all or nothing.

    The copy is written beside the target, checked with ``quick_check``, synced and renamed
    over the target. On any failure the temporary file is removed, the target is left as it
    was, and the error propagates (``sqlite3.Error`` / ``OSError``, or ``CopyNotVerified``).
    The caller holds whatever lock protects ``source``.
    """
    target = Path(target)
    tmp = temporary_beside(target)
    try:
        dst = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            source.backup(dst)
            try:
                dst.execute("PRAGMA journal_mode = DELETE")
                if dst.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                    raise CopyNotVerified(target)
            except sqlite3.OperationalError:
                raise  # could not read or write (disk, permissions): said as such
            except (sqlite3.DatabaseError, UnicodeError):
                raise CopyNotVerified(target) from None  # "malformed": the copy is bad
        finally:
            dst.close()
        fsync_path(tmp)
        drop_stale_journal(target)
        os.replace(tmp, target)
        fsync_path(target.parent, directory=True)
    except BaseException:
        remove_quietly(tmp)
        raise
    return target


def drop_stale_journal(target: Path) -> None:
    """Remove the journal of a file that is about to be replaced (and that nobody has open).

    Left in place, a journal from a crash of the old file would be "rolled back" into the
    new one the next time it is opened, and damage it.
    """
    try:
        Path(f"{target}-journal").unlink()
    except FileNotFoundError:
        pass


class CopyNotVerified(Exception):
    """The copy that was just written did not pass SQLite's quick check."""

    def __init__(self, target: Path):
        super().__init__(f"the copy “{Path(target).name}” did not pass SQLite's check")
        self.target = target


def locked_by_another_program(path: Path) -> bool:
    """True if another process holds a lock on the SQLite file at ``path``.

    Used before replacing a file: a workshop open in another copy of the app must not be
    swapped out from under it. Opens read-only and never writes.
    """
    if not Path(path).is_file():
        return False
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except (sqlite3.DatabaseError, UnicodeError):
        return False  # not a database at all: nobody has it open as one
    finally:
        conn.close()
    return False


def open_read_only_snapshot(path: Path) -> sqlite3.Connection:
    """Open a closed database file (a backup) for reading without locks, journals or writes."""
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)
