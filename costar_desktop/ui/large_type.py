"""Fonts for words read from a few metres away: the dialogs and panels of the shared screen
(breakout tables, the programme) size their words as a Co flown to reads
(:data:`~costar_desktop.ui.canvas.readable.ZOOMED_PX_AT_1080` on a 1080-pixel window), at
the user's text size, and never smaller than the app's own."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas.readable import ZOOMED_PX_AT_1080, px_for


def reference_height(widget: QWidget | None) -> int:
    """The height words are sized for: the window's (a projector's picture is the window)."""
    window = widget.window() if widget is not None else None
    if window is not None and window.height() > 0:
        return window.height()
    return 1080


def body_font(base: QFont, widget: QWidget | None, share: float = 1.0) -> QFont:
    """``base`` at a Co flown to's size times ``share``, for ``widget``'s window, at the
    user's text size; never below ``base``'s own size."""
    font = QFont(base)
    px = round(px_for(ZOOMED_PX_AT_1080 * share, reference_height(widget), appearance().text_scale))
    current = base.pixelSize() if base.pixelSize() > 0 else round(base.pointSizeF() * 96 / 72)
    font.setPixelSize(max(px, current))
    return font


def heading_font(body: QFont) -> QFont:
    """A heading over words in ``body``: bold, a fifth larger."""
    font = QFont(body)
    font.setBold(True)
    font.setPixelSize(round(body.pixelSize() * 1.2))
    return font
