"""End the process right after the first window is painted, when
``COSTAR_QUIT_AFTER_FIRST_PAINT`` is set (for start-up benchmarks).

``benchmarks/bench_startup.py`` and ``benchmarks/bench_packaging.py`` start the app as a
user would and time the whole process from outside, from launch to a painted window:
loading Python and Qt, opening the file and drawing the star with its notes.

The probe watches only the window it is given. An application-wide event filter would
call Python for every event of every widget (about 6,000 before the sample workshop is
painted, 65,000 with 5,000 notes) and add its own cost to what it measures. After the
window's first paint pass (the window, then every dirty widget in it, the canvas too) the
process ends at once, without tidying up: the end of the day is not part of start-up, and
nothing has been written to the workshop file. Nothing here runs unless the variable is set.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "COSTAR_QUIT_AFTER_FIRST_PAINT"


def _end_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class _FirstPaint(QObject):
    """Event filter on one window: after its first paint pass, end the process."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero timer fires once this paint pass and its flush have finished.
            QTimer.singleShot(0, _end_now)
        return False


def install_if_requested(window: QWidget) -> bool:
    """Watch ``window`` when :data:`ENV_VAR` is set; True if the probe was installed."""
    if not os.environ.get(ENV_VAR):
        return False
    window._first_paint_probe = _FirstPaint(window)  # lives as long as the window
    window.installEventFilter(window._first_paint_probe)
    return True
