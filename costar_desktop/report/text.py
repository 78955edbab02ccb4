"""Lines of text in any script: runs per font, bidi order, shaping, line breaking, drawing.

A paragraph is cut into *segments*: pieces of text in one font, one weight and one bidi
level, never crossing a place where a line may break. Plain segments are measured with
the font's advance widths and printed as they are. Segments of complex scripts (Arabic,
Hebrew, Indic, Thai), right-to-left segments and segments with combining marks are
shaped with HarfBuzz and printed glyph by glyph at the positions it gives.

Lines are filled greedily; each line's segments are put in visual order with the bidi
levels (rule L2). Glyphs are written left to right, as PDF viewers expect, and each
glyph maps back to its characters, so text extraction gives the logical text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, TypeVar

from costar_desktop.report import bidi
from costar_desktop.report.fonts import (
    LATIN,
    CostarTTFont,
    Face,
    FontBook,
    font_book,
    is_invisible,
)


@dataclass(frozen=True)
class TextStyle:
    """How a block of text looks. ``align`` is start, centre or end (start follows the
    paragraph's direction: left for English, right for Arabic)."""

    size: float = 10.0
    leading: float = 0.0
    colour: str = "#000000"
    bold: bool = False
    align: str = "start"
    #: Shape every segment with HarfBuzz (kerning, ligatures), as Qt does, instead of
    #: measuring plain text by its characters' advances. Used to measure notes as the
    #: canvas lays them out; pages print plain text unkerned (faster, and selectable).
    shape_all: bool = False

    @property
    def line_height(self) -> float:
        return self.leading or round(self.size * 1.32, 2)

    def replace(self, **changes: Any) -> TextStyle:
        values = {**self.__dict__, **changes}
        return TextStyle(**values)


Spans = list[tuple[str, bool]]
#: A shaped glyph: (code in the font's subsets, advance, x offset, y offset).
Glyph = tuple[int, float, float, float]


class Segment:
    """A measured piece of a line: one face, one level, no line break inside."""

    __slots__ = ("text", "face", "level", "width", "glyphs", "is_space")

    def __init__(
        self,
        text: str,
        face: Face,
        level: int,
        width: float,
        glyphs: list[Glyph] | None,
        is_space: bool,
    ):
        self.text = text
        self.face = face
        self.level = level
        self.width = width
        #: None for plain text; else (code, advance, x offset, y offset) in visual order
        self.glyphs = glyphs
        self.is_space = is_space


@dataclass
class Line:
    segments: list[Segment]  # in visual order, left to right
    width: float
    rtl: bool


_SHAPE_CACHE: dict[tuple[str, str, bool], tuple[tuple[Glyph, ...], float]] = {}
_LAYOUT_CACHE: dict[tuple[str | tuple[tuple[str, bool], ...], TextStyle, float], list[Line]] = {}
_CACHE_LIMIT = 60_000
_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(cache: dict[_K, _V], key: _K, value: _V) -> _V:
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


_CONTROLS: dict[int, int | None] = {c: None for c in range(32) if c != 9}
_CONTROLS[9] = 32
_INFO: dict[str, tuple[str, bool, bool, bool]] = {}


def _info(ch: str) -> tuple[str, bool, bool, bool]:
    """(category, invisible, space, CJK) of a character, remembered."""
    found = _INFO.get(ch)
    if found is None:
        cat = unicodedata.category(ch)
        found = _INFO[ch] = (cat, is_invisible(ch), ch == " " or cat == "Zs", _is_cjk(ch))
    return found


def _is_space(ch: str) -> bool:
    return _info(ch)[2]


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF
        or 0xAC00 <= cp <= 0xD7AF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    )


