"""The canvas's gestures at their thresholds (costar_desktop/ui/canvas/interactions.py):
a click on the ring that wobbles a little, the rubber band, a finger held a little unsteadily."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from costar_desktop.core.model import Step
from costar_desktop.core.star import STAR, point_at
from costar_desktop.ui.canvas.interactions import CLICK_SLOP, HOLD_SLOP

from .test_touch import Fingers


@pytest.fixture
def fingers(window, qtbot):
    return Fingers(window, QTest.createTouchDevice(), qtbot)


def _market_on_the_ring(view) -> QPoint:
    """A point on the Market segment of the ring, at 100 % (a pixel is a star unit)."""
    mid = (STAR.step_ring_inner + STAR.step_ring_outer) / 2
    point = QPointF(*point_at(3 * 72, mid))
    view.actual_size()
    view.centerOn(point)
    return view.mapFromScene(point)


def _press_wobble_release(view, start: QPoint, wobble: QPoint) -> None:
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(vp, start + wobble)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + wobble)


def test_a_click_on_the_ring_that_wobbles_less_than_the_slop_goes_to_the_step(window, qtbot):
    view = window.editor.view
    start = _market_on_the_ring(view)
    assert 3 < CLICK_SLOP
    _press_wobble_release(view, start, QPoint(3, 0))
    assert window.editor.current_step == Step.MARKET


def test_a_press_that_moves_further_on_the_ring_is_not_a_click(window, qtbot):
    view = window.editor.view
    start = _market_on_the_ring(view)
    assert 18 > CLICK_SLOP
    _press_wobble_release(view, start, QPoint(18, 0))
    assert window.editor.current_step == Step.MAP


def test_the_rubber_band_selects_the_notes_it_touches(window, qtbot):
    view = window.editor.view
    scene = window.editor.scene
    note = next(n for n in window.document.notes.values() if n.co is None)
    item = scene.note_item(note.id)
    view.actual_size()
    view.centerOn(item)
    card = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    start = card.topLeft() - QPoint(8, 8)
    assert scene.note_at(view.mapToScene(start)) is None  # empty space: a rubber band
    end = card.topLeft() + QPoint(10, 10)  # touches the card's corner only
    scene.clearSelection()
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + (end - start) * i / 5)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    assert note.id in scene.selected_note_ids()
    assert (window.document.notes[note.id].x, window.document.notes[note.id].y) == (note.x, note.y)
    band = QRectF(view.mapToScene(start), view.mapToScene(end)).normalized()
    assert all(
        scene.note_item(i).sceneBoundingRect().intersects(band) for i in scene.selected_note_ids()
    )


def test_a_finger_that_wanders_less_than_the_slop_still_opens_the_menu(window, fingers, qtbot):
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # not a second tap of an earlier test
    view = window.editor.view
    scene = window.editor.scene
    note = next(n for n in window.document.notes.values() if n.co is None)
    view.centerOn(scene.note_item(note.id))
    p = view.mapFromScene(scene.note_item(note.id).pos())
    assert 8 < HOLD_SLOP
    with qtbot.waitSignal(view.menu_requested, timeout=3000):
        fingers.sequence().press(0, fingers.at(p)).commit()
        fingers.sequence().move(0, fingers.at(p + QPoint(8, 0))).commit()
    fingers.sequence().release(0, fingers.at(p + QPoint(8, 0))).commit()
    assert scene.selected_note_ids() == [note.id]
    window.canvas_menu.close()


def test_after_a_tap_a_held_mouse_button_does_not_open_the_menu(window, fingers, qtbot):
    view = window.editor.view
    note = next(n for n in window.document.notes.values() if n.co is None)
    view.set_zoom(0.3)
    view.centerOn(0, 0)
    p = view.mapFromScene(window.editor.scene.note_item(note.id).pos())
    fingers.tap(view.viewport().rect().center())
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    menus = []
    view.menu_requested.connect(menus.append)
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    qtbot.wait(1200)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    assert menus == []  # the tap ended long ago: a held mouse button is a drag, never a menu
