"""Touch on a large screen: pinch, two-finger pan, tap, double-tap, drag and long press,
with synthesised touch events (sent to the window, as a touch screen's are)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from costar_desktop.core.model import Co
from costar_desktop.core.star import point_at

from .test_steps import on_disk


@pytest.fixture
def finger_device(qapp):
    return QTest.createTouchDevice()


class Fingers:
    """Touches on the canvas, given in the canvas's own pixel coordinates."""

    def __init__(self, window, device, qtbot):
        self.window, self.device, self.qtbot = window, device, qtbot
        self.vp = window.editor.view.viewport()

    def at(self, point: QPoint) -> QPoint:
        handle = self.window.windowHandle()
        return handle.mapFromGlobal(self.vp.mapToGlobal(point))

    def sequence(self):
        return QTest.touchEvent(self.window.windowHandle(), self.device)

    def tap(self, p: QPoint) -> None:
        self.sequence().press(0, self.at(p)).commit()
        self.sequence().release(0, self.at(p)).commit()

    def drag(self, start: QPoint, end: QPoint, steps: int = 10) -> None:
        self.sequence().press(0, self.at(start)).commit()
        for i in range(1, steps + 1):
            self.sequence().move(0, self.at(start + (end - start) * i / steps)).commit()
            self.qtbot.wait(5)
        self.sequence().release(0, self.at(end)).commit()

    def two(self, start_a, start_b, end_a, end_b, steps: int = 10) -> None:
        self.sequence().press(0, self.at(start_a)).press(1, self.at(start_b)).commit()
        for i in range(1, steps + 1):
            a = start_a + (end_a - start_a) * i / steps
            b = start_b + (end_b - start_b) * i / steps
            self.sequence().move(0, self.at(a)).move(1, self.at(b)).commit()
            self.qtbot.wait(5)
        self.sequence().release(0, self.at(end_a)).release(1, self.at(end_b)).commit()


@pytest.fixture
def fingers(window, finger_device, qtbot):
    return Fingers(window, finger_device, qtbot)


def test_pinch_zooms_in_and_out(window, fingers):
    view = window.editor.view
    view.actual_size()
    c = view.viewport().rect().center()
    fingers.two(c - QPoint(60, 0), c + QPoint(60, 0), c - QPoint(150, 0), c + QPoint(150, 0))
    assert view.zoom() > 1.5
    bigger = view.zoom()
    fingers.two(c - QPoint(150, 0), c + QPoint(150, 0), c - QPoint(40, 0), c + QPoint(40, 0))
    assert view.zoom() < bigger / 2


def test_two_fingers_moving_together_pan_the_view(window, fingers):
    view = window.editor.view
    view.actual_size()
    c = view.viewport().rect().center()
    before = view.mapToScene(c)
    shift = QPoint(-120, -60)
    fingers.two(
        c - QPoint(40, 0), c + QPoint(40, 0), c - QPoint(40, 0) + shift, c + QPoint(40, 0) + shift
    )
    after = view.mapToScene(c)
    assert after.x() - before.x() > 60 and after.y() - before.y() > 30
    assert abs(view.zoom() - 1.0) < 0.15  # moving together is a pan, not a zoom
    assert window.document.undo_stack.count() == 0  # and it changed nothing in the workshop


def test_tap_selects_drag_moves_and_double_tap_edits(window, fingers, qtbot):
    view = window.editor.view
    scene = window.editor.scene
    note = next(n for n in window.document.notes.values() if n.co is None)
    item = scene.note_item(note.id)
    view.set_zoom(0.3)
    view.centerOn(0, 0)
    p = view.mapFromScene(item.pos())
    assert view.viewport().rect().contains(p)
    fingers.tap(p)
    assert scene.selected_note_ids() == [note.id]
    target = view.mapFromScene(QPointF(*point_at(90, 560)))
    assert view.viewport().rect().contains(target)
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # otherwise it is a double tap
    fingers.drag(p, target)
    assert [n.co for n in on_disk(window).notes if n.id == note.id] == [Co.DESIGN]
    window.undo_action.trigger()  # no gesture is final
    assert [n.co for n in on_disk(window).notes if n.id == note.id] == [None]
    p = view.mapFromScene(item.pos())
    fingers.tap(p)
    qtbot.wait(30)
    fingers.tap(p)
    assert item.editing
    QTest.keyClick(view, Qt.Key.Key_Escape)


