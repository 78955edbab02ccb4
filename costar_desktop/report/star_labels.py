"""Where the printed star puts each note's number, so that every number can be read.

On the canvas, notes may overlap; on paper, a note's number printed in its middle is then
hidden by the notes above it, and numbers of notes that lie close together print over each
other. Here every number gets a box of its own that no other number's box touches:

1. A number stays on its own card, inside the part of the card that no later (higher)
   card covers, when there is room for it there.
2. Otherwise it moves aside, to the nearest free place around the card, and a thin leader
   line runs from it to a point of its card that can still be seen (the card's middle if
   it is wholly covered).

This module knows nothing of reportlab: it works in drawing points (y up) on boxes, and
measures text with the function it is given. ``star_drawing`` draws what it returns.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple


class Box(NamedTuple):
    """An axis-aligned rectangle in drawing points: left, bottom, right, top (a tuple:
    a crowded board makes hundreds of thousands of them)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2)

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        """True if the boxes share any area, or come closer than ``gap``."""
        return (
            self.x0 < other.x1 + gap
            and other.x0 < self.x1 + gap
            and self.y0 < other.y1 + gap
            and other.y0 < self.y1 + gap
        )

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def within(self, other: Box) -> bool:
        return (
            other.x0 <= self.x0
            and self.x1 <= other.x1
            and other.y0 <= self.y0
            and self.y1 <= other.y1
        )

    def overlap_area(self, other: Box) -> float:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return w * h if w > 0 and h > 0 else 0.0

    def nearest_point(self, x: float, y: float) -> tuple[float, float]:
        """The point of the box (its edge, or the point itself inside) nearest (x, y)."""
        return (min(max(x, self.x0), self.x1), min(max(y, self.y0), self.y1))

    def centred_at(self, x: float, y: float) -> Box:
        w, h = self.width / 2, self.height / 2
        return Box(x - w, y - h, x + w, y + h)


@dataclass(frozen=True)
class Card:
    """A note's card as drawn, in drawing order (later cards lie on top)."""

    note_id: str
    number: str
    box: Box
    size: float  # font size of its number, in points
    bold: bool = False


@dataclass(frozen=True)
class NumberLabel:
    """Where one note's number is printed."""

    note_id: str
    number: str
    size: float
    bold: bool
    #: The box the number is printed in (the number is centred in it).
    box: Box
    #: The note's card.
    card: Box
    #: The point of the card the number belongs to: where its leader ends.
    anchor: tuple[float, float]
    #: True if the number was moved off its card and is joined to it by a leader line.
    leader: bool
    #: True only when no free place was found (a board too crowded for the page).
    crowded: bool = False

    @property
    def leader_start(self) -> tuple[float, float]:
        """Where the leader leaves the number's box: its edge point nearest the anchor."""
        return self.box.nearest_point(*self.anchor)


class _Grid:
    """Boxes in buckets of a fixed size, to find those near a place without visiting all."""

    def __init__(self, cell: float):
        self.cell = max(cell, 1.0)
        self.buckets: dict[tuple[int, int], list[int]] = {}
        self.boxes: list[Box] = []

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        c = self.cell
        xs = range(math.floor(box[0] / c), math.floor(box[2] / c) + 1)
        ys = range(math.floor(box[1] / c), math.floor(box[3] / c) + 1)
        return [(i, j) for i in xs for j in ys]

    def add(self, box: Box) -> int:
        index = len(self.boxes)
        self.boxes.append(box)
        for key in self._keys(box):
            self.buckets.setdefault(key, []).append(index)
        return index

    def near(self, box: Box) -> set[int]:
        found: set[int] = set()
        buckets = self.buckets
        for key in self._keys(box):
            bucket = buckets.get(key)
            if bucket:
                found.update(bucket)
        return found

    def hits(self, box: Box, gap: float = 0.0) -> bool:
        x0, y0, x1, y1 = box[0] - gap, box[1] - gap, box[2] + gap, box[3] + gap
        boxes = self.boxes
        for i in self.near(Box(x0, y0, x1, y1)):
            b = boxes[i]
            if b[0] < x1 and x0 < b[2] and b[1] < y1 and y0 < b[3]:
                return True
        return False


#: Room between two numbers' boxes, and between a moved number and its own card.
GAP = 0.6
#: How far out (in label heights) a moved number may go to find a free place.
REACH = 14
#: Places tried in all before the rest of the numbers stay where they are (a few seconds
#: for a thousand notes otherwise; 300 notes spread over the board need about 27,000).
BUDGET = 30_000
#: Places tried on each ring around a card for a moved number.
ANGLES = 16
#: Sample points across a card (per side) when looking for a part no later card covers.
SAMPLES = 7


