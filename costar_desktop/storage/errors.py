"""Errors that storage raises, each with a message a facilitator can read.

``str(error)`` is always a complete, plain-words sentence fit for a dialog.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from costar_desktop.core.model import InboxNote, WorkshopData
    from costar_desktop.storage.values import Repair


class StorageError(Exception):
    """Base class: something about a workshop file went wrong."""

    def __init__(self, message: str, path: Path | str | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


class NotAWorkshopFile(StorageError):
    """The file is empty, not a database, or not readable at all."""


class NotARegularFile(NotAWorkshopFile):
    """The path names a named pipe, a device, a socket or a folder, not a file.

    A kind of :class:`NotAWorkshopFile` (a folder was refused as that before this class
    existed), but nothing is damaged: no backup is offered for it (the window offers one
    only for a path that is a file).
    """


class ForeignFile(StorageError):
    """The file is an SQLite database, but one written by another program."""


class NewerVersion(StorageError):
    """The file was written by a newer CoStar Desktop that this one cannot read safely."""


class FileDamaged(StorageError):
    """The file claims to be ours, but SQLite finds it broken."""


class AlreadyOpen(StorageError):
    """Another window or program has the file open."""


class SaveFailed(StorageError):
    """A change could not be written. Nothing earlier in the file was changed."""


_SQLITE_FULL = 13  # sqlite3.SQLITE_FULL exists only from Python 3.11
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def describe_write_error(exc: BaseException, path: Path | str | None) -> SaveFailed:
    """Turn an sqlite3/OS error raised while writing into a plain-words :class:`SaveFailed`."""
    text = str(exc).lower()
    where = f" ({Path(path).name})" if path else ""
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if isinstance(exc, OSError) and exc.errno in _NO_ROOM or code == _SQLITE_FULL or "full" in text:
        msg = (
            f"Not saved: the disk is full{where}. Free some space or use "
            "File → Save As… to save the workshop somewhere else."
        )
    elif (
        "readonly" in text
        or "read-only" in text
        or (isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS))
    ):
        msg = (
            f"Not saved: the workshop file cannot be written to{where}. It may be "
            "read-only or on a locked USB stick. Use File → Save As… to save it elsewhere."
        )
    elif "locked" in text or "busy" in text:
        msg = (
            f"Not saved: another program is using the workshop file{where}. "
            "Try again in a moment, or use File → Save As…."
        )
    elif "i/o" in text or "disk" in text or isinstance(exc, OSError):
        # SQLite reports a write that ran out of room part-way as a plain I/O error.
        msg = (
            f"Not saved: the workshop file could not be written to the disk{where}. The "
            "disk may be full, or a USB stick may have been pulled out. Free some space or "
            "check the stick and try again, or use File → Save As… to save it elsewhere."
        )
    elif isinstance(exc, sqlite3.IntegrityError):
        msg = f"Not saved: the change did not fit the workshop's rules ({exc})."
    else:
        msg = f"Not saved: the workshop file could not be written{where} ({exc})."
    return SaveFailed(msg, path)


class ChangedByAnotherProgram(FileDamaged):
    """The file's schema holds something CoStar Desktop never makes (a trigger, a view, a
    changed table…): it was changed by another program, and nothing in it is run."""


class NeedsRepair(StorageError):
    """Some values in the file cannot be used as they are. ``repairs`` says which and what
    they would become; ``data`` is the workshop with them repaired (for a repaired copy),
    ``inbox`` the phones' notes waiting in its inbox, repaired too."""

    def __init__(
        self,
        message: str,
        path: Path | str | None,
        repairs: list[Repair],
        data: WorkshopData,
        inbox: list[InboxNote] | None = None,
    ):
        super().__init__(message, path)
        self.repairs = repairs
        self.data = data
        self.inbox: list[InboxNote] = list(inbox or [])