def prepare(text: str, book: FontBook) -> str:
    """Normalise text and make every character printable.

    Tabs become spaces; control characters are dropped; a character no shipped font has
    becomes ``[U+XXXX]``, so it is visible and can be looked up, never an empty box.
    """
    if text.isascii():
        return text.translate(_CONTROLS)
    text = unicodedata.normalize("NFC", text.replace("\t", " "))
    out = []
    for ch in text:
        cat, invisible, _space, _cjk = _info(ch)
        if invisible:
            if cat != "Cc":
                out.append(ch)
            continue
        if book.first_family(ord(ch)) is None:
            out.append(" " if _is_space(ch) else f"[U+{ord(ch):04X}]")
        else:
            out.append(ch)
    return "".join(out)


def missing_characters(text: str) -> list[str]:
    """Characters of ``text`` that no shipped font can print (they print as ``[U+XXXX]``)."""
    book = font_book()
    return sorted(
        {
            ch
            for ch in text
            if not is_invisible(ch) and not ch.isspace() and book.first_family(ord(ch)) is None
        }
    )


def _shaped_buffer(face: Face, text: str, rtl: bool) -> Any:  # a uharfbuzz Buffer (untyped)
    """``text`` shaped by HarfBuzz in ``face``, one cluster per character where it can."""
    import uharfbuzz as hb

    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(face.hb_font(), buf, {})
    return buf


def _shape(face: Face, text: str, rtl: bool) -> tuple[tuple[Glyph, ...], float]:
    """HarfBuzz glyphs for ``text`` in 1/1000 em: ((code, adv, dx, dy), ...), width."""
    key = (face.name, text, rtl)
    hit = _SHAPE_CACHE.get(key)
    if hit is not None:
        return hit
    buf = _shaped_buffer(face, text, rtl)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    scale = 1000.0 / face.units_per_em
    starts = sorted({info.cluster for info in infos})
    ends = {s: (starts[i + 1] if i + 1 < len(starts) else len(text)) for i, s in enumerate(starts)}
    # The logically last glyph of a cluster carries the cluster's text; the others (an
    # Indic vowel sign drawn before its consonant, say) print but stand for nothing, so
    # that text extraction reads the cluster once and in the right order.
    carrier: dict[int, int] = {}
    order = range(len(infos)) if rtl else range(len(infos) - 1, -1, -1)
    for k in order:
        carrier.setdefault(infos[k].cluster, k)
    glyphs: list[Glyph] = []
    total = 0.0
    # HarfBuzz gives one position per glyph info.
    for k, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        adv = pos.x_advance * scale
        cluster_text = text[info.cluster : ends[info.cluster]] if carrier[info.cluster] == k else ""
        if rtl:
            # Viewers reverse right-to-left glyphs when they extract text, ligatures included.
            cluster_text = cluster_text[::-1]
        code = face.font.code_for_glyph(info.codepoint, cluster_text, adv)
        glyphs.append((code, adv, pos.x_offset * scale, pos.y_offset * scale))
        total += adv
    return _remember(_SHAPE_CACHE, key, (tuple(glyphs), total))


def _needs_shaping(face: Face, text: str, level: int) -> bool:
    if face.family.complex or level % 2:
        return True
    return not text.isascii() and any(_info(ch)[0][0] == "M" for ch in text if ch > "\u02ff")


def _make_segment(
    text: str, face: Face, level: int, size: float, is_space: bool, shaped: bool = False
) -> Segment:
    if shaped or _needs_shaping(face, text, level):
        glyphs, width = _shape(face, text, level % 2 == 1)
        k = size / 1000.0
        scaled = [(c, a * k, dx * k, dy * k) for c, a, dx, dy in glyphs]
        return Segment(text, face, level, width * k, scaled, is_space)
    visible = text if text.isascii() else "".join(ch for ch in text if not _info(ch)[1])
    widths = face.font.face.charWidths
    default = face.font.face.defaultWidth
    width = sum(widths.get(ord(ch), default) for ch in visible) * size / 1000.0
    return Segment(visible, face, level, width, None, is_space)


_NO_BREAK_SPACES = "\u00a0\u2007\u202f"


