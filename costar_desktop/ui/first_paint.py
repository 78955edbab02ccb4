"""A hook for start-up benchmarks: end the process once the first window has been painted.

Set ``COSTAR_QUIT_AFTER_FIRST_PAINT=1`` and ``costar [FILE]`` starts as usual, paints its
window once (with the workshop's canvas, when a file is opened) and exits with status 0
straight after, without tidying up: what is measured is launch to a painted window, not
the shutdown at the end of the day. The file is left as after a power cut, which storage
handles (nothing is written at start-up anyway). ``benchmarks/bench_startup.py`` times
whole processes this way, from outside, so the figure covers starting Python, importing
Qt, opening the file and drawing the star. Nothing here runs unless the variable is set.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "COSTAR_QUIT_AFTER_FIRST_PAINT"


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class _ExitAfterFirstPaint(QObject):
    """Watches one window; after its first paint pass, ends the process."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window is painted first, then (in the same pass) every dirty widget in
            # it, the canvas too; a zero timer fires once that pass and its flush are done.
            QTimer.singleShot(0, _exit_now)
        return False


def install_if_requested(window: QWidget) -> bool:
    """Watch ``window`` when :data:`ENV_VAR` is set; True if the hook was installed."""
    if not os.environ.get(ENV_VAR):
        return False
    window._exit_after_first_paint = _ExitAfterFirstPaint(window)  # lives with the window
    window.installEventFilter(window._exit_after_first_paint)
    return True
