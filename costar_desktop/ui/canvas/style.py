"""Colours and type sizes of the canvas, taken from the current appearance (theme, text
size, "do not rely on colour")."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from costar_desktop.core import themes
from costar_desktop.core.note_card import TEXT_POINT_SIZE
from costar_desktop.core.themes import Theme, note_colours
from costar_desktop.ui.appearance import FONT_FAMILIES, appearance

#: Note text at 100 % zoom and 100 % text size (never smaller: a shared screen).
NOTE_TEXT_POINT_SIZE = TEXT_POINT_SIZE  # core/note_card.py: the PDF's star measures with it too
NOTE_META_POINT_SIZE = 10.5

#: A pattern per note colour, shown when colour must not be the only signal.
PATTERNS = {
    "yellow": Qt.BrushStyle.Dense6Pattern,
    "orange": Qt.BrushStyle.BDiagPattern,
    "sky": Qt.BrushStyle.HorPattern,
    "green": Qt.BrushStyle.FDiagPattern,
    "blue": Qt.BrushStyle.VerPattern,
    "red": Qt.BrushStyle.CrossPattern,
    "pink": Qt.BrushStyle.DiagCrossPattern,
    "white": Qt.BrushStyle.NoBrush,
}


def theme() -> Theme:
    return appearance().theme


def colour(value: str) -> QColor:
    return QColor(value)


def note_text_point_size() -> float:
    return NOTE_TEXT_POINT_SIZE * appearance().text_scale


def note_meta_point_size() -> float:
    return NOTE_META_POINT_SIZE * appearance().text_scale


def note_fill_and_ink(colour_key: str) -> tuple[QColor, QColor]:
    fill, ink = _fill_and_ink(theme().key, colour_key)
    return QColor(fill), QColor(ink)


# The theme's adjusted colours are worked out in steps; themes and colours are few.
@lru_cache(maxsize=256)
def _fill_and_ink(theme_key: str, colour_key: str) -> tuple[str, str]:
    return note_colours(themes.theme(theme_key), colour_key)


def no_colour_only() -> bool:
    return appearance().no_colour_only


def font(point_size: float, bold: bool = False) -> QFont:
    return QFont(_font(point_size, bold))  # a copy (cheap: QFont shares its data)


@lru_cache(maxsize=64)
def _font(point_size: float, bold: bool) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f
