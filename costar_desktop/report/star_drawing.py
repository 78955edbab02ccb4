"""The Co-Production Star as vector graphics, from the same geometry as the canvas.

``core.star`` measures in star units with y pointing down; reportlab's y points up, so
every point is flipped here: page y = (bottom edge - star y) × scale.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Iterator
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from costar_desktop.core import note_card, themes
from costar_desktop.core.model import Co, Note, Step, WorkshopData
from costar_desktop.core.star import CO_ORDER, STAR, STEP_ORDER, StarGeometry
from costar_desktop.report.fonts import LATIN, font_book
from costar_desktop.report.star_labels import Box, Card, NumberLabel, place_numbers
from costar_desktop.report.text import Line as TextLine, TextStyle, layout

#: Paper takes the colours of the canvas's default look (a dark or high-contrast screen is
#: for the room; ink on white paper reads best in the light one). Nothing here copies a
#: colour: the Four Co's, the step ring and the notes come from the same table in
#: ``core.themes`` that the canvas paints with, so the two cannot drift apart.
PRINT_THEME = themes.DEFAULT
#: Each Co's fill, as on the screen (their names are printed too: colour is never the only cue).
CO_FILLS: dict[Co, str] = PRINT_THEME.co_fills
OUTLINE = PRINT_THEME.co_line
PARKING_FILL = "#f4f4f4"
#: A number moved off its card: black on white in a thin frame, with a leader to its card.
LABEL_INK = "#000000"
LABEL_FILL = "#ffffff"
LEADER = "#1a1a1a"


@functools.lru_cache(maxsize=64)
def _c(hex_colour: str) -> Any:  # a reportlab Color
    return HexColor(hex_colour)


class _Flip:
    """Star units -> drawing points."""

    def __init__(
        self, geometry: StarGeometry, scale: float, region: tuple[float, float, float, float]
    ):
        self.left, self.top, self.width, self.height = region
        self.scale = scale

    def x(self, sx: float) -> float:
        return (sx - self.left) * self.scale

    def y(self, sy: float) -> float:
        return (self.top + self.height - sy) * self.scale

    def points(self, pts: Iterable[tuple[float, float]]) -> list[float]:
        out: list[float] = []
        for sx, sy in pts:
            out += [self.x(sx), self.y(sy)]
        return out


def star_drawing(
    width: float,
    data: WorkshopData | None = None,
    numbers: dict[str, str] | None = None,
    geometry: StarGeometry = STAR,
    *,
    whole_canvas: bool = True,
    step_labels: bool = True,
    label_size: float | None = None,
) -> Drawing:
    """A drawing ``width`` points wide: the star, its Co names and step ring, and the notes.

    With ``data``, each note is drawn where it sits on the canvas, in its colour, with its
    number from ``numbers`` (placed by :func:`number_labels`: every number readable, moved
    aside with a leader line where notes overlap). ``whole_canvas`` includes the parking
    area around the star.
    """
    f = _flip(width, geometry, whole_canvas)
    d = Drawing(width, f.height * f.scale)
    book = font_book()
    bold = book.face("latin", True).name
    regular = book.face("latin", False).name
    theme = PRINT_THEME
    if whole_canvas:
        d.add(Rect(0, 0, d.width, d.height, fillColor=PARKING_FILL, strokeColor=None))
    for co in CO_ORDER:
        d.add(
            Polygon(f.points(geometry.co_region(co)), fillColor=_c(CO_FILLS[co]), strokeColor=None)
        )
    d.add(
        Polygon(
            f.points(geometry.outline()),
            fillColor=None,
            strokeColor=_c(OUTLINE),
            strokeWidth=max(0.8, 3 * f.scale),
        )
    )
    for i, step in enumerate(STEP_ORDER, start=1):
        fill = theme.step_fill if i % 2 else theme.step_fill_alt  # alternating, as on the canvas
        d.add(
            Polygon(
                f.points(geometry.ring_segment(step)),
                fillColor=_c(fill),
                strokeColor=_c(OUTLINE),
                strokeWidth=max(0.5, 1.5 * f.scale),
            )
        )
    for text, x, y, size in _step_words(f, geometry, label_size) if step_labels else ():
        d.add(
            String(
                x,
                y,
                text,
                fontName=bold,
                fontSize=size,
                textAnchor="middle",
                fillColor=_c(theme.step_text),
            )
        )
    d.add(
        Circle(
            f.x(0),
            f.y(0),
            geometry.step_ring_inner * f.scale,
            fillColor="#ffffff",
            strokeColor=_c(OUTLINE),
            strokeWidth=max(0.5, 1.5 * f.scale),
        )
    )
    for text, x, y, size in _co_words(f, geometry, label_size):
        d.add(
            String(
                x,
                y,
                text,
                fontName=bold,
                fontSize=size,
                textAnchor="middle",
                fillColor=_c(theme.label_text),
            )
        )
    if data is not None:
        d.add(_notes(data, numbers or {}, f, geometry, regular, bold, label_size, step_labels))
    return d


def _flip(width: float, geometry: StarGeometry, whole_canvas: bool) -> _Flip:
    region = geometry.canvas_rect() if whole_canvas else geometry.star_rect()
    return _Flip(geometry, width / region[2], region)


#: A word of the star: (text, x, baseline, size).
_Word = tuple[str, float, float, float]


def _co_words(f: _Flip, geometry: StarGeometry, label_size: float | None) -> Iterator[_Word]:
    """(text, x, baseline, size) of each Co's name."""
    size = label_size * 1.3 if label_size else max(7.0, 50 * f.scale)
    for co in CO_ORDER:
        left, top, w, h = geometry.co_label_box(co)
        yield co.label, f.x(left + w / 2), f.y(top + h / 2) - size * 0.35, size


