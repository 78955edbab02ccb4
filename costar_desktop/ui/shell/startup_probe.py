"""Things that wait for the first painted window: the start-up benchmarks' probe, and
work that should not delay that first paint.

With ``COSTAR_QUIT_AFTER_FIRST_PAINT`` set, the process ends right after the first window
has been painted. ``benchmarks/bench_startup.py`` and ``benchmarks/bench_packaging.py``
start the app as a user would and time the whole process from outside, from launch to a
painted window: loading Python and Qt, opening the file and drawing the star with its notes.
It ends at once, without tidying up: the end of the day is not part of start-up, and nothing
has been written to the workshop file.

Both watch only the window they are given. An application-wide event filter would call
Python for every event of every widget (about 6,000 before the sample workshop is painted,
65,000 with 5,000 notes) and slow down the very start it waits for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "COSTAR_QUIT_AFTER_FIRST_PAINT"


def _end_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class _FirstPaint(QObject):
    """Event filter on one window: once its first paint pass is done, run ``then``."""

    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self._then = then

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window is painted first, then (in the same pass) every dirty widget in it,
            # the canvas too; a zero timer fires once that pass and its flush are done.
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` once ``window`` has been painted for the first time."""
    probe = _FirstPaint(window, then)
    window.installEventFilter(probe)


def install_if_requested(window: QWidget) -> bool:
    """End the process after ``window``'s first paint when :data:`ENV_VAR` is set."""
    if not os.environ.get(ENV_VAR):
        return False
    after_first_paint(window, _end_now)
    return True
