"""Notes that other notes hide completely are not drawn.

A crowded star piles notes on top of each other: seen whole, 2,000 notes cover the view
about nine times over. Qt paints every item in the area it repaints, bottom to top, so each
full repaint copied every card, nine layers deep. A card that lies entirely under solid
cards stacked above it cannot be seen: it gets Qt's ``ItemHasNoContents`` flag, and Qt skips
it when painting. It stays a full item for everything else (hit tests, selection, Tab,
accessibility), and its painted card stays in Qt's cache.

How the list is kept in step:

- A card that moves, changes size, goes, stops resting or changes its place in the stack
  draws again, at once, every hidden card under its old and new bounds (``uncover``):
  only those can have come into sight. Other hidden cards stay hidden, so an edit repaints
  only what it touches. A new card only covers more.
- A change of step, of "only this step" or of the look changes every card: all are
  drawn again (``show_all``).
- Zooming in keeps the list: its margins, in scene units, only grow wider than needed.
  Zooming out, by any means, works the list out again before the next paint.
- The list is worked out again when the canvas has been still for :data:`SETTLE_MS`, and
  before the first paint of a workshop, so that paint never draws the hidden cards.
- After a few edits, only the notes near them are looked at again (:func:`hidden_near`):
  whether a note is hidden depends only on the cards above it that reach into its area,
  and every edit tells its areas (``uncover``, ``covered_more``). With 5,000 notes that
  takes a few milliseconds instead of about 80. The whole list is worked out again after
  a change of step or look, a zoom out, opening a workshop, or many edits at once.

Only resting notes take part: a selected, focused or edited note, or the draft, neither
hides others nor is hidden. A note being dragged is selected, so a drag needs no work here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QGraphicsItem
from shiboken6 import isValid

from costar_desktop.ui.canvas.contract import NoteScene
from costar_desktop.ui.canvas.note_item import NoteItem

#: How long the canvas must be still before hidden cards are worked out again, in ms.
SETTLE_MS = 300
#: Past this many changed areas since the last work-out, or this many notes near them,
#: the whole list is worked out again (opening a workshop adds every note; a bulk edit
#: touches many places): looking at each note near a change costs more per note.
MAX_AREAS = 64
MAX_NEAR = 400
#: The card's rounded corners (see NoteItem.paint): not solid within this of the corner.
CORNER = 6.0
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_BOUNDS = Qt.ItemSelectionMode.IntersectsItemBoundingRect
_TOP_FIRST = Qt.SortOrder.DescendingOrder  # Qt's stacking order, the topmost item first


def _resting(item) -> bool:
    return (
        isinstance(item, NoteItem)
        and item.note_id is not None
        and item.isVisible()
        and item.opacity() == 1.0
        and not item.isSelected()
        and not item.hasFocus()
        and not item.editing
    )


def _margin(scale: float) -> float:
    """A little over two device pixels, in scene units, plus one for rounding."""
    return 1.0 + 2.0 / max(scale, 1e-3)


def _area(item, margin: float) -> QRect:
    """The whole scene units a note may paint, and a margin past them."""
    bounds = item.sceneBoundingRect()
    left, top = math.floor(bounds.left() - margin), math.floor(bounds.top() - margin)
    return QRect(
        left,
        top,
        math.ceil(bounds.right() + margin) - left,
        math.ceil(bounds.bottom() + margin) - top,
    )


def _solid(item, margin: float) -> tuple:
    """The solid part of a note's rounded card, the margin inside its border: a cross of
    two rectangles (either may be empty on a very small card)."""
    card = item.scene_card()
    x0, y0, x1, y1 = card.left(), card.top(), card.right(), card.bottom()
    ceil, floor = math.ceil, math.floor
    inset = CORNER + margin
    a0, a1 = ceil(x0 + margin), floor(x1 - margin)
    b0, b1 = ceil(y0 + inset), floor(y1 - inset)
    c0, c1 = ceil(x0 + inset), floor(x1 - inset)
    d0, d1 = ceil(y0 + margin), floor(y1 - margin)
    return tuple(
        QRect(x, y, w, h)
        for x, y, w, h in ((a0, b0, a1 - a0, b1 - b0), (c0, d0, c1 - c0, d1 - d0))
        if w > 0 and h > 0
    )


def hidden_notes(items, scale: float) -> list[NoteItem]:
    """The notes among ``items`` that solid cards above them cover completely, for a view
    at ``scale`` (device pixels per scene unit).

    Worked out in whole scene units, always erring towards drawing: a card's solid part
    is taken to stop a safety margin (a little over two device pixels, for the antialiased
    edge) inside its border, and a note's area reaches the same margin past its bounds
    (the shadow and anything drawn around the card lie within the bounds)."""
    margin = _margin(scale)
    resting = sorted((i for i in items if _resting(i)), key=lambda i: i.zValue(), reverse=True)
    covered = QRegion()
    hidden: list[NoteItem] = []
    for item in resting:  # from the top down
        if hidden or not covered.isEmpty():
            if QRegion(_area(item, margin)).subtracted(covered).isEmpty():
                hidden.append(item)
                continue  # it lies under solid cards already: it adds nothing
        for part in _solid(item, margin):
            covered += part
    return hidden


def hidden_near(scene, areas, scale: float, hidden_before=frozenset()) -> tuple[list, list] | None:
    """The resting notes that reach into ``areas`` (scene rectangles), and those of them that
    solid cards above them cover completely at ``scale``: the same answer as
    :func:`hidden_notes` gives for these notes, from the cards near each one only.
    ``hidden_before``: the notes hidden so far, right for every note away from ``areas``.
    None when more than :data:`MAX_NEAR` notes are near (the whole list is then cheaper)."""
    margin = _margin(scale)
    near: dict = {}
    for area in areas:
        wide = area.adjusted(-margin, -margin, margin, margin)
        for item in scene.items(wide, _BOUNDS):
            if item not in near and _resting(item):
                near[item] = None
        if len(near) > MAX_NEAR:
            return None
    # From the top down, so that each card above a near note is known to be hidden or not:
    # a hidden card adds nothing, the cards that hide it reach this note's area too.
    hidden = []
    solid: dict = {}  # the cards above one near note are mostly above the next one too
    for item in sorted(near, key=lambda i: i.zValue(), reverse=True):
        area = _area(item, margin)
        covered = QRegion()
        for above in scene.items(QRectF(area), _BOUNDS, _TOP_FIRST):
            if above is item:
                break  # the rest lie below it
            parts = solid.get(above)
            if parts is None:
                gone = near[above] if above in near else above in hidden_before
                parts = solid[above] = () if gone or not _resting(above) else _solid(above, margin)
            for part in parts:
                covered += part
        near[item] = not covered.isEmpty() and QRegion(area).subtracted(covered).isEmpty()
        if near[item]:
            hidden.append(item)
    return list(near), hidden


class HiddenCards:
    """Keeps the notes of ``view``'s scene that cannot be seen from being painted."""

    def __init__(self, view):
        self._view = view
        self._hidden: set = set()
        #: The smallest scale the hidden cards are right for (None: nothing hidden). They
        #: stay right when zooming in: the margins in scene units only grow too wide.
        self.scale: float | None = None
        self._timer = QTimer(view)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.work_out)
        #: A workshop was just opened: work out the hidden cards before the first paint,
        #: so that paint never draws them (most of a crowded star's first paint).
        self.before_first_paint = False
        #: Scene areas changed since the list was last worked out; None: the whole list
        #: must be worked out again.
        self._areas: list[QRectF] | None = None

    @property
    def hidden(self) -> list:
        return list(self._hidden)

    def _show(self, items) -> None:
        for item in items:
            self._hidden.discard(item)
            if isValid(item):
                item.setFlag(_NO_CONTENTS, False)

    def _later(self) -> None:
        if isValid(self._timer) and not self._timer.isActive():
            self._timer.start()

    def show_all(self) -> None:
        """Anything may have changed: draw every card again, and look again once all is
        still."""
        if self._hidden:
            self._show(list(self._hidden))
        self.scale = None
        self._areas = None
        self._later()

    def _changed(self, areas) -> None:
        if self._areas is not None:
            self._areas.extend(areas)
            if len(self._areas) > MAX_AREAS:
                self._areas = None

    def covered_more(self, area: QRectF) -> None:
        """A card came (or came back) at ``area``: it can only hide more. The notes there
        are looked at again once all is still."""
        self._changed((area,))
        self._later()

    def uncover(self, *areas: QRectF) -> None:
        """A card changed within these scene areas (its old and new bounds): the cards there
        are drawn again at once, the others stay hidden, and the notes there are looked at
        again once all is still (every note, without areas). Only the cards the change
        touches are painted again."""
        if self._hidden and isValid(self._view):
            scene = self._view.scene()
            for area in areas:
                self._show([i for i in scene.items(area, _BOUNDS) if i in self._hidden])
        if areas:
            self._changed(areas)
        else:
            self._areas = None  # somewhere: everything is looked at again
        self._later()

    def forget(self, item) -> None:
        """``item`` leaves the scene: it is no longer anybody's hidden card."""
        if item in self._hidden:
            self._show((item,))

    @property
    def waiting(self) -> bool:
        """True while the canvas is to settle before the hidden cards are worked out again."""
        return self._timer.isActive()

    def _may_work(self, scene) -> bool:
        return not (
            QApplication.mouseButtons() != Qt.MouseButton.NoButton
            or scene.draft is not None
            or scene.editing_item() is not None
        )

    def work_out(self) -> None:
        """Hide the cards that resting cards above them cover completely."""
        self._timer.stop()
        scene = self._view.scene()
        if not isinstance(scene, NoteScene) or scene.document is None:
            self.show_all()
            self._timer.stop()
            return
        if not self._may_work(scene):
            # Someone is dragging or typing: a pause for the work would be felt. Later.
            self._timer.start()
            return
        scale = self._view.transform().m11()
        if (
            self._areas is not None
            and self.scale is not None
            and scale >= self.scale
            and not self.before_first_paint
        ):
            # Only what changed: the notes near it, with the margins of the smallest scale
            # the list is right for, so that it stays right for every scale above that.
            found = hidden_near(scene, self._areas, self.scale, self._hidden)
            if found is not None:
                near, now_hidden = found[0], set(found[1])
                self._show([i for i in near if i in self._hidden and i not in now_hidden])
                for item in now_hidden - self._hidden:
                    item.setFlag(_NO_CONTENTS, True)
                self._hidden |= now_hidden
                self._areas = []
                return
        hidden = set(hidden_notes(scene.note_items(), scale))
        self._show(self._hidden - hidden)  # only flags that change are touched
        for item in hidden - self._hidden:
            item.setFlag(_NO_CONTENTS, True)
        self._hidden = hidden
        self.scale = scale
        self._areas = []
        self.before_first_paint = False  # worked out already

    def before_paint(self) -> None:
        """Called before each paint. The first paint of a workshop leaves out the cards it
        need not draw. After zooming out (by any means), the hidden cards are worked out
        again for the new scale before anything is drawn; zooming in keeps them."""
        if self.before_first_paint:
            self.before_first_paint = False
            self._areas = None  # a new workshop: every note is looked at
            self.work_out()
        elif self.scale is not None and self._view.transform().m11() < self.scale:
            scene = self._view.scene()
            if isinstance(scene, NoteScene) and self._may_work(scene):
                self.work_out()
            else:
                self.show_all()
