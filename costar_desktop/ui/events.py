"""Questions about Qt's events that several parts of the window ask the same way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent


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
