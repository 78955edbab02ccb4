"""The shell looks and behaves as it did: the same menus in the same order with the same
words, shortcuts, check boxes and enabled state, with no workshop and with one open; the same
note menu, toolbar, floating bar and keyboard-shortcuts help (issue 26 rebuilt all of them
from one table of actions and changed none of them)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPoint

from costar_desktop.ui.shell.help import shortcut_rows

from .shell_dump import bar_rows, menu_bar_rows, menu_rows, toolbar_rows
from .shell_golden import GOLDEN

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="standard keys (Close, Quit) are the platform's"
)


def _same(rows, golden):
    """Compare row by row, so a failure names the first row that differs."""
    # Not strict: a row that differs says more than a count that does; the count follows.
    for i, (got, want) in enumerate(zip(rows, golden, strict=False)):
        assert got == want, f"row {i}"
    assert len(rows) == len(golden)


def test_menus_with_no_workshop_are_as_before(registry, qtbot):
    w = registry.new_window()
    qtbot.addWidget(w)
    _same(menu_bar_rows(w), GOLDEN["welcome"])


def test_menus_toolbar_and_help_with_a_workshop_are_as_before(window):
    _same(menu_bar_rows(window), GOLDEN["open"])
    _same(toolbar_rows(window), GOLDEN["toolbar"])
    _same(shortcut_rows(window), GOLDEN["help"])


def test_note_menu_is_as_before(window):
    window.editor.scene.clearSelection()
    menu = window.show_canvas_menu(QPoint(10, 10))
    _same(menu_rows(menu, "note"), GOLDEN["note_menu_none"])
    menu.close()
    window.editor.select_all()
    menu = window.show_canvas_menu(QPoint(10, 10))
    _same(menu_rows(menu, "note"), GOLDEN["note_menu_selected"])
    menu.close()


def test_floating_bar_is_as_before(window, qtbot):
    window.presentation.present_action.trigger()
    qtbot.waitUntil(lambda: window.presentation.bar is not None)
    _same(bar_rows(window.presentation.bar), GOLDEN["bar"])
    window.presentation.leave()
