"""Tidying the star: notes that pile up in a Co (or in the parking area) laid out side by side.

No Qt: the window asks :func:`tidy` where the notes go and moves them with one command.

The rules, each kept by ``tests/core/test_tidy.py``:

- **A note keeps its area.** The areas are the four Co's and the parking area around the
  star. A Co's note's centre stays in that Co, and its card never covers another Co, the
  ring of steps, the hub or a Co's name; it may hang over the star's edge by one corner, as
  :meth:`~costar_desktop.core.star.StarGeometry.note_fits` allows (by two when the Co is
  full, rather than overlap another note). Parking notes lie wholly outside the star. A note
  in the hub has no Co: it goes to the parking area. The parking area is tidied as two
  halves, left and right of the star, so a note parked on one side stays on that side.
- **Reading order.** Notes are ordered by step (Map first), then by where they were, top
  left to bottom right, and laid out in rows in that order. A handful of notes gathers
  around the middle of its area; more notes spread out until the area is full. Tidying
  what is already tidy moves nothing. Only when that order leaves no room are groups put
  first, or last, or the tallest first.
- **Groups move as a block.** A group's notes are gathered under its title card as
  :func:`~costar_desktop.core.steps.arrange_group` does, and the whole frame is placed
  like one big note. A group whose card and notes are not all in one area stays where it
  is: moving it would change the Co of some of them.
- **Never outside.** If an area is too small for all its notes at full size, the notes
  overlap in an even cascade rather than leave the area, each showing as much of its top
  left corner as the room allows (laid out from the back of the pile on screen to the
  front), and the result says which areas are crowded. A note too big for its area stays
  where it is.
- **Other notes are in the way.** Notes that are not being tidied (another area's note
  hanging over the edge, a group across two areas) are kept clear of.

How: the drawing area is cut into cells of :data:`CELL` units, each marked with the area it
lies in (worked out once per geometry). A rectangle fits where all its cells are free, which
a table of sums answers at once; rows are filled left to right from the top of a window
around the area's middle that grows until everything fits.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from costar_desktop.core.model import Co, Note
from costar_desktop.core.star import CO_ORDER, STAR, STEP_ORDER, StarGeometry, bearing_of
from costar_desktop.core.steps import GROUP_GAP, GROUP_TITLE_ROOM, arrange_group

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # left, top, right, bottom

#: Room between tidied notes (the same as between a group's notes).
GAP = GROUP_GAP
#: Room between notes when the area is too full for :data:`GAP`.
TIGHT_GAP = 4.0
#: Room kept between a parking note and the star's outline, a Co's name or the canvas's edge.
EDGE = 8.0
#: Room kept from the line between two Co's (on each side) and from the ring of steps.
LINE_EDGE = 6.0
RING_EDGE = 10.0
#: Side of a cell of the grid that tells which area a place is in (star units).
CELL = 10.0
#: How far a Co's note may reach beyond the Co's own cells (over the star's edge, one corner
#: at most, as :meth:`StarGeometry.note_fits` allows).
OVERHANG = 300.0
#: A group's frame around its notes, as the canvas draws it (ui/canvas/group_item.py:
#: MARGIN at the sides and below, GROUP_TITLE_ROOM above for the title).
FRAME_MARGIN = 16.0
#: The frame of a group with no notes, centred on its card.
EMPTY_GROUP_SIZE = (240.0, 44.0)
#: Notes whose tops are this close count as one row when reading where they were.
ROW_TOLERANCE = 24.0
#: How far the window around an area's middle reaches, as a share of the whole area.
WINDOW_SHARES = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
#: Where the first row starts below the window's top, as a share of a row: the rows meet
#: the slanting edges of a Co differently, and one of them may hold more.
ROW_PHASES = (0.0, 1 / 3, 2 / 3)
#: When notes do not fit at full size, each shows at least this share of its width and
#: height (its top left corner), and rows are never closer than MIN_ROW_PITCH (more than
#: ROW_TOLERANCE, so that tidying again reads the same rows).
MIN_SHOWN = 0.1
MIN_ROW_PITCH = ROW_TOLERANCE + 2
#: Steps of the search for the largest share shown when notes do not fit.
CROWDED_SEARCH_STEPS = 9

# Codes of the grid's points and cells: 0-3 the Co's (inside the star), then:
_LEFT = 4  # the parking area, left of the star's middle
_RIGHT = 5  # and right of it
_RIM = 6  # outside the star, but too near it (or the middle line) for a parking note
_EDGE_OF = 8  # 8 + a Co's index: a cell across that Co's outline
_NONE = 255


@dataclass(frozen=True)
class TidyResult:
    """What :func:`tidy` decided."""

    #: The new centre of every note that moves.
    moves: dict[str, Point] = field(default_factory=dict)
    #: Areas (a Co, or None for the parking area) too small for their notes at full size:
    #: some of their notes overlap.
    crowded: tuple[Co | None, ...] = ()
    #: Groups whose card and notes lie in more than one area: left where they are.
    kept_groups: tuple[str, ...] = ()
    #: Notes (and group cards) in the areas that were tidied.
    tidied: int = 0


# --- the grid -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Grid:
    left: float
    top: float
    columns: int
    rows: int
    #: cells[j][i]: the code of cell (i, j).
    cells: tuple[bytes, ...]
    #: For each code: (i0, j0, i1, j1), the cells it spans (i1, j1 excluded).
    spans: dict[int, tuple[int, int, int, int]]
    #: For each code: where a handful of its notes gathers (the middle of its cells).
    middles: dict[int, Point]


def _point_code(
    geometry: StarGeometry, x: float, y: float, boxes: list[Rect], inner: float, outer: float
) -> int:
    left, top, width, height = geometry.canvas_rect()
    if not (left + EDGE <= x <= left + width - EDGE and top + EDGE <= y <= top + height - EDGE):
        return _NONE
    for bl, bt, br, bb in boxes:
        if bl - EDGE <= x <= br + EDGE and bt - EDGE <= y <= bb + EDGE:
            return _NONE
    r = math.hypot(x, y)
    if r <= geometry.step_ring_outer + RING_EDGE:
        return _NONE
    b = bearing_of(x, y)
    outline = (
        inner if r < inner - 1 else outer if r > outer + EDGE + 1 else geometry.outline_radius(b)
    )
    if r <= outline:
        sector = ((b + 45.0) % 360.0) / 90.0
        index = int(sector) % 4
        # Away from the line between two Co's: its distance is r * sin(angle to the line).
        off = (sector - int(sector)) * 90.0
        if r * math.sin(math.radians(min(off, 90.0 - off))) < LINE_EDGE:
            return _NONE
        return index
    if r <= outline + EDGE or abs(x) <= EDGE:
        return _RIM
    return _LEFT if x < 0 else _RIGHT


def _cell_code(corners: tuple[int, int, int, int]) -> int:
    kinds = set(corners)
    if _NONE in kinds:
        return _NONE
    if len(kinds) == 1:
        return corners[0]
    cos = [k for k in kinds if k < 4]
    if len(cos) > 1:
        return _NONE
    return _EDGE_OF + cos[0] if cos else _RIM


@dataclass
class _Seen:
    """What :func:`_grid` has seen of one code so far: the cells it spans (i1, j1
    excluded), and how many cells it has with the sums of their centres."""

    i0: int
    j0: int
    i1: int
    j1: int
    count: int = 0
    sum_i: float = 0.0
    sum_j: float = 0.0


@functools.lru_cache(maxsize=4)
def _grid(geometry: StarGeometry) -> _Grid:
    left, top, width, height = geometry.canvas_rect()
    columns, rows = int(width // CELL), int(height // CELL)
    boxes = []
    for co in CO_ORDER:
        bl, bt, bw, bh = geometry.co_label_box(co)
        boxes.append((bl, bt, bl + bw, bt + bh))
    # The outline lies between these radii; inside and outside them no outline is needed.
    radii = [math.hypot(x, y) for x, y in geometry.outline()]
    inner, outer = min(radii), max(radii)
    points = [
        bytes(
            _point_code(geometry, left + i * CELL, top + j * CELL, boxes, inner, outer)
            for i in range(columns + 1)
        )
        for j in range(rows + 1)
    ]
    cells = []
    found: dict[int, _Seen] = {}
    for j in range(rows):
        above, below = points[j], points[j + 1]
        row = bytearray(columns)
        for i in range(columns):
            code = _cell_code((above[i], above[i + 1], below[i], below[i + 1]))
            row[i] = code
            if code == _NONE:
                continue
            seen = found.setdefault(code, _Seen(i, j, i + 1, j + 1))
            seen.i0, seen.j0 = min(seen.i0, i), min(seen.j0, j)
            seen.i1, seen.j1 = max(seen.i1, i + 1), max(seen.j1, j + 1)
            seen.count += 1
            seen.sum_i += i + 0.5
            seen.sum_j += j + 0.5
        cells.append(bytes(row))
    spans = {code: (s.i0, s.j0, s.i1, s.j1) for code, s in found.items()}
    middles = {
        code: (left + s.sum_i / s.count * CELL, top + s.sum_j / s.count * CELL)
        for code, s in found.items()
    }
    # Parked notes gather beside the star, halfway between its side point and the canvas's
    # edge, where the view shows them apart from the Co's (as note_slots puts them first).
    side = (geometry.tip_radius + geometry.canvas_half_width) / 2
    middles[_LEFT], middles[_RIGHT] = (-side, 0.0), (side, 0.0)
    return _Grid(left, top, columns, rows, tuple(cells), spans, middles)


class _Room:
    """The cells an area's notes may cover (less the notes in the way) and the fit test.

    A Co's notes may cover its own cells and, one corner at most, the space outside the
    star; a parking half's notes only that half's cells."""

    def __init__(self, geometry: StarGeometry, grid: _Grid, code: int, obstacles: list[Rect]):
        self.geometry = geometry
        self.grid = grid
        self.co = CO_ORDER[code] if code < 4 else None
        i0, j0, i1, j1 = grid.spans[code]
        allowed = {code}
        if self.co is not None:
            allowed |= {_EDGE_OF + code, _LEFT, _RIGHT, _RIM}
            reach = math.ceil(OVERHANG / CELL)
            i0, j0 = max(0, i0 - reach), max(0, j0 - reach)
            i1, j1 = min(grid.columns, i1 + reach), min(grid.rows, j1 + reach)
        self.i0, self.j0 = i0, j0
        self.columns, self.rows = i1 - i0, j1 - j0
        #: Where the middle of a Co's block may lie (it is a Co's note, or a group's frame
        #: whose card and notes lie in the Co), by the code of the cell it falls in.
        self.middle_codes = {code, _EDGE_OF + code} if self.co is not None else set()
        #: How many corners of a Co's note may lie outside the star.
        self.corners_out = 1
        self.bounds: Rect = (
            grid.left + i0 * CELL,
            grid.top + j0 * CELL,
            grid.left + i1 * CELL,
            grid.top + j1 * CELL,
        )
        # Where a handful of notes gathers: the middle of the area's own cells.
        self.middle = grid.middles[code]
        mi, mj = grid.spans[code][:2], grid.spans[code][2:]
        self.own: Rect = (
            grid.left + mi[0] * CELL,
            grid.top + mi[1] * CELL,
            grid.left + mj[0] * CELL,
            grid.top + mj[1] * CELL,
        )
        blocked = [
            bytearray(0 if c in allowed else 1 for c in grid.cells[j][i0:i1]) for j in range(j0, j1)
        ]
        half = GAP / 2
        for ol, ot, orr, ob in obstacles:
            a = max(0, math.floor((ol - half - grid.left) / CELL) - i0)
            b = min(self.columns, math.ceil((orr + half - grid.left) / CELL) - i0)
            c = max(0, math.floor((ot - half - grid.top) / CELL) - j0)
            d = min(self.rows, math.ceil((ob + half - grid.top) / CELL) - j0)
            if a < b:
                for j in range(c, d):
                    blocked[j][a:b] = b"\x01" * (b - a)
        # sums[j][i]: blocked cells above and left of (i, j).
        sums = [[0] * (self.columns + 1)]
        for j in range(self.rows):
            prev = sums[-1]
            row = [0] * (self.columns + 1)
            run = 0
            line = blocked[j]
            for i in range(self.columns):
                run += line[i]
                row[i + 1] = prev[i + 1] + run
            sums.append(row)
        self.sums = sums

    def free(self, left: float, top: float, right: float, bottom: float) -> bool:
        """True if the rectangle lies wholly in cells the area's notes may cover."""
        g = self.grid
        a = math.floor((left - g.left) / CELL + 1e-9) - self.i0
        b = math.ceil((right - g.left) / CELL - 1e-9) - self.i0
        c = math.floor((top - g.top) / CELL + 1e-9) - self.j0
        d = math.ceil((bottom - g.top) / CELL - 1e-9) - self.j0
        if a < 0 or c < 0 or b > self.columns or d > self.rows or a >= b or c >= d:
            return False
        s = self.sums
        return s[d][b] - s[c][b] - s[d][a] + s[c][a] == 0

    def fits(self, block: _Block, x: float, y: float) -> bool:
        """True if ``block`` may lie with its top left corner at (x, y)."""
        if not self.free(x, y, x + block.w, y + block.h):
            return False
        if self.co is None:
            return True
        # Most places over the edge are refused by where the first part's middle lies (the
        # note, or the group's card), which the grid tells at once; only the others are
        # measured.
        grid = self.grid
        _, dx, dy = block.parts[0] if block.parts else (None, block.w / 2, block.h / 2)
        i = int((x + dx - grid.left) // CELL)
        j = int((y + dy - grid.top) // CELL)
        if not (
            0 <= j < grid.rows and 0 <= i < grid.columns and grid.cells[j][i] in self.middle_codes
        ):
            return False
        g = self.geometry
        # Each note's card over the star's edge by one corner at most (as note_fits says), or
        # two when the Co is full; a group's frame may reach further, its notes may not.
        for cl, ct, cw, ch in block.cards:
            corners = (
                (x + cl, y + ct),
                (x + cl + cw, y + ct),
                (x + cl, y + ct + ch),
                (x + cl + cw, y + ct + ch),
            )
            if sum(not g.contains(cx, cy) for cx, cy in corners) > self.corners_out:
                return False
        return all(g.co_at(x + dx, y + dy) == self.co for _, dx, dy in block.parts)


# --- what is laid out ----------------------------------------------------------------------


class _Stepped(Protocol):
    @property
    def step(self) -> int: ...


_R = TypeVar("_R", bound=_Stepped)
_Size = Callable[[Note], tuple[float, float]]


@dataclass
class _Block:
    """A note, or a group's frame with its card and notes, laid out as one rectangle."""

    w: float
    h: float
    #: (note id, centre's offset from the block's top left corner): the note, or the
    #: group's card and then its notes
    parts: list[tuple[str, float, float]]
    #: (left, top, width, height) of each note's card, from the block's top left corner
    cards: list[tuple[float, float, float, float]]
    step: int
    #: Where the block is now (top left), for the reading order.
    left: float
    top: float
    first_id: str


def _reading_order(
    items: list[_R],
    top: Callable[[_R], float],
    left: Callable[[_R], float],
    key: Callable[[_R], str],
) -> list[_R]:
    """``items`` (each with a ``step``) by step, then in rows from the top (a row is the
    items whose tops are within :data:`ROW_TOLERANCE` of its first one's), each row from
    the left."""
    ordered = sorted(items, key=lambda it: (it.step, top(it), left(it), key(it)))
    result: list[_R] = []
    row: list[_R] = []
    for it in ordered:
        if row and (it.step != row[0].step or top(it) - top(row[0]) > ROW_TOLERANCE):
            result += sorted(row, key=lambda r: (left(r), key(r)))
            row = []
        row.append(it)
    return result + sorted(row, key=lambda r: (left(r), key(r)))


@dataclass
class _Member:
    note: Note
    w: float
    h: float
    step: int


def _group_block(card: Note, members: list[Note], size: _Size) -> _Block:
    step = STEP_ORDER.index(card.step)
    if not members:
        w, h = EMPTY_GROUP_SIZE
        return _Block(
            w, h, [(card.id, w / 2, h / 2)], [], step, card.x - w / 2, card.y - h / 2, card.id
        )
    ms = [_Member(m, *size(m), step=STEP_ORDER.index(m.step)) for m in members]
    # arrange_group centres each row's notes on one line: read them by their centres.
    ms = _reading_order(ms, lambda m: m.note.y, lambda m: m.note.x - m.w / 2, lambda m: m.note.id)
    places = arrange_group(0.0, 0.0, [(m.w, m.h) for m in ms])
    fl = min(x - m.w / 2 for m, (x, _) in zip(ms, places, strict=True)) - FRAME_MARGIN
    fr = max(x + m.w / 2 for m, (x, _) in zip(ms, places, strict=True)) + FRAME_MARGIN
    ft = min(min(y - m.h / 2 for m, (_, y) in zip(ms, places, strict=True)) - GROUP_TITLE_ROOM, 0.0)
    fb = max(y + m.h / 2 for m, (_, y) in zip(ms, places, strict=True)) + FRAME_MARGIN
    fl, fr = min(fl, 0.0), max(fr, 0.0)
    parts = [(card.id, -fl, -ft)] + [
        (m.note.id, x - fl, y - ft) for m, (x, y) in zip(ms, places, strict=True)
    ]
    cards = [
        (x - m.w / 2 - fl, y - m.h / 2 - ft, m.w, m.h) for m, (x, y) in zip(ms, places, strict=True)
    ]
    now_left = min(m.note.x - m.w / 2 for m in ms) - FRAME_MARGIN
    now_top = min(m.note.y - m.h / 2 for m in ms) - GROUP_TITLE_ROOM
    return _Block(fr - fl, fb - ft, parts, cards, step, now_left, now_top, card.id)


def _group_frame(card: Note, members: list[Note], size: _Size) -> Rect:
    """Where a group's frame is now (it is drawn around its notes)."""
    if not members:
        w, h = EMPTY_GROUP_SIZE
        return (card.x - w / 2, card.y - h / 2, card.x + w / 2, card.y + h / 2)
    boxes = [_rect(m, size) for m in members]
    return (
        min(b[0] for b in boxes) - FRAME_MARGIN,
        min(b[1] for b in boxes) - GROUP_TITLE_ROOM,
        max(b[2] for b in boxes) + FRAME_MARGIN,
        max(b[3] for b in boxes) + FRAME_MARGIN,
    )


def _rect(note: Note, size: _Size) -> Rect:
    w, h = size(note)
    return (note.x - w / 2, note.y - h / 2, note.x + w / 2, note.y + h / 2)


# --- packing --------------------------------------------------------------------------------


def _pack(
    room: _Room,
    blocks: list[_Block],
    window: Rect,
    gap: float,
    fx: float = 1.0,
    fy: float = 1.0,
    phase: float = 0.0,
    centre: bool = True,
) -> list[Point]:
    """Top left corners for as many ``blocks`` as fit, in order, in rows inside ``window``.

    The next block along starts ``fx`` of a block's width (plus ``gap``) further right, the
    next row ``fy`` of the row's tallest block (plus ``gap``) further down: below 1 they
    overlap. Each row is then centred in the room it has, and the rows in theirs."""
    wl, wt, wr, wb = window

    def row_at(y: float, k: int) -> list[Point]:
        """Places for blocks k, k+1, ... side by side in a row whose top is at y."""
        row: list[Point] = []
        x = wl
        while k < len(blocks):
            block = blocks[k]
            if y + block.h > wb:
                break
            while x + block.w <= wr and not room.fits(block, x, y):
                x += CELL
            if x + block.w > wr:
                break
            row.append((x, y))
            x += fx * block.w + gap
            k += 1
        return row

    places: list[Point] = []
    rows: list[list[int]] = []
    k, y = 0, wt + phase
    while k < len(blocks) and y + blocks[k].h <= wb:
        row = row_at(y, k)
        if not row:
            y += CELL
            continue
        # A row a little lower may hold more (a Co widens away from the ring): look ahead
        # by up to half the first block's height and take the first that holds the most.
        ahead = y
        while ahead + CELL <= y + blocks[k].h / 2:
            ahead += CELL
            lower = row_at(ahead, k)
            if len(lower) > len(row):
                row = lower
        rows.append(list(range(len(places), len(places) + len(row))))
        places += row
        k += len(row)
        y = row[0][1] + max(fy * blocks[i].h for i in rows[-1]) + gap

    def fits(indices: Iterable[int], dx: float, dy: float) -> bool:
        for i in indices:
            x, y = places[i]
            b = blocks[i]
            if not (x + dx + b.w <= wr and y + dy + b.h <= wb and room.fits(b, x + dx, y + dy)):
                return False
        return True

    def slack(indices: Iterable[int], horizontal: bool) -> float:
        d = 0.0
        while fits(indices, d + CELL if horizontal else 0.0, 0.0 if horizontal else d + CELL):
            d += CELL
        return math.floor(d / 2 / CELL) * CELL

    if not centre:
        return places
    for row_indices in rows:
        dx = slack(row_indices, True)
        for i in row_indices:
            places[i] = (places[i][0] + dx, places[i][1])
    if places:
        dy = slack(range(len(places)), False)
        places = [(x, y + dy) for x, y in places]
    return places


def _lay_out(
    room: _Room, blocks: list[_Block], stacked: list[_Block]
) -> tuple[list[_Block], list[Point], bool]:
    """The blocks in the order laid out, their top left corners (fewer if not all fit at
    all) and whether they had to overlap. ``blocks`` are in reading order, ``stacked`` in
    the order they are stacked on screen: overlapping blocks are laid out in that order, so
    each lies over the one before it and shows its own top left corner."""
    bl, bt, br, bb = room.bounds
    ol, ot, orr, ob = room.own
    mx, my = room.middle
    # The window grows from the middle of the area's own cells; at its full size it takes
    # in the room for notes over the star's edge too.
    hx, hy = max(mx - ol, orr - mx), max(my - ot, ob - my)
    pitch = sorted(b.h for b in blocks)[len(blocks) // 2] + GAP
    for share in WINDOW_SHARES:
        if share < 1.0:
            window = (mx - share * hx, my - share * hy, mx + share * hx, my + share * hy)
        else:
            window = room.bounds
        for phase in ROW_PHASES:
            places = _pack(room, blocks, window, GAP, phase=phase * pitch)
            if len(places) == len(blocks):
                return blocks, places, False
    # Not in reading order at full size: before notes overlap, try groups first, groups
    # last, then the tallest first (big blocks are what the slanting edges of a Co leave
    # no room for).
    groups_first = sorted(blocks, key=lambda b: len(b.parts) == 1)
    groups_last = sorted(blocks, key=lambda b: len(b.parts) > 1)
    tallest_first = sorted(blocks, key=lambda b: (-b.h, -b.w))
    # Still too full: let a Co's notes hang further over the star's edge (two corners, so
    # that at most about half a card is outside) rather than overlap.
    for corners_out in (1, 2) if room.co is not None else (1,):
        room.corners_out = corners_out
        for order in (blocks, groups_first, groups_last, tallest_first):
            for gap in (GAP, TIGHT_GAP):
                for phase in ROW_PHASES:
                    places = _pack(room, order, room.bounds, gap, phase=phase * pitch)
                    if len(places) == len(order):
                        return order, places, False
    blocks = stacked
    # Too full: overlap evenly, each block keeping the largest share of itself in sight
    # (found by halving), but rows never so close that they read as one.
    lowest = max(MIN_SHOWN, (MIN_ROW_PITCH - TIGHT_GAP) / min(b.h for b in blocks))
    best = _pack(room, blocks, room.bounds, TIGHT_GAP, lowest, lowest, centre=False)
    if len(best) < len(blocks):
        return blocks, _layers(room, blocks, best, lowest), True
    low, high = lowest, 1.0
    for _ in range(CROWDED_SEARCH_STEPS):
        mid = (low + high) / 2
        places = _pack(room, blocks, room.bounds, TIGHT_GAP, mid, mid)
        if len(places) == len(blocks):
            low, best = mid, places
        else:
            high = mid
    return blocks, best, True


def _layers(room: _Room, blocks: list[_Block], first: list[Point], share: float) -> list[Point]:
    """Far too many blocks for the area: lay the rest out again over the first layer, each
    layer a little lower and further right so that no card hides one below it exactly
    (rows are not centred here: centring could bring two layers back onto each other)."""
    places = list(first)
    bl, bt, br, bb = room.bounds
    for layer in range(1, 200):
        if len(places) == len(blocks):
            break
        shift = layer * 0.7 * CELL
        places += _pack(
            room,
            blocks[len(places) :],
            (bl + shift, bt + shift, br, bb),
            TIGHT_GAP,
            share,
            share,
            centre=False,
        )
    return places


# --- the whole tidy -------------------------------------------------------------------------


def tidy(
    notes: Iterable[Note],
    areas: Iterable[Co | None] | None = None,
    geometry: StarGeometry = STAR,
    sizes: Mapping[str, tuple[float, float]] | None = None,
    stacking: Mapping[str, float] | None = None,
) -> TidyResult:
    """Where the notes of ``areas`` (Co's, None for the parking area; all of them when not
    given) go when tidied. ``sizes`` gives notes' (width, height) as drawn, where they differ
    from the note's own (the canvas's cards follow the text size); ``stacking`` where each
    note lies in the pile on screen (higher is in front), for an area too full to tidy
    without overlap: there the notes are laid out from the back of the pile to the front,
    so that each shows its top left corner. Without it, in the reading order."""
    notes = list(notes)
    areas = set(CO_ORDER) | {None} if areas is None else set(areas)
    sizes = sizes or {}

    def size(n: Note) -> tuple[float, float]:
        return sizes.get(n.id) or (n.width, n.height)

    by_id = {n.id: n for n in notes}
    members: dict[str, list[Note]] = {}
    for n in notes:
        if n.group_id and not n.is_group and n.group_id in by_id and by_id[n.group_id].is_group:
            members.setdefault(n.group_id, []).append(n)
    grouped = {m.id for ms in members.values() for m in ms}

    grid = _grid(geometry)
    blocks: dict[int, list[_Block]] = {}
    obstacles: list[Rect] = []
    kept: list[str] = []
    tidied = 0

    def code_for(co: Co | None, x: float) -> int:
        return (_LEFT if x < 0 else _RIGHT) if co is None else CO_ORDER.index(co)

    for n in sorted(notes, key=lambda n: n.id):
        if n.id in grouped:
            continue
        if n.is_group:
            ms = members.get(n.id, [])
            cos = {n.co} | {m.co for m in ms}
            frame = _group_frame(n, ms, size)
            if len(cos) > 1:
                if cos & areas:
                    kept.append(n.id)
                obstacles.append(frame)
                continue
            if n.co not in areas:
                obstacles.append(frame)
                continue
            block = _group_block(n, ms, size)
            blocks.setdefault(code_for(n.co, (frame[0] + frame[2]) / 2), []).append(block)
            tidied += 1 + len(ms)
            continue
        if n.co not in areas:
            obstacles.append(_rect(n, size))
            continue
        w, h = size(n)
        blocks.setdefault(code_for(n.co, n.x), []).append(
            _Block(
                w,
                h,
                [(n.id, w / 2, h / 2)],
                [(0.0, 0.0, w, h)],
                STEP_ORDER.index(n.step),
                n.x - w / 2,
                n.y - h / 2,
                n.id,
            )
        )
        tidied += 1

    def lay_out(room: _Room, fitting: list[_Block]) -> tuple[list[_Block], list[Point], bool]:
        stacked = fitting
        if stacking:
            stacked = sorted(
                fitting,
                key=lambda b: (
                    max(stacking.get(nid, 0.0) for nid, _, _ in b.parts),
                    b.first_id,
                ),
            )
        return _lay_out(room, fitting, stacked) if fitting else ([], [], False)

    moves: dict[str, Point] = {}
    crowded: set[Co | None] = set()
    # The Co's first, then the parking area: a Co's note may hang over the star's edge,
    # and the parking notes then keep clear of it.
    for code in sorted(blocks):
        co = None if code in (_LEFT, _RIGHT) else CO_ORDER[code]
        room = _Room(geometry, grid, code, obstacles)
        ordered = _reading_order(
            blocks[code], lambda b: b.top, lambda b: b.left, lambda b: b.first_id
        )

        laid, places, overlapped = lay_out(room, ordered)
        if overlapped:
            crowded.add(co)
            # A block too big for the whole area stays where it is.
            fitting = [b for b in ordered if _fits_alone(room, b)]
            if len(fitting) < len(ordered):
                laid, places, _ = lay_out(room, fitting)
        placed = set()
        # Fewer places than blocks when not all fit at all: the rest stay where they are.
        for block, (x, y) in zip(laid, places, strict=False):
            new = {nid: (x + dx, y + dy) for nid, dx, dy in block.parts}
            if all(_still_in_area(geometry, by_id[nid], p) for nid, p in new.items()):
                moves.update(new)
                placed.add(id(block))
                obstacles.append((x, y, x + block.w, y + block.h))
            else:  # pragma: no cover - the fit test keeps every place in its area
                crowded.add(co)
        for block in blocks[code]:
            if id(block) not in placed:
                obstacles.append((block.left, block.top, block.left + block.w, block.top + block.h))
    moves = {
        nid: p
        for nid, p in moves.items()
        if abs(p[0] - by_id[nid].x) > 1e-6 or abs(p[1] - by_id[nid].y) > 1e-6
    }
    order = {co: i for i, co in enumerate((*CO_ORDER, None))}
    return TidyResult(
        moves, tuple(sorted(crowded, key=order.__getitem__)), tuple(sorted(kept)), tidied
    )


def _fits_alone(room: _Room, block: _Block) -> bool:
    return len(_pack(room, [block], room.bounds, 0.0, centre=False)) == 1


def _still_in_area(geometry: StarGeometry, note: Note, p: Point) -> bool:
    left, top, right, bottom = geometry.note_bounds()
    if not (left <= p[0] <= right and top <= p[1] <= bottom):
        return False
    if note.co is None:
        return not geometry.contains(*p)
    return geometry.co_at(*p) == note.co