def _points(box: Box) -> list[tuple[float, float]]:
    """The card's middle, then points spread over the card, nearest the middle first."""
    cx, cy = box.centre
    points = [
        (box.x0 + box.width * (i + 0.5) / SAMPLES, box.y0 + box.height * (j + 0.5) / SAMPLES)
        for i in range(SAMPLES)
        for j in range(SAMPLES)
    ]
    points.sort(key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
    return [(cx, cy)] + points


_Pt = tuple[float, float]


def _visible(index: int, points: list[_Pt], cards: Sequence[Card], grid: _Grid) -> list[_Pt]:
    """Those of ``points`` that no card drawn after card ``index`` covers."""
    box = cards[index].box
    later = [b for b in (cards[k].box for k in grid.near(box) if k > index) if b.overlaps(box)]
    return [
        (x, y) for x, y in points if not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in later)
    ]


def _crosses(a: _Pt, b: _Pt, c: _Pt, d: _Pt) -> bool:
    """True if the segments a-b and c-d cross (touching at an end does not count)."""

    def side(p: _Pt, q: _Pt, r: _Pt) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2 = side(c, d, a), side(c, d, b)
    d3, d4 = side(a, b, c), side(a, b, d)
    return d1 * d2 < 0 and d3 * d4 < 0


def _segment_hits(a: tuple[float, float], b: tuple[float, float], box: Box) -> bool:
    """True if the segment a-b passes through the box (Liang–Barsky clipping)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in (
        (-dx, a[0] - box.x0),
        (dx, box.x1 - a[0]),
        (-dy, a[1] - box.y0),
        (dy, box.y1 - a[1]),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def _span(a: tuple[float, float], b: tuple[float, float]) -> Box:
    return Box(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))


class _Board:
    """What is already on the paper: cards, numbers, leaders and the ends of leaders."""

    def __init__(self, cards: Sequence[Card], obstacles: Sequence[Box], cell: float):
        self.cards = cards
        self.card_grid = _Grid(max(cell * 1.5, sum(c.box.width for c in cards) / len(cards)))
        for c in cards:
            self.card_grid.add(c.box)
        self.labels = _Grid(cell)  # numbers' boxes, and the star's own words first
        for box in obstacles:
            self.labels.add(box)
        self.leaders = _Grid(cell)  # each leader's span; the segment itself in ``segments``
        self.segments: list[tuple[tuple[float, float], tuple[float, float]]] = []
        self.ends = _Grid(cell)  # where each moved number's leader will end (a dot)

    def add_leader(self, start: _Pt, end: _Pt) -> None:
        self.leaders.add(_span(start, end))
        self.segments.append((start, end))

    def others_end_in(self, box: Box, anchor: tuple[float, float]) -> bool:
        """True if another number's leader ends inside the box."""
        for k in self.ends.near(box):
            end = (self.ends.boxes[k].x0, self.ends.boxes[k].y0)
            if end != anchor and box.contains(*end):
                return True
        return False

    def leaders_through(self, box: Box) -> int:
        return sum(1 for k in self.leaders.near(box) if _segment_hits(*self.segments[k], box))

    def crossings(self, start: _Pt, end: _Pt) -> int:
        return sum(
            1
            for k in self.leaders.near(_span(start, end))
            if _crosses(start, end, *self.segments[k])
        )

    def numbers_crossed(self, start: _Pt, end: _Pt, skip: int) -> int:
        return sum(
            1
            for k in self.labels.near(_span(start, end))
            if k >= skip and _segment_hits(start, end, self.labels.boxes[k])
        )

    def card_cover(self, box: Box, index: int) -> float:
        """How much of the box lies over other notes' cards, 0 to 1."""
        covered = sum(
            self.cards[k].box.overlap_area(box) for k in self.card_grid.near(box) if k != index
        )
        return min(covered / (box.width * box.height), 1.0)