def _step_words(f: _Flip, geometry: StarGeometry, label_size: float | None) -> Iterator[_Word]:
    """(text, x, baseline, size) of each step's name on the ring."""
    size = label_size or max(5.0, 44 * f.scale)
    for i, step in enumerate(STEP_ORDER, start=1):
        ax, ay = geometry.step_label_anchor(step)
        yield f"{i} {Step(step).label}", f.x(ax), f.y(ay) - size * 0.35, size


def _word_boxes(words: Iterable[_Word], font: str) -> list[Box]:
    """The boxes the star's own words take (a moved number must not cover them)."""
    boxes = []
    for text, x, y, size in words:
        half = stringWidth(text, font, size) / 2
        boxes.append(Box(x - half, y - size * 0.3, x + half, y + size * 0.85))
    return boxes


def _measure(text: str, size: float, bold: bool) -> float:
    book = font_book()
    width: float = stringWidth(text, book.face("latin", bold).name, size)
    return width


def _cards(data: WorkshopData, numbers: dict[str, str], f: _Flip) -> list[tuple[Note, Card]]:
    """The notes drawn on the star, in drawing order, with their cards in drawing points."""
    out = []
    for note in data.notes:
        if note.group_id is not None:
            continue  # grouped notes are printed with their group
        # Group cards are drawn at their stored size (on the canvas they are a frame
        # around their members, which are printed with the group).
        height = note.height if note.is_group else card_height(note)
        w, h = note.width * f.scale, height * f.scale
        x, y = f.x(note.x) - w / 2, f.y(note.y) - h / 2
        size = max(4.0, min(h * 0.45, w * 0.35, 9.0))
        out.append(
            (
                note,
                Card(
                    note.id,
                    numbers.get(note.id, ""),
                    Box(x, y, x + w, y + h),
                    size,
                    bold=note.is_group,
                ),
            )
        )
    return out


def number_labels(
    width: float,
    data: WorkshopData,
    numbers: dict[str, str],
    geometry: StarGeometry = STAR,
    *,
    whole_canvas: bool = True,
    label_size: float | None = None,
    step_labels: bool = True,
) -> list[NumberLabel]:
    """Where :func:`star_drawing` prints each note's number (drawing points, y up)."""
    f = _flip(width, geometry, whole_canvas)
    cards = [card for _, card in _cards(data, numbers, f)]
    return _place(cards, f, geometry, label_size, step_labels)


def _place(
    cards: list[Card], f: _Flip, geometry: StarGeometry, label_size: float | None, step_labels: bool
) -> list[NumberLabel]:
    bold = font_book().face("latin", True).name
    words = list(_co_words(f, geometry, label_size))
    if step_labels:
        words += _step_words(f, geometry, label_size)
    bounds = Box(0, 0, f.width * f.scale, f.height * f.scale)
    return place_numbers(cards, _measure, bounds, _word_boxes(words, bold))


#: The canvas's note words in star units, at 100 % text size, kerned as Qt kerns them
#: (unkerned, 3 of the sample's 32 notes took a line more than on the canvas).
_CARD_WORDS = TextStyle(size=note_card.TEXT_UNITS, shape_all=True)


