"""The Co-Production Star as vector graphics, from the same geometry as the canvas.

``core.star`` measures in star units with y pointing down; reportlab's y points up, so
every point is flipped here: page y = (bottom edge - star y) × scale.
"""

from __future__ import annotations

import functools
import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, Rect, String
from reportlab.lib.colors import HexColor

from costar_desktop.core import note_card
from costar_desktop.core.model import Co, Note, Step, WorkshopData
from costar_desktop.core.palette import colour
from costar_desktop.core.star import CO_ORDER, STAR, STEP_ORDER, StarGeometry
from costar_desktop.report.fonts import LATIN, font_book
from costar_desktop.report.text import Line, TextStyle, layout

#: Light tints behind each Co (their names are printed too: colour is never the only cue).
CO_TINTS = {
    Co.COMMISSION: "#fbe3c0",
    Co.DESIGN: "#d8ecd2",
    Co.DELIVER: "#d5e5f4",
    Co.ASSESS: "#f1d8e8",
}
STEP_FILL = "#ffffff"
OUTLINE = "#333333"
PARKING_FILL = "#f4f4f4"


@functools.lru_cache(maxsize=64)
def _c(hex_colour: str):
    return HexColor(hex_colour)


class _Flip:
    """Star units -> drawing points."""

    def __init__(self, geometry: StarGeometry, scale: float, region):
        self.left, self.top, self.width, self.height = region
        self.scale = scale

    def x(self, sx: float) -> float:
        return (sx - self.left) * self.scale

    def y(self, sy: float) -> float:
        return (self.top + self.height - sy) * self.scale

    def points(self, pts) -> list[float]:
        out: list[float] = []
        for sx, sy in pts:
            out += [self.x(sx), self.y(sy)]
        return out


def star_drawing(width: float, data: WorkshopData | None = None, numbers: dict[str, str] | None = None,
                 geometry: StarGeometry = STAR, *, whole_canvas: bool = True, step_labels: bool = True,
                 label_size: float | None = None) -> Drawing:
    """A drawing ``width`` points wide: the star, its Co names and step ring, and the notes.

    With ``data``, each note is drawn where it sits on the canvas, in its colour, with its
    number from ``numbers``. ``whole_canvas`` includes the parking area around the star.
    """
    region = geometry.canvas_rect() if whole_canvas else geometry.star_rect()
    scale = width / region[2]
    f = _Flip(geometry, scale, region)
    d = Drawing(width, region[3] * scale)
    book = font_book()
    bold = book.face("latin", True).name
    regular = book.face("latin", False).name
    if whole_canvas:
        d.add(Rect(0, 0, d.width, d.height, fillColor=PARKING_FILL, strokeColor=None))
    for co in CO_ORDER:
        d.add(Polygon(f.points(geometry.co_region(co)), fillColor=CO_TINTS[co], strokeColor=None))
    d.add(Polygon(f.points(geometry.outline()), fillColor=None, strokeColor=OUTLINE,
                  strokeWidth=max(0.8, 3 * scale)))
    for step in STEP_ORDER:
        d.add(Polygon(f.points(geometry.ring_segment(step)), fillColor=STEP_FILL, strokeColor=OUTLINE,
                      strokeWidth=max(0.5, 1.5 * scale)))
        if step_labels:
            ax, ay = geometry.step_label_anchor(step)
            size = label_size or max(5.0, 44 * scale)
            number = STEP_ORDER.index(step) + 1
            d.add(String(f.x(ax), f.y(ay) - size * 0.35, f"{number} {Step(step).label}",
                         fontName=bold, fontSize=size, textAnchor="middle", fillColor=OUTLINE))
    d.add(Circle(f.x(0), f.y(0), geometry.step_ring_inner * scale, fillColor="#ffffff",
                 strokeColor=OUTLINE, strokeWidth=max(0.5, 1.5 * scale)))
    for co in CO_ORDER:
        left, top, w, h = geometry.co_label_box(co)
        size = label_size * 1.3 if label_size else max(7.0, 50 * scale)
        d.add(String(f.x(left + w / 2), f.y(top + h / 2) - size * 0.35, co.label, fontName=bold,
                     fontSize=size, textAnchor="middle", fillColor="#000000"))
    if data is not None:
        d.add(_notes(data, numbers or {}, f, regular, bold))
        # The outline again on top, so the star's shape shows through a crowded board.
        d.add(Polygon(f.points(geometry.outline()), fillColor=None, strokeColor=OUTLINE,
                      strokeWidth=max(0.8, 3 * scale), strokeOpacity=0.6))
    return d


