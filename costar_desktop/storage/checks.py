"""Checks made before a workshop file is trusted, and the settings it is opened with.

``inspect_file`` reads the header's bytes only, so a refused file is never changed, and
opens regular files only (a named pipe would make it wait forever); the lock and read
errors are turned into plain-words refusals here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from costar_desktop.storage import fileio
from costar_desktop.storage.errors import (
    AlreadyOpen,
    FileDamaged,
    ForeignFile,
    NewerVersion,
    NotAWorkshopFile,
    SaveFailed,
    StorageError,
)
from costar_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect_file(path: Path | str) -> tuple[int, int]:
    """Read a file's SQLite header without opening it as a database.

    Returns ``(application_id, user_version)`` for a CoStar file this build can open,
    and raises a :class:`StorageError` with a plain message otherwise (a pipe, device,
    socket or folder: :class:`NotARegularFile`, at once). Reads bytes only, so the file is
    never changed.
    """
    path = Path(path)
    name = path.name
    try:
        with fileio.open_regular(path) as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise NotAWorkshopFile(f"There is no file called “{name}” at that place.", path) from None
    except PermissionError:
        raise NotAWorkshopFile(
            f"“{name}” cannot be read: this user account is not allowed to open it.", path
        ) from None
    except OSError as exc:
        raise NotAWorkshopFile(f"“{name}” cannot be read ({exc.strerror}).", path) from None
    if not header:
        raise NotAWorkshopFile(f"“{name}” is empty: it holds no workshop.", path)
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotAWorkshopFile(f"“{name}” is not a CoStar workshop file. It was not changed.", path)
    user_version = int.from_bytes(header[60:64], "big", signed=True)
    application_id = int.from_bytes(header[68:72], "big", signed=True)
    _check_header(path, application_id, user_version)
    return application_id, user_version


def _check_header(path: Path, application_id: int, user_version: int) -> None:
    """Refuse a file that is not ours, too new, or has no version (plain messages)."""
    name = path.name
    if application_id != APPLICATION_ID:
        raise ForeignFile(
            f"“{name}” is a database made by another program, not a CoStar workshop. "
            "It was not changed.",
            path,
        )
    if user_version > SCHEMA_VERSION:
        raise NewerVersion(
            f"“{name}” was saved by a newer version of CoStar Desktop (file format "
            f"{user_version}; this version reads up to {SCHEMA_VERSION}). Please update "
            "CoStar Desktop to open it. The file was not changed.",
            path,
        )
    if user_version < 1:
        raise FileDamaged(
            f"“{name}” looks like a CoStar workshop but has no format version. It may be "
            "damaged. It was not changed.",
            path,
        )


#: What reading a damaged file can raise. (Python's sqlite3 raises UnicodeDecodeError when
#: SQLite's own error message quotes a damaged schema that is not valid UTF-8.)
_READ_ERRORS = (
    sqlite3.Error,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    UnicodeError,
)


def _lock_error(path: Path, exc: sqlite3.OperationalError, read_only: bool) -> StorageError | None:
    """The plain-words refusal for a lock we could not take, or None if it is another error."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return AlreadyOpen(
            f"“{path.name}” is already open in another CoStar window or on another computer. "
            "Close it there first, then try again.",
            path,
        )
    if read_only and "readonly" in text.replace("-", "").replace(" ", ""):
        return SaveFailed(
            f"“{path.name}” was not closed properly (the app or the computer stopped while "
            "saving) and must be repaired before it is opened, but it is read-only here. Copy "
            f"“{path.name}” and “{path.name}-journal” to a folder you can write to, then open "
            "the copy. Nothing was changed.",
            path,
        )
    return None


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(
            uri, uri=True, isolation_level=None, timeout=0.2, check_same_thread=False
        )
    else:
        conn = sqlite3.connect(
            str(path), isolation_level=None, timeout=0.2, check_same_thread=False
        )
    return conn


#: The settings every open workshop file gets. The reasons for each are in
#: docs/file-format.md ("Storage settings and why"); tests/storage/test_settings.py checks them.
STORAGE_PRAGMAS = (
    ("locking_mode", "EXCLUSIVE"),
    ("journal_mode", "DELETE"),
    ("journal_size_limit", "0"),
    ("synchronous", "EXTRA"),
    ("fullfsync", "ON"),
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
    ("trusted_schema", "OFF"),
    ("cell_size_check", "ON"),
)


def _configure(conn: sqlite3.Connection) -> None:
    for name, value in STORAGE_PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}")
