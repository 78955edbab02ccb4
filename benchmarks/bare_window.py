"""The start-up baseline: a bare PySide6 script that shows an empty QMainWindow.

It stops the same way ``costar`` does under COSTAR_QUIT_AFTER_FIRST_PAINT (see
costar_desktop/ui/shell/startup_probe.py): once the window's first paint pass is done, the
process ends without tidying up. Same window size as CoStar's first window.
benchmarks/plain_window.py stops the same way, with the filter below.
"""

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class ExitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    hook = ExitAfterFirstPaint(window)
    window.installEventFilter(hook)
    window.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
