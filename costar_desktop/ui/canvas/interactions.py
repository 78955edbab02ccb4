"""What the mouse, a touchpad and fingers do on the canvas: one small class per gesture.

The scene (:class:`~costar_desktop.ui.canvas.scene.CanvasScene`) and the view
(:class:`~costar_desktop.ui.canvas.view.CanvasView`) hand their mouse, key and touch events
to the classes here and keep none of the gestures' state themselves. A mouse handler takes
the event and Qt's own handler (``default``), which it calls unless its gesture takes the
event; the others return True when their gesture took it. The gestures reach the scene and
the view through their public methods and signals only (see tests/ui/test_contract.py).
One-finger touches reach the scene as mouse events (Qt makes them), so tapping,
double-tapping and dragging a note share the mouse's code and its undo.

On the scene (:class:`SceneMouse`):

- **Dragging notes** (:class:`NoteDrag`): a left press on a note lets Qt select it and
  move the selected notes with the pointer; while they move, each note shows the Co it
  would land in, and on release the notes that moved are said once (``notes_moved``), as
  one undo step however many moved. There is no distance to go first: Qt moves the items
  from the first move, and a press that moved nothing changes nothing.
- **A click on the ring of steps** (:class:`RingClick`): a left press and release on a
  step's segment, not on a note, goes to that step, if the pointer moved less than
  :data:`CLICK_SLOP` star units between the two (a hand that shakes a little still clicks).
- **A click or tap on a Co's name** (:class:`CoLabelClick`): a left press and release on
  the same Co's name (not on a note) zooms to that Co, or back to the whole star, if the
  pointer or finger moved less than :data:`HOLD_SLOP` pixels between the two — pixels, not
  star units, because the names are small when the whole star is shown.
- **Dots** (:class:`DotClick`): in voting mode a left click or tap on a note gives (or
  takes back) a dot; nothing is selected or moved.
- **New notes**: a double-click (or double tap) on empty space starts a note there.

On the view (:class:`ViewGestures`):

- **The rubber band** is Qt's own (``RubberBandDrag``): a left press on empty space draws
  it, and it selects every note whose shape it touches. A press on a note drags the note.
- **Pan** (:class:`Pan`): Space+drag and middle-drag move the view, even when they start
  on a note; the pointer shows an open hand while Space is down and a closed one while
  moving.
- **Two-finger pan** (:class:`TwoFingerPan`): two fingers moving together on a touch
  screen move the view.
- **Pinch** (:class:`Pinch`): two fingers (Qt's pinch gesture) or a trackpad's pinch
  (the system's native zoom gesture) zoom around the point between them.
- **Touch and hold** (:class:`LongPress`): a finger held still on the canvas for
  :data:`HOLD_TIME_MS` opens the note menu there, as a right-click does. Qt makes this
  gesture from a mouse button held down too: a slow drag with shaky hands or a touchpad
  opened the menu mid-drag. So only a touch that is still down and has not wandered more
  than :data:`HOLD_SLOP` pixels from where it went down (and no second finger came) counts;
  the mouse never opens the menu by holding. (Qt's own recognizer also gives up once the
  finger or the mouse moves further than its tap radius, 40 pixels in Qt's source.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QKeyEvent, QMouseEvent, QNativeGestureEvent, QTouchEvent
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QPanGesture,
    QPinchGesture,
    QTapAndHoldGesture,
)

from costar_desktop.core.model import Co
from costar_desktop.ui.canvas.group_item import GroupItem
from costar_desktop.ui.canvas.note_item import NoteItem

if TYPE_CHECKING:
    from costar_desktop.ui.canvas.scene import CanvasScene
    from costar_desktop.ui.canvas.view import CanvasView

#: How far (star units, Manhattan length) the pointer may move between pressing and
#: releasing on the ring of steps for it still to be a click on a step.
CLICK_SLOP = 6
#: How far (pixels, Manhattan length) a finger may wander while held before the press is a
#: drag and can no longer open the note menu.
HOLD_SLOP = 12
#: How long (ms) a finger is held still before the note menu opens: Qt's own default for
#: its tap-and-hold gesture, written down here so it is found with the others.
HOLD_TIME_MS = 700

LEFT = Qt.MouseButton.LeftButton
MIDDLE = Qt.MouseButton.MiddleButton

MouseHandler = Callable[[QGraphicsSceneMouseEvent], None]


def select_note_under(scene: CanvasScene, pos: QPointF) -> None:
    """Before the note menu opens at ``pos`` (scene point): the note there, if it is not
    selected already, becomes the selection, so the menu acts on what was pointed at."""
    item = scene.note_at(pos)
    if item is not None and not item.isSelected():
        scene.clearSelection()
        item.setSelected(True)


# --- the scene's gestures --------------------------------------------------------------


class DotClick:
    """In voting mode, a left click or tap on a note or group gives or takes back a dot."""

    def __init__(self, scene: CanvasScene):
        self.scene = scene

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not (self.scene.voting_mode and event.button() == LEFT):
            return False
        item = self.scene.note_at(event.scenePos())
        if item is None:
            return False
        self.scene.dot_clicked.emit(item.note_id)
        event.accept()
        return True


class NoteDrag:
    """The selected notes dragged with the left button (Qt moves them), said once on release."""

    def __init__(self, scene: CanvasScene):
        self.scene = scene
        #: The dragged items and where each was when the button went down.
        self.start: dict = {}

    def press(self) -> None:
        """After Qt has handled the press (and so selected what was pressed on)."""
        self.start = {
            i: i.pos()
            for i in self.scene.selectedItems()
            if isinstance(i, (NoteItem, GroupItem)) and i.note_id
        }

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.start and event.buttons() & LEFT:
            for item in self.start:
                if isinstance(item, NoteItem):
                    item.set_preview_co(self.scene.co_label_at(item.pos()))

    def release(self) -> bool:
        """Say which notes moved (their new centres); True if any did."""
        pressed, self.start = self.start, {}
        moved = {}
        for item, before in pressed.items():
            if isinstance(item, NoteItem):
                item.set_preview_co(None)
            if item.pos() != before and self.scene.note_item(item.note_id) is not None:
                moved[item.note_id] = (item.pos().x(), item.pos().y())
        if moved:
            self.scene.notes_moved.emit(moved)
        return bool(moved)


class RingClick:
    """A left click on a segment of the ring of steps (not on a note) goes to that step."""

    def __init__(self, scene: CanvasScene):
        self.scene = scene
        self.start: QPointF | None = None

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        self.start = event.scenePos()

    def release(self, event: QGraphicsSceneMouseEvent, dragged: bool) -> None:
        start, self.start = self.start, None
        if dragged or start is None or (event.scenePos() - start).manhattanLength() >= CLICK_SLOP:
            return
        pos = event.scenePos()
        step = self.scene.geometry.step_at(pos.x(), pos.y())
        if step is not None and self.scene.note_at(pos) is None:
            self.scene.step_clicked.emit(step)


class CoLabelClick:
    """A left click or tap on a Co's name (not on a note) zooms to that Co (or back)."""

    def __init__(self, scene: CanvasScene):
        self.scene = scene
        #: The Co whose name the left button went down on.
        self.co: Co | None = None

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        on_note = self.scene.note_at(pos) is not None
        self.co = None if on_note else self.scene.star_item.co_label_at(pos)

    def release(self, event: QGraphicsSceneMouseEvent, dragged: bool) -> None:
        co, self.co = self.co, None
        if co is None or dragged:
            return
        moved = event.screenPos() - event.buttonDownScreenPos(LEFT)
        pos = event.scenePos()
        if (
            moved.manhattanLength() < HOLD_SLOP
            and self.scene.star_item.co_label_at(pos) == co
            and self.scene.note_at(pos) is None
        ):
            self.scene.co_label_clicked.emit(co)


