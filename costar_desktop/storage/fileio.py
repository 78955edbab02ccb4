"""Low-level file handling shared by the workshop file, Save As, backups, exports and PDFs.

Everything here either completes or leaves the target as it was: copies are written to a
temporary file beside the target, checked, synced and only then renamed into place. Each
temporary file is recorded while it exists (:func:`pending_temporary`), so what a crash
leaves behind is removed at the next start (:func:`remove_leftover_temporaries`).
Only regular files are read or replaced (:func:`open_regular`, :func:`refuse_unless_regular`):
a named pipe would make a read wait forever, a device would be replaced by a file.
No Qt, no knowledge of the workshop's tables.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from costar_desktop.storage.errors import NotARegularFile

try:  # macOS: fsync() does not empty the drive's cache; F_FULLFSYNC does.
    import fcntl

    _FULLFSYNC = getattr(fcntl, "F_FULLFSYNC", None)
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    _FULLFSYNC = None

#: A file's identity on disk (device, inode); a rename or replacement changes what a path
#: points to, not the identity of the file we hold open.
FileIdentity = tuple[int, int]


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
    """Remove a file and its SQLite journal, if they are there."""
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
    refuse_unless_regular(target, missing_ok=True)  # never replace a device or a pipe
    with pending_temporary(target) as tmp:
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
    return target


def write_file_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` all or nothing (an export, a PDF); returns the path written.

    A symlink to a file is written through (the file it points to is replaced, the link
    stays). An existing target that is not a regular file is refused with
    :class:`NotARegularFile`; nothing is written then.
    """
    target = Path(target)
    refuse_unless_regular(target, missing_ok=True)
    if os.path.islink(target) and os.path.exists(target):
        target = Path(os.path.realpath(target))
    with pending_temporary(target, ".part") as tmp:
        # O_EXCL: never write into a file that is already there. Mode 0o666 less the umask,
        # as an ordinary open would make it (mkstemp would make it private to this user).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_path(target.parent, directory=True)
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


# --- only regular files -------------------------------------------------------------------


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in plain words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "something other than a file"


def _refusal(path: Path, mode: int) -> NotARegularFile | None:
    """The plain refusal for a path whose (followed) mode is not a regular file's."""
    kind = _kind(mode)
    if kind is None:
        return None
    if os.path.islink(path):
        target = os.path.realpath(path)
        return NotARegularFile(
            f"“{path.name}” points to “{target}”, which is {kind}, not a file.", path
        )
    return NotARegularFile(f"“{path.name}” is {kind}, not a file.", path)


def refuse_unless_regular(path: Path, missing_ok: bool = False) -> os.stat_result | None:
    """Raise :class:`NotARegularFile` if ``path`` (followed through symlinks) is not a file.

    Only looks (``stat``), never opens, so it cannot wait on a pipe or a device. A missing
    path raises ``FileNotFoundError``, or returns None with ``missing_ok`` (an output that
    will be created).
    """
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if missing_ok:
            return None  # nothing there yet (or a link to nothing: the link is replaced)
        raise
    refusal = _refusal(path, st.st_mode)
    if refusal is not None:
        raise refusal
    return st


def open_regular(path: Path) -> BinaryIO:
    """Open a file for reading in binary mode, refusing at once anything that is not a file.

    ``stat`` first; then the file is opened without blocking (``O_NONBLOCK``: opening a
    named pipe for reading would otherwise wait for a writer forever) and the opened
    descriptor is checked again, so a file swapped for a pipe in between is refused too.
    Raises :class:`NotARegularFile`, or the ``OSError`` of a file that cannot be read.
    """
    path = Path(path)
    refuse_unless_regular(path)
    nonblock = getattr(os, "O_NONBLOCK", 0)
    flags = os.O_RDONLY | nonblock | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        refuse_unless_regular(path)  # swapped for a socket (ENXIO) since the stat: say so
        raise
    try:
        refusal = _refusal(path, os.fstat(fd).st_mode)
        if refusal is not None:
            raise refusal
        if nonblock and fcntl is not None:  # a regular file: ordinary, blocking reads again
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~nonblock)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# --- temporary files that a crash leaves behind ---------------------------------------------
#
# Before a temporary file is made beside a target, an entry is written to the data folder's
# "unfinished" folder: "<pid>-<8 hex>.json" holding the temporary file's path, its target,
# the writer's process id and computer. The entry goes once the temporary file has been
# renamed into place or removed. At the next start, entries of processes that are no longer
# running have their temporary file (and its journal) removed, and are dropped. A file is
# only ever removed if an entry names it and its name is still one we make for that target,
# so a user's own file is never touched. Entries are not synced: after a power cut at worst
# one temporary file stays, as it did before this registry existed.

UNFINISHED_FOLDER = "unfinished"
_ENTRY_NAME = re.compile(r"(?P<pid>[0-9]{1,10})-[0-9a-f]{8}\.json")
_TEMPORARY_NAME = re.compile(r"\.(?P<target>.+)\.[0-9a-f]{8}(?P<suffix>\.[a-z]{1,12})")


