"""A countdown for an activity: large, pausable, and plainly visible when time is up."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QInputDialog

from costar_desktop.ui.i18n import translate

PRESETS_MINUTES = (2, 5, 10, 15)


class Countdown(QObject):
    """The timer's state: seconds left, running or paused, finished."""

    #: Seconds left changed (every second while running, and on start/reset).
    changed = Signal(int)
    #: Time is up.
    finished = Signal()
    #: Started, paused, resumed or stopped.
    state_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.total = 0
        self.left = 0
        self.running = False
        self.done = False
        self.beep = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    def start(self, seconds: int) -> None:
        """Start a new countdown of ``seconds``."""
        self.total = self.left = max(1, int(seconds))
        self.done = False
        self.running = True
        self._tick.start()
        self.changed.emit(self.left)
        self.state_changed.emit()

    def toggle_pause(self) -> None:
        if self.left <= 0 or self.done:
            return
        self.running = not self.running
        if self.running:
            self._tick.start()
        else:
            self._tick.stop()
        self.state_changed.emit()

    def stop(self) -> None:
        self._tick.stop()
        self.running = False
        self.done = False
        self.left = 0
        self.changed.emit(0)
        self.state_changed.emit()

    def _on_tick(self) -> None:
        self.left -= 1
        self.changed.emit(self.left)
        if self.left <= 0:
            self._tick.stop()
            self.running = False
            self.done = True
            if self.beep:
                QApplication.beep()
            self.finished.emit()
            self.state_changed.emit()

    @property
    def active(self) -> bool:
        return self.running or self.left > 0 or self.done


def format_seconds(seconds: int) -> str:
    seconds = max(0, seconds)
    return f"{seconds // 60:d}:{seconds % 60:02d}"


def ask_custom_minutes(parent) -> int | None:
    minutes, ok = QInputDialog.getInt(
        parent, translate("Timer", "Timer"), translate("Timer", "How many minutes?"), 7, 1, 180
    )
    return minutes if ok else None
