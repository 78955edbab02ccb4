"""What a note's card is drawn with, made once and shared: laid-out text, small labels,
pens and brushes per colour and theme, and the dot badge (groups use it too)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QStaticText, QTextOption

from costar_desktop.core.themes import note_colours, theme
from costar_desktop.ui.canvas import style

SHADOW = QColor(0, 0, 0, 45)


def note_text(text: str, width: float) -> QStaticText:
    """The note's words laid out once at ``width``: wrapped at words (or anywhere in a very
    long word), new lines kept, in the canvas's note font."""
    static = QStaticText(text.replace("\n", "\u2028"))  # line separators: QStaticText's breaks
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextWidth(max(1.0, width))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    static.setTextOption(option)
    static.prepare(font=style.font(style.note_text_point_size()))
    return static


@lru_cache(maxsize=2048)
def _label_for(text: str, point_size: float, bold: bool) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=style.font(point_size, bold))
    return static


def label(text: str, font: QFont) -> QStaticText:
    """One line of small text, laid out once and shared (Co names and authors repeat)."""
    return _label_for(text, font.pointSizeF(), font.bold())


class Look:
    """Pens, brushes and colours of one note colour in one theme, made once."""

    def __init__(self, current, colour_key: str):
        fill, ink = note_colours(current, colour_key)
        self.fill, self.ink = QColor(fill), QColor(ink)
        self.fill_brush = QBrush(self.fill)
        self.border = QPen(QColor(current.co_line), 1.5)
        self.bars = QColor(self.ink)
        self.bars.setAlpha(110)


@lru_cache(maxsize=256)
def _look_for(theme_key: str, colour_key: str) -> Look:
    return Look(theme(theme_key), colour_key)


def note_look(colour_key: str) -> Look:
    return _look_for(style.theme().key, colour_key)


def paint_dot_badge(painter: QPainter, centre: QPointF, count: int) -> None:
    """A black disc with the number of dots in white: visible on every note colour."""
    r = 17.0
    painter.setPen(QPen(QColor("#ffffff"), 2.5))
    painter.setBrush(QColor("#111111"))
    painter.drawEllipse(centre, r, r)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(style.font(13, bold=True))
    painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
                     Qt.AlignmentFlag.AlignCenter, str(count))
