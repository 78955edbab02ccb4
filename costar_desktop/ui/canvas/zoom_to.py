"""Zoom to a Co, to the notes not yet placed, or to the selection, and back (issue 27).

The room reads a Co's notes when the view flies to that point of the star: its notes fill
the screen above presentation mode's floating bar. The same key again, Escape or Fit star
flies back to the whole star. A screen reader hears where the view went ("Co-design: 6
notes"). The view does the flying (:meth:`CanvasView.fly_to`); this part knows the places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Signal

from costar_desktop.core.model import Co
from costar_desktop.core.star import CO_ORDER
from costar_desktop.ui import i18n
from costar_desktop.ui.canvas import accessibility
from costar_desktop.ui.canvas.group_item import GroupItem
from costar_desktop.ui.canvas.note_item import NoteItem
from costar_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from costar_desktop.ui.canvas.scene import CanvasScene
    from costar_desktop.ui.canvas.view import CanvasView

#: The places a view can fly to, besides the four Co's (whose places are their values).
PARKING = "parking"
SELECTION = "selection"
#: Every place, in the menu's order: the Co's as in CO_ORDER, then these.
PLACES: tuple[str, ...] = (*(co.value for co in CO_ORDER), PARKING, SELECTION)


def co_of(place: str) -> Co | None:
    return next((co for co in CO_ORDER if co.value == place), None)


def place_name(place: str) -> str:
    """A place's name in the user's language, as the bar's button and a screen reader say it."""
    co = co_of(place)
    if co is not None:
        return i18n.label(co)
    if place == PARKING:
        return translate("ZoomTo", "Not yet placed")
    return translate("ZoomTo", "Selected notes")


def said(name: str, count: int) -> str:
    """ "Co-design: 6 notes"."""
    text = (
        translate("ZoomTo", "%1: 1 note")
        if count == 1
        else translate("ZoomTo", "%1: %2 notes").replace("%2", str(count))
    )
    return text.replace("%1", name)


class ZoomTargets(QObject):
    """Where the view can fly, which place it is at, and what a screen reader is told."""

    #: The place changed (see :attr:`current`).
    changed = Signal()
    #: Nothing to fly to: why, for the status bar.
    message = Signal(str)

    def __init__(self, view: CanvasView, scene: CanvasScene):
        super().__init__(view)
        self.view = view
        self.scene = scene
        #: The place the view flew to (a Co's value, PARKING or SELECTION); None while it
        #: shows the whole star. Zooming or panning by hand there keeps it: Escape, the
        #: same key again or Fit star still fly back.
        self.current: str | None = None
        #: What a screen reader was told last.
        self.said = ""

    # --- what each place holds ----------------------------------------------------------

    def _shown(self, items) -> tuple[QRectF, int]:
        area = QRectF()
        count = 0
        for item in items:
            if item.isVisible():
                area = area.united(item.sceneBoundingRect())
                count += isinstance(item, NoteItem)
        return area, count

    def area(self, place: str) -> tuple[QRectF, int] | None:
        """The scene rectangle to show for ``place`` and how many notes it holds; None when
        there is nothing there to show (no notes parked, nothing selected)."""
        document = self.scene.document
        notes = document.notes if document is not None else {}
        items: list[NoteItem | GroupItem] = [*self.scene.note_items(), *self.scene.group_items()]
        co = co_of(place)
        if co is not None or place == PARKING:
            where = [i for i in items if i.note_id in notes and notes[i.note_id].co == co]
            rect, count = self._shown(where)
            if co is None:
                return (rect, count) if count else None
            if rect.isNull():  # no notes yet: the Co's point of the star and its name
                rect = self.scene.star_item.co_path(co).boundingRect()
                rect = rect.united(QRectF(*self.scene.geometry.co_label_box(co)))
            return rect, count
        chosen = {i for i in self.scene.selectedItems() if isinstance(i, (NoteItem, GroupItem))}
        for item in list(chosen):
            if isinstance(item, GroupItem):
                chosen.update(item.members)
        rect, count = self._shown(chosen)
        return (rect, count) if not rect.isNull() else None

    # --- going there and back ---------------------------------------------------------------

    def toggle(self, place: str) -> None:
        """A place's key, menu entry or label: fly there, or back if the view is there."""
        if place == self.current:
            self.back()
        else:
            self.go(place)

    def toggle_co(self, co: Co) -> None:
        """A click on a Co's name."""
        self.toggle(co.value)

    def go(self, place: str) -> bool:
        """Fly to ``place``; False (and a message) if there is nothing to show there."""
        found = self.area(place)
        if found is None:
            self.message.emit(
                translate("ZoomTo", "No notes are waiting to be placed.")
                if place == PARKING
                else translate("ZoomTo", "Select notes or a group first.")
            )
            return False
        rect, count = found
        self._set(place)
        self.view.fly_to(rect)
        self._say(said(place_name(place), count))
        return True

    def back(self) -> None:
        """Fly back to the whole star."""
        self._set(None)
        self.view.fly_back()
        self._say(translate("ZoomTo", "The whole star"))

    def forget(self) -> None:
        """The view shows the whole star again (fitted at once)."""
        self._set(None)

    def _set(self, place: str | None) -> None:
        if place != self.current:
            self.current = place
            self.changed.emit()

    def _say(self, text: str) -> None:
        self.said = text
        accessibility.announce(self.view, text)
