"""Colours and type sizes of the canvas, in one place (themes build on this)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from costar_desktop.core.model import Co, Step

#: Soft sector fills: light enough for black text and notes of every palette colour
#: on top, different enough in lightness and hue that the sectors stay apart in grey.
CO_FILLS = {
    Co.COMMISSION: QColor("#dcd3f0"),
    Co.DESIGN: QColor("#cfe6f7"),
    Co.DELIVER: QColor("#d6eed9"),
    Co.ASSESS: QColor("#f8e2c8"),
}
CO_LINE = QColor("#4a4a4a")
STEP_FILLS = {
    Step.MAP: QColor("#ffffff"),
    Step.FOCUS: QColor("#f2f2f2"),
    Step.PEOPLE: QColor("#ffffff"),
    Step.MARKET: QColor("#f2f2f2"),
    Step.GROW: QColor("#ffffff"),
}
HUB_FILL = QColor("#33415c")
HUB_TEXT = QColor("#ffffff")
LABEL_TEXT = QColor("#1d1d1d")
PARKING_TEXT = QColor("#555555")
CANVAS_BACKGROUND = QColor("#fbfaf7")
SELECTION = QColor("#111111")

NOTE_TEXT_POINT_SIZE = 14.0
NOTE_META_POINT_SIZE = 10.5


def font(point_size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f
