import math

import pytest

from costar_desktop.core.model import Co, Step
from costar_desktop.core.star import CO_ORDER, STAR, STEP_ORDER, bearing_of, point_at


@pytest.mark.parametrize(
    "bearing, co",
    [
        (0, Co.COMMISSION),
        (90, Co.DESIGN),
        (180, Co.DELIVER),
        (270, Co.ASSESS),
        (30, Co.COMMISSION),
        (60, Co.DESIGN),
        (-30, Co.COMMISSION),
        (-60, Co.ASSESS),
    ],
)
def test_co_follows_the_bearing_inside_the_star(bearing, co):
    x, y = point_at(bearing, (STAR.step_ring_outer + STAR.valley_radius) / 2)
    assert STAR.co_at(x, y) == co


def test_screen_coordinates_put_co_commission_at_the_top():
    assert STAR.co_at(0, -500) == Co.COMMISSION  # y grows downwards, as on screen
    assert STAR.co_at(0, 500) == Co.DELIVER


def test_centre_disc_and_parking_area_have_no_co():
    assert STAR.co_at(0, 0) is None
    assert STAR.co_at(*point_at(45, STAR.step_ring_outer - 1)) is None
    assert STAR.co_at(*point_at(0, STAR.tip_radius + 5)) is None
    assert STAR.co_at(*point_at(45, STAR.valley_radius + 5)) is None
    assert STAR.co_at(*point_at(45, STAR.valley_radius - 5)) is not None


def test_outline_radius_is_tip_at_points_and_valley_between():
    assert STAR.outline_radius(0) == pytest.approx(STAR.tip_radius)
    assert STAR.outline_radius(45) == pytest.approx(STAR.valley_radius)
    assert STAR.valley_radius < STAR.outline_radius(20) < STAR.tip_radius


def test_every_outline_point_is_on_the_boundary():
    for x, y in STAR.outline():
        assert math.hypot(x, y) == pytest.approx(STAR.outline_radius(bearing_of(x, y)))


def test_steps_ring_in_order_clockwise_from_the_top():
    mid = (STAR.step_ring_inner + STAR.step_ring_outer) / 2
    found = [STAR.step_at(*point_at(i * 72, mid)) for i in range(5)]
    assert found == [Step.MAP, Step.FOCUS, Step.PEOPLE, Step.MARKET, Step.GROW]
    assert STAR.step_at(0, 0) is None
    assert STAR.step_at(*point_at(0, STAR.step_ring_outer + 5)) is None


def test_ring_segments_and_co_regions_are_closed_polygons_in_their_area():
    for step in STEP_ORDER:
        xs = STAR.ring_segment(step)
        cx = sum(x for x, _ in xs) / len(xs)
        cy = sum(y for _, y in xs) / len(xs)
        assert STAR.step_at(cx, cy) == step
    for co in CO_ORDER:
        pts = STAR.co_region(co)
        assert len(pts) > 4


def test_co_names_sit_outside_the_star_and_inside_the_canvas():
    left, top, width, height = STAR.canvas_rect()
    for co in CO_ORDER:
        lx, ly, lw, lh = STAR.co_label_box(co)
        for cx, cy in ((lx, ly), (lx + lw, ly), (lx, ly + lh), (lx + lw, ly + lh)):
            assert not STAR.contains(cx, cy)
            assert left <= cx <= left + width and top <= cy <= top + height


@pytest.mark.parametrize("co", list(CO_ORDER) + [None])
def test_note_slots_are_in_their_region_and_do_not_overlap(co):
    w, h = 220, 150
    slots = STAR.note_slots(co, w, h, gap=10)
    assert len(slots) >= 8
    for x, y in slots:
        assert STAR.co_at(x, y) == co
    for i, (x1, y1) in enumerate(slots):
        for x2, y2 in slots[i + 1 :]:
            assert abs(x1 - x2) >= w or abs(y1 - y2) >= h