#: Families whose own ascent and descent Qt gives a line: it lays out a run of these
#: scripts in the first font that has the script. Runs of other scripts (CJK, emoji,
#: symbols) stay in the note font, which borrows the glyphs only: the line keeps Noto
#: Sans's height (measured with QTextLine: a line of Devanagari is 25 units, of
#: Devanagari and Latin 29, of Arabic 41, of CJK or emoji 26, as of Latin).
_OWN_LINE_HEIGHT = frozenset(
    {
        "arabic",
        "hebrew",
        "devanagari",
        "bengali",
        "gurmukhi",
        "gujarati",
        "tamil",
        "thai",
        "ethiopic",
        "armenian",
        "georgian",
    }
)


def _line_height(line: TextLine) -> float:
    """A line's height as Qt gives it: the highest ascent and the deepest descent of its
    runs' fonts, rounded up to a whole unit (QTextLine.height() is rounded up)."""
    book = font_book()
    faces = [
        seg.face if seg.face.family.key in _OWN_LINE_HEIGHT else book.face(LATIN)
        for seg in line.segments
    ] or [book.face(LATIN)]
    ascent: float = max(face.font.face.ascent for face in faces)
    descent: float = max(-face.font.face.descent for face in faces)
    return math.ceil((ascent + descent) * _CARD_WORDS.size / 1000.0 - 1e-6)


def card_height(note: Note) -> float:
    """The height of the note's card on the canvas at 100 % text size, from its words laid
    out by the PDF's own text engine at the canvas's size and width (the stored height is
    only the one it was last saved with, often the default)."""
    lines = layout(
        note_card.shown_text(note.text), _CARD_WORDS, max(1.0, note_card.text_width(note.width))
    )
    words = sum(_line_height(line) for line in lines)
    return note_card.card_height(words + 2 * note_card.TEXT_MARGIN)


def _notes(
    data: WorkshopData,
    numbers: dict[str, str],
    f: _Flip,
    geometry: StarGeometry,
    regular: str,
    bold: str,
    label_size: float | None,
    step_labels: bool,
) -> Group:
    """The notes' cards, the star's outline again over them, then every number on top."""
    g = Group()
    cards = _cards(data, numbers, f)
    for note, card in cards:
        fill = "#ffffff" if note.is_group else themes.note_colours(PRINT_THEME, note.colour)[0]
        b = card.box
        g.add(
            Rect(
                b.x0,
                b.y0,
                b.width,
                b.height,
                fillColor=_c(fill),
                strokeColor=_c("#222222"),
                strokeWidth=1.2 if note.is_group else 0.4,
            )
        )
    # The outline again over the cards, so the star's shape shows through a crowded board
    # (under the numbers, which it would otherwise cross).
    g.add(
        Polygon(
            f.points(geometry.outline()),
            fillColor=None,
            strokeColor=_c(OUTLINE),
            strokeWidth=max(0.8, 3 * f.scale),
            strokeOpacity=0.6,
        )
    )
    labels = _place([card for _, card in cards], f, geometry, label_size, step_labels)
    g.add(_numbers(data, labels, regular, bold))
    return g


def _numbers(data: WorkshopData, labels: list[NumberLabel], regular: str, bold: str) -> Group:
    """Leaders first, then the numbers over them: a leader never crosses a number."""
    g = Group()
    ink = {
        n.id: ("#000000" if n.is_group else themes.note_colours(PRINT_THEME, n.colour)[1])
        for n in data.notes
    }
    for label in labels:
        if label.leader:
            (x0, y0), (x1, y1) = label.leader_start, label.anchor
            g.add(Line(x0, y0, x1, y1, strokeColor=_c(LEADER), strokeWidth=0.5))
    for label in labels:
        if label.leader:
            x, y = label.anchor
            g.add(
                Circle(x, y, 1.1, fillColor=_c(LEADER), strokeColor=_c(LABEL_FILL), strokeWidth=0.4)
            )
    for label in labels:
        b = label.box
        if label.leader or label.crowded:  # off its card, or over others on a crowded board
            g.add(
                Rect(
                    b.x0,
                    b.y0,
                    b.width,
                    b.height,
                    fillColor=_c(LABEL_FILL),
                    strokeColor=_c(LEADER),
                    strokeWidth=0.4,
                )
            )
            colour = LABEL_INK
        else:
            colour = ink.get(label.note_id, LABEL_INK)
        cx, cy = b.centre
        g.add(
            String(
                cx,
                cy - label.size * 0.35,
                label.number,
                textAnchor="middle",
                fontName=bold if label.bold else regular,
                fontSize=label.size,
                fillColor=_c(colour),
            )
        )
    return g
