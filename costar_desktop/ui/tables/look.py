"""How the tables' dialogs are sized: large words (read from a few metres, on the shared
screen too), and never larger than the window they belong to."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas.readable import ZOOMED_PX_AT_1080, px_for

#: At most this share of the window's width and height.
MAX_SHARE = 0.92


def reference_height(parent: QWidget | None) -> int:
    """The height words are sized for: the window's (a projector's picture is the window)."""
    window = parent.window() if parent is not None else None
    if window is not None and window.height() > 0:
        return window.height()
    return 1080


def body_font(base: QFont, parent: QWidget | None) -> QFont:
    """The dialogs' words: as large as a Co flown to reads (readable.ZOOMED_PX_AT_1080 on a
    1080-pixel screen), at the user's text size, and never smaller than the app's own."""
    font = QFont(base)
    px = round(px_for(ZOOMED_PX_AT_1080, reference_height(parent), appearance().text_scale))
    current = base.pixelSize() if base.pixelSize() > 0 else round(base.pointSizeF() * 96 / 72)
    font.setPixelSize(max(px, current))
    return font


def heading_font(body: QFont) -> QFont:
    font = QFont(body)
    font.setBold(True)
    font.setPixelSize(round(body.pixelSize() * 1.2))
    return font


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