class SceneMouse:
    """The scene's mouse (and one finger's) handlers: dots, drags, the ring, Co names, new
    notes."""

    def __init__(self, scene: CanvasScene):
        self.scene = scene
        self.dot = DotClick(scene)
        self.drag = NoteDrag(scene)
        self.ring = RingClick(scene)
        self.label = CoLabelClick(scene)

    def press(self, event: QGraphicsSceneMouseEvent, default: MouseHandler) -> None:
        if self.dot.press(event):
            return
        default(event)
        if event.button() == LEFT:
            self.ring.press(event)
            self.label.press(event)
            self.drag.press()

    def move(self, event: QGraphicsSceneMouseEvent, default: MouseHandler) -> None:
        default(event)
        self.drag.move(event)

    def release(self, event: QGraphicsSceneMouseEvent, default: MouseHandler) -> None:
        default(event)
        if event.button() != LEFT:
            return
        dragged = self.drag.release()
        self.ring.release(event, dragged)
        self.label.release(event, dragged)

    def double_click(self, event: QGraphicsSceneMouseEvent, default: MouseHandler) -> None:
        """A double-click on empty space (only the star under it) starts a new note there."""
        hit = [i for i in self.scene.items(event.scenePos()) if i is not self.scene.star_item]
        if not hit and event.button() == LEFT:
            self.scene.new_note_wanted.emit(event.scenePos())
            event.accept()
            return
        default(event)


