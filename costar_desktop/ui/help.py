"""Help → Keyboard shortcuts and Help → About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from costar_desktop import APP_NAME, __version__

#: Keys handled by the canvas itself rather than by a menu action.
CANVAS_KEYS = [
    ("N", "Start a new note under the pointer (canvas focused)"),
    ("Double-click or double-tap empty space", "Start a new note there"),
    ("Double-click a note / Enter / F2", "Edit the note's text"),
    ("Enter", "Finish typing a note"),
    ("Shift+Enter", "New line inside a note"),
    ("Escape", "Finish typing (what you typed is kept); leave presentation mode"),
    ("Tab (while typing)", "Finish typing and start the next note beside it"),
    ("Tab / Shift+Tab", "Select the next / previous note, in reading order"),
    ("Arrow keys / Shift+arrow keys", "Move the selected notes a little / more"),
    ("Menu key, Shift+F10, right-click, long press", "The note's menu"),
    ("Ctrl+click, drag a frame", "Select several notes"),
    ("Ctrl+mouse wheel, pinch", "Zoom"),
    ("Space+drag, middle-drag, two fingers", "Move the view"),
]


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(keys, what) for every menu action with a shortcut, then the canvas keys."""
    rows = []
    seen = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        stack = list(menu.actions()) if menu else []
        while stack:
            act = stack.pop(0)
            if act.menu():
                stack = list(act.menu().actions()) + stack
                continue
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts()]
            if keys and id(act) not in seen:
                seen.add(id(act))
                rows.append((" or ".join(keys), act.text().replace("&", "")))
    return rows + CANVAS_KEYS


def show_shortcuts(window) -> None:
    dlg = QDialog(window)
    dlg.setWindowTitle(window.tr("Keyboard shortcuts"))
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels([window.tr("Keys"), window.tr("What it does")])
    for r, (keys, what) in enumerate(rows):
        for c, text in enumerate((keys, what)):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.resizeColumnToContents(0)
    table.verticalHeader().hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dlg.reject)
    layout = QVBoxLayout(dlg)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dlg.resize(720, 640)
    dlg.exec()


def show_about(window) -> None:
    QMessageBox.about(
        window,
        window.tr("About %1").replace("%1", APP_NAME),
        window.tr("<h3>%1 %2</h3><p>Run co-production workshops on a shared screen, with no "
                  "internet. Each workshop is one <i>.costar</i> file that you can copy to a USB "
                  "stick. The program sends nothing anywhere.</p>")
        .replace("%1", APP_NAME).replace("%2", __version__),
    )
