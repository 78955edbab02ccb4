"""Tidying the star (core/tidy.py): no overlap when the notes fit, every note in its own area,
groups as blocks, a stable reading order, and never a note pushed outside when they do not fit."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from costar_desktop.core.model import NOTE_KIND_GROUP, Co, Note, Step
from costar_desktop.core.star import CO_ORDER, STAR, bearing_of
from costar_desktop.core.steps import GROUP_TITLE_ROOM, arrange_group
from costar_desktop.core.tidy import FRAME_MARGIN, tidy

AREAS = (*CO_ORDER, None)


# --- helpers ---------------------------------------------------------------------------------


def random_place(rng: random.Random, area: Co | None, hub: bool = False) -> tuple[float, float]:
    """A point in ``area`` (None: the parking area, or the hub of the star with ``hub``)."""
    left, top, width, height = STAR.canvas_rect()
    while True:
        if hub:
            x, y = rng.uniform(-280, 280), rng.uniform(-280, 280)
            if math.hypot(x, y) < STAR.step_ring_outer:
                return x, y
            continue
        x, y = rng.uniform(left, left + width), rng.uniform(top, top + height)
        if STAR.co_at(x, y) == area and (area is not None or not STAR.contains(x, y)):
            return x, y


def pile(
    rng: random.Random,
    area: Co | None,
    count: int,
    spread: float = 60.0,
    step: Step = Step.MAP,
    width: float = 220.0,
    height: float = 100.0,
) -> list[Note]:
    """``count`` notes heaped around one place of ``area``: each one's centre in the area."""
    cx, cy = random_place(rng, area)
    notes = []
    while len(notes) < count:
        x, y = cx + rng.uniform(-spread, spread), cy + rng.uniform(-spread, spread)
        if STAR.co_at(x, y) == area and (area is not None or not STAR.contains(x, y)):
            notes.append(
                Note(
                    x=x,
                    y=y,
                    co=area,
                    step=step,
                    width=width,
                    height=height,
                    text=f"{area} {len(notes)}",
                )
            )
    return notes


def after(notes: list[Note], moves) -> list[Note]:
    return [n.copy(x=moves[n.id][0], y=moves[n.id][1]) if n.id in moves else n for n in notes]


def rect(n: Note) -> tuple[float, float, float, float]:
    return (n.x - n.width / 2, n.y - n.height / 2, n.x + n.width / 2, n.y + n.height / 2)


def overlap(a, b) -> float:
    """The area two (left, top, right, bottom) rectangles share."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def frame(card: Note, notes: list[Note]) -> tuple[float, float, float, float]:
    """A group's frame as the canvas draws it: around its notes, with room for the title."""
    members = [rect(n) for n in notes if n.group_id == card.id]
    return (
        min(r[0] for r in members) - FRAME_MARGIN,
        min(r[1] for r in members) - GROUP_TITLE_ROOM,
        max(r[2] for r in members) + FRAME_MARGIN,
        max(r[3] for r in members) + FRAME_MARGIN,
    )


def blocks(notes: list[Note]) -> list[tuple[float, float, float, float]]:
    """What must not overlap: each note outside a group, and each group's frame."""
    out = []
    for n in notes:
        if n.is_group:
            out.append(frame(n, notes))
        elif not n.group_id:
            out.append(rect(n))
    return out


def perimeter(r, step: float = 10.0):
    left, top, right, bottom = r
    nx, ny = max(1, math.ceil((right - left) / step)), max(1, math.ceil((bottom - top) / step))
    for i in range(nx + 1):
        x = left + (right - left) * i / nx
        yield x, top
        yield x, bottom
    for j in range(ny + 1):
        y = top + (bottom - top) * j / ny
        yield left, y
        yield right, y


def covers_only_its_own(r, co: Co | None) -> bool:
    """No point of the rectangle's edge lies in another Co, on the ring of steps or on a Co's
    name; for the parking area (None), none lies in the star."""
    boxes = [STAR.co_label_box(c) for c in CO_ORDER]
    for x, y in perimeter(r):
        if any(bl <= x <= bl + bw and bt <= y <= bt + bh for bl, bt, bw, bh in boxes):
            return False
        if co is None and STAR.contains(x, y):
            return False
        if co is not None and (
            STAR.co_at(x, y) not in (co, None) or math.hypot(x, y) <= STAR.step_ring_outer
        ):
            return False
    return True


def corners_outside(n: Note) -> int:
    left, top, right, bottom = rect(n)
    return sum(not STAR.contains(x, y) for x in (left, right) for y in (top, bottom))


