"""What a note's card is drawn with, made once and shared: laid-out text, small labels,
pens and brushes per colour and theme, and the dot badge (groups use it too)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QPen,
    QRawFont,
    QStaticText,
    QTextLayout,
    QTextOption,
)

from costar_desktop.core.note_card import PAD  # the card's inner margin (note_item's too)
from costar_desktop.core.themes import mix, note_colours, theme
from costar_desktop.ui.appearance import FONT_FAMILIES
from costar_desktop.ui.canvas import style

SHADOW = QColor(0, 0, 0, 45)


_LINE_STARTS: dict[float, QPointF] = {}
_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


class NoteText:
    """A note's words laid out once: the glyphs to draw, and how tall they are.

    Drawn as glyph runs rather than as a :class:`QStaticText`: a static text lays itself out
    again whenever it is drawn under a painter scale other than the last one, and every
    note's cached card is painted at the view's scale (once when first shown, once per zoom
    step), so each note's words were laid out twice before they were first seen. Glyph runs
    keep their places at any scale.
    """

    __slots__ = ("runs", "height", "main_font_only")

    def __init__(self, runs: list[QGlyphRun], height: float, main_font_only: bool):
        self.runs = runs
        #: The height of the lines, as QStaticText.size() would give it.
        self.height = height
        #: Every glyph is from the first of the note fonts (fonts loaded later change nothing).
        self.main_font_only = main_font_only

    def draw(self, painter: QPainter, top_left: QPointF) -> None:
        for run in self.runs:
            painter.drawGlyphRun(top_left, run)


def note_text(text: str, width: float) -> NoteText:
    """The note's words laid out once at ``width``: wrapped at words (or anywhere in a very
    long word), new lines kept, in the canvas's note font; lines placed as QStaticText and
    the editor place them (leading included)."""
    font = style.font(style.note_text_point_size())
    layout = QTextLayout(
        text.replace("\n", "\u2028"), font
    )  # it breaks lines at separators, not at "\n"
    layout.setTextOption(_WRAP)
    layout.setCacheEnabled(True)  # keep the shaped glyphs for glyphRuns()
    width = max(1.0, width)
    y = 0.0
    layout.beginLayout()
    create_line = layout.createLine
    while True:
        line = create_line()
        if not line.isValid():
            break
        line.setLeadingIncluded(True)
        line.setLineWidth(width)
        at = _LINE_STARTS.get(y)
        if at is None:  # lines start at the same few whole-pixel heights in every note
            at = _LINE_STARTS[y] = QPointF(0.0, y)
        line.setPosition(at)
        y += line.height()
        leading = line.leading()
        if leading < 0:
            y += math.ceil(leading)
    layout.endLayout()
    runs = layout.glyphRuns()
    # The main note font has every ASCII letter; other words are checked letter by letter.
    # (Not by asking each run's font its name: for a letter no font on the machine has, such
    # as a Khmer symbol on a machine without Khmer fonts, Qt's stand-in font crashes then.)
    main_only = text.isascii() or _in_main_font(font, text)
    return NoteText(runs, layout.boundingRect().height(), main_only)


#: Large words (see :func:`large_words`): lines this many ems apart (the font's own line
#: height is about 1.36 em: tighter lines fit one more on a card), and the card's margin
#: around them, in star units.
LARGE_LINE_PITCH = 1.2
LARGE_MARGIN = 5.0
#: The dot badge's reach into the card's top right corner (see paint_dot_badge and where
#: the note draws it): a first line beside it is that much shorter.
BADGE_REACH = 28.0
#: The pattern strip across a large-worded card's top (when colour is not the only signal),
#: in ems of the words.
LARGE_STRIP = 0.4


class LargeWords:
    """A note's words set large on its card (see :func:`large_words`): the glyphs to draw
    from the card's top left corner, the words shown, and where the colour's letter and
    pattern go when colour must not be the only signal."""

    __slots__ = ("runs", "shown", "pixel_size", "lines", "strip", "letter_box")

    def __init__(self, runs, shown: str, pixel_size: int, lines: int, strip, letter_box):
        self.runs = runs
        #: The words drawn: a prefix of the note's words, with "…" when some are left out.
        self.shown = shown
        #: The words' em in star units (the font's pixel size at 100 % zoom).
        self.pixel_size = pixel_size
        self.lines = lines
        #: The pattern strip and the letter box (QRectF from the card's top left), or None.
        self.strip = strip
        self.letter_box = letter_box

    def draw(self, painter: QPainter, card_top_left: QPointF) -> None:
        for run in self.runs:
            painter.drawGlyphRun(card_top_left, run)


@lru_cache(maxsize=64)
def large_font(pixel_size: int, bold: bool = False) -> QFont:
    """The note font at a whole number of pixels (star units at 100 % zoom)."""
    font = style.font(style.NOTE_TEXT_POINT_SIZE, bold)
    font.setPixelSize(pixel_size)
    return font


_WORDS_ONLY = QTextOption()
_WORDS_ONLY.setWrapMode(QTextOption.WrapMode.WordWrap)


def _set_lines(
    text: str,
    font: QFont,
    widths: list[tuple[float, float]],
    pitch: float,
    top: float,
    anywhere: bool,
):
    """Lay ``text`` out in lines of the given (left, width) (the last one repeats), ``pitch``
    apart from ``top``, broken between words (``anywhere``: inside a word too, where it
    must): (layout, number of lines, [(start, length) of each line], whether a word is
    wider than its line)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_WRAP if anywhere else _WORDS_ONLY)
    layout.setCacheEnabled(True)
    spans: list[tuple[int, int]] = []
    over = False
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        left, width = widths[min(len(spans), len(widths) - 1)]
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(left, top + len(spans) * pitch))
        spans.append((line.textStart(), line.textLength()))
        over = over or line.naturalTextWidth() > width + 0.5
    layout.endLayout()
    return layout, len(spans), spans, over


