"""Making a merge whole: references, places and budgets after tables' rows are combined.

:mod:`costar_desktop.core.merge` decides each row and field on its own. Combined, the rows
may point at rows that another side deleted, notes that several tables added may lie on
one another, and a voter may have more dots than the budget allows. This module repairs
the first as the file's foreign keys would (and says so), spreads the second, and lists
the third without taking any dot away (the facilitator decides).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from costar_desktop.core.star import STAR, StarGeometry
from costar_desktop.core.steps import dots_of

if TYPE_CHECKING:
    from costar_desktop.core.merge import MergePlan, Row, Rows

#: Space kept between a moved note and its neighbour, in star units.
_GAP = 24.0


def make_whole(
    plan: MergePlan, added_by: dict[str, str], geometry: StarGeometry | None = None
) -> None:
    """Repair references in ``plan.after``, spread new notes, list voters over budget."""
    geometry = geometry or STAR
    plan.repairs.extend(_repair_references(plan.after, plan.before))
    crowded = _spread(plan.after, added_by, geometry)
    if crowded:
        plan.repairs.append(
            f"{crowded} notes the tables added lie on most of other notes: the star is too "
            "crowded there to find each a free place nearby"
        )
    plan.over_budget.extend(over_budget(plan.after))


def _repair_references(rows: Rows, before: Rows) -> list[str]:
    """Do what the file's foreign keys would: a note whose author or group is gone loses
    it; a dot, a link whose note (or co-producer, action, voter) is gone goes. Returns what
    was repaired, in words, for rows the host did not already hold that way."""
    participants = rows.get("participants", {})
    notes = rows.get("notes", {})
    people = rows.get("people", {})
    actions = rows.get("actions", {})
    lost: Counter[str] = Counter()
    old_notes = before.get("notes", {})
    for key, note in list(notes.items()):
        change: dict[str, Any] = {}
        if note.get("author_id") is not None and note["author_id"] not in participants:
            change["author_id"] = None
        group = note.get("group_id")
        if group is not None and (group not in notes or notes[group].get("kind") != "group"):
            change["group_id"] = None
        if change:
            notes[key] = {**note, **change}
            was = old_notes.get(key)
            if was is None or any(was.get(c) != v for c, v in change.items()):
                if "author_id" in change:
                    lost["author"] += 1
                if "group_id" in change:
                    lost["group"] += 1
    for table, ends in (
        ("votes", (("note_id", notes), ("voter_id", participants))),
        ("people_links", (("person_id", people), ("note_id", notes))),
        ("action_links", (("action_id", actions), ("note_id", notes))),
    ):
        kept = rows.get(table, {})
        for key, row in list(kept.items()):
            if any(row.get(c) is not None and row[c] not in target for c, target in ends) or (
                table == "votes" and row.get("note_id") is None
            ):
                del kept[key]
                if key in before.get(table, {}):
                    continue  # the host's own row, gone with what it pointed at
                lost[table] += 1
    words = {
        "author": "{} notes lost their author, who was removed on another laptop",
        "group": "{} notes left a group that was removed on another laptop",
        "votes": "{} dots were given to notes or by voters that were removed, so they were "
        "not kept",
        "people_links": "{} links between co-producers and notes pointed at something removed",
        "action_links": "{} links between actions and notes pointed at something removed",
    }
    return [words[kind].format(n) for kind, n in lost.items() if n]


def _box(row: Row) -> tuple[float, float, float, float]:
    """(left, top, width, height) of a note row."""
    w, h = float(row["width"]), float(row["height"])
    return (float(row["x"]) - w / 2, float(row["y"]) - h / 2, w, h)


#: One note hides another when it lies on more than this share of the smaller of the two.
#: A full Co on the star holds notes that overlap at their edges (the canvas's own layout
#: does); what must not happen is a table's note lying on most of another, as when two
#: tables put their first note in the same spot.
HIDES = 1 / 3


def _hides(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    across = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    down = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if across <= 0 or down <= 0:
        return False
    return across * down > HIDES * min(a[2] * a[3], b[2] * b[3])


_Box = tuple[float, float, float, float]


class _Grid:
    """Note boxes by square cells of the plane, so "does this hide a note?" looks at a few
    neighbours instead of every note (a host of thousands merges in well under a second).
    Each box has an owner; a box never hides its own owner's."""

    CELL = 256.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[_Box, str]]] = {}

    def _cells(self, box: _Box) -> list[tuple[int, int]]:
        c = self.CELL
        x0, y0 = int(box[0] // c), int(box[1] // c)
        x1, y1 = int((box[0] + box[2]) // c), int((box[1] + box[3]) // c)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def add(self, box: _Box, owner: str = "") -> None:
        for cell in self._cells(box):
            self.cells.setdefault(cell, []).append((box, owner))

    def hides(self, box: _Box, owner: str | None = None, gone: set[str] | None = None) -> bool:
        """True if ``box`` would hide a note here, or a note here would hide it (the notes
        of ``owner`` itself, and of the owners ``gone`` from where they were, left out)."""
        return any(
            _hides(box, other)
            for cell in self._cells(box)
            for other, whose in self.cells.get(cell, ())
            if whose != owner and (gone is None or whose not in gone)
        )


#: How many rings of places around a hiding note are tried before it is left where it is
#: (only a star crowded past reading has no such place that near). A ring is half a note
#: further out than the last: a Co's point is narrow, and whole-note steps leave it at once.
_RINGS = 8

#: The places tried around a note, ring by ring: beside it first, then above and below,
#: then the corners of each ring. Made once.
_PLACES = [
    (i, j)
    for ring in range(1, _RINGS + 1)
    for i, j in sorted(
        (
            (i, j)
            for i in range(-ring, ring + 1)
            for j in range(-ring, ring + 1)
            if max(abs(i), abs(j)) == ring
        ),
        key=lambda p: (abs(p[1]), abs(p[0]), -p[0], p[1]),
    )
]

#: At most this many places are tried in one merge. A star crowded past reading (thousands
#: of notes lying on each other, as in the 2,000-note benchmark) would otherwise cost
#: seconds for no gain; what is left where it was is told.
_TRIES = 10_000


def _spread(rows: Rows, added_by: dict[str, str], geometry: StarGeometry) -> int:
    """Move each note a table added that hides a note from elsewhere (the host's, or
    another table's) to a free place nearby in the same area; a new group moves whole.
    Returns how many were left lying on others (no free place near, or no tries left)."""
    notes = rows.get("notes", {})
    new = {k: src for k, src in added_by.items() if k in notes}
    if not new:
        return 0
    # Units: a new group card with its new members moves as one; other new notes alone.
    units: dict[str, list[str]] = {}
    for key in new:
        group = notes[key].get("group_id")
        if group in new and new[group] == new[key]:
            units.setdefault(group, [group])
            if key != group:
                units[group].append(key)
        else:
            units.setdefault(key, [key])
    # What a unit must not hide, to be left where its table put it: the host's notes and
    # other tables' (as placed). A table's own layout is its own business.
    others = _Grid()
    for key, note in notes.items():
        if key not in new:
            others.add(_box(note))
    by_source: dict[str, list[tuple[str, list[str]]]] = {}
    for anchor, members in units.items():
        by_source.setdefault(new[anchor], []).append((anchor, members))
    bounds = geometry.note_bounds()
    tries = [_TRIES]
    crowded = 0
    for source_units in by_source.values():
        # Where a moved unit goes, it must not hide this table's other notes either.
        own = _Grid()
        moved_away: set[str] = set()
        for anchor, members in source_units:
            for k in members:
                own.add(_box(notes[k]), anchor)
        placed: list[_Box] = []
        for anchor, members in source_units:
            boxes = [_box(notes[k]) for k in members]
            if not any(others.hides(b) for b in boxes):
                placed.extend(boxes)
                continue
            dx, dy = _free_offset(boxes, (others, own, moved_away), anchor, geometry, bounds, tries)
            crowded += not (dx or dy)
            if dx or dy:
                moved_away.add(anchor)
            for k in members:
                if dx or dy:
                    row = dict(notes[k])
                    row["x"] = float(row["x"]) + dx
                    row["y"] = float(row["y"]) + dy
                    row["co"] = _co_value(geometry, row["x"], row["y"])
                    notes[k] = row
                    own.add(_box(row), anchor + " moved")
                placed.append(_box(notes[k]))
        for box in placed:  # the next table's notes must not hide this table's
            others.add(box)
    return crowded


def _free_offset(
    boxes: list[_Box],
    grids: tuple[_Grid, _Grid, set[str]],
    anchor: str,
    geometry: StarGeometry,
    bounds: tuple[float, float, float, float],
    tries: list[int],
) -> tuple[float, float]:
    """How far to move these boxes (the unit ``anchor``) so they hide no note of the
    host's or another table's (``grids[0]``) nor of their own table's (``grids[1]``, less
    the units that moved away from where they were, ``grids[2]``), staying in the same area of the star; (0, 0) if no such place is near or ``tries``
    (shared by one merge) ran out."""
    others, own, moved_away = grids
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    width = max(b[0] + b[2] for b in boxes) - left
    height = max(b[1] + b[3] for b in boxes) - top
    cx, cy = left + width / 2, top + height / 2
    area = geometry.co_at(cx, cy)
    step_x, step_y = width / 2 + _GAP, height / 2 + _GAP
    for i, j in _PLACES:
        if tries[0] <= 0:
            break
        tries[0] -= 1
        dx, dy = i * step_x, j * step_y
        moved = [(b[0] + dx, b[1] + dy, b[2], b[3]) for b in boxes]
        if not all(
            bounds[0] <= b[0] + b[2] / 2 <= bounds[2] and bounds[1] <= b[1] + b[3] / 2 <= bounds[3]
            for b in moved
        ):
            continue
        # The cheap tests first: on a crowded star most places are taken.
        if any(others.hides(b) or own.hides(b, anchor, moved_away) for b in moved):
            continue
        if geometry.co_at(cx + dx, cy + dy) == area:
            return dx, dy
    return 0.0, 0.0


def _co_value(geometry: StarGeometry, x: float, y: float) -> str | None:
    co = geometry.co_at(x, y)
    return None if co is None else co.value


def over_budget(rows: Rows) -> list[tuple[str, int, int]]:
    """Voters who hold more dots than the workshop allows them: (name, given, allowed)."""
    workshop = next(iter(rows.get("workshop", {}).values()), None)
    if workshop is None:
        return []
    per_person = int(workshop.get("vote_budget", 0))
    given = Counter(v.get("voter_id") for v in rows.get("votes", {}).values())
    participants = rows.get("participants", {})
    found = []
    for voter_id, n in given.items():
        voter = participants.get(voter_id) if voter_id is not None else None
        allowed = per_person * int(voter.get("size", 1)) if voter else dots_of(per_person, None)
        if n > allowed:
            name = str(voter.get("name", "")) if voter else ""
            found.append((name, n, allowed))
    return sorted(found)