def _break_before(prev: str, ch: str) -> bool:
    p_cat, _, p_space, p_cjk = _info(prev)
    c_cat, _, c_space, c_cjk = _info(ch)
    p_space = p_space and prev not in _NO_BREAK_SPACES
    c_space = c_space and ch not in _NO_BREAK_SPACES
    if p_space:
        return not c_space
    if (c_cjk or p_cjk) and not c_space and c_cat[0] != "P":
        return True
    return prev in "-\u2010\u2013\u2014/" and ch.isalnum()


_SIMPLE: frozenset[str] | None = None
_FAST_BREAK = re.compile("(?<= )(?=[^ ])|(?<=[-\u2010\u2013\u2014/])(?=\\w)")


def _simple_chars(book: FontBook) -> frozenset[str]:
    """Characters the Latin font prints as they are: no marks, no right-to-left, no CJK,
    no spaces that are not plain spaces. Text made only of these takes a fast path."""
    global _SIMPLE
    if _SIMPLE is None:
        chars = set()
        for cp in book.face(LATIN).font.coverage:
            ch = chr(cp)
            cat, invisible, space, cjk = _info(ch)
            if (
                (cat[0] not in "MCZ" or ch == " ")
                and not invisible
                and not cjk
                and unicodedata.bidirectional(ch) not in ("R", "AL", "AN", "NSM")
            ):
                chars.add(ch)
        _SIMPLE = frozenset(chars)
    return _SIMPLE


def _segments(spans: Spans, style: TextStyle, book: FontBook) -> tuple[list[list[Segment]], int]:
    """Words (lists of segments, trailing spaces last) of one paragraph, and its level."""
    simple_chars = _simple_chars(book)
    text = ""
    bold: list[bool] = []
    for part, is_bold in spans:
        if not set(part) <= simple_chars:
            part = prepare(part, book)
        text += part
        bold += [is_bold or style.bold] * len(part)
    if not text:
        return [], 0
    n = len(text)
    if set(text) <= simple_chars:
        base, levels, keys = 0, [0] * n, [LATIN] * n
        spaces = [ch == " " for ch in text]
        breaks = [False] * (n + 1)
        for m in _FAST_BREAK.finditer(text):
            breaks[m.start()] = True
    else:
        base, levels = bidi.resolve_levels(text) if bidi.needs_bidi(text) else (0, [0] * n)
        keys = []
        previous: str | None = None
        for i, ch in enumerate(text):
            if _info(ch)[1]:
                key = previous or LATIN
            else:
                key = book.family_key(ch, previous, text[i + 1] if i + 1 < n else "") or LATIN
            keys.append(key)
            previous = key
        spaces = [_info(ch)[2] and ch not in _NO_BREAK_SPACES for ch in text]
        breaks = [False] + [_break_before(text[i - 1], text[i]) for i in range(1, n)] + [False]
    words: list[list[Segment]] = []
    word: list[Segment] = []
    start = 0
    for i in range(1, n + 1):
        end = i == n
        if (
            end
            or breaks[i]
            or keys[i] != keys[start]
            or bold[i] != bold[start]
            or levels[i] != levels[start]
            or spaces[i] != spaces[start]
        ):
            face = book.face(keys[start], bold[start])
            word.append(
                _make_segment(
                    text[start:i], face, levels[start], style.size, spaces[start], style.shape_all
                )
            )
            start = i
            if end or breaks[i]:
                words.append(word)
                word = []
    return words, base