@lru_cache(maxsize=1024)
def large_words(
    text: str, pixel_size: int, width: float, height: float, dots: bool, letter: str
) -> LargeWords | None:
    """``text`` set at ``pixel_size`` on a card ``width`` × ``height`` (star units), as many
    whole words as fit and "…" after them; None when not even one line fits.

    Laid out once per text, size and card (cached): the overview of presentation mode
    draws the current step's notes this way when their usual words would be too small to
    read (see NoteItem). Lines are :data:`LARGE_LINE_PITCH` ems apart; new lines in the
    note become spaces (more words fit). ``dots``: the dot badge covers the top right
    corner, so the first line stops short of it. ``letter``: colour must not be the only
    signal, so a pattern strip runs across the top and the colour's letter, in a box,
    starts the first line (empty: neither)."""
    font = large_font(pixel_size)
    fm = _metrics_px(pixel_size)
    pitch = round(LARGE_LINE_PITCH * pixel_size, 2)
    top = LARGE_MARGIN / 2
    strip = letter_box = None
    if letter:
        strip = QRectF(1.0, 1.0, width - 2.0, max(4.0, LARGE_STRIP * pixel_size))
        top = strip.bottom() + LARGE_MARGIN / 2
    available = height - top - LARGE_MARGIN / 2
    tall = fm.ascent() + fm.descent()
    if available < tall:
        return None
    max_lines = int((available - tall) // pitch) + 1
    left, right = LARGE_MARGIN, width - LARGE_MARGIN
    first_left, first_right = left, right
    if letter:
        side = pixel_size * 1.0
        letter_box = QRectF(left, top + (fm.ascent() - 0.85 * side), side, side)
        first_left = letter_box.right() + 0.15 * pixel_size
    if dots and top < BADGE_REACH:
        first_right = right - BADGE_REACH + LARGE_MARGIN / 2
    short = [(first_left, first_right - first_left), (left, right - left)]
    full = [(left, right - left)]
    words = text.split()
    # Lines are broken between words. A first word too wide for a first line shortened by
    # the letter or the dots starts on the second line; only a word wider than a whole
    # line is broken inside.
    fitted = _fit(words, font, short, pitch, top, max_lines, False)
    if fitted is None and short[0] != full[0] and max_lines > 1:
        fitted = _fit(words, font, full, pitch, top + pitch, max_lines - 1, False)
    if fitted is None:
        fitted = _fit(words, font, short, pitch, top, max_lines, True)
    if fitted is None:
        return None
    layout, shown, count = fitted
    return LargeWords(layout.glyphRuns(), shown, pixel_size, count, strip, letter_box)


def _fit(
    words: list[str],
    font: QFont,
    widths: list[tuple[float, float]],
    pitch: float,
    top: float,
    max_lines: int,
    anywhere: bool,
):
    """The most of ``words`` that fits in ``max_lines`` lines (see _set_lines), with "…"
    when some are left out: (layout, the words shown, number of lines), or None."""
    whole = " ".join(words)
    layout, count, spans, over = _set_lines(whole, font, widths, pitch, top, anywhere)
    if count <= max_lines and not over:
        return layout, whole, count
    start, length = spans[min(max_lines, count) - 1]
    fits = start + length  # characters in the lines there is room for
    ends, at = [], 0
    for word in words:
        at += len(word)
        ends.append(at)
        at += 1
    k = sum(1 for end in ends if end <= fits)
    tries: Iterable[str] = (" ".join(words[:n]) + "…" for n in range(k, 0, -1))
    if anywhere:  # not even the first word fits whole: as much of it as fits
        tries = chain(tries, (whole[:n] + "…" for n in range(min(fits, len(whole)) - 1, 0, -1)))
    for shown in tries:
        layout, count, spans, over = _set_lines(shown, font, widths, pitch, top, anywhere)
        if count <= max_lines and not over:
            return layout, shown, count
    return None


@lru_cache(maxsize=64)
def _metrics_px(pixel_size: int) -> QFontMetricsF:
    return QFontMetricsF(large_font(pixel_size))


def _in_main_font(font: QFont, text: str) -> bool:
    """Whether the main note font has every letter of ``text`` (line separators aside)."""
    raw = _main_raw_font(font.pointSizeF())
    return (
        raw.isValid()
        and raw.familyName() == FONT_FAMILIES[0]
        and all(
            raw.supportsCharacter(ch) for ch in set(text) if not ch.isascii() and ch != "\u2028"
        )
    )


@lru_cache(maxsize=16)
def _main_raw_font(point_size: float) -> QRawFont:
    font = style.font(point_size)
    font.setFamilies([FONT_FAMILIES[0]])
    return QRawFont.fromFont(font)


@lru_cache(maxsize=2048)
def _label_for(text: str, point_size: float, bold: bool) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=style.font(point_size, bold))
    return static


