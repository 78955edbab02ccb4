"""A note's card: its inner margins, the lines above and below its words, its text size,
and the height it takes for its words. No Qt: the canvas and the PDF's star share it.

Sizes are in star units (the canvas's scene units: one unit is one pixel at 100 % zoom).
The canvas lays the words out with Qt and the PDF with its own text engine; both then
ask :func:`card_height` how tall the card is, so a note drawn in a report is as tall as
on the screen.
"""

from __future__ import annotations

from costar_desktop.core.model import DEFAULT_NOTE_HEIGHT

#: The author line at the top and the Co line at the bottom, each this tall at 100 % text
#: size (they grow with the text size).
META_HEIGHT = 24.0
#: The card's inner margin left and right; half of it above and below the words.
PAD = 10.0
#: The editor's margin around the words (QTextDocument's), kept when the card paints them.
TEXT_MARGIN = 2.0
#: When not being edited, very long notes show this many characters, then "…".
DISPLAY_LIMIT = 600
#: A card is never lower than a new, empty note.
MIN_HEIGHT = DEFAULT_NOTE_HEIGHT
#: The note's words at 100 % zoom and 100 % text size, in points (never smaller: a shared
#: screen).
TEXT_POINT_SIZE = 14.0
#: The same words in star units: Qt turns 14 pt into 18.67 pixels on a 96-dpi screen and
#: its font engine lays them out at a whole 19 pixels (measured offscreen and on X11: the
#: advances of a Latin sentence are 19/1000 of the font's units, not 18.67/1000).
TEXT_UNITS = 19.0


def text_width(card_width: float) -> float:
    """How wide the words of a card ``card_width`` wide may be."""
    return card_width - 2 * PAD - 2 * TEXT_MARGIN


def shown_text(text: str) -> str:
    """The words a card shows when not being edited: the first :data:`DISPLAY_LIMIT`
    characters of a longer note, then " …"."""
    if len(text) > DISPLAY_LIMIT:
        text = text[:DISPLAY_LIMIT].rstrip() + " …"
    return text


def card_height(text_box: float, text_scale: float = 1.0) -> float:
    """The card's height around words whose box (lines plus :data:`TEXT_MARGIN` above and
    below) is ``text_box`` tall, at the user's text size ``text_scale``."""
    meta = META_HEIGHT * text_scale
    return max(MIN_HEIGHT, meta + text_box + meta + 2 * PAD / 2)
