"""The workshop's rules that more than one part of the app applies, written once (no Qt).

- A note's Co follows from its centre (:func:`note_co`, :func:`with_co`): the document
  applies it when a note is added or moved, and nowhere else decides a Co.
- Dots: what a dot on a note counts for (:func:`dot_target`), the totals per note or
  group card (:func:`dot_totals`), and a voter's dots already on a target
  (:func:`dots_of_voter_on`).
- Carrying open actions over to a new workshop or day (:func:`carry_over_actions`).
- Where a new note goes when none is pointed at (:func:`free_place`) and where Tab puts
  the next one (:func:`next_note_place`).
- The order in which notes are read (:func:`reading_order`): Tab on the canvas, a screen
  reader's list of notes and the spotlight walk the star in it.

The functions take mappings keyed by id (the document's caches, or
:meth:`WorkshopData.notes_by_id`), so looking a note up is never a walk over every note.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from costar_desktop.core.model import (
    DEFAULT_NOTE_HEIGHT,
    DEFAULT_NOTE_WIDTH,
    Action,
    ActionStatus,
    Co,
    Note,
    Vote,
    new_id,
)
from costar_desktop.core.star import CO_ORDER, STAR, Point, StarGeometry

# --- a note's Co ------------------------------------------------------------------------


def note_co(x: float, y: float, geometry: StarGeometry = STAR) -> Co | None:
    """The Co of a note centred at (x, y); None in the parking area or the star's hub."""
    return geometry.co_at(x, y)


def with_co(
    change: Mapping[str, Any], note: Note | None = None, geometry: StarGeometry = STAR
) -> dict[str, Any]:
    """``change`` (fields of a note) with its Co set from its centre when the centre moves.

    ``note`` is the note as it is (for the coordinate a change leaves alone); without it
    the change is a whole new note. A change that leaves the centre alone keeps its Co.
    """
    change = dict(change)
    if note is None or "x" in change or "y" in change:
        x = change.get("x", note.x if note is not None else 0.0)
        y = change.get("y", note.y if note is not None else 0.0)
        change["co"] = note_co(float(x), float(y), geometry)
    return change


# --- dots ------------------------------------------------------------------------------


def dot_target(notes: Mapping[str, Note], note_id: str) -> str:
    """The id that a dot on ``note_id`` goes to: the note, or the group it belongs to."""
    note = notes.get(note_id)
    if note is not None and note.group_id:
        return note.group_id
    return note_id


def dot_totals(votes: Iterable[Vote], notes: Mapping[str, Note]) -> Counter[str]:
    """Dots per note or group card. Dots given to notes before they were grouped count
    for their group."""
    totals: Counter[str] = Counter()
    for v in votes:
        totals[dot_target(notes, v.note_id)] += 1
    return totals


def dots_of_voter_on(
    votes: Iterable[Vote], notes: Mapping[str, Note], voter_id: str | None, note_id: str
) -> list[Vote]:
    """The dots ``voter_id`` already has on ``note_id`` (or on its group), oldest first."""
    target = dot_target(notes, note_id)
    return [v for v in votes if v.voter_id == voter_id and dot_target(notes, v.note_id) == target]


# --- carrying actions over -------------------------------------------------------------


def carry_over_actions(actions: Iterable[Action], from_title: str) -> list[Action]:
    """New copies of the actions that are not done yet, for another workshop or day.

    Each copy has a new id, says which workshop it came from, and keeps what, who, when,
    its Co, status and review date; links to notes stay behind (those notes are not in the
    new workshop).
    """
    return [
        Action(
            id=new_id(),
            action=a.action,
            first_step=a.first_step,
            owner=a.owner,
            due=a.due,
            co=a.co,
            status=a.status,
            review_date=a.review_date,
            carried_from=from_title,
        )
        for a in actions
        if a.status != ActionStatus.DONE
    ]


# --- where new notes go ------------------------------------------------------------------

#: The room a free place keeps from the notes already there (an example card's size).
FREE_PLACE_HEIGHT = 130.0
FREE_PLACE_GAP = 10.0


