"""Help → Keyboard shortcuts and Help → About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
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
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

#: Keys handled by the canvas itself rather than by an action of the table.
CANVAS_KEYS = [  # translated where they are shown (context "Help")
    (
        QT_TRANSLATE_NOOP("Help", "Double-click or double-tap empty space"),
        QT_TRANSLATE_NOOP("Help", "Start a new note there"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Double-click a note / Enter / F2"),
        QT_TRANSLATE_NOOP("Help", "Edit the note's text"),
    ),
    (QT_TRANSLATE_NOOP("Help", "Enter"), QT_TRANSLATE_NOOP("Help", "Finish typing a note")),
    (QT_TRANSLATE_NOOP("Help", "Shift+Enter"), QT_TRANSLATE_NOOP("Help", "New line inside a note")),
    (
        QT_TRANSLATE_NOOP("Help", "Escape"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Finish typing (what you typed is kept); from the step's work or a zoomed Co, "
            "back to the whole star; leave presentation mode",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tab (while typing)"),
        QT_TRANSLATE_NOOP(
            "Help", "Finish typing and start the next note beside it, in the same Co"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "PgUp / PgDn, arrow keys, Home / End (the step's work)"),
        QT_TRANSLATE_NOOP(
            "Help", "Page or go item by item through the step's work in presentation mode"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Arrows, PgUp / PgDn, Space, a swipe (spotlight)"),
        QT_TRANSLATE_NOOP(
            "Help",
            "The previous / next note in the spotlight (Shift+Space: back); Up / Down "
            "scroll a long note",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter, F2, D, 1–5, 0, S, Escape (spotlight)"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Edit, dot, rate or shortlist the note in the spotlight; Escape goes back to the "
            "star with it selected",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tab / Shift+Tab (action plan)"),
        QT_TRANSLATE_NOOP("Help", "Save the cell and type in the next / previous one"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("Help", "Select the next / previous note, in reading order"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Arrow keys / Shift+arrow keys"),
        QT_TRANSLATE_NOOP("Help", "Move the selected notes a little / more"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Menu key, Shift+F10, right-click, a finger held still"),
        QT_TRANSLATE_NOOP("Help", "The note's menu"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+click, drag a frame"),
        QT_TRANSLATE_NOOP("Help", "Select several notes"),
    ),
    (QT_TRANSLATE_NOOP("Help", "Ctrl+mouse wheel, pinch"), QT_TRANSLATE_NOOP("Help", "Zoom")),
    (
        QT_TRANSLATE_NOOP("Help", "Click or tap a Co's name"),
        QT_TRANSLATE_NOOP("Help", "Zoom to that Co; again: the whole star"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Space+drag, middle-drag, two fingers"),
        QT_TRANSLATE_NOOP("Help", "Move the view"),
    ),
]


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(keys, what) for every action of the table with keys (each once), then the canvas keys."""
    return window.menu_actions.help_rows() + [
        (translate("Help", keys), translate("Help", what)) for keys, what in CANVAS_KEYS
    ]


class _WrappingTable(QTableWidget):
    """A table whose rows grow to hold their wrapped words whenever its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resizeRowsToContents()


def shortcuts_dialog(window) -> QDialog:
    """Help → Keyboard shortcuts: every key once, its words wrapped, never cut short."""
    dlg = QDialog(window)
    dlg.setWindowTitle(translate("Help", "Keyboard shortcuts"))
    rows = shortcut_rows(window)
    table = _WrappingTable(len(rows), 2)
    table.setObjectName("shortcutsTable")
    table.setHorizontalHeaderLabels([translate("Help", "Keys"), translate("Help", "What it does")])
    for r, (keys, what) in enumerate(rows):
        for c, text in enumerate((keys, what)):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.resizeColumnToContents(0)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dlg.reject)
    layout = QVBoxLayout(dlg)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dlg.resize(900, 680)
    return dlg


def show_shortcuts(window) -> None:
    shortcuts_dialog(window).exec()


def show_about(window) -> None:
    QMessageBox.about(
        window,
        translate("Help", "About %1").replace("%1", APP_NAME),
        translate(
            "Help",
            "<h3>%1 %2</h3><p>Run co-production workshops on a shared screen, with no "
            "internet. Each workshop is one <i>.costar</i> file that you can copy to a USB "
            "stick. The program sends nothing anywhere.</p>",
        )
        .replace("%1", APP_NAME)
        .replace("%2", __version__),
    )