def _joined(prev: str, ch: str) -> bool:
    """True if ``ch`` belongs to the same visible character as ``prev`` (regional
    indicators aside: their pairs are counted by the callers)."""
    cp, pp = ord(ch), ord(prev)
    if cp < 0x300 and pp < 0x300:
        return False  # Latin-1 and Latin Extended letters: the common case, quickly
    if unicodedata.category(ch)[0] == "M" or cp in (0x200C, 0x200D) or pp == 0x200D:
        return True
    if (
        0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
        or 0x1F3FB <= cp <= 0x1F3FF
        or 0xE0020 <= cp <= 0xE007F
        or 0x1160 <= cp <= 0x11FF
        or 0xD7B0 <= cp <= 0xD7FF
    ):
        return True
    if 0xDC00 <= cp <= 0xDFFF and 0xD800 <= pp <= 0xDBFF:
        return True
    return unicodedata.combining(prev) == 9 and ch.isalpha()  # a virama joins a conjunct


def _is_regional(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def may_cut_before(text: str, i: int) -> bool:
    """True if text may be cut between ``text[i - 1]`` and ``text[i]`` without splitting
    what reads as one character: a letter and its marks, a virama and the consonant it
    joins, an emoji with its modifier, variation selector or joiner, a flag's two letters,
    Hangul jamo, a surrogate pair. (The common cases of UAX #29 grapheme clusters.)"""
    if i <= 0 or i >= len(text):
        return True
    if _joined(text[i - 1], text[i]):
        return False
    if _is_regional(text[i]) and _is_regional(text[i - 1]):
        run, k = 0, i - 1  # flags are pairs: count the letters before
        while k >= 0 and _is_regional(text[k]):
            run += 1
            k -= 1
        return run % 2 == 0
    return True


def _cut_points(text: str) -> bytearray:
    """``may_cut_before`` for every index of ``text`` at once, in one pass."""
    n = len(text)
    points = bytearray(b"\x01") * (n + 1)
    run = 1 if n and _is_regional(text[0]) else 0  # regional indicators so far in a row
    for i in range(1, n):
        ch = text[i]
        if _is_regional(ch):
            if run % 2:
                points[i] = 0  # the second letter of a flag
            run += 1
            continue
        run = 0
        if _joined(text[i - 1], ch):
            points[i] = 0
    return points


def _cluster_advances(
    face: Face, text: str, rtl: bool, size: float
) -> tuple[list[int], list[float]]:
    """Where HarfBuzz's clusters of ``text`` start (logical order, then len(text)) and the
    width of the text before each start, in points. Not cached and no glyph codes made:
    only to find where a long word is cut."""
    buf = _shaped_buffer(face, text, rtl)
    scale = size / face.units_per_em
    advance: dict[int, float] = {}
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):  # one per glyph
        advance[info.cluster] = advance.get(info.cluster, 0.0) + pos.x_advance * scale
    starts = sorted(advance)
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    before = [0.0]
    for start in starts:
        before.append(before[-1] + advance.get(start, 0.0))
    return starts + [len(text)], before


def _cut_segment(seg: Segment, room: float, width: float, style: TextStyle) -> list[Segment | None]:
    """Cut a segment too wide for what is left of a line (``room``) into pieces: the first
    fills ``room`` (None if not even one character fits there: start a new line), each
    other one a line ``width`` wide. Cuts fall between clusters (see may_cut_before).

    One pass over the segment, then each piece is measured (or shaped) on its own, so a
    word of a million characters costs a little more than twice what its lines cost.
    (Cutting off one line at a time and measuring the rest again, as before, was
    quadratic: 20,000 Arabic letters without a space took 19 s.)"""
    text = seg.text
    shaped = seg.glyphs is not None
    if not shaped:
        widths = seg.face.font.face.charWidths
        default = seg.face.font.face.defaultWidth
        k = style.size / 1000.0
        starts = list(range(len(text) + 1))
        before = [0.0]
        for ch in text:
            before.append(before[-1] + widths.get(ord(ch), default) * k)
    else:
        starts, before = _cluster_advances(seg.face, text, seg.level % 2 == 1, style.size)
    last = len(starts) - 1
    allowed = _cut_points(text)
    pieces: list[Segment | None] = []
    a = 0  # index into starts of where the current piece begins
    limit = room
    while a < last:
        base = before[a]
        if before[last] - base <= limit:
            end = last
        else:
            j = a + 1
            cut: int | None = None
            while j < last and before[j] - base <= limit:
                if allowed[starts[j]]:
                    cut = j
                j += 1
            if cut is None:
                if limit < width and pieces == [] and room < width:
                    pieces.append(None)  # nothing fits on this line: begin the next one
                    limit = width
                    continue
                cut = max(a + 1, j - 1)  # one cluster wider than a line: cut it anyway
            end = cut
        piece = _make_segment(
            text[starts[a] : starts[end]], seg.face, seg.level, style.size, False, shaped
        )
        tries = 0
        while piece.width > limit + 0.01 and end > a + 1 and tries < 8:
            # Shaped on its own, a piece can be wider than its share of the whole (Arabic
            # letters take their final form at the cut): give back a cluster.
            end -= 1
            while end > a + 1 and not allowed[starts[end]]:
                end -= 1
            piece = _make_segment(
                text[starts[a] : starts[end]], seg.face, seg.level, style.size, False, shaped
            )
            tries += 1
        pieces.append(piece)
        a = end
        limit = width
    return pieces


