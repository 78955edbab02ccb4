"""The view onto the star: zoom, pan and fitting, by mouse, keyboard, trackpad and touch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from costar_desktop.ui.canvas import accessibility
from costar_desktop.ui.canvas.group_item import GroupItem
from costar_desktop.ui.canvas.hidden_cards import HiddenCards
from costar_desktop.ui.canvas.note_item import NoteItem
from costar_desktop.ui.canvas.scene import CanvasScene

NUDGE = 10.0
NUDGE_BIG = 50.0
MIN_ZOOM = 0.08
MAX_ZOOM = 4.0
ZOOM_STEP = 1.2


class CanvasView(QGraphicsView):
    """Shows a :class:`CanvasScene`. Keeps a reference to it (views do not own scenes)."""

    #: The zoom factor changed (1.0 = 100 %).
    zoom_changed = Signal(float)
    #: An example from the inspiration deck was dropped: (its key, scene point).
    example_dropped = Signal(str, QPointF)
    #: Arrow keys: move the selected notes by (dx, dy) star units.
    nudge_requested = Signal(float, float)
    #: The note menu is wanted at this global position (right-click, Menu key, long press).
    menu_requested = Signal(QPoint)

    def __init__(self, scene: CanvasScene, parent=None):
        super().__init__(parent)
        # A viewport made here, not by Qt: PySide meets Qt's own viewport as a bare pointer
        # and, to find its Python class, first makes the classes of all 70-odd widget kinds
        # Qt has (11 ms in a bare script, about 6 ms of opening a workshop here). One it
        # made itself it already knows.
        self.setViewport(QWidget())
        self._scene = scene
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Scroll bars that come and go would change the viewport's size while the star is
        # being fitted to it, and fitting again would make them come and go again.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.viewport().grabGesture(Qt.GestureType.PanGesture)  # two fingers on a touch screen
        self.viewport().grabGesture(Qt.GestureType.TapAndHoldGesture)
        self._space_down = False
        self._pan_from: QPoint | None = None
        self._pinch_start_zoom = 1.0
        self._touch_start: QPoint | None = None
        #: A finger is down and has stayed within HOLD_SLOP of where it went down.
        self._holding = False
        #: True while the view shows the fitted star; it then refits when resized.
        self.fitted = False
        self._fitting = False
        #: Pixels at the bottom kept free when fitting (the presentation bar sits there).
        self.bottom_margin = 0
        self.setAccessibleName(self.tr("Co-Production Star canvas"))
        accessibility.install(CanvasView)
        self.setAcceptDrops(True)
        # Notes that others hide completely are not painted (a crowded star is many
        # layers deep); the scene says when its cards change.
        if scene.hidden_cards is not None:
            scene.hidden_cards.show_all()  # another view's list: nothing stays hidden by it
        self.hidden_cards = HiddenCards(self)
        scene.hidden_cards = self.hidden_cards
        self.hidden_cards.before_first_paint = scene.document is not None

    # --- examples dragged from the inspiration deck --------------------------------------

    EXAMPLE_MIME = "application/x-costar-example"

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.EXAMPLE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.EXAMPLE_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.EXAMPLE_MIME):
            key = bytes(event.mimeData().data(self.EXAMPLE_MIME)).decode("utf-8")
            self.example_dropped.emit(key, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
            return
        super().dropEvent(event)

    # --- zoom -----------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor_view_pos: QPoint | None = None) -> None:
        """Zoom to ``factor`` keeping the view's middle (or ``anchor_view_pos``) in place."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.fitted = False
        ratio = factor / self.zoom()
        if abs(ratio - 1.0) < 1e-9:
            return
        anchor = anchor_view_pos if anchor_view_pos is not None else self.viewport().rect().center()
        before = self.mapToScene(anchor)
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(ratio, ratio)
        after = self.mapToScene(anchor)
        centre = self.mapToScene(self.viewport().rect().center())
        self.centerOn(centre - (after - before))
        self.setTransformationAnchor(old_anchor)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_star(self) -> None:
        """Show the whole star as large as the window allows (above :attr:`bottom_margin`)."""
        left, top, width, height = self._scene.geometry.star_rect()
        vp = self.viewport().rect()
        room = max(50, vp.height() - self.bottom_margin)
        z = max(MIN_ZOOM, min(MAX_ZOOM, 0.98 * min(vp.width() / width, room / height)))
        self.resetTransform()
        self.scale(z, z)
        self.centerOn(QPointF(left + width / 2, top + height / 2 + self.bottom_margin / (2 * z)))
        self.fitted = True
        self.zoom_changed.emit(self.zoom())

    def paintEvent(self, event) -> None:
        # Whatever changed the scale (a pinch, a test, a script), nothing worked out for
        # a larger scale may stay hidden.
        self.hidden_cards.before_paint()
        super().paintEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted and not self._fitting:
            self._fitting = True
            try:
                self.fit_star()
            finally:
                self._fitting = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** steps), event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    # --- pan: space+drag, middle-drag ----------------------------------------------

    def _editing(self) -> bool:
        return self._scene.editing_item() is not None

    def event(self, event: QEvent) -> bool:
        # The scene keeps Tab for its own focus chain; while typing a note, Tab means
        # "finish this note and start the next one beside it".
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            item = self._scene.editing_item()
            if item is not None:
                item.finish_editing("tab")
                event.accept()
                return True
            # Otherwise Tab and Shift+Tab walk through the notes in reading order.
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            item = self._scene.select_next_note(backwards)
            if item is not None:
                self.ensureVisible(item, 40, 40)
                accessibility.announce_focus(self, item.note_id)
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editing():
            super().keyPressEvent(event)
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if event.key() in arrows and self._scene.selected_note_ids():
            step = NUDGE_BIG if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = arrows[event.key()]
            self.nudge_requested.emit(dx * step, dy * step)
            event.accept()
            return
        if event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._keyboard_menu()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            selected = self._scene.selected_note_ids()
            if len(selected) == 1:
                self._scene.note_item(selected[0]).start_editing()
                event.accept()
                return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def contextMenuEvent(self, event) -> None:
        if self._editing():
            super().contextMenuEvent(event)  # the text editor's own menu (cut, copy, paste)
            return
        if event.reason() == event.Reason.Keyboard:
            self._keyboard_menu()
            return
        item = self._scene.note_at(self.mapToScene(event.pos()))
        if item is not None and not item.isSelected():
            self._scene.clearSelection()
            item.setSelected(True)
        self.menu_requested.emit(event.globalPos())

    def _keyboard_menu(self) -> None:
        """The note menu at the selected note (or the middle of the view)."""
        selected = [i for i in self._scene.selectedItems()
                    if isinstance(i, (NoteItem, GroupItem)) and i.note_id]
        if selected:
            point = self.mapFromScene(selected[0].sceneBoundingRect().center())
        else:
            point = self.viewport().rect().center()
        self.menu_requested.emit(self.viewport().mapToGlobal(point))

    def pointer_scene_pos(self) -> QPointF:
        """Where the pointer is over the canvas, or the middle of the view if it is elsewhere."""
        pos = self.viewport().mapFromGlobal(self.cursor().pos())
        if not self.viewport().rect().contains(pos):
            pos = self.viewport().rect().center()
        return self.mapToScene(pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Space+drag and middle-drag move the view, even when they start on a note.
        if event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton and self._space_down):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.pan_by(delta.x(), delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton,
                                                             Qt.MouseButton.LeftButton):
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the view's content by (dx, dy) pixels, as if dragged."""
        self.fitted = False
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - int(round(dx)))
        v.setValue(v.value() - int(round(dy)))

    # --- pinch and two-finger pan (touch screens and trackpads) -------------------

    #: How far (pixels) a finger may wander while held before the press is a drag.
    HOLD_SLOP = 12

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and event.points():
            self._touch_start = event.points()[0].position().toPoint()
            self._holding = True
        elif kind == QEvent.Type.TouchUpdate and event.points() and self._touch_start is not None:
            moved = event.points()[0].position().toPoint() - self._touch_start
            if moved.manhattanLength() > self.HOLD_SLOP or len(event.points()) > 1:
                self._holding = False  # a drag, a pinch or a pan: never a long press
        elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._holding = False
        if event.type() == QEvent.Type.Gesture:
            return self._gesture(event)
        if event.type() == QEvent.Type.NativeGesture:
            return self._native_gesture(event)
        return super().viewportEvent(event)

    def _gesture(self, event: QGestureEvent) -> bool:
        handled = False
        hold = event.gesture(Qt.GestureType.TapAndHoldGesture)
        if hold is not None:
            if (hold.state() == Qt.GestureState.GestureFinished and self._holding
                    and not self._editing()):
                # A finger held still opens the note menu, as a right-click does. Qt makes
                # this gesture from a held mouse button too: a slow drag with shaky hands
                # or a touchpad opened the menu mid-drag, so only a touch that is still
                # down and has not moved further than HOLD_SLOP counts.
                self._holding = False
                # Where the finger went down on the canvas (the gesture's own position is
                # in screen coordinates, which some systems report unreliably).
                point = self._touch_start or self.viewport().mapFromGlobal(hold.position().toPoint())
                item = self._scene.note_at(self.mapToScene(point))
                if item is not None and not item.isSelected():
                    self._scene.clearSelection()
                    item.setSelected(True)
                self.menu_requested.emit(self.viewport().mapToGlobal(point))
            event.accept(hold)
            handled = True
        pan = event.gesture(Qt.GestureType.PanGesture)
        if pan is not None:
            # Two fingers moving together move the view. The last report, when the
            # fingers lift, can carry a jump back to where they started: ignore it.
            if pan.state() != Qt.GestureState.GestureFinished:
                delta = pan.delta()
                self.pan_by(delta.x(), delta.y())
            event.accept(pan)
            handled = True
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if pinch is not None:
            if pinch.state() == Qt.GestureState.GestureStarted:
                self._pinch_start_zoom = self.zoom()
            if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.set_zoom(self._pinch_start_zoom * pinch.totalScaleFactor(), centre)
            event.accept(pinch)
            handled = True
        return handled

    def _native_gesture(self, event: QNativeGestureEvent) -> bool:
        if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.set_zoom(self.zoom() * (1.0 + event.value()), event.position().toPoint())
            return True
        return False
