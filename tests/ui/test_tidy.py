"""Steps → Tidy this Co (T) and Tidy the whole star (Shift+T) in the real window: the keys,
the file on disk, and one undo step."""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from costar_desktop.core import tidy as core_tidy
from costar_desktop.core.model import Co
from costar_desktop.core.star import STAR
from costar_desktop.ui.canvas import group_item
from costar_desktop.ui.model.commands import MoveNotesCommand

#: A point of each Co where its notes are heaped.
PILE = {Co.DESIGN: (520.0, -40.0), Co.COMMISSION: (20.0, -560.0)}


def notes_on_disk(window, tmp_path) -> dict[str, dict]:
    """Every note in the workshop file, read from a byte copy with plain sqlite3."""
    copy = tmp_path / "check.costar"
    shutil.copyfile(window.document.path, copy)
    conn = sqlite3.connect(copy)
    try:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT id, x, y, width, height, co, kind, group_id FROM notes"
        ).fetchall()
    finally:
        conn.close()
    copy.unlink()
    return {r["id"]: dict(r) for r in rows}


def card(window, note_id, row) -> tuple[float, float, float, float]:
    """The note's card where the file puts it, as large as the canvas draws it."""
    rect = window.editor.scene.note_item(note_id).rect()
    w, h = max(rect.width(), row["width"]), max(rect.height(), row["height"])
    return (row["x"] - w / 2, row["y"] - h / 2, row["x"] + w / 2, row["y"] + h / 2)


def overlap(a, b) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def pile_up(window, co: Co) -> list[str]:
    """Heap every note of ``co`` that is in no group onto one place: one MoveNotesCommand."""
    document = window.document
    ids = sorted(
        n.id for n in document.notes.values() if n.co == co and not n.is_group and not n.group_id
    )
    assert len(ids) >= 4
    x, y = PILE[co]
    window.editor.push(
        MoveNotesCommand(document, {i: (x + 4 * k, y + 3 * k) for k, i in enumerate(ids)})
    )
    assert all(STAR.co_at(document.notes[i].x, document.notes[i].y) == co for i in ids)
    return ids


def test_tidy_this_co_with_its_key_spreads_a_pile_and_one_undo_puts_it_back(
    window, qtbot, tmp_path
):
    ids = pile_up(window, Co.DESIGN)
    piled = notes_on_disk(window, tmp_path)
    assert overlap(card(window, ids[0], piled[ids[0]]), card(window, ids[1], piled[ids[1]])) > 0
    others = {i: (r["x"], r["y"]) for i, r in piled.items() if r["co"] != Co.DESIGN.value}
    steps_before = window.document.undo_stack.count()

    window.editor.scene.select_notes([ids[0]])
    QTest.keyClick(window.editor.view, Qt.Key.Key_T)

    tidied = notes_on_disk(window, tmp_path)
    design = [i for i, r in tidied.items() if r["co"] == Co.DESIGN.value and r["kind"] == "note"]
    assert set(ids) <= set(design)
    for i in design:
        assert STAR.co_at(tidied[i]["x"], tidied[i]["y"]) == Co.DESIGN
        for j in design:
            if i < j:
                assert overlap(card(window, i, tidied[i]), card(window, j, tidied[j])) == 0, (i, j)
    assert all((tidied[i]["x"], tidied[i]["y"]) == xy for i, xy in others.items())
    assert window.document.undo_stack.count() == steps_before + 1
    assert "Co-design" in window.statusBar().currentMessage()

    QTest.keyClick(window.editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    back = notes_on_disk(window, tmp_path)
    assert {i: (r["x"], r["y"], r["co"]) for i, r in back.items()} == {
        i: (r["x"], r["y"], r["co"]) for i, r in piled.items()
    }


def test_with_nothing_selected_tidy_this_co_takes_the_co_under_the_pointer(window, qtbot, tmp_path):
    ids = pile_up(window, Co.DESIGN)
    window.editor.scene.clearSelection()
    view = window.editor.view
    QTest.mouseMove(view.viewport(), view.mapFromScene(600, 100))
    qtbot.waitUntil(
        lambda: STAR.co_at(view.pointer_scene_pos().x(), view.pointer_scene_pos().y()) == Co.DESIGN
    )
    QTest.keyClick(view, Qt.Key.Key_T)
    tidied = notes_on_disk(window, tmp_path)
    assert all(STAR.co_at(tidied[i]["x"], tidied[i]["y"]) == Co.DESIGN for i in ids)
    for i in ids:
        for j in ids:
            if i < j:
                assert overlap(card(window, i, tidied[i]), card(window, j, tidied[j])) == 0


def test_tidy_the_whole_star_is_one_undo_step_and_keeps_every_note_in_its_co(
    window, qtbot, tmp_path
):
    pile_up(window, Co.DESIGN)
    pile_up(window, Co.COMMISSION)
    piled = notes_on_disk(window, tmp_path)
    steps_before = window.document.undo_stack.count()

    QTest.keyClick(window.editor.view, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)

    tidied = notes_on_disk(window, tmp_path)
    assert window.document.undo_stack.count() == steps_before + 1
    assert all(r["co"] == piled[i]["co"] for i, r in tidied.items())
    singles = [i for i, r in tidied.items() if r["kind"] == "note" and not r["group_id"]]
    for a in singles:
        for b in singles:
            if a < b and tidied[a]["co"] == tidied[b]["co"]:
                assert overlap(card(window, a, tidied[a]), card(window, b, tidied[b])) == 0
    QTest.keyClick(window.editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {i: (r["x"], r["y"]) for i, r in notes_on_disk(window, tmp_path).items()} == {
        i: (r["x"], r["y"]) for i, r in piled.items()
    }


def test_the_actions_are_in_the_steps_menu_with_their_keys_and_say_what_they_tidy(window):
    tools = window.step_tools
    assert tools.tidy_co_action in window.menus["steps"].actions()
    assert tools.tidy_star_action in window.menus["steps"].actions()
    assert tools.tidy_co_action.shortcut().toString() == "T"
    assert tools.tidy_star_action.shortcut().toString() == "Shift+T"
    assert "pointer" in tools.tidy_co_action.statusTip()
    assert tools.tidy_co_action in window.editor.view.actions()


def test_tidying_the_hub_says_what_to_do_and_moves_nothing(window, qtbot):
    window.editor.scene.clearSelection()
    view = window.editor.view
    QTest.mouseMove(view.viewport(), view.mapFromScene(0, 0))
    qtbot.waitUntil(lambda: abs(view.pointer_scene_pos().x()) < 100)
    steps_before = window.document.undo_stack.count()
    QTest.keyClick(view, Qt.Key.Key_T)
    assert window.document.undo_stack.count() == steps_before
    assert "point at a Co" in window.statusBar().currentMessage()


def test_the_core_draws_a_groups_frame_as_the_canvas_does():
    assert core_tidy.FRAME_MARGIN == group_item.MARGIN
    from costar_desktop.core.steps import GROUP_TITLE_ROOM

    assert GROUP_TITLE_ROOM == group_item.MARGIN + group_item.TITLE_HEIGHT
