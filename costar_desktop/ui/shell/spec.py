"""The words of the action table: what an action, a menu and a place in a menu are.

An action is declared once, as data (napari's ``Action`` and ``MenuId``, Spyder's menu
sections): its stable id (also the QAction's objectName), its words, keys, where it appears,
when it can be used and whether its keys belong to the window or to the canvas. The callable
that runs it comes from the part of the window that owns it (:meth:`Actions.on`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QIcon, QKeySequence

#: A key: a portable string ("Ctrl+Shift+N") or one of Qt's standard keys, which differ by
#: platform (Close is Ctrl+W on macOS, Ctrl+F4 elsewhere).
Key = str | QKeySequence.StandardKey


class When(Enum):
    """When an action (or a note-menu submenu) can be used."""

    ALWAYS = "always"
    #: Only while a workshop is open in the window.
    WORKSHOP = "workshop"
    #: Only with notes selected (the note menu's submenus).
    SELECTION = "selection"
    #: Its owner decides (the undo group; F7 only at steps that have work to show).
    OWNER = "owner"


class Scope(Enum):
    """Where an action's keys work."""

    #: Anywhere in the window, also with the menu bar hidden (presentation mode).
    WINDOW = "window"
    #: Only while the canvas has the focus: a letter typed in a text box stays a letter.
    CANVAS = "canvas"


@dataclass(frozen=True)
class BarButton:
    """How an action looks on the floating bar of presentation mode (context "FloatingBar")."""

    text: str
    #: The accessible name and tool tip.
    name: str
    checkable: bool = False
    #: Bring the star back (from the step's work) before the action runs.
    star_first: bool = False


@dataclass(frozen=True)
class Place:
    """Where an action or a submenu appears: a menu (or "toolbar", "bar") and a section.

    Sections are named in their menu's :attr:`MenuSpec.sections`; a separator stands between
    two sections that have something in them. Inside a section items come by ``order``, then
    in the table's order.
    """

    menu: str
    section: str
    order: int = 0
    button: BarButton | None = None


@dataclass(frozen=True)
class ActionSpec:
    """One user-visible action."""

    #: Stable id, also the QAction's objectName: "<menu>.<name>", e.g. "file.save_as".
    id: str
    #: Source words (marked for lupdate with QT_TRANSLATE_NOOP in ``context``).
    text: str = ""
    context: str = "MainWindow"
    keys: tuple[Key, ...] = ()
    places: tuple[Place, ...] = ()
    enabled: When = When.ALWAYS
    scope: Scope = Scope.WINDOW
    checkable: bool = False
    #: Status-bar (and tool) tip, in ``context``.
    tip: str = ""
    #: Replaces %1 in the translated words (the 3 of "Impact %1").
    arg: str | None = None
    #: Words made at run time instead (a colour's or a step's name, from the core's labels).
    label: Callable[[], str] | None = None
    icon: Callable[[], QIcon] | None = None
    #: Checkable actions with the same group exclude each other (the colours, the steps).
    group: str | None = None
    #: The QAction is made by its owner (the undo group makes Undo and Redo, a toolbar its
    #: own show/hide action); the table gives it its id and keys and places it.
    supplied: bool = False
    #: Listed in Help → Keyboard shortcuts (False: a canvas-keys row there says it).
    in_help: bool = True
    #: (keys, words) for Help → Keyboard shortcuts instead of the action's (context "Help").
    help_row: tuple[str, str] | None = None

    def place_in(self, menu: str) -> Place | None:
        return next((p for p in self.places if p.menu == menu), None)


@dataclass(frozen=True)
class MenuSpec:
    """A menu, a submenu, the toolbar or the floating bar."""

    id: str
    text: str = ""
    context: str = "MainWindow"
    #: Where the submenu appears; None for the menu bar's menus, the note menu and the bars.
    place: Place | None = None
    sections: tuple[str, ...] = ("main",)
    #: Filled by its owner rather than from the table: "show" each time it is about to be
    #: shown (Open recent), "build" once when it is made (View → Panels, the note's authors).
    filled: str = ""
    enabled: When = When.ALWAYS
