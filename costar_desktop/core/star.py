"""Geometry of the Co-Production Star: which point of the plane is which Co and step.

One place for it, shared by the canvas (Qt) and the PDF (reportlab).

Coordinates are "star units" with the star's centre at (0, 0), x to the right and
y **downwards** (as on screen). Code that draws with y upwards (reportlab) flips y.
A bearing is an angle in degrees measured clockwise from straight up.

The star has a gentle four-pointed outline: one point per Co. Inside the outline and
outside the central disc, the bearing tells the Co. The central disc holds the five
steps as a ring of segments around a small hub. Everything outside the outline is
the parking area for notes that belong to no Co yet.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from costar_desktop.core.model import Co, Step

CO_ORDER: tuple[Co, ...] = (Co.COMMISSION, Co.DESIGN, Co.DELIVER, Co.ASSESS)
STEP_ORDER: tuple[Step, ...] = (Step.MAP, Step.FOCUS, Step.PEOPLE, Step.MARKET, Step.GROW)

Point = tuple[float, float]

#: Room around the drawing area (star units) that the canvas can show and a note's centre
#: may be moved into; the canvas's scene is this much larger than the drawing on each side.
NOTE_ROOM = 600.0


def bearing_of(x: float, y: float) -> float:
    """Bearing in degrees [0, 360) of the point, clockwise from up (y down)."""
    return math.degrees(math.atan2(x, -y)) % 360.0


def point_at(bearing: float, radius: float) -> Point:
    """The point at ``radius`` from the centre along ``bearing``."""
    a = math.radians(bearing)
    return (radius * math.sin(a), -radius * math.cos(a))


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@dataclass(frozen=True)
class StarGeometry:
    """Sizes of the star in star units; the defaults are what the app and PDFs use."""

    tip_radius: float = 1000.0
    valley_radius: float = 620.0
    step_ring_outer: float = 290.0
    step_ring_inner: float = 120.0
    #: Half the width and height of the whole drawing area, parking included.
    canvas_half_width: float = 1600.0
    canvas_half_height: float = 1100.0
    #: Room kept for each Co's name just beyond its point: width and height.
    label_width: float = 380.0
    label_height: float = 64.0

    # --- the Four Co's -------------------------------------------------------------

    def co_span(self, co: Co) -> tuple[float, float]:
        """Start and end bearing of a Co's sector (start may be negative)."""
        centre = CO_ORDER.index(co) * 90.0
        return centre - 45.0, centre + 45.0

    def co_centre_bearing(self, co: Co) -> float:
        return CO_ORDER.index(co) * 90.0

    def outline(self) -> list[Point]:
        """The star's outline as a closed polygon (8 points: tip, valley, tip, ...)."""
        pts: list[Point] = []
        for i in range(4):
            pts.append(point_at(i * 90.0, self.tip_radius))
            pts.append(point_at(i * 90.0 + 45.0, self.valley_radius))
        return pts

    def outline_radius(self, bearing: float) -> float:
        """Distance from the centre to the outline along ``bearing``."""
        b = bearing % 90.0
        # Between a tip (bearing 0 of this quarter) and a valley (bearing 45), mirrored.
        if b > 45.0:
            b = 90.0 - b
        tip = point_at(0.0, self.tip_radius)
        valley = point_at(45.0, self.valley_radius)
        # Intersect the ray at bearing b with the segment tip-valley.
        dx, dy = point_at(b, 1.0)
        ex, ey = valley[0] - tip[0], valley[1] - tip[1]
        denom = dx * ey - dy * ex
        t = (tip[0] * ey - tip[1] * ex) / denom
        return t

    def contains(self, x: float, y: float) -> bool:
        """True if the point lies inside the star's outline."""
        r = math.hypot(x, y)
        return r <= self.outline_radius(bearing_of(x, y))

    def co_at(self, x: float, y: float) -> Co | None:
        """The Co whose sector holds the point; None in the centre disc or the parking area."""
        r = math.hypot(x, y)
        if r <= self.step_ring_outer:
            return None
        b = bearing_of(x, y)
        if r > self.outline_radius(b):
            return None
        return CO_ORDER[int(((b + 45.0) % 360.0) // 90.0)]

    def co_label_box(self, co: Co) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the box for a Co's name, just beyond its point.

        Names sit outside the star so that notes never cover them.
        """
        w, h, gap = self.label_width, self.label_height, 10.0
        r = self.tip_radius
        bearing = self.co_centre_bearing(co)
        if bearing == 0.0:
            return (-w / 2, -r - gap - h, w, h)
        if bearing == 180.0:
            return (-w / 2, r + gap, w, h)
        if bearing == 90.0:
            return (r + gap, -h / 2, w, h)
        return (-r - gap - w, -h / 2, w, h)

    # --- the five steps -----------------------------------------------------------

    def step_span(self, step: Step) -> tuple[float, float]:
        """Start and end bearing of a step's segment of the inner ring."""
        centre = STEP_ORDER.index(step) * 72.0
        return centre - 36.0, centre + 36.0

    def step_at(self, x: float, y: float) -> Step | None:
        """The step whose segment of the inner ring holds the point, if any."""
        r = math.hypot(x, y)
        if not (self.step_ring_inner < r <= self.step_ring_outer):
            return None
        b = bearing_of(x, y)
        return STEP_ORDER[int(((b + 36.0) % 360.0) // 72.0)]

    def step_label_anchor(self, step: Step) -> Point:
        mid = (self.step_ring_inner + self.step_ring_outer) / 2.0
        return point_at(STEP_ORDER.index(step) * 72.0, mid)

    def ring_segment(
        self,
        step: Step,
        inner: float | None = None,
        outer: float | None = None,
        points_per_arc: int = 24,
    ) -> list[Point]:
        """A step's segment of the inner ring as a polygon (outer arc, then inner arc)."""
        inner = self.step_ring_inner if inner is None else inner
        outer = self.step_ring_outer if outer is None else outer
        start, end = self.step_span(step)
        arc = [start + (end - start) * i / points_per_arc for i in range(points_per_arc + 1)]
        return [point_at(b, outer) for b in arc] + [point_at(b, inner) for b in reversed(arc)]

    def co_region(self, co: Co, points_per_arc: int = 24) -> list[Point]:
        """A Co's area (outline part minus the centre disc) as a polygon."""
        start, end = self.co_span(co)
        centre = self.co_centre_bearing(co)
        pts = [
            point_at(start, self.valley_radius),
            point_at(centre, self.tip_radius),
            point_at(end, self.valley_radius),
        ]
        arc = [end - (end - start) * i / points_per_arc for i in range(points_per_arc + 1)]
        pts += [point_at(b, self.step_ring_outer) for b in arc]
        return pts

    # --- the whole drawing --------------------------------------------------------

    def canvas_rect(self) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the drawing area, parking area included."""
        return (
            -self.canvas_half_width,
            -self.canvas_half_height,
            2 * self.canvas_half_width,
            2 * self.canvas_half_height,
        )

    def note_bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) that a note's centre stays within: the drawing area
        and the room the canvas keeps around it (:data:`NOTE_ROOM`). A drag or the arrow
        keys stop a note at this edge, and a file whose note lies beyond it is repaired."""
        return (
            -self.canvas_half_width - NOTE_ROOM,
            -self.canvas_half_height - NOTE_ROOM,
            self.canvas_half_width + NOTE_ROOM,
            self.canvas_half_height + NOTE_ROOM,
        )

    def star_rect(self) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the star and its Co names, with a small margin."""
        boxes = [self.co_label_box(co) for co in CO_ORDER]
        left = min(b[0] for b in boxes) - 10
        top = min(b[1] for b in boxes) - 10
        return (left, top, -2 * left, -2 * top)

    # --- placing notes ------------------------------------------------------------

    def note_fits(self, co: Co | None, x: float, y: float, w: float, h: float) -> bool:
        """True if a w×h note centred at (x, y) sits well in ``co`` (None: the parking area).

        The centre decides a note's Co. For tidy layouts a note may hang over the
        star's edge by one corner at most, and never covers another Co, the centre
        disc, a Co's name or (in the parking area) the star.
        """
        corners = [
            (x - w / 2, y - h / 2),
            (x + w / 2, y - h / 2),
            (x - w / 2, y + h / 2),
            (x + w / 2, y + h / 2),
        ]
        left, top, width, height = self.canvas_rect()
        if not all(left <= cx <= left + width and top <= cy <= top + height for cx, cy in corners):
            return False
        if any(_overlaps((x - w / 2, y - h / 2, w, h), self.co_label_box(c)) for c in CO_ORDER):
            return False
        if co is None:
            return all(not self.contains(cx, cy) for cx, cy in corners + [(x, y)])
        if self.co_at(x, y) != co:
            return False
        corner_cos = [self.co_at(cx, cy) for cx, cy in corners]
        return (
            all(math.hypot(cx, cy) > self.step_ring_outer + 10 for cx, cy in corners)
            and all(c in (co, None) for c in corner_cos)
            and corner_cos.count(None) <= 1
        )

    def next_note_place(
        self,
        after: Point,
        w: float,
        h: float,
        taken: list[tuple[float, float, float, float]],
        gap: float = 24.0,
    ) -> Point:
        """Where the next note goes when one is typed after the note centred at ``after``
        (Tab): in the same area as that note — its Co, or the parking area — never drifting
        into the next one. Beside it if there is room, else the nearest free place after it
        in reading order, else the place in the area that the notes ``taken`` (left, top,
        width, height) cover least."""
        co = self.co_at(*after)

        def covered(p: Point) -> float:
            x, y = p[0] - w / 2, p[1] - h / 2
            return sum(
                max(0.0, min(x + w, tx + tw) - max(x, tx))
                * max(0.0, min(y + h, ty + th) - max(y, ty))
                for tx, ty, tw, th in taken
            )

        beside = (after[0] + w + gap, after[1])
        if self.note_fits(co, *beside, w, h) and covered(beside) == 0:
            return beside
        slots = self.note_slots(co, w, h, 12.0) or (after,)

        def reading(p: Point) -> tuple[int, float]:
            later = p[1] > after[1] + h / 2 or (abs(p[1] - after[1]) <= h / 2 and p[0] > after[0])
            return (0 if later else 1, math.hypot(p[0] - after[0], p[1] - after[1]))

        free = [p for p in slots if covered(p) == 0]
        if free:
            return min(free, key=reading)
        return min(slots, key=lambda p: (covered(p), reading(p)))

    # B019: the cache holds at most 64 entries, and geometries are few, frozen and live as
    # long as the app (STAR); nothing is kept alive that would otherwise go.
    @functools.lru_cache(maxsize=64)  # noqa: B019
    def note_slots(self, co: Co | None, w: float, h: float, gap: float = 12.0) -> tuple[Point, ...]:
        """Non-overlapping centres for w×h notes in a Co (or the parking area).

        Rows are packed greedily from left to right, so each row adapts to the
        sector's shape. Slots nearest the middle of the region come first, so a
        handful of notes sits where a reader looks first.
        """
        left, top, width, height = self.canvas_rect()
        best: list[Point] = []
        row_step = h + gap
        for phase in (0.0, row_step / 3, 2 * row_step / 3):
            slots: list[Point] = []
            y = top + h / 2 + 4 + phase
            while y + h / 2 <= top + height:
                x = left + w / 2 + 4
                while x + w / 2 <= left + width:
                    if self.note_fits(co, x, y, w, h):
                        slots.append((x, y))
                        x += w + gap
                    else:
                        x += 6.0
                y += row_step
            if len(slots) > len(best):
                best = slots
        if co is None:
            best.sort(key=lambda p: (-abs(p[0]), abs(p[1])))
        else:
            cx, cy = point_at(self.co_centre_bearing(co), self.valley_radius * 0.9)
            best.sort(key=lambda p: math.hypot(p[0] - cx, p[1] - cy))
        return tuple(best)


#: The geometry every part of the app uses.
STAR = StarGeometry()
