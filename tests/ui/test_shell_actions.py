"""The table of actions (ui/shell/actions.py) is the one place actions are declared: every
QAction of the window carries its table id, the keys do not clash, Help → Keyboard
shortcuts lists each once, and the window's parts are reached by name, never by probing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidgetAction

from costar_desktop.ui.shell.actions import MENU_SPECS, SPECS, TABLE
from costar_desktop.ui.shell.help import CANVAS_KEYS, shortcut_rows
from costar_desktop.ui.shell.menus import words
from costar_desktop.ui.shell.spec import Scope

ROOT = Path(__file__).resolve().parents[2]


def _ours(action: QAction) -> bool:
    """Not a separator, a toolbar's holder of a widget, or an action of a menu Qt made for
    itself (the menu bar's overflow menu)."""
    parent = action.parent()
    return not (
        action.isSeparator()
        or isinstance(action, QWidgetAction)
        or (isinstance(parent, QMenu) and not parent.objectName())
    )


def test_every_action_of_the_window_carries_its_table_id(window):
    names = [a.objectName() for a in window.findChildren(QAction) if _ours(a)]
    assert "" not in names, "an action without an id"
    duplicates = [n for n, count in Counter(names).items() if count > 1]
    assert duplicates == []
    for name in names:
        known = name in SPECS or name in MENU_SPECS or name.startswith("view.panels.")
        assert known, name
    assert set(SPECS) <= set(names), "an action of the table was not made"


def test_every_action_of_the_table_runs_something(window):
    assert window.menu_actions.unbound() == []


def _keys(action: QAction) -> list[str]:
    return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]


def test_no_two_actions_of_one_scope_share_a_key(window):
    for scope in Scope:
        seen: dict[str, str] = {}
        for spec in TABLE:
            if spec.scope != scope:
                continue
            for key in _keys(window.menu_actions[spec.id]):
                assert key not in seen, f"{key}: {seen[key]} and {spec.id}"
                seen[key] = spec.id
    # The canvas's letters are not window keys either: a window key would win over them.
    window_keys = {
        k for s in TABLE if s.scope == Scope.WINDOW for k in _keys(window.menu_actions[s.id])
    }
    canvas_keys = {
        k for s in TABLE if s.scope == Scope.CANVAS for k in _keys(window.menu_actions[s.id])
    }
    assert window_keys.isdisjoint(canvas_keys)


def test_the_shortcuts_help_lists_each_action_with_keys_once(window):
    rows = shortcut_rows(window)
    # A hidden action (read aloud on a computer without a voice) is not listed.
    listed = [s for s in TABLE if s.keys and s.in_help and window.menu_actions[s.id].isVisible()]
    assert len(rows) == len(listed) + len(CANVAS_KEYS)
    for spec in listed:
        what = spec.help_row[1] if spec.help_row else words(spec).replace("&", "")
        assert sum(1 for _keys, text in rows if text == what) >= 1, spec.id
    table_rows = rows[: len(listed)]
    keys_column = [keys for keys, _what in table_rows if keys]
    assert len(keys_column) == len(set(keys_column)), "a key is listed twice"
    canvas_column = {keys for keys, _what in rows[len(listed) :]}
    assert canvas_column.isdisjoint(keys_column), "a key is listed twice"


def test_each_words_of_the_table_are_translated_in_their_context():
    """The words kept the contexts they had (MainWindow, StepTools, …): the translations
    made for them still apply."""
    root = ET.parse(ROOT / "resources" / "translations" / "costar.ts").getroot()
    known = {
        (ctx.find("name").text, m.find("source").text)
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }
    for spec in TABLE:
        if spec.text:
            assert (spec.context, spec.text) in known, spec.id
        if spec.tip:
            assert (spec.context, spec.tip) in known, spec.id
        for place in spec.places:
            if place.button is not None and place.button.text not in ("", "◀", "▶"):
                assert ("FloatingBar", place.button.text) in known, spec.id
    for menu in MENU_SPECS.values():
        if menu.text:
            assert (menu.context, menu.text) in known, menu.id


def test_no_part_of_the_window_is_looked_up_by_probing():
    """The window's parts are declared attributes (window.backups, window.printing, …)."""
    probe = re.compile(r"\b(getattr|hasattr)\((self\.)?(window|_window|window_|win|main)\b")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "costar_desktop" / "ui").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if probe.search(line)
    ]
    assert found == []


def test_the_shortcuts_help_shows_every_description_whole(window, qtbot):
    """Long descriptions wrap onto more lines instead of ending in "…" (read from afar)."""
    from PySide6.QtWidgets import QTableWidget

    from costar_desktop.ui.shell.help import shortcuts_dialog

    dialog = shortcuts_dialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(520, 600)  # narrow, as on a small laptop: the longest words must wrap
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    metrics = table.fontMetrics()
    width = table.columnWidth(1) - 12  # the cell's own margins
    longest = max(range(table.rowCount()), key=lambda r: len(table.item(r, 1).text()))
    text = table.item(longest, 1).text()
    assert metrics.horizontalAdvance(text) > width  # the case this test is about
    lines = -(-metrics.horizontalAdvance(text) // width)  # at least this many when wrapped
    assert table.rowHeight(longest) >= lines * metrics.lineSpacing(), (text, lines)
    dialog.close()


def test_no_two_entries_of_a_menu_share_an_underlined_letter(qapp):
    """Alt and a letter must reach one entry: in the Programme menu four pairs once shared
    one (New workshop and Next block on N, Save agenda and Start on S…)."""
    from collections import defaultdict

    from costar_desktop.ui.shell.actions import TABLE

    letters: dict[tuple[str, str], list[str]] = defaultdict(list)
    for spec in TABLE:
        if "&" not in spec.text:
            continue
        letter = spec.text[spec.text.index("&") + 1].lower()
        for place in spec.places:
            if place.menu == "programme":
                letters[(place.menu, letter)].append(spec.text)
    shared = {key: texts for key, texts in letters.items() if len(texts) > 1}
    assert not shared