def place_numbers(
    cards: Sequence[Card],
    measure: Callable[[str, float, bool], float],
    bounds: Box,
    obstacles: Sequence[Box] = (),
) -> list[NumberLabel]:
    """A label for every card with a number, in the order of ``cards``.

    ``measure(text, size, bold)`` is the printed width of a number; ``bounds`` is the
    drawing (no number leaves it); ``obstacles`` are words of the drawing a moved number
    must not cover (the Co names, the step names).
    """
    numbered = [i for i, c in enumerate(cards) if c.number]
    if not numbered:
        return []
    tallest = max(cards[i].size for i in numbered) * 1.3
    board = _Board(cards, obstacles, tallest * 3)
    skip = len(obstacles)  # the first boxes of ``board.labels`` are the star's words

    shapes: dict[int, Box] = {}
    points: dict[int, list[tuple[float, float]]] = {}
    seen: dict[int, list[tuple[float, float]]] = {}
    for i in numbered:
        c = cards[i]
        w = measure(c.number, c.size, c.bold) + c.size * 0.5
        h = c.size * 1.3
        shapes[i] = Box(-w / 2, -h / 2, w / 2, h / 2)
        points[i] = _points(c.box)
        seen[i] = _visible(i, points[i], cards, board.card_grid)

    labels: dict[int, NumberLabel] = {}
    top_first = sorted(numbered, reverse=True)

    # 1. On its own card, where no later card covers it and no other number is.
    for i in top_first:
        c = cards[i]
        later = [k for k in board.card_grid.near(c.box) if k > i]
        for x, y in seen[i]:
            box = shapes[i].centred_at(x, y)
            if not box.within(c.box) or board.labels.hits(box, GAP):
                continue
            if any(cards[k].box.overlaps(box) for k in later):
                continue
            board.labels.add(box)
            labels[i] = NumberLabel(c.note_id, c.number, c.size, c.bold, box, c.box, (x, y), False)
            break

    # 2. Where each of the others' leader will end: a point of its card that can be seen
    # if there is one, never under a number, and apart from the other leaders' ends.
    moved = [i for i in top_first if i not in labels]
    anchors: dict[int, tuple[float, float]] = {}
    taken = _Grid(tallest * 3)
    apart = tallest * 0.3
    for i in moved:
        choices = seen[i] or points[i]
        free = [p for p in choices if not board.labels.hits(Box(p[0], p[1], p[0], p[1]), 1.0)]
        spaced = [p for p in free if not taken.hits(Box(p[0], p[1], p[0], p[1]), apart)]
        anchors[i] = (spaced or free or choices)[0]
        taken.add(Box(*anchors[i], *anchors[i]))
    for i in moved:
        board.ends.add(Box(*anchors[i], *anchors[i]))

    # 3. Each moved number goes to the cheapest free place near its card. A board far
    # too crowded for the page (hundreds of notes on one star) stops looking after a
    # while: its last numbers print on their cards, over each other.
    budget = BUDGET
    for i in moved:
        c = cards[i]
        shape = shapes[i]
        anchor = anchors[i]
        step = shape.height * 0.75
        best: tuple[float, Box] | None = None
        ring = 1
        while ring <= REACH * 4 / 3 and budget > 0:
            budget -= ANGLES
            radius = ring * step + max(shape.width, shape.height) / 2
            if best is not None and best[0] <= radius:
                break  # nothing further out can cost less
            for n in range(ANGLES):
                angle = 2 * math.pi * (n + (ring % 2) / 2) / ANGLES
                x, y = anchor[0] + radius * math.cos(angle), anchor[1] + radius * math.sin(angle)
                box = shape.centred_at(x, y)
                if (
                    not box.within(bounds)
                    or box.overlaps(c.box, GAP)
                    or board.labels.hits(box, GAP)
                ):
                    continue
                limit = best[0] - radius if best is not None else math.inf
                cost = radius + _penalty(box, anchor, i, board, skip, step, limit)
                if best is None or cost < best[0]:
                    best = (cost, box)
            ring += 1
        if best is None:
            box = shape.centred_at(*anchor)
            labels[i] = NumberLabel(
                c.note_id, c.number, c.size, c.bold, box, c.box, anchor, False, crowded=True
            )
            continue
        board.labels.add(best[1])
        board.add_leader(best[1].nearest_point(*anchor), anchor)
        labels[i] = NumberLabel(c.note_id, c.number, c.size, c.bold, best[1], c.box, anchor, True)
    return [labels[i] for i in numbered]


def _penalty(
    box: Box,
    anchor: tuple[float, float],
    index: int,
    board: _Board,
    skip: int,
    step: float,
    limit: float,
) -> float:
    """What a place costs beyond its distance: a number where another number's leader
    ends or runs (it would seem to be that one's); a leader that crosses another leader
    or number; covering notes. Counting stops once the cost passes ``limit``."""
    cost = 40 * step if board.others_end_in(box, anchor) else 0.0
    cost += 20 * step * board.leaders_through(box)
    if cost > limit:
        return cost
    start = box.nearest_point(*anchor)
    cost += 4 * step * board.crossings(start, anchor)
    cost += 6 * step * board.numbers_crossed(start, anchor, skip)
    if cost > limit:
        return cost
    return cost + 3 * step * board.card_cover(box, index)
