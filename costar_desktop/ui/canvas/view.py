"""The view onto the star: zoom, pan and fitting, by mouse, keyboard, trackpad and touch,
and smooth flights to a Co, the parking area or the selection and back (issue 27)."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from costar_desktop.core.note_card import TEXT_UNITS
from costar_desktop.ui.canvas import accessibility, readable, style
from costar_desktop.ui.canvas.group_item import GroupItem
from costar_desktop.ui.canvas.hidden_cards import HiddenCards
from costar_desktop.ui.canvas.interactions import ViewGestures, select_note_under
from costar_desktop.ui.canvas.note_item import NoteItem
from costar_desktop.ui.canvas.scene import CanvasScene
from costar_desktop.ui.canvas.zoom_to import ZoomTargets
from costar_desktop.ui.events import plain_escape_override

NUDGE = 10.0
NUDGE_BIG = 50.0
MIN_ZOOM = 0.08
MAX_ZOOM = 4.0
ZOOM_STEP = 1.2
#: How long a flight to a Co (or back to the whole star) takes, in ms: long enough to see
#: where the view went, short enough not to wait for. 0 jumps (tests may set it).
FLIGHT_MS = 400
#: Pixels kept free around what a flight, or the presentation overview, fits to the view.
FIT_MARGIN_PX = 12

#: (zoom, the scene point in the middle of the viewport): where the view is, or is going.
Place = tuple[float, QPointF]


def animations_wanted() -> bool:
    """False where the system says its user turned animations off. Qt reports that only on
    Windows (its "Show animations in Windows" setting); elsewhere flights stay short."""
    if sys.platform == "win32":
        return QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
    return True


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
    #: A flight (:meth:`fly_to`, :meth:`fly_back`) arrived where it was going. Not sent for
    #: a flight that a wheel, a pinch or a pan stopped on the way.
    flight_finished = Signal()

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
        #: In presentation mode the whole-star view fits where the notes are (overview_rect).
        self.presenting = False
        #: What a resize fits again when the view is not showing the whole star: the place
        #: last flown to, until the user zooms or pans.
        self._held: QRectF | None = None
        self._flight = QVariantAnimation(self)
        self._flight.setStartValue(0.0)
        self._flight.setEndValue(1.0)
        self._flight.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._flight.valueChanged.connect(self._fly_step)
        self._flight.finished.connect(self._land)
        self._flight_from: Place = (1.0, QPointF())
        self._flight_to: Callable[[], Place] = self.overview_place
        self._flight_home = False
        #: Zoom to a Co, the parking area or the selection, and back (zoom_to.py).
        self.zooms = ZoomTargets(self, scene)
        scene.co_label_clicked.connect(self.zooms.toggle_co)
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
        self.stop_flight()
        self.fitted = False
        self._held = None
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
        """Show the whole star as large as the window allows (above :attr:`bottom_margin`);
        in presentation mode, where the notes are (:meth:`overview_rect`)."""
        self.stop_flight()
        self.zooms.forget()
        self._show(*self.overview_place())
        self.fitted = True
        self._held = None

    def show_whole_star(self) -> None:
        """View → Fit star (Ctrl+0): fly back from a Co, else fit the star at once."""
        if self.zooms.current is not None:
            self.zooms.back()
        else:
            self.fit_star()

    def overview_place(self) -> Place:
        """Where the whole-star view is: the zoom and the middle that fit_star shows."""
        if self.presenting:
            return self.fit_place(self.overview_rect())
        left, top, width, height = self._scene.geometry.star_rect()
        vp = self.viewport().rect()
        room = max(50, vp.height() - self.bottom_margin)
        z = max(MIN_ZOOM, min(MAX_ZOOM, 0.98 * min(vp.width() / width, room / height)))
        return z, QPointF(left + width / 2, top + height / 2 + self.bottom_margin / (2 * z))

    def overview_rect(self) -> QRectF:
        """What the whole-star view shows in presentation mode: the notes and the star's
        ring of steps (so the star stays recognisable) when that is tighter than the whole
        star with its Co names; else the whole star, and any note beyond it."""
        star = QRectF(*self._scene.geometry.star_rect())
        notes = self.notes_rect()
        if notes.isNull():
            return star
        r = self._scene.geometry.step_ring_outer
        around = notes.united(QRectF(-r, -r, 2 * r, 2 * r))
        if self.fit_place(around)[0] >= self.fit_place(star)[0]:
            return around
        return star.united(notes)

    def notes_rect(self) -> QRectF:
        """The scene rectangle that holds every note and group shown (empty if none)."""
        area = QRectF()
        for item in [*self._scene.note_items(), *self._scene.group_items()]:
            if item.isVisible():
                area = area.united(item.sceneBoundingRect())
        return area

    def fit_place(self, rect: QRectF, max_zoom: float = MAX_ZOOM) -> Place:
        """The zoom and middle that show ``rect`` as large as the viewport allows, above
        :attr:`bottom_margin`, with :data:`FIT_MARGIN_PX` around it."""
        vp = self.viewport().rect()
        room_w = max(50, vp.width() - 2 * FIT_MARGIN_PX)
        room_h = max(50, vp.height() - self.bottom_margin - 2 * FIT_MARGIN_PX)
        z = min(room_w / max(1.0, rect.width()), room_h / max(1.0, rect.height()))
        z = max(MIN_ZOOM, min(max_zoom, MAX_ZOOM, z))
        return z, rect.center() + QPointF(0, self.bottom_margin / (2 * z))

    def readable_zoom_limit(self) -> float:
        """The largest zoom a flight goes to: notes' words no larger than the spotlight's
        (a Co with one note is not blown up to fill the screen)."""
        px = readable.px_for(readable.SPOTLIGHT_PX_AT_1080, self.window().height())
        return px / TEXT_UNITS

    def text_px(self) -> float:
        """How tall a note's words are drawn now, in pixels (at the user's text size)."""
        return TEXT_UNITS * style.appearance().text_scale * self.zoom()

    # --- flights ---------------------------------------------------------------------

    def fly_to(self, scene_rect: QRectF) -> None:
        """Fly smoothly until ``scene_rect`` fills the view (above the bar, with a little
        margin, words no larger than :meth:`readable_zoom_limit`); it is held there when
        the window is resized, until the user zooms or pans."""
        rect = QRectF(scene_rect)
        self._start_flight(lambda: self.fit_place(rect, self.readable_zoom_limit()), rect)

    def fly_back(self) -> None:
        """Fly back to the whole star (:meth:`overview_place`); it then stays fitted."""
        self._start_flight(self.overview_place, None)

    def flying(self) -> bool:
        return self._flight.state() == QVariantAnimation.State.Running

    def stop_flight(self) -> None:
        """Stop a flight where it is (a wheel, a pinch or a pan took over)."""
        if self.flying():
            self._flight.stop()

    def _start_flight(self, target: Callable[[], Place], held: QRectF | None) -> None:
        self.stop_flight()
        self.fitted = False
        self._held = held
        self._flight_from = (self.zoom(), self.mapToScene(self.viewport().rect().center()))
        self._flight_to = target
        self._flight_home = held is None
        duration = FLIGHT_MS if animations_wanted() else 0
        if duration <= 0:
            self._land()
            return
        self._flight.setDuration(duration)
        self._flight.start()

    def _fly_step(self, value) -> None:
        if not self.flying():
            return  # the start value, set before start(); the end is _land's
        t = float(value)
        (z0, c0), (z1, c1) = self._flight_from, self._flight_to()
        # Zoom changes by the same factor each moment (not by the same amount), so going in
        # and coming back out feel alike; the middle moves along a straight line.
        z = math.exp(math.log(z0) + (math.log(z1) - math.log(z0)) * t)
        self._show(z, c0 + (c1 - c0) * t)

    def _land(self) -> None:
        """The flight's end: exactly the target, worked out for the viewport as it is now."""
        self._show(*self._flight_to())
        if self._flight_home:
            self.fitted = True
        self.flight_finished.emit()

    def _show(self, zoom: float, centre: QPointF) -> None:
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(centre)
        self.zoom_changed.emit(self.zoom())

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: no scroll bars (the room needs none, and the star gets their
        room), and the whole-star view fits where the notes are."""
        self.presenting = on
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        )
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def paintEvent(self, event) -> None:
        # Whatever changed the scale (a pinch, a test, a script), nothing worked out for
        # a larger scale may stay hidden.
        self.hidden_cards.before_paint()
        super().paintEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitting or self.flying():
            return  # a flight works out its end for the viewport as it is when it lands
        self._fitting = True
        try:
            if self.fitted:
                self._show(*self.overview_place())
            elif self._held is not None:
                self._show(*self.fit_place(self._held, self.readable_zoom_limit()))
        finally:
            self._fitting = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.stop_flight()
        self._held = None
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
        # Escape leaves presentation mode (a window shortcut); while the view is zoomed to a
        # Co it first flies back to the whole star (keyPressEvent).
        if plain_escape_override(event) and self.zooms.current is not None and not self._editing():
            event.accept()
            return True
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
        if (
            event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
            and self.zooms.current is not None
        ):
            self.zooms.back()
            event.accept()
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
        """Where the pointer is over the canvas, or the middle of what is seen of it when the
        pointer is elsewhere — over another window, or over something that lies on the
        canvas, such as presentation mode's floating bar (a note started there would be
        hidden under it)."""
        spot = self.cursor().pos()
        pos = self.viewport().mapFromGlobal(spot)
        if not self.viewport().rect().contains(pos) or QApplication.widgetAt(spot) not in (
            self.viewport(),
            None,
        ):
            seen = self.viewport().rect().adjusted(0, 0, 0, -self.bottom_margin)
            pos = seen.center() if seen.height() > 0 else self.viewport().rect().center()
        return self.mapToScene(pos)

    # --- the mouse and touch (the gestures themselves are in interactions.py) ----------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.stop_flight()
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
        self.stop_flight()
        self.fitted = False
        self._held = None
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - int(round(dx)))
        v.setValue(v.value() - int(round(dy)))