def _registry_folder(create: bool) -> Path | None:
    """The data folder's ``unfinished`` folder; None if there is none (or none can be made)."""
    from costar_desktop.paths import user_data_dir

    try:
        folder = user_data_dir() / UNFINISHED_FOLDER
        if create:
            folder.mkdir(exist_ok=True)
        return folder if folder.is_dir() else None
    except OSError:
        return None


def _this_computer() -> str:
    """The computer's name: a data folder on a USB stick may hold entries of another one."""
    try:
        return os.uname().nodename
    except AttributeError:  # Windows
        return os.environ.get("COMPUTERNAME", "")


def _record(tmp: Path, target: Path) -> Path | None:
    """Write the entry for a temporary file about to be made; None if it cannot be written
    (a read-only data folder must not stop a save)."""
    folder = _registry_folder(create=True)
    if folder is None:
        return None
    import json  # here, not at the top: json is not otherwise loaded before the first paint

    pid = os.getpid()
    entry = folder / f"{pid}-{os.urandom(4).hex()}.json"
    payload = {"temp": str(tmp), "target": str(target), "pid": pid, "computer": _this_computer()}
    try:
        with open(entry, "x", encoding="utf-8") as fh:
            json.dump(payload, fh)
    except OSError:
        remove_quietly(entry)
        return None
    return entry


@contextmanager
def pending_temporary(target: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A hidden temporary name beside ``target`` (``.NAME.<8 hex><suffix>``), recorded while in use.

    The caller makes the file and renames it over ``target``. On leaving the block, whatever
    is still under the temporary name (and its journal) is removed and the record dropped;
    if the process dies inside the block, the next start removes the file
    (:func:`remove_leftover_temporaries`).
    """
    if not re.fullmatch(r"\.[a-z]{1,12}", suffix):
        raise ValueError(f"temporary suffix {suffix!r}: a dot and 1-12 lower-case letters")
    target = Path(target).absolute()
    tmp = temporary_beside(target, suffix)
    entry = _record(tmp, target)
    try:
        yield tmp
    finally:
        remove_quietly(tmp)
        if entry is not None:
            remove_quietly(entry)


def process_alive(pid: int) -> bool:
    """True if process ``pid`` is running on this computer, or if that cannot be told."""
    if pid <= 0:
        return True  # os.kill(0, …) would mean "my process group": not a writer's id
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # PermissionError: it exists, under another user
    return True


def _windows_process_alive(pid: int) -> bool:
    if sys.platform != "win32":  # also tells the type checker to skip the rest elsewhere
        raise OSError("only on Windows")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    process_query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied  # exists, but not ours to look at
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _is_our_temporary(tmp: Path, target: Path) -> bool:
    """True if ``tmp`` is a name :func:`pending_temporary` makes for ``target``."""
    match = _TEMPORARY_NAME.fullmatch(tmp.name)
    return (
        tmp.is_absolute()
        and match is not None
        and match["target"] == target.name
        and tmp.parent == target.parent
    )


def _remove_if_regular(path: Path) -> bool:
    """Remove ``path`` if it is a regular file (not a link, folder or anything else)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        os.unlink(path)
        return True
    except OSError:
        return False


def _settle(entry: Path, match: re.Match[str]) -> list[Path]:
    """Finish one entry of a process that is no longer running; the files removed."""
    if process_alive(int(match["pid"])):
        return []  # still writing (or its id now belongs to another running process)
    import json

    try:
        payload = json.loads(entry.read_text(encoding="utf-8"))
        tmp, target = Path(payload["temp"]), Path(payload["target"])
        computer = payload.get("computer", "")
    except (OSError, ValueError, TypeError, KeyError):
        # Cut off while being written, so before its temporary file was made.
        remove_quietly(entry)
        return []
    if computer != _this_computer():
        return []  # another computer's process: its id means nothing here
    removed = []
    if _is_our_temporary(tmp, target):
        for path in (tmp, Path(f"{tmp}-journal")):
            if _remove_if_regular(path):
                removed.append(path)
    remove_quietly(entry)
    return removed


def remove_leftover_temporaries() -> list[Path]:
    """Remove the temporary files of writers that died (see above); the files removed.

    Cheap when nothing was left (one listing of a usually empty folder) and never raises:
    a read-only or vanished data folder, or a file removed meanwhile, only means less is
    tidied.
    """
    removed: list[Path] = []
    try:
        folder = _registry_folder(create=False)
        if folder is None:
            return removed
        for entry in folder.iterdir():
            match = _ENTRY_NAME.fullmatch(entry.name)
            if match is None:
                continue  # not one of our entries: left alone
            try:
                removed += _settle(entry, match)
            except Exception:  # noqa: BLE001 - tidying must never stop the app from starting
                continue
    except Exception:  # noqa: BLE001 - (as above) e.g. the folder vanished while listed
        pass
    return removed