def free_place(
    co: Co | None,
    notes: Iterable[Note],
    geometry: StarGeometry = STAR,
    width: float = DEFAULT_NOTE_WIDTH,
    near: Point | None = None,
) -> Point:
    """A place in ``co`` (or the parking area) for a new note that no one pointed at:
    the first slot where it would cover no note, not even a corner of a large one (the
    nearest such slot to ``near``, when given), else one of the slots in turn."""
    taken = [(n.x, n.y, n.width, n.height) for n in notes]
    slots = geometry.note_slots(co, width, FREE_PLACE_HEIGHT, FREE_PLACE_GAP)
    if near is not None:
        nx, ny = near
        slots = tuple(sorted(slots, key=lambda p: math.hypot(p[0] - nx, p[1] - ny)))
    height = DEFAULT_NOTE_HEIGHT
    for x, y in slots:
        if all(
            abs(x - tx) >= (width + tw) / 2 or abs(y - ty) >= (height + th) / 2
            for tx, ty, tw, th in taken
        ):
            return x, y
    return slots[len(taken) % len(slots)] if slots else (0.0, 0.0)


def new_note_place(
    x: float, y: float, notes: Iterable[Note], geometry: StarGeometry = STAR
) -> Point:
    """Where a note started at (x, y) goes: there, unless that is the middle of the star
    (the ring of steps and its hub, which no note belongs on and which a note would hide):
    then the nearest free place of the parking area."""
    if geometry.co_at(x, y) is None and geometry.contains(x, y):
        return free_place(None, notes, geometry, near=(x, y))
    return x, y


#: The room Tab leaves between a note and the next one typed beside it.
NEXT_NOTE_GAP = 24.0


def next_note_place(
    after: Point,
    width: float,
    height: float,
    notes: Iterable[Note],
    geometry: StarGeometry = STAR,
    gap: float = NEXT_NOTE_GAP,
) -> Point:
    """Where Tab puts the next note typed after the one centred at ``after``: in the same
    Co (or parking area), beside it if there is room, else the nearest free place after it
    (see :meth:`StarGeometry.next_note_place`)."""
    taken = [(n.x - n.width / 2, n.y - n.height / 2, n.width, n.height) for n in notes]
    return geometry.next_note_place(after, width, height, taken, gap)


# --- the order notes are read in ---------------------------------------------------------

#: Notes whose centres fall in the same band this many star units high read as one row.
READING_ROW = 40.0


def _reading_key(
    note: Note, notes: Mapping[str, Note]
) -> tuple[int, int, float, str, int, float, float, str]:
    # A grouped note is read where its group's title is, after the title.
    anchor = notes.get(note.group_id) if note.group_id else None
    anchor = anchor or note
    co_rank = CO_ORDER.index(anchor.co) if anchor.co is not None else len(CO_ORDER)
    return (
        co_rank,
        round(anchor.y / READING_ROW),
        anchor.x,
        anchor.id,
        0 if anchor is note else 1,
        note.y,
        note.x,
        note.id,
    )


def reading_order(
    notes: Mapping[str, Note],
    ids: Iterable[str] | None = None,
    first: Callable[[Note], bool] | None = None,
) -> list[str]:
    """The ids of ``notes`` (or of those named in ``ids``) in the order they are read.

    By Co, in the star's order (:data:`~costar_desktop.core.star.CO_ORDER`), notes in no Co
    (the parking area, the hub) last; inside each, row by row from the top (centres in the
    same :data:`READING_ROW` band are a row), each row from the left. A group's notes follow
    its title card, top to bottom. With ``first`` (the current step's notes, say), the
    notes it picks come before the others, each part in that order; a group goes with the
    first part whole if its title or any of its notes is picked.
    """
    chosen = [notes[i] for i in (notes if ids is None else ids) if i in notes]
    ordered = sorted(chosen, key=lambda n: _reading_key(n, notes))
    if first is None:
        return [n.id for n in ordered]

    def block(note: Note) -> str:
        return note.group_id if note.group_id and note.group_id in notes else note.id

    picked = {block(n) for n in ordered if first(n)}
    return [n.id for n in ordered if block(n) in picked] + [
        n.id for n in ordered if block(n) not in picked
    ]