def test_long_press_opens_the_note_menu(window, fingers, qtbot):
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # not a second tap of an earlier test
    view = window.editor.view
    scene = window.editor.scene
    note = next(n for n in window.document.notes.values() if n.co is None)
    item = scene.note_item(note.id)
    view.centerOn(item)
    p = view.mapFromScene(item.pos())
    with qtbot.waitSignal(view.menu_requested, timeout=3000):
        fingers.sequence().press(0, fingers.at(p)).commit()
    fingers.sequence().release(0, fingers.at(p)).commit()
    assert scene.selected_note_ids() == [note.id]
    texts = [a.text() for a in window.canvas_menu.actions()]
    assert "&Delete" in texts and "&Edit note" in texts
    window.canvas_menu.close()


def test_the_note_menu_from_the_keyboard(window, qtbot):
    note = next(iter(window.document.notes.values()))
    window.editor.scene.select_notes([note.id])
    with qtbot.waitSignal(window.editor.view.menu_requested, timeout=1000):
        QTest.keyClick(window.editor.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert window.canvas_menu.isVisible()
    window.canvas_menu.close()


def _a_parked_note(window):
    view = window.editor.view
    scene = window.editor.scene
    note = next(n for n in window.document.notes.values() if n.co is None)
    item = scene.note_item(note.id)
    view.set_zoom(0.3)
    view.centerOn(0, 0)
    return note, item, view.mapFromScene(item.pos())


def test_a_slow_mouse_drag_moves_the_note_and_never_opens_the_menu(window, qtbot):
    """Shaky hands and touchpads: the mouse rests on the note for a second on its way.
    A long press is a touch gesture; the mouse never opens the menu by holding."""
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    view = window.editor.view
    note, item, p = _a_parked_note(window)
    target = view.mapFromScene(QPointF(*point_at(90, 560)))
    menus = []
    view.menu_requested.connect(menus.append)
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    qtbot.wait(1200)  # resting on the note, the button held
    for i in range(1, 11):
        QTest.mouseMove(vp, p + (target - p) * i / 10)
        qtbot.wait(120)  # slowly: 1.2 s on the way, and a rest in the middle
        if i == 5:
            qtbot.wait(1000)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    qtbot.wait(50)
    menu = getattr(window, "canvas_menu", None)
    assert menus == [] and (menu is None or not menu.isVisible())
    assert [n.co for n in on_disk(window).notes if n.id == note.id] == [Co.DESIGN]


def test_a_touch_that_moves_before_it_has_been_held_long_is_a_drag_not_a_menu(
    window, fingers, qtbot
):
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    view = window.editor.view
    note, item, p = _a_parked_note(window)
    target = view.mapFromScene(QPointF(*point_at(90, 560)))
    menus = []
    view.menu_requested.connect(menus.append)
    fingers.sequence().press(0, fingers.at(p)).commit()
    for i in range(1, 11):
        fingers.sequence().move(0, fingers.at(p + (target - p) * i / 10)).commit()
        qtbot.wait(150)  # slower than a long press takes
    fingers.sequence().release(0, fingers.at(target)).commit()
    qtbot.wait(50)
    menu = getattr(window, "canvas_menu", None)
    assert menus == [] and (menu is None or not menu.isVisible())
    assert [n.co for n in on_disk(window).notes if n.id == note.id] == [Co.DESIGN]
