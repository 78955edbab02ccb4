"""Quit right after the first frame is painted, when ``COSTAR_QUIT_AFTER_FIRST_PAINT`` is set.

The packaging benchmark (benchmarks/bench_packaging.py) starts the app as a user would
and times the whole process, from launch to a painted window, from outside. Nothing
here runs unless that variable is set.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "COSTAR_QUIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    """Application-wide event filter: on the first paint of a shown window, quit."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window().isVisible()):
            QApplication.instance().removeEventFilter(self)
            # After this paint pass (and its flush to the screen) has finished.
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def install_if_requested(app: QApplication) -> None:
    if os.environ.get(ENV_VAR):
        app._first_paint_probe = _FirstPaint(app)  # kept alive with the app
        app.installEventFilter(app._first_paint_probe)
