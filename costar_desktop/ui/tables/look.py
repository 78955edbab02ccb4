"""How the tables' dialogs are sized: never larger than the window they belong to (their
words come from ui/large_type.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget

#: At most this share of the window's width and height.
MAX_SHARE = 0.92


def fit(dialog: QDialog, parent: QWidget | None, wanted: QSize) -> None:
    """Size ``dialog`` to ``wanted``, within the window's size, and centre it over it."""
    window = parent.window() if parent is not None else None
    if window is None:
        dialog.resize(wanted)
        return
    width = min(wanted.width(), int(window.width() * MAX_SHARE))
    height = min(wanted.height(), int(window.height() * MAX_SHARE))
    dialog.resize(width, height)
    centre = window.geometry().center()
    dialog.move(centre.x() - width // 2, centre.y() - height // 2)
