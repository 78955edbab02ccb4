"""Note colours that people with colour-blindness can still tell apart.

The fills follow the Okabe–Ito set, a palette designed so that the common forms of
colour-blindness keep the colours distinct. Every colour also has a plain name and a
letter, so a note never relies on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class NoteColour:
    key: str
    name: str
    letter: str
    fill: str  # "#rrggbb"

    @property
    def text(self) -> str:
        """Black or white, whichever reads better on the fill."""
        black = contrast_ratio(self.fill, "#000000")
        white = contrast_ratio(self.fill, "#ffffff")
        return "#000000" if black >= white else "#ffffff"


PALETTE: tuple[NoteColour, ...] = (
    NoteColour("yellow", "Yellow", "Y", "#f0e442"),
    NoteColour("orange", "Orange", "O", "#e69f00"),
    NoteColour("sky", "Sky blue", "S", "#56b4e9"),
    NoteColour("green", "Green", "G", "#009e73"),
    NoteColour("blue", "Blue", "B", "#0072b2"),
    NoteColour("red", "Red", "R", "#d55e00"),
    NoteColour("pink", "Pink", "P", "#cc79a7"),
    NoteColour("white", "White", "W", "#ffffff"),
)

DEFAULT_COLOUR = "yellow"
_BY_KEY = {c.key: c for c in PALETTE}


def colour(key: str | None) -> NoteColour:
    """The palette entry for ``key``; unknown keys (from a newer file) show as the default."""
    return _BY_KEY.get(key or DEFAULT_COLOUR, _BY_KEY[DEFAULT_COLOUR])


def is_known(key: str) -> bool:
    return key in _BY_KEY


def _channel(c: float) -> float:
    c /= 255.0
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


# Both are asked for each note each time it is painted (ink on fill, theme contrast):
# a handful of colours, so the answers are kept.
@lru_cache(maxsize=512)
def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


@lru_cache(maxsize=2048)
def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