def in_own_area(n: Note) -> bool:
    """The note's centre is in its Co, and its card covers nothing else: over the star's edge
    by two corners at most (one, as StarGeometry.note_fits says, when the Co has room: see
    test_with_room_notes_sit_well_in_their_co); a parking note's card lies wholly outside
    the star (so not in the hub)."""
    if not covers_only_its_own(rect(n), n.co):
        return False
    if n.co is None:
        return not STAR.contains(n.x, n.y)
    return STAR.co_at(n.x, n.y) == n.co and corners_outside(n) <= 2


def within_bounds(n: Note) -> bool:
    left, top, right, bottom = STAR.note_bounds()
    return left <= n.x <= right and top <= n.y <= bottom


def reading_order(notes: list[Note]) -> list[str]:
    """Ids row by row from the top (equal tops are one row), each row from the left."""
    return [n.id for n in sorted(notes, key=lambda n: (round(n.y - n.height / 2, 3), n.x))]


# --- random piles that fit --------------------------------------------------------------------


@st.composite
def workshops(draw):
    """A few notes heaped anywhere in each Co, more in the parking area (some in the hub), and
    sometimes a group: no more than each area holds at full size."""
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))  # places by rejection: a seed
    notes: list[Note] = []
    for area in AREAS:
        count = draw(st.integers(0, 12 if area is None else 4))
        spread = draw(st.sampled_from([5.0, 60.0, 400.0]))
        heap = pile(rng, area, count, spread)
        for n in heap:
            n.width = rng.choice([160.0, 200.0, 220.0])
            n.height = rng.choice([100.0, 120.0, 150.0])
            n.step = rng.choice([Step.MAP, Step.MAP, Step.FOCUS, Step.GROW])
            if area is None and rng.random() < 0.2:
                n.x, n.y = random_place(rng, None, hub=True)
        if area is None and count >= 3 and draw(st.booleans()):
            card = Note(
                kind=NOTE_KIND_GROUP,
                text="Group",
                x=heap[0].x,
                y=heap[0].y,
                co=None,
                step=heap[0].step,
                height=60.0,
            )
            for n in heap[:3]:
                n.group_id = card.id
            notes.append(card)
        if area is not None and count >= 2 and draw(st.booleans()):
            # A group of two in a Co, its card on one of its notes (so all in one Co).
            card = Note(
                kind=NOTE_KIND_GROUP,
                text="Group",
                x=heap[0].x,
                y=heap[0].y,
                co=area,
                step=heap[0].step,
                height=60.0,
            )
            for n in heap[:2]:
                n.group_id = card.id
            notes.append(card)
            del heap[3:]
        notes += heap
    return notes


SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(workshops())
def test_notes_that_fit_are_laid_out_without_overlap_each_in_its_own_area(notes):
    result = tidy(notes)
    assert result.crowded == ()
    tidied = after(notes, result.moves)
    for n in tidied:
        assert STAR.co_at(n.x, n.y) == n.co, n
        assert in_own_area(n) or n.is_group, n
        assert within_bounds(n), n
    frames = blocks(tidied)
    for i, a in enumerate(frames):
        for b in frames[i + 1 :]:
            assert overlap(a, b) == 0, (a, b)
    # Inside a group too, no two notes overlap.
    members = [rect(n) for n in tidied if n.group_id]
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            assert overlap(a, b) == 0 or a == b


@SETTINGS
@given(workshops())
def test_group_notes_stay_in_their_frame_under_their_card(notes):
    tidied = after(notes, tidy(notes).moves)
    for card in (n for n in tidied if n.is_group):
        members = [n for n in tidied if n.group_id == card.id]
        left, top, right, bottom = frame(card, tidied)
        # The card is the frame's title: at its top, across its middle.
        assert left <= card.x <= right and card.y == pytest.approx(top)
        assert covers_only_its_own((left, top, right, bottom), card.co)
        for m in members:
            ml, mt, mr, mb = rect(m)
            assert left < ml and mr < right and top < mt and mb < bottom


@SETTINGS
@given(workshops(), st.integers(0, 2**32 - 1))
def test_tidying_is_deterministic_and_tidy_notes_stay_put(notes, seed):
    result = tidy(notes)
    shuffled = list(notes)
    random.Random(seed).shuffle(shuffled)
    assert tidy(shuffled) == result
    assert tidy(after(notes, result.moves)).moves == {}


# --- the layout ---------------------------------------------------------------------------------


