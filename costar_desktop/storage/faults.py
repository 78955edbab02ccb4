"""A way for tests to make a write fail part-way through a change, as a full disk or a
USB stick pulled out would. Nothing in the app arms it; it costs one ``None`` check a write.

Storage calls :func:`reached` at every point where a real write can fail: after each
group of statements of a unit of work (``"write"``) and just before its commit
(``"commit"``). A test arms a :class:`WriteFaults` with :func:`failing_at` (the n-th point
reached while armed fails, once), :func:`counting` (fail nowhere, count the points) or
:func:`watching` (call a function at each point). A point fails with the error SQLite
gives for a full disk, after the statements before it ran inside the transaction, so
they must be rolled back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class WriteFaults:
    """Which point fails (``None``: none), and the points reached so far."""

    fail_at: int | None = None
    error: BaseException = field(
        default_factory=lambda: sqlite3.OperationalError("database or disk is full")
    )
    reached: list[str] = field(default_factory=list)
    #: Called with each point as it is reached, before it may fail (see :func:`watching`).
    watcher: Callable[[str], None] | None = None

    @property
    def fired(self) -> bool:
        return self.fail_at is not None and len(self.reached) >= self.fail_at

    def reach(self, where: str) -> None:
        if self.watcher is not None:
            self.watcher(where)
        self.reached.append(where)  # one failure per arming: a retry after it may succeed
        if self.fail_at is not None and len(self.reached) == self.fail_at:
            raise self.error


_armed: WriteFaults | None = None


def reached(where: str) -> None:
    """Storage is at a point where a write can fail; fails there if a test armed it."""
    if _armed is not None:
        _armed.reach(where)


@contextmanager
def failing_at(point: int, error: BaseException | None = None) -> Iterator[WriteFaults]:
    """Within the block, the ``point``-th write point reached (counting from 1) fails."""
    faults = WriteFaults(fail_at=point) if error is None else WriteFaults(point, error)
    with _arming(faults):
        yield faults


@contextmanager
def counting() -> Iterator[WriteFaults]:
    """Within the block, every write point reached is counted; none fails."""
    with _arming(WriteFaults()) as faults:
        yield faults


@contextmanager
def watching(watcher: Callable[[str], None]) -> Iterator[WriteFaults]:
    """Within the block, ``watcher(point)`` runs at every write point; none fails. (A
    child process that is killed at random moments says what it is about to commit.)"""
    with _arming(WriteFaults(watcher=watcher)) as faults:
        yield faults


@contextmanager
def _arming(faults: WriteFaults) -> Iterator[WriteFaults]:
    global _armed
    before, _armed = _armed, faults
    try:
        yield faults
    finally:
        _armed = before
