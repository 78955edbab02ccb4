"""What a screen reader hears: the canvas, each star sector and step, and each note.

Graphics items are not widgets, so Qt does not describe them to assistive technology
on its own. A factory gives the canvas view an accessible interface whose children are
the Co sectors, the steps and the notes in reading order.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget

from costar_desktop.core.palette import colour as palette_colour
from costar_desktop.core.star import CO_ORDER, STEP_ORDER
from costar_desktop.ui import i18n
from costar_desktop.ui.canvas.group_item import GroupItem
from costar_desktop.ui.canvas.note_item import NoteItem
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

#: One sentence per Co: what a group puts there (our own words).
CO_DESCRIPTIONS = {
    "commission": QT_TRANSLATE_NOOP(
        "Accessibility", "Deciding together what is needed and where money and effort go."
    ),
    "design": QT_TRANSLATE_NOOP("Accessibility", "Shaping together how a service will work."),
    "deliver": QT_TRANSLATE_NOOP(
        "Accessibility", "Doing the work together: peer support, volunteering, helping each other."
    ),
    "assess": QT_TRANSLATE_NOOP(
        "Accessibility", "Judging together how well it works: feedback, visits, reviews."
    ),
}


def _t(text: str) -> str:
    return translate("Accessibility", text)


def note_name(document, note) -> str:
    """“Note by Carer group, Co-design, Map step: …” — the name a screen reader reads."""
    author = document.participants.get(note.author_id) if note.author_id else None
    where = i18n.label(note.co) if note.co else translate("Accessibility", "no Co yet")
    step = i18n.label(note.step)
    if note.is_group:
        members = len([n for n in document.notes.values() if n.group_id == note.id])
        return (
            translate("Accessibility", "Group %1, %2, %3 step, %4 notes")
            .replace("%1", note.text)
            .replace("%2", where)
            .replace("%3", step)
            .replace("%4", str(members))
        )
    if author:
        text = translate("Accessibility", "Note by %1, %2, %3 step: %4").replace("%1", author.name)
    else:
        text = translate("Accessibility", "Note, %2, %3 step: %4")
    return text.replace("%2", where).replace("%3", step).replace("%4", note.text)


def note_description(document, note, dots: int | None) -> str:
    parts = [i18n.core(palette_colour(note.colour).name) + "."]
    if dots:
        parts.append(
            translate("Accessibility", "1 dot.")
            if dots == 1
            else translate("Accessibility", "%1 dots.").replace("%1", str(dots))
        )
    if note.impact:
        parts.append(translate("Accessibility", "Impact %1 of 5.").replace("%1", str(note.impact)))
    if note.shortlisted:
        parts.append(translate("Accessibility", "On the shortlist."))
    if note.is_example:
        parts.append(translate("Accessibility", "An example from elsewhere."))
    if note.group_id and note.group_id in document.notes:
        parts.append(
            translate("Accessibility", "In the group %1.").replace(
                "%1", document.notes[note.group_id].text
            )
        )
    return " ".join(parts)


class ZoomAction(QAccessibleActionInterface):
    """A Co's one action for assistive technology: "Zoom to" it (or back), as a click on
    its name does."""

    def __init__(self, child: ChildAccessible):
        super().__init__()
        self.child = child

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def localizedActionName(self, name: str) -> str:
        return (
            translate("Accessibility", "Zoom to")
            if name == QAccessibleActionInterface.pressAction()
            else ""
        )

    def localizedActionDescription(self, name: str) -> str:
        if name != QAccessibleActionInterface.pressAction():
            return ""
        co = next(c for c in CO_ORDER if c.value == self.child.key[1])
        return translate(
            "Accessibility", "Show the notes of %1 large, or the whole star again"
        ).replace("%1", i18n.label(co))

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.child.canvas.view.zooms.toggle(self.child.key[1])


class ChildAccessible(QAccessibleInterface):
    """A sector, a step or a note, as a child of the canvas."""

    def __init__(self, canvas: CanvasAccessible, key: tuple[str, str]):
        super().__init__()
        self.canvas = canvas
        self.key = key  # ("co", value) | ("step", value) | ("note", id)
        #: A Co's "Zoom to" (kept here: Qt is handed a pointer to it).
        self.zoom_action = ZoomAction(self) if key[0] == "co" else None

    def interface_cast(self, kind):
        # PySide passes the pointer Qt asks for as a VoidPtr (a plain int would be read
        # as the address of a Python object).
        if kind == QAccessible.InterfaceType.ActionInterface and self.zoom_action is not None:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self.zoom_action)[0])
        return shiboken6.VoidPtr(0)

    # --- what it is ---------------------------------------------------------------------

    def _note(self):
        doc = self.canvas.view.scene().document
        return doc.notes.get(self.key[1]) if doc is not None else None

    def isValid(self) -> bool:
        kind, value = self.key
        return kind != "note" or self._note() is not None

    def object(self):
        return None

    def window(self):
        return self.canvas.window()

    def relations(self, match=QAccessible.Relation.AllRelations):
        return []

    def focusChild(self):
        return None

    def childAt(self, x: int, y: int):
        return None

    def parent(self):
        return self.canvas

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def role(self):
        kind = self.key[0]
        if kind == "step":
            return QAccessible.Role.Button
        if kind == "co":
            return QAccessible.Role.Grouping
        return QAccessible.Role.ListItem

    def state(self):
        st = QAccessible.State()
        if self.key[0] == "note":
            item = self.canvas.view.scene().note_item(self.key[1])
            st.focusable = True
            st.selectable = True
            if item is not None:
                st.selected = item.isSelected()
                st.focused = item.hasFocus()
                st.invisible = not item.isVisible()
        return st

    def text(self, t) -> str:
        kind, value = self.key
        doc = self.canvas.view.scene().document
        if kind == "co":
            co = next(c for c in CO_ORDER if c.value == value)
            count = len([n for n in doc.notes.values() if n.co == co]) if doc else 0
            if t == QAccessible.Text.Name:
                return translate("Accessibility", "%1 point of the star").replace(
                    "%1", i18n.label(co)
                )
            if t == QAccessible.Text.Description:
                return (
                    _t(CO_DESCRIPTIONS[value])
                    + " "
                    + translate("Accessibility", "%1 notes.").replace("%1", str(count))
                )
        elif kind == "step":
            step = next(s for s in STEP_ORDER if s.value == value)
            number = STEP_ORDER.index(step) + 1
            if t == QAccessible.Text.Name:
                return (
                    translate("Accessibility", "Step %1: %2")
                    .replace("%1", str(number))
                    .replace("%2", i18n.label(step))
                )
            if t == QAccessible.Text.Description:
                return i18n.question(step)
        else:
            note = self._note()
            if note is None:
                return ""
            if t == QAccessible.Text.Name:
                return note_name(doc, note)
            if t == QAccessible.Text.Description:
                item = self.canvas.view.scene().note_item(note.id)
                return note_description(doc, note, item.dots if item is not None else None)
        return ""

    def setText(self, t, text: str) -> None:
        pass

    def rect(self) -> QRect:
        view = self.canvas.view
        scene = view.scene()
        kind, value = self.key
        if kind == "note":
            item = scene.note_item(value)
            if item is None:
                return QRect()
            area = item.sceneBoundingRect()
        else:
            star = scene.star_item
            path = (
                star.co_path(next(c for c in CO_ORDER if c.value == value))
                if kind == "co"
                else star.step_path(next(s for s in STEP_ORDER if s.value == value))
            )
            area = path.boundingRect()
        local = view.mapFromScene(area).boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())


class CanvasAccessible(QAccessibleWidget):
    """The canvas as a list: the four Co's, the five steps, then the notes in reading order."""

    def __init__(self, view):
        super().__init__(view, QAccessible.Role.Canvas)
        self._children: dict[tuple[str, str], ChildAccessible] = {}

    @property
    def view(self):
        """The canvas, asked of Qt each time: holding it here would keep it alive for ever
        (this interface is the value of a dictionary weakly keyed by that view)."""
        return self.widget()

    def _keys(self) -> list[tuple[str, str]]:
        keys = [("co", co.value) for co in CO_ORDER] + [("step", s.value) for s in STEP_ORDER]
        scene = self.view.scene()
        if scene.document is not None:
            keys += [("note", item.note_id) for item in scene.reading_order()]
        return keys

    def child_for(self, key) -> ChildAccessible:
        if key not in self._children:
            self._children[key] = ChildAccessible(self, key)
        return self._children[key]

    def childCount(self) -> int:
        return len(self._keys())

    def child(self, index: int):
        keys = self._keys()
        return self.child_for(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child) -> int:
        keys = self._keys()
        key = child.key if isinstance(child, ChildAccessible) else None
        return keys.index(key) if key in keys else -1

    def focusChild(self):
        scene = self.view.scene()
        item = scene.focusItem()
        while item is not None and not (isinstance(item, (NoteItem, GroupItem)) and item.note_id):
            item = item.parentItem()
        return self.child_for(("note", item.note_id)) if item is not None else None

    def text(self, t) -> str:
        if t == QAccessible.Text.Name:
            return translate("Accessibility", "Co-Production Star")
        if t == QAccessible.Text.Description:
            scene = self.view.scene()
            count = len(scene.document.notes) if scene.document else 0
            return translate(
                "Accessibility",
                "The star with %1 notes. Tab and Shift+Tab move between notes, "
                "arrow keys move the selected note, Enter edits it, N adds a note.",
            ).replace("%1", str(count))
        return super().text(t)


_interfaces: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


#: The canvas's view class, given by install() (view.py imports this module, not the
#: other way round).
_view_class: type | None = None


def _factory(classname: str, obj):
    if _view_class is not None and isinstance(obj, _view_class):
        iface = _interfaces.get(obj)
        if iface is None:
            iface = CanvasAccessible(obj)
            _interfaces[obj] = iface
        return iface
    return None


_installed = False


def install(view_class: type) -> None:
    """Tell Qt how to describe views of ``view_class`` (the canvas; once per process)."""
    global _installed, _view_class
    _view_class = view_class
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(widget, text: str) -> None:
    """Have assistive technology say ``text`` (where the view flew, for one)."""
    if not QAccessible.isActive():
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def announce_focus(view, note_id: str) -> None:
    """Tell assistive technology that the focus moved to a note."""
    if not QAccessible.isActive():
        return
    QAccessible.queryAccessibleInterface(view)  # made by _factory on first asking
    iface = _interfaces.get(view)
    if iface is None:
        return
    index = iface.indexOfChild(iface.child_for(("note", note_id)))
    event = QAccessibleEvent(view, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)