def test_a_pile_in_one_co_is_spread_out_in_that_co_and_nothing_else_moves():
    rng = random.Random(3)
    heap = pile(rng, Co.DESIGN, 6, spread=5.0)
    others = pile(rng, Co.COMMISSION, 3, spread=5.0) + pile(rng, None, 3, spread=5.0)
    result = tidy(heap + others, areas=[Co.DESIGN])
    assert set(result.moves) == {n.id for n in heap}
    tidied = after(heap, result.moves)
    for i, a in enumerate(tidied):
        assert in_own_area(a)
        for b in tidied[i + 1 :]:
            assert overlap(rect(a), rect(b)) == 0


def test_a_handful_of_notes_gathers_together_in_the_middle_of_its_co():
    heap = pile(random.Random(5), Co.COMMISSION, 3, spread=300.0)
    tidied = after(heap, tidy(heap).moves)
    xs, ys = [n.x for n in tidied], [n.y for n in tidied]
    assert max(xs) - min(xs) < 3 * 240 and max(ys) - min(ys) < 3 * 130
    middle = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
    assert abs(bearing_of(*middle) - 0.0) < 10 or abs(bearing_of(*middle) - 360.0) < 10


@pytest.mark.parametrize("co", CO_ORDER)
def test_with_room_notes_sit_well_in_their_co(co):
    """Six notes fit in a Co as the app's own layouts place them: over the star's edge by
    one corner at most."""
    heap = pile(random.Random(6), co, 6, spread=5.0)
    result = tidy(heap)
    assert result.crowded == ()
    tidied = after(heap, result.moves)
    for i, n in enumerate(tidied):
        assert STAR.note_fits(co, n.x, n.y, n.width, n.height), n
        assert all(overlap(rect(n), rect(m)) == 0 for m in tidied[i + 1 :])


def test_order_is_by_step_then_top_left_to_bottom_right():
    # Three Focus notes and three Map notes, heaped in a known order.
    notes = [
        Note(x=450 + dx, y=-60 + dy, co=Co.DESIGN, step=step, text=text)
        for dx, dy, step, text in [
            (0, 0, Step.FOCUS, "F1"),
            (30, 2, Step.FOCUS, "F2"),
            (10, 50, Step.FOCUS, "F3"),
            (0, 100, Step.MAP, "M1"),
            (-20, 130, Step.MAP, "M2"),
            (40, 110, Step.MAP, "M3"),
        ]
    ]
    assert all(STAR.co_at(n.x, n.y) == Co.DESIGN for n in notes)
    tidied = after(notes, tidy(notes).moves)
    by_id = {n.id: n.text for n in tidied}
    assert [by_id[i] for i in reading_order(tidied)] == ["M1", "M3", "M2", "F1", "F2", "F3"]


def test_group_is_gathered_under_its_card_as_arrange_group_does():
    card = Note(kind=NOTE_KIND_GROUP, text="Peer support", x=0, y=500, co=Co.DELIVER, height=60.0)
    members = [
        Note(x=x, y=y, co=Co.DELIVER, group_id=card.id, text=str(i))
        for i, (x, y) in enumerate([(-20, 480), (30, 470), (10, 530)])
    ]
    single = Note(x=5, y=510, co=Co.DELIVER, text="alone")
    notes = [card, *members, single]
    tidied = {n.id: n for n in after(notes, tidy(notes).moves)}
    new_card = tidied[card.id]
    # Read where they were: 0 and 1 make a row (their tops are 10 apart), left first; then 2.
    expected = arrange_group(new_card.x, new_card.y, [(220.0, 100.0)] * 3)
    got = [(tidied[m.id].x, tidied[m.id].y) for m in members]
    assert [c for p in got for c in p] == pytest.approx([c for p in expected for c in p])
    assert overlap(rect(tidied[single.id]), frame(new_card, list(tidied.values()))) == 0


def test_notes_in_the_hub_go_to_the_parking_area_on_their_side():
    left = Note(x=-100, y=20, co=None, text="hub left")
    right = Note(x=60, y=-40, co=None, text="hub right")
    tidied = {n.text: n for n in after([left, right], tidy([left, right]).moves)}
    assert all(in_own_area(n) for n in tidied.values())
    assert (
        tidied["hub left"].x < -STAR.tip_radius / 2
        or abs(tidied["hub left"].y) > STAR.valley_radius / 2
    )
    assert tidied["hub left"].x < 0 < tidied["hub right"].x


