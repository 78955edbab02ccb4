"""Questions about Qt's events that several parts of the window ask the same way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QMenu


def plain_escape_override(event: QEvent) -> bool:
    """Whether ``event`` asks if a window shortcut may have a plain Escape. A part that
    accepts it gets the Escape as a key press instead: an overlay on the shared screen goes
    back to the star rather than letting Escape leave presentation mode."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Escape
        and not event.modifiers()
    )


def focus_gone_for_good(event: QFocusEvent) -> bool:
    """Whether the focus left for good, rather than for a menu or a dialog that pops up
    for a moment (typing then goes on where it was)."""
    return event.reason() not in (
        Qt.FocusReason.PopupFocusReason,
        Qt.FocusReason.ActiveWindowFocusReason,
    )


def typing_key(event: QKeyEvent) -> str | None:
    """What a key does while a note's words are typed, the same in every editor of them:
    "new line" (Shift+Enter), "enter" (Enter: finished), "escape" (finished too: what was
    typed is kept), "tab" (Tab or Shift+Tab), or None: the key types."""
    key = event.key()
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return "new line" if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else "enter"
    if key == Qt.Key.Key_Escape:
        return "escape"
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return "tab"
    return None


class MenuLettersFirst(QObject):
    """While a menu is open, a plain letter or digit is the menu's: it chooses the entry
    with that underlined letter. Without this, a key the canvas owns (R reads a note aloud,
    N adds one) fired from behind the open menu, because the canvas keeps the focus while a
    menu pops up: Programme → R never reached "Print the run sheet…". Installed on each
    menu the table of actions fills (an application-wide filter would see every event of
    every widget, and make PySide build a class for each kind of widget Qt has)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QMenu)
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and event.text()[:1].isalnum()
        ):
            event.accept()  # a key press for the menu, not a shortcut
            return True
        return False