def label(text: str, font: QFont) -> QStaticText:
    """One line of small text, laid out once and shared (Co names and authors repeat)."""
    return _label_for(text, font.pointSizeF(), font.bold())


@lru_cache(maxsize=64)
def _metrics(point_size: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(style.font(point_size, bold))


# Fitting a label (eliding it, measuring it) cost more than drawing the note: authors,
# Co names and badges repeat across thousands of notes, so each fitted line is made once.
# Everything a layout depends on is in the key, so a new name, text size, width or
# colour option gets a layout of its own.


@lru_cache(maxsize=4096)
def top_line(
    author: str, width: float, meta: float, point_size: float, after_letter: bool, beside_dots: bool
) -> tuple:
    """The author, fitted to the top line of a note ``width`` wide whose lines are ``meta``
    high: ((font, text, x, y), ...) with x from the note's left edge, y from its top edge.
    ``after_letter``: the colour's letter box comes first; ``beside_dots``: the dot badge
    takes the right end."""
    if not author:
        return ()
    left, available = PAD, width - 2 * PAD
    if after_letter:
        left, available = left + meta + 4, available - meta - 4
    if beside_dots:
        available -= 40
    bold = style.font(point_size, bold=True)
    bold_fm = _metrics(point_size, True)
    shown = bold_fm.elidedText(author, Qt.TextElideMode.ElideRight, available)
    return ((bold, label(shown, bold), left, 4 + meta / 2 - bold_fm.height() / 2),)


@lru_cache(maxsize=4096)
def bottom_line(co: str, badges: str, width: float, meta: float, point_size: float) -> tuple:
    """The Co (right) and the badges (left, elided before the Co), fitted to the bottom line
    of a note ``width`` wide: ((font, text, x, y), ...) with x from the note's left edge
    and y from its bottom edge."""
    bold, plain = style.font(point_size, bold=True), style.font(point_size)
    bold_fm, plain_fm = _metrics(point_size, True), _metrics(point_size, False)
    centre = -meta - 2 + meta / 2
    co_width = plain_fm.horizontalAdvance(co)
    labels = [(plain, label(co, plain), width - PAD - co_width, centre - plain_fm.height() / 2)]
    if badges:
        shown = bold_fm.elidedText(
            badges, Qt.TextElideMode.ElideRight, max(0.0, width - 2 * PAD - co_width - 8)
        )
        labels.append((bold, label(shown, bold), PAD, centre - bold_fm.height() / 2))
    return tuple(labels)


@lru_cache(maxsize=8192)
def placed_labels(
    author: str,
    co: str,
    badges: str,
    width: float,
    height: float,
    meta: float,
    point_size: float,
    after_letter: bool,
    beside_dots: bool,
) -> tuple:
    """A card's labels, fitted (see top_line and bottom_line) and placed in the coordinates
    of a note item (its origin is the card's centre): ((font, text, where), ...)."""
    rect = QRectF(-width / 2, -height / 2, width, height)
    left, top, bottom = rect.left(), rect.top(), rect.bottom()
    return tuple(
        (font, static, QPointF(left + x, top + y))
        for font, static, x, y in top_line(
            author, width, meta, point_size, after_letter, beside_dots
        )
    ) + tuple(
        (font, static, QPointF(left + x, bottom + y))
        for font, static, x, y in bottom_line(co, badges, width, meta, point_size)
    )


def forget_fitted_labels() -> None:
    """Fonts were added (other scripts' fonts are loaded once the window is up): labels
    measured before must be measured again."""
    for cached in (
        top_line,
        bottom_line,
        placed_labels,
        _label_for,
        _metrics,
        large_words,
        large_font,
        _metrics_px,
    ):
        cached.cache_clear()


def author_advance(author: str, point_size: float) -> float:
    """How wide ``author`` is in the bold small font (the pattern leaves room for it)."""
    return _metrics(point_size, True).horizontalAdvance(author)


class Look:
    """Pens, brushes and colours of one note colour in one theme, made once.

    A faded note (another step's) keeps only ``strength`` of its colour: each colour is taken that far
    towards the canvas colour. The card stays solid, so a full repaint copies opaque cards
    (a card drawn see-through costs more than twice as much to copy) and a note hidden
    completely by others need not be drawn at all (see hidden_cards)."""

    def __init__(self, current, colour_key: str, strength: float = 1.0):
        fill, ink = note_colours(current, colour_key)
        border = current.co_line
        if strength < 1.0:
            fill, ink, border = (
                mix(c, current.canvas, 1.0 - strength) for c in (fill, ink, border)
            )
        self.fill, self.ink = QColor(fill), QColor(ink)
        self.fill_brush = QBrush(self.fill)
        self.border = QPen(QColor(border), 1.5)
        self.bars = QColor(self.ink)
        self.bars.setAlpha(110)
        self.shadow = QColor(SHADOW)
        self.shadow.setAlphaF(SHADOW.alphaF() * strength)


@lru_cache(maxsize=256)
def _look_for(theme_key: str, colour_key: str, strength: float) -> Look:
    return Look(theme(theme_key), colour_key, strength)


def note_look(colour_key: str, strength: float = 1.0) -> Look:
    """How a note of this colour is drawn; ``strength`` below 1 for faded notes (other steps)."""
    return _look_for(style.theme().key, colour_key, strength)


def paint_dot_badge(painter: QPainter, centre: QPointF, count: int) -> None:
    """A black disc with the number of dots in white: visible on every note colour."""
    r = 17.0
    painter.setPen(QPen(QColor("#ffffff"), 2.5))
    painter.setBrush(QColor("#111111"))
    painter.drawEllipse(centre, r, r)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(style.font(13, bold=True))
    painter.drawText(
        QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
        Qt.AlignmentFlag.AlignCenter,
        str(count),
    )