#: The canvas's note words in star units, at 100 % text size, kerned as Qt kerns them
#: (unkerned, 3 of the sample's 32 notes took a line more than on the canvas).
_CARD_WORDS = TextStyle(size=note_card.TEXT_UNITS, shape_all=True)


#: Families whose own ascent and descent Qt gives a line: it lays out a run of these
#: scripts in the first font that has the script. Runs of other scripts (CJK, emoji,
#: symbols) stay in the note font, which borrows the glyphs only: the line keeps Noto
#: Sans's height (measured with QTextLine: a line of Devanagari is 25 units, of
#: Devanagari and Latin 29, of Arabic 41, of CJK or emoji 26, as of Latin).
_OWN_LINE_HEIGHT = frozenset({"arabic", "hebrew", "devanagari", "bengali", "gurmukhi", "gujarati",
                              "tamil", "thai", "ethiopic", "armenian", "georgian"})


def _line_height(line: Line) -> float:
    """A line's height as Qt gives it: the highest ascent and the deepest descent of its
    runs' fonts, rounded up to a whole unit (QTextLine.height() is rounded up)."""
    book = font_book()
    faces = [seg.face if seg.face.family.key in _OWN_LINE_HEIGHT else book.face(LATIN)
             for seg in line.segments] or [book.face(LATIN)]
    ascent = max(face.font.face.ascent for face in faces)
    descent = max(-face.font.face.descent for face in faces)
    return math.ceil((ascent + descent) * _CARD_WORDS.size / 1000.0 - 1e-6)


def card_height(note: Note) -> float:
    """The height of the note's card on the canvas at 100 % text size, from its words laid
    out by the PDF's own text engine at the canvas's size and width (the stored height is
    only the one it was last saved with, often the default)."""
    lines = layout(note_card.shown_text(note.text), _CARD_WORDS, max(1.0, note_card.text_width(note.width)))
    words = sum(_line_height(line) for line in lines)
    return note_card.card_height(words + 2 * note_card.TEXT_MARGIN)


def _notes(data: WorkshopData, numbers: dict[str, str], f: _Flip, regular: str, bold: str) -> Group:
    g = Group()
    scale = f.scale
    for note in data.notes:
        if note.group_id is not None:
            continue  # grouped notes are printed with their group
        # Group cards are drawn at their stored size (on the canvas they are a frame
        # around their members, which are printed with the group).
        height = note.height if note.is_group else card_height(note)
        w, h = note.width * scale, height * scale
        x, y = f.x(note.x) - w / 2, f.y(note.y) - h / 2
        fill = _c("#ffffff" if note.is_group else colour(note.colour).fill)
        g.add(Rect(x, y, w, h, fillColor=fill, strokeColor=_c("#222222"),
                   strokeWidth=1.2 if note.is_group else 0.4))
        label = numbers.get(note.id, "")
        if label:
            size = max(4.0, min(h * 0.45, w * 0.35, 9.0))
            g.add(String(x + w / 2, y + h / 2 - size * 0.35, label, textAnchor="middle",
                         fontName=bold if note.is_group else regular, fontSize=size,
                         fillColor=_c(colour(note.colour).text if not note.is_group else "#000000")))
    return g