def _fill(words: list[list[Segment]], width: float, base: int, style: TextStyle) -> list[Line]:
    lines: list[list[Segment]] = []
    current: list[Segment] = []
    used = 0.0
    for word in words:
        ink = sum(s.width for s in word if not s.is_space)
        if current and used + ink > width:
            lines.append(current)
            current, used = [], 0.0
        if ink <= width:
            current.extend(word)
            used += ink + sum(s.width for s in word if s.is_space)
            continue
        # A word longer than the line: its segments follow each other, cut where a line
        # is full; the last piece shares its line with the words after it.
        for seg in word:
            if seg.is_space or used + seg.width <= width:
                current.append(seg)
                used += seg.width
                continue
            previous: Segment | None = None
            for k, piece in enumerate(_cut_segment(seg, width - used, width, style)):
                if piece is None or (k and previous is not None):
                    lines.append(current)
                    current, used = [], 0.0
                if piece is not None:
                    current.append(piece)
                    used += piece.width
                previous = piece
    if current:
        lines.append(current)
    return [_order_line(segs, base) for segs in lines]


def _order_line(segs: list[Segment], base: int) -> Line:
    while segs and segs[-1].is_space and len(segs) > 1:
        segs = segs[:-1]  # trailing spaces do not print (and do not count)
    levels = [s.level for s in segs]
    visual = [segs[i] for i in bidi.visual_order(levels)] if any(levels) else segs
    return Line(visual, sum(s.width for s in segs), base % 2 == 1)


def _paragraphs(content: str | Spans) -> list[Spans]:
    spans = [(content, False)] if isinstance(content, str) else list(content)
    paragraphs: list[Spans] = [[]]
    for text, bold in spans:
        parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for k, part in enumerate(parts):
            if k:
                paragraphs.append([])
            if part:
                paragraphs[-1].append((part, bold))
    return paragraphs


def layout(content: str | Spans, style: TextStyle, width: float) -> list[Line]:
    """Break text into lines no wider than ``width`` points (a word wider than that is cut)."""
    key = (content if isinstance(content, str) else tuple(content), style, round(width, 2))
    hit = _LAYOUT_CACHE.get(key)
    if hit is not None:
        return hit
    book = font_book()
    lines: list[Line] = []
    for spans in _paragraphs(content):
        words, base = _segments(spans, style, book)
        lines.extend(_fill(words, width, base, style) if words else [Line([], 0.0, False)])
    return _remember(_LAYOUT_CACHE, key, lines)


def natural_width(content: str | Spans, style: TextStyle) -> float:
    """The width of the widest line when nothing is wrapped."""
    return max((line.width for line in layout(content, style, 1e9)), default=0.0)


