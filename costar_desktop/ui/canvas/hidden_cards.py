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

Only resting notes take part: a selected, focused or edited note, or the draft, neither
hides others nor is hidden. A note being dragged is selected, so a drag needs no work here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QGraphicsItem

from shiboken6 import isValid

from costar_desktop.ui.canvas.note_item import NoteItem

#: How long the canvas must be still before hidden cards are worked out again, in ms.
SETTLE_MS = 300
#: The card's rounded corners (see NoteItem.paint): not solid within this of the corner.
CORNER = 6.0
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_BOUNDS = Qt.ItemSelectionMode.IntersectsItemBoundingRect


def _resting(item) -> bool:
    return (isinstance(item, NoteItem) and item.note_id is not None and item.isVisible()
            and item.opacity() == 1.0 and not item.isSelected() and not item.hasFocus()
            and not item.editing)


def hidden_notes(items, scale: float) -> list:
    """The notes among ``items`` that solid cards above them cover completely, for a view
    at ``scale`` (device pixels per scene unit).

    Worked out in whole scene units, always erring towards drawing: a card's solid part
    is taken to stop a safety margin (a little over two device pixels, for the antialiased
    edge) inside its border, and a note's area reaches the same margin past its bounds
    (the shadow and anything drawn around the card lie within the bounds)."""
    margin = 1.0 + 2.0 / max(scale, 1e-3)
    resting = sorted((i for i in items if _resting(i)), key=lambda i: i.zValue(), reverse=True)
    covered = QRegion()
    hidden = []
    floor, ceil = math.floor, math.ceil
    inset = CORNER + margin
    for item in resting:  # from the top down
        bounds = item.sceneBoundingRect()
        left, top = floor(bounds.left() - margin), floor(bounds.top() - margin)
        area = QRect(left, top, ceil(bounds.right() + margin) - left,
                     ceil(bounds.bottom() + margin) - top)
        if hidden or not covered.isEmpty():
            if QRegion(area).subtracted(covered).isEmpty():
                hidden.append(item)
                continue  # it lies under solid cards already: it adds nothing
        card = item.scene_card()
        x0, y0, x1, y1 = card.left(), card.top(), card.right(), card.bottom()
        # The solid part of a rounded card: a cross of two rectangles.
        a0, a1 = ceil(x0 + margin), floor(x1 - margin)
        b0, b1 = ceil(y0 + inset), floor(y1 - inset)
        c0, c1 = ceil(x0 + inset), floor(x1 - inset)
        d0, d1 = ceil(y0 + margin), floor(y1 - margin)
        if a1 > a0 and b1 > b0:
            covered += QRect(a0, b0, a1 - a0, b1 - b0)
        if c1 > c0 and d1 > d0:
            covered += QRect(c0, d0, c1 - c0, d1 - d0)
    return hidden


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
        self._later()

    def uncover(self, *areas: QRectF) -> None:
        """A card changed within these scene areas (its old and new bounds): the cards there
        are drawn again at once, the others stay hidden, and all is looked at again once
        still. Only the cards the change touches are painted again."""
        if self._hidden and isValid(self._view):
            scene = self._view.scene()
            for area in areas:
                self._show([i for i in scene.items(area, _BOUNDS) if i in self._hidden])
        self._later()

    def _may_work(self, scene) -> bool:
        return not (QApplication.mouseButtons() != Qt.MouseButton.NoButton
                    or getattr(scene, "draft", None) is not None
                    or scene.editing_item() is not None)

    def work_out(self) -> None:
        """Hide the cards that resting cards above them cover completely."""
        self._timer.stop()
        scene = self._view.scene()
        if scene is None or getattr(scene, "document", None) is None:
            self.show_all()
            self._timer.stop()
            return
        if not self._may_work(scene):
            # Someone is dragging or typing: a pause for the work would be felt. Later.
            self._timer.start()
            return
        scale = self._view.transform().m11()
        hidden = set(hidden_notes(scene.note_items(), scale))
        self._show(self._hidden - hidden)  # only flags that change are touched
        for item in hidden - self._hidden:
            item.setFlag(_NO_CONTENTS, True)
        self._hidden = hidden
        self.scale = scale
        self.before_first_paint = False  # worked out already

    def before_paint(self) -> None:
        """Called before each paint. The first paint of a workshop leaves out the cards it
        need not draw. After zooming out (by any means), the hidden cards are worked out
        again for the new scale before anything is drawn; zooming in keeps them."""
        if self.before_first_paint:
            self.before_first_paint = False
            self.work_out()
        elif self.scale is not None and self._view.transform().m11() < self.scale:
            scene = self._view.scene()
            if scene is not None and self._may_work(scene):
                self.work_out()
            else:
                self.show_all()