def test_a_group_across_two_areas_stays_where_it_is_and_is_kept_clear_of():
    card = Note(kind=NOTE_KIND_GROUP, text="Across", x=150, y=-560, co=Co.COMMISSION, height=60.0)
    members = [
        Note(x=450, y=-150, co=Co.DESIGN, group_id=card.id),
        Note(x=200, y=-450, co=Co.COMMISSION, group_id=card.id),
    ]
    assert [STAR.co_at(m.x, m.y) for m in members] == [Co.DESIGN, Co.COMMISSION]
    heap = pile(random.Random(8), Co.DESIGN, 4, spread=5.0)
    notes = [card, *members, *heap]
    result = tidy(notes)
    assert result.kept_groups == (card.id,)
    assert not ({card.id} | {m.id for m in members}) & set(result.moves)
    tidied = after(notes, result.moves)
    the_frame = frame(card, tidied)
    assert all(overlap(rect(n), the_frame) == 0 for n in after(heap, result.moves))


def test_notes_of_other_areas_hanging_over_the_edge_are_kept_clear_of():
    # A parking note whose centre is just outside Co-design's edge, its card over the edge.
    x, y = 800, -200
    assert STAR.co_at(x - 110, y) == Co.DESIGN and STAR.co_at(x, y) is None
    parked = Note(x=x, y=y, co=None, text="parked")
    heap = pile(random.Random(9), Co.DESIGN, 5, spread=5.0)
    result = tidy([parked, *heap], areas=[Co.DESIGN])
    assert parked.id not in result.moves
    assert all(overlap(rect(n), rect(parked)) == 0 for n in after(heap, result.moves))


def test_sizes_as_drawn_are_used_instead_of_the_notes_own():
    heap = pile(random.Random(10), Co.ASSESS, 4, spread=5.0)
    sizes = {n.id: (220.0, 160.0) for n in heap}
    tidied = [n.copy(height=160.0) for n in after(heap, tidy(heap, sizes=sizes).moves)]
    for i, a in enumerate(tidied):
        for b in tidied[i + 1 :]:
            assert overlap(rect(a), rect(b)) == 0


# --- too many notes ----------------------------------------------------------------------------


def test_too_many_notes_overlap_inside_their_co_and_the_co_is_named():
    heap = pile(random.Random(11), Co.DESIGN, 40, spread=5.0)
    # On screen the pile is stacked in this order (the last in front).
    stacking = {n.id: float(i) for i, n in enumerate(heap)}
    result = tidy(heap, stacking=stacking)
    assert result.crowded == (Co.DESIGN,)
    tidied = after(heap, result.moves)
    assert set(result.moves) == {n.id for n in heap}
    for n in tidied:
        assert in_own_area(n) and within_bounds(n)
    # Evenly overlapped: each card's top left corner shows (no card in front covers it)...
    for n in tidied:
        corner = (n.x - n.width / 2 + 1, n.y - n.height / 2 + 1)
        for m in tidied:
            if stacking[m.id] > stacking[n.id]:
                ml, mt, mr, mb = rect(m)
                assert not (ml < corner[0] < mr and mt < corner[1] < mb), (n.text, m.text)

    # ... and far less overlap than in the pile.
    def total(ns):
        return sum(overlap(rect(a), rect(b)) for i, a in enumerate(ns) for b in ns[i + 1 :])

    assert total(tidied) < total(heap) / 4


def test_a_huge_pile_still_stays_inside_its_co():
    heap = pile(random.Random(12), Co.COMMISSION, 300, spread=5.0)
    result = tidy(heap)
    assert result.crowded == (Co.COMMISSION,)
    tidied = after(heap, result.moves)
    assert all(STAR.co_at(n.x, n.y) == Co.COMMISSION and within_bounds(n) for n in tidied)
    assert len({(round(n.x), round(n.y)) for n in tidied}) > 250


def test_a_note_too_big_for_its_co_stays_where_it_is():
    giant = Note(x=0, y=-600, co=Co.COMMISSION, width=1500.0, height=900.0, text="giant")
    small = pile(random.Random(13), Co.COMMISSION, 2, spread=5.0)
    result = tidy([giant, *small])
    assert giant.id not in result.moves and result.crowded == (Co.COMMISSION,)
    assert all(in_own_area(n) for n in after(small, result.moves))


def test_an_empty_star_or_area_needs_no_moves():
    assert tidy([]).moves == {}
    notes = pile(random.Random(14), Co.DELIVER, 3)
    assert tidy(notes, areas=[Co.ASSESS]).moves == {}
    assert tidy(notes, areas=[Co.ASSESS]).tidied == 0
