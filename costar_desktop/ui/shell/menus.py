"""The window's QActions, made from the table, and the menus, bars and help built from it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from costar_desktop.ui.events import MenuLettersFirst
from costar_desktop.ui.shell.actions import MENU_BAR, MENU_SPECS, MENUS, SPECS, TABLE
from costar_desktop.ui.shell.spec import ActionSpec, MenuSpec, Place, Scope, When

translate = QCoreApplication.translate

#: What a menu's section holds: actions and submenus (or, on a bar, widgets).
Item = ActionSpec | MenuSpec


def words(spec: ActionSpec | MenuSpec) -> str:
    """The spec's words in the user's language."""
    if isinstance(spec, ActionSpec) and spec.label is not None:
        return spec.label()
    if not spec.text:
        return ""
    text = translate(spec.context, spec.text)
    if isinstance(spec, ActionSpec) and spec.arg is not None:
        text = text.replace("%1", spec.arg)
    return text


def items(menu: str) -> list[tuple[str, list[tuple[Place, Item]]]]:
    """The sections of ``menu`` with what is placed in each, in order."""
    placed: dict[str, list[tuple[int, int, Place, Item]]] = {
        s: [] for s in MENU_SPECS[menu].sections
    }
    everything: tuple[Item, ...] = (*TABLE, *MENUS)
    for index, item in enumerate(everything):
        places = (
            item.places if isinstance(item, ActionSpec) else (item.place,) if item.place else ()
        )
        for place in places:
            if place.menu == menu:
                placed[place.section].append((place.order, index, place, item))
    return [
        (section, [(p, i) for _o, _n, p, i in sorted(found, key=lambda t: t[:2])])
        for section, found in placed.items()
    ]


class Actions:
    """The window's actions by id: made once from the table, run by the parts that own them."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self._actions: dict[str, QAction] = {}
        self._bound: set[str] = set()
        self._groups: dict[str, QActionGroup] = {}
        #: Gives an open menu its own underlined letters (ui/events.py).
        self._letters = MenuLettersFirst(window)
        for spec in TABLE:
            if not spec.supplied:
                action = QAction(window)
                action.setCheckable(spec.checkable)
                self._add(spec, action)

    def _add(self, spec: ActionSpec, action: QAction) -> None:
        action.setObjectName(spec.id)
        if spec.text or spec.label:
            action.setText(words(spec))
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.scope == Scope.CANVAS:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if spec.tip:
            tip = translate(spec.context, spec.tip)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if spec.icon is not None:
            action.setIcon(spec.icon())
        if spec.group is not None:
            self._groups.setdefault(spec.group, QActionGroup(self.window)).addAction(action)
        self._actions[spec.id] = action

    def supply(self, action_id: str, action: QAction) -> QAction:
        """Take ``action`` (made by its owner) as the table's ``action_id``."""
        self._add(SPECS[action_id], action)
        self._bound.add(action_id)
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self):
        return iter(self._actions.values())

    def group(self, name: str) -> QActionGroup:
        return self._groups[name]

    def on(self, action_id: str, slot: Callable) -> QAction:
        """Run ``slot`` when the action is chosen. A check box (a checkable action in no
        group) is run on every change, with its new state; one of a group (a colour, a step)
        only when the user chooses it, since its owner checks it to show what is current."""
        action = self._actions[action_id]
        if action.isCheckable() and SPECS[action_id].group is None:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda checked=False: slot())
        self._bound.add(action_id)
        return action

    def unbound(self) -> list[str]:
        """Ids of actions that nothing runs (a mistake: each is in a menu)."""
        return [spec.id for spec in TABLE if spec.id not in self._bound]

    def ids(self, prefix: str) -> list[QAction]:
        """The actions whose id starts with ``prefix``, in the table's order."""
        return [a for i, a in self._actions.items() if i.startswith(prefix)]

    def where(self, test: Callable[[ActionSpec], bool]) -> list[QAction]:
        return [self._actions[s.id] for s in TABLE if s.id in self._actions and test(s)]

    def set_workshop_open(self, is_open: bool) -> None:
        """Enable the actions that need a workshop, or disable them."""
        for action in self.where(lambda s: s.enabled == When.WORKSHOP):
            action.setEnabled(is_open)

    def canvas_actions(self) -> list[QAction]:
        return self.where(lambda s: s.scope == Scope.CANVAS)

    def window_key_actions(self) -> list[QAction]:
        """Window-wide keys: also kept on the window, so they work with the menu bar hidden."""
        return self.where(lambda s: s.scope == Scope.WINDOW and bool(s.keys))

    # --- menus and bars ----------------------------------------------------------------

    def fill_menu(
        self,
        menu: QMenu,
        menu_id: str,
        fillers: dict[str, Callable[[QMenu], None]],
        has_selection: bool = True,
    ) -> QMenu:
        """Put the table's actions and submenus for ``menu_id`` into ``menu``."""
        menu.installEventFilter(self._letters)  # its underlined letters before the canvas's keys
        first = True
        for _section, found in items(menu_id):
            if not found:
                continue
            if not first:
                menu.addSeparator()
            first = False
            for _place, item in found:
                if isinstance(item, ActionSpec):
                    menu.addAction(self._actions[item.id])
                else:
                    sub = menu.addMenu(words(item))
                    sub.setObjectName(item.id)
                    sub.menuAction().setObjectName(item.id)
                    self._fill_submenu(sub, item, fillers, has_selection)
        return menu

    def _fill_submenu(self, sub: QMenu, spec: MenuSpec, fillers, has_selection: bool) -> None:
        sub.installEventFilter(self._letters)
        if spec.filled == "show":
            sub.aboutToShow.connect(lambda sub=sub: fillers[spec.id](sub))
        elif spec.filled == "build":
            fillers[spec.id](sub)
        else:
            self.fill_menu(sub, spec.id, fillers, has_selection)
        if spec.enabled == When.SELECTION:
            sub.setEnabled(has_selection)

    def build_menu_bar(self, fillers: dict[str, Callable[[QMenu], None]]) -> dict[str, QMenu]:
        """The window's menus, from the table; returns them by id."""
        menus = {}
        for menu_id in MENU_BAR:
            menu = self.window.menuBar().addMenu(words(MENU_SPECS[menu_id]))
            menu.setObjectName(menu_id)
            menu.menuAction().setObjectName(menu_id)
            menus[menu_id] = self.fill_menu(menu, menu_id, fillers)
        return menus

    def fill_toolbar(self, toolbar: QToolBar, widgets: dict[str, Iterable[QWidget]]) -> None:
        """The table's toolbar actions, with ``widgets`` in the sections named for them."""
        first = True
        for section, found in items("toolbar"):
            if not found and section not in widgets:
                continue
            if not first:
                toolbar.addSeparator()
            first = False
            for widget in widgets.get(section, ()):
                toolbar.addWidget(widget)
            toolbar.addActions([self._actions[item.id] for _p, item in found])

    def bar_buttons(self) -> list[tuple[str, list[tuple[ActionSpec, Place]]]]:
        """The floating bar's sections and the actions on it, with how each looks there."""
        return [
            (section, [(item, place) for place, item in found if isinstance(item, ActionSpec)])
            for section, found in items("bar")
        ]

    # --- Help → Keyboard shortcuts ---------------------------------------------------------

    def help_rows(self) -> list[tuple[str, str]]:
        """(keys, what) for each action with keys, each once, in the table's order."""
        rows = []
        for spec in TABLE:
            if not spec.keys or not spec.in_help:
                continue
            if spec.help_row is not None:
                rows.append(
                    (translate("Help", spec.help_row[0]), translate("Help", spec.help_row[1]))
                )
                continue
            action = self._actions[spec.id]
            if not action.isVisible():  # read aloud on a computer with no voice
                continue
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            rows.append((translate("Help", " or ").join(keys), action.text().replace("&", "")))
        return rows
