"""What the user sees of the window's actions, as plain data: the menus (titles, words,
shortcuts, separators, checkable, enabled), the note menu, the toolbar and the floating bar.
Used by the golden test, which holds the shape of the shell while its code changes."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QToolBar, QWidget


def _keys(act) -> str:
    return " | ".join(s.toString(QKeySequence.SequenceFormat.PortableText) for s in act.shortcuts())


def menu_rows(menu, path: str) -> list[tuple]:
    rows = []
    for act in menu.actions():
        if act.isSeparator():
            rows.append((path, "---"))
        elif act.menu() is not None:
            rows.append((path, act.text(), "menu", act.isEnabled()))
            rows += menu_rows(act.menu(), f"{path} > {act.text()}")
        else:
            rows.append(
                (
                    path,
                    act.text(),
                    _keys(act),
                    act.isCheckable(),
                    act.isEnabled(),
                    act.shortcutContext().name,
                )
            )
    return rows


def menu_bar_rows(window) -> list[tuple]:
    rows = []
    for act in window.menuBar().actions():
        rows.append(("", act.text()))
        rows += menu_rows(act.menu(), act.text())
    return rows


def toolbar_rows(window) -> list[tuple]:
    tb = window.findChild(QToolBar, "mainToolbar")
    rows = []
    for act in tb.actions():
        if act.isSeparator():
            rows.append("---")
        else:
            widget = tb.widgetForAction(act)
            rows.append(act.text() or type(widget).__name__)
    return rows


def bar_rows(bar: QWidget) -> list[tuple]:
    layout = bar.layout()
    rows = []
    for i in range(layout.count()):
        w = layout.itemAt(i).widget()
        if isinstance(w, QPushButton):
            rows.append(("button", w.accessibleName(), w.isCheckable()))
        else:
            rows.append((type(w).__name__, w.accessibleName()))
    return rows
