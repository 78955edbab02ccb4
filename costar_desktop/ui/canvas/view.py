"""The view onto the star: zoom, pan and fitting, by mouse, keyboard, trackpad and touch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from costar_desktop.ui.canvas import accessibility
from costar_desktop.ui.canvas.group_item import GroupItem
from costar_desktop.ui.canvas.hidden_cards import HiddenCards
from costar_desktop.ui.canvas.interactions import ViewGestures, select_note_under
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
        #: The rubber band, pan, pinch and long press (interactions.py). Made first: the
        #: viewport's events reach it from the moment the viewport is set.
        self.gestures = ViewGestures(self, scene)
        # A viewport made here, not by Qt: PySide meets Qt's own viewport as a bare pointer
        # and, to find its Python class, first makes the classes of all 70-odd widget kinds
        # Qt has (11 ms in a bare script, about 6 ms of opening a workshop here). One it
        # made itself it already knows.
        self.setViewport(QWidget())
        self._scene = scene
        self.setScene(scene)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Scroll bars that come and go would change the viewport's size while the star is
        # being fitted to it, and fitting again would make them come and go again.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.gestures.install()
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
                self.set_zoom(self.zoom() * (ZOOM_STEP**steps), event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    # --- keys and the note menu ------------------------------------------------------

    def _editing(self) -> bool:
        return self._scene.editing_item() is not None

    def event(self, event: QEvent) -> bool:
        # The scene keeps Tab for its own focus chain; while typing a note, Tab means
        # "finish this note and start the next one beside it".
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key()
            in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            )
        ):
            item = self._scene.editing_item()
            if item is not None:
                item.finish_editing("tab")
                event.accept()
                return True
            # Otherwise Tab and Shift+Tab walk through the notes in reading order.
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
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
        arrows: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
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
        if self.gestures.pan.key_press(event):  # Space: ready to pan
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.gestures.pan.key_release(event):
            super().keyReleaseEvent(event)

    def contextMenuEvent(self, event) -> None:
        if self._editing():
            super().contextMenuEvent(event)  # the text editor's own menu (cut, copy, paste)
            return
        if event.reason() == event.Reason.Keyboard:
            self._keyboard_menu()
            return
        select_note_under(self._scene, self.mapToScene(event.pos()))
        self.menu_requested.emit(event.globalPos())

    def _keyboard_menu(self) -> None:
        """The note menu at the selected note (or the middle of the view)."""
        selected = [
            i
            for i in self._scene.selectedItems()
            if isinstance(i, (NoteItem, GroupItem)) and i.note_id
        ]
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

    # --- the mouse and touch (the gestures themselves are in interactions.py) ----------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.gestures.mouse_press(event, super().mousePressEvent)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.gestures.mouse_move(event, super().mouseMoveEvent)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.gestures.mouse_release(event, super().mouseReleaseEvent)

    def viewportEvent(self, event: QEvent) -> bool:
        handled = self.gestures.viewport_event(event)
        return super().viewportEvent(event) if handled is None else handled

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the view's content by (dx, dy) pixels, as if dragged."""
        self.fitted = False
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - int(round(dx)))
        v.setValue(v.value() - int(round(dy)))