_ESCAPE = [chr(b) if 32 <= b < 127 else f"\\{b:03o}" for b in range(256)]
for _b, _e in ((0x28, "\\("), (0x29, "\\)"), (0x5C, "\\\\")):
    _ESCAPE[_b] = _e
_RGB: dict[str, str] = {}


def _rgb(hex_colour: str) -> str:
    found = _RGB.get(hex_colour)
    if found is None:
        h = hex_colour.lstrip("#")
        found = _RGB[hex_colour] = " ".join(f"{int(h[i : i + 2], 16) / 255:.3f}" for i in (0, 2, 4))
    return found


class _Writer:
    """PDF text operators for one block, written straight to the page (much faster than
    reportlab's text object, which formats every number through Python)."""

    def __init__(self, canv: Any, size: float):  # a reportlab Canvas (untyped)
        self.doc = canv._doc
        self.size = size
        self.ops: list[str] = []
        self.font: CostarTTFont | None = None
        self.subset: int | None = None

    def show(self, face: Face, text: str, x: float, y: float) -> None:
        font = face.font
        first = True
        for subset, chunk in font.splitString(text, self.doc):
            if font is not self.font or subset != self.subset:
                self.font, self.subset = font, subset
                self.ops.append(
                    f"{font.getSubsetInternalName(subset, self.doc)} {self.size:.2f} Tf"
                )
            if first:
                self.ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
                first = False
            self.ops.append("(" + "".join([_ESCAPE[b] for b in chunk]) + ") Tj")


def draw_lines(
    canv: Any, lines: list[Line], x: float, top: float, width: float, style: TextStyle
) -> float:
    """Draw ``lines`` in a box ``width`` wide whose top edge is at ``top``; returns the height."""
    lh = style.line_height
    if not lines or getattr(canv, "dry_run", False):
        return lh * len(lines)
    baseline = top - (lh - style.size) / 2 - style.size * 0.8
    out = _Writer(canv, style.size)
    rgb = _rgb(style.colour)
    ops = out.ops
    ops += ["q", f"{style.size * 0.035:.3f} w", f"{rgb} rg", f"{rgb} RG", "BT"]
    stroked = False
    for line in lines:
        align = style.align
        if align == "start":
            align = "right" if line.rtl else "left"
        elif align == "end":
            align = "left" if line.rtl else "right"
        pen = (
            x
            + {"left": 0.0, "right": width - line.width, "centre": (width - line.width) / 2}[align]
        )
        for seg in line.segments:
            if seg.face.fake_bold != stroked:
                stroked = seg.face.fake_bold
                ops.append("2 Tr" if stroked else "0 Tr")
            if seg.glyphs is None:
                if seg.text:
                    out.show(seg.face, seg.text, pen, baseline)
            else:
                _glyph_run(out, seg, pen, baseline)
            pen += seg.width
        baseline -= lh
    ops += ["ET", "Q"]
    canv.addLiteral("\n".join(ops))
    return lh * len(lines)


def _glyph_run(out: _Writer, seg: Segment, x: float, baseline: float) -> None:
    """Print shaped glyphs; consecutive glyphs at their natural advance share one string."""
    widths = seg.face.font.face.charWidths
    size = out.size
    pending: list[str] = []
    start = (x, baseline)
    cursor = None  # where the PDF's text position is after the pending glyphs
    glyphs = seg.glyphs
    assert glyphs is not None  # only shaped segments are drawn glyph by glyph
    for code, adv, dx, dy in glyphs:
        gx, gy = x + dx, baseline + dy
        if cursor is None or dy or abs(gx - cursor) > 0.01:
            if pending:
                out.show(seg.face, "".join(pending), *start)
                pending = []
            start = (gx, gy)
            cursor = gx
        pending.append(chr(code))
        cursor = None if dy else cursor + widths.get(code, 0) * size / 1000.0
        x += adv
        if cursor is None:
            out.show(seg.face, "".join(pending), *start)
            pending = []
    if pending:
        out.show(seg.face, "".join(pending), *start)