# --- the view's gestures ---------------------------------------------------------------


class Pan:
    """Space+drag and middle-drag move the view, even when they start on a note."""

    def __init__(self, view: CanvasView):
        self.view = view
        self.space_down = False
        #: Where the pointer was at the last move of a pan (None: not panning).
        self.last: QPoint | None = None

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_down = True
            self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return True
        return False

    def key_release(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.space_down:
            self.space_down = False
            if self.last is None:
                self.view.viewport().unsetCursor()
            event.accept()
            return True
        return False

    def press(self, event: QMouseEvent) -> bool:
        if event.button() == MIDDLE or (event.button() == LEFT and self.space_down):
            self.last = event.position().toPoint()
            self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return True
        return False

    def move(self, event: QMouseEvent) -> bool:
        if self.last is None:
            return False
        pos = event.position().toPoint()
        delta = pos - self.last
        self.last = pos
        self.view.pan_by(delta.x(), delta.y())
        event.accept()
        return True

    def release(self, event: QMouseEvent) -> bool:
        if self.last is None or event.button() not in (MIDDLE, LEFT):
            return False
        self.last = None
        if self.space_down:
            self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.view.viewport().unsetCursor()
        event.accept()
        return True


class LongPress:
    """A finger held still opens the note menu (see the module's words on HOLD_SLOP)."""

    def __init__(self, view: CanvasView, scene: CanvasScene):
        self.view = view
        self.scene = scene
        #: Where the first finger went down (viewport pixels).
        self.start: QPoint | None = None
        #: A finger is down and has stayed within HOLD_SLOP of where it went down.
        self.holding = False

    def touch(self, event: QEvent) -> None:
        """Follow the fingers (every event of the viewport comes here first)."""
        if not isinstance(event, QTouchEvent):
            return
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and event.points():
            self.start = event.points()[0].position().toPoint()
            self.holding = True
        elif kind == QEvent.Type.TouchUpdate and event.points() and self.start is not None:
            moved = event.points()[0].position().toPoint() - self.start
            if moved.manhattanLength() > HOLD_SLOP or len(event.points()) > 1:
                self.holding = False  # a drag, a pinch or a pan: never a long press
        elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self.holding = False

    def mouse_pressed(self, event: QMouseEvent) -> None:
        """A real mouse button (not a finger turned into a mouse press by Qt) ends any hold.

        Nothing on the canvas accepts touch, so Qt sends the viewport a TouchBegin but no
        TouchUpdate or TouchEnd: without this, a finger's tap left ``holding`` set, and a
        mouse button then held still on a note (a slow, shaky drag) opened the menu."""
        if event.device().type() != QInputDevice.DeviceType.TouchScreen:
            self.holding = False

    def gesture(self, event: QGestureEvent) -> bool:
        hold = event.gesture(Qt.GestureType.TapAndHoldGesture)
        if not isinstance(hold, QTapAndHoldGesture):
            return False
        if (
            hold.state() == Qt.GestureState.GestureFinished
            and self.holding
            and self.scene.editing_item() is None
        ):
            # Qt makes this gesture from a held mouse button too: only a touch that is
            # still down and has not moved further than HOLD_SLOP counts.
            self.holding = False
            # Where the finger went down on the canvas (the gesture's own position is
            # in screen coordinates, which some systems report unreliably).
            point = self.start or self.view.viewport().mapFromGlobal(hold.position().toPoint())
            select_note_under(self.scene, self.view.mapToScene(point))
            self.view.menu_requested.emit(self.view.viewport().mapToGlobal(point))
        event.accept(hold)
        return True


class TwoFingerPan:
    """Two fingers moving together on a touch screen move the view."""

    def __init__(self, view: CanvasView):
        self.view = view

    def gesture(self, event: QGestureEvent) -> bool:
        pan = event.gesture(Qt.GestureType.PanGesture)
        if not isinstance(pan, QPanGesture):
            return False
        # The last report, when the fingers lift, can carry a jump back to where they
        # started: ignore it.
        if pan.state() != Qt.GestureState.GestureFinished:
            delta = pan.delta()
            self.view.pan_by(delta.x(), delta.y())
        event.accept(pan)
        return True


class Pinch:
    """Two fingers pinching, or a trackpad's pinch, zoom around the point between them."""

    def __init__(self, view: CanvasView):
        self.view = view
        #: The zoom when the fingers went down: the pinch's scale is the total since then.
        self.start_zoom = 1.0

    def gesture(self, event: QGestureEvent) -> bool:
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return False
        if pinch.state() == Qt.GestureState.GestureStarted:
            self.start_zoom = self.view.zoom()
        if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            centre = self.view.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
            self.view.set_zoom(self.start_zoom * pinch.totalScaleFactor(), centre)
        event.accept(pinch)
        return True

    def native(self, event: QNativeGestureEvent) -> bool:
        """A trackpad's pinch, as the system reports it (macOS)."""
        if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.view.set_zoom(self.view.zoom() * (1.0 + event.value()), event.position().toPoint())
            return True
        return False


class ViewGestures:
    """The view's mouse, Space and touch handling: pan, the rubber band, pinch, long press."""

    def __init__(self, view: CanvasView, scene: CanvasScene):
        self.view = view
        self.pan = Pan(view)
        self.long_press = LongPress(view, scene)
        self.two_finger_pan = TwoFingerPan(view)
        self.pinch = Pinch(view)

    def install(self) -> None:
        """Set the view up for these gestures, once its viewport is the one it keeps."""
        view = self.view
        view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        view.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        viewport = view.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        viewport.grabGesture(Qt.GestureType.PanGesture)  # two fingers on a touch screen
        viewport.grabGesture(Qt.GestureType.TapAndHoldGesture)
        QTapAndHoldGesture.setTimeout(HOLD_TIME_MS)

    def mouse_press(self, event: QMouseEvent, default: Callable[[QMouseEvent], None]) -> None:
        self.long_press.mouse_pressed(event)
        if not self.pan.press(event):
            default(event)

    def mouse_move(self, event: QMouseEvent, default: Callable[[QMouseEvent], None]) -> None:
        if not self.pan.move(event):
            default(event)

    def mouse_release(self, event: QMouseEvent, default: Callable[[QMouseEvent], None]) -> None:
        if not self.pan.release(event):
            default(event)

    def viewport_event(self, event: QEvent) -> bool | None:
        """True or False if a gesture took the event (Qt's answer), None to let Qt have it."""
        self.long_press.touch(event)
        kind = event.type()
        if kind == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            # Each kind of gesture in the event is handled, not only the first.
            handled = [
                part.gesture(event) for part in (self.long_press, self.two_finger_pan, self.pinch)
            ]
            return any(handled)
        if kind == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            return self.pinch.native(event)
        return None
