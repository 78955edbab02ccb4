"""Acting as a facilitator on the canvas, and checking the file on disk each time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from costar_desktop.core.model import Co
from costar_desktop.core.star import STAR, point_at
from costar_desktop.storage import WorkshopFile

from .keys import type_text


def file_notes(window) -> dict:
    """The notes as they are on disk right now, read through an independent copy."""
    path = window.document.path
    copy = path.with_name("check-" + path.name)
    copy.write_bytes(path.read_bytes())
    try:
        return {n.id: n for n in WorkshopFile.read(copy).notes}
    finally:
        copy.unlink()


def view_point(view, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def free_point(scene, co) -> QPointF:
    """A point of ``co``'s sector (None: parking) that no note covers."""
    left, top, width, height = STAR.canvas_rect()
    for j in range(40):
        for i in range(60):
            p = QPointF(left + width * (i + 0.5) / 60, top + height * (j + 0.5) / 40)
            if STAR.co_at(p.x(), p.y()) == co and not [
                it for it in scene.items(p) if it is not scene.star_item
            ]:
                return p
    raise AssertionError(f"no free point in {co}")


def show_whole_canvas(view):
    view.set_zoom(0.28)
    view.centerOn(0, 0)


def test_press_n_type_enter_puts_the_note_in_the_file(window, qtbot):
    view = window.editor.view
    before = set(file_notes(window))
    QTest.mouseMove(view.viewport(), view_point(view, *point_at(90, 600)))
    QTest.keyClick(view, Qt.Key.Key_N)
    assert window.editor.scene.draft is not None
    QTest.keyClicks(view, "Tenants choose the repairs firm")
    QTest.keyClick(view, Qt.Key.Key_Return)
    after = file_notes(window)
    new = [after[i] for i in set(after) - before]
    assert [n.text for n in new] == ["Tenants choose the repairs firm"]
    assert new[0].co == Co.DESIGN  # typed where the pointer was, in the Co-design point
    assert window.editor.scene.draft is None
    assert "Saved" in window.save_label.text()


def test_shift_enter_makes_a_new_line_and_escape_keeps_the_text(window):
    view = window.editor.view
    window.editor.start_note_at(QPointF(*point_at(180, 500)))
    QTest.keyClicks(view, "line one")
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(view, "line two")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    texts = [n.text for n in file_notes(window).values()]
    assert "line one\nline two" in texts


def test_tab_finishes_and_starts_the_next_note_beside_it(window):
    view = window.editor.view
    start = QPointF(-1300, 700)  # the parking area, with room beside
    window.editor.start_note_at(start)
    QTest.keyClicks(view, "first")
    QTest.keyClick(view, Qt.Key.Key_Tab)
    draft = window.editor.scene.draft
    assert draft is not None and draft.pos().x() > start.x()
    QTest.keyClicks(view, "second")
    QTest.keyClick(view, Qt.Key.Key_Return)
    notes = {n.text: n for n in file_notes(window).values()}
    assert notes["second"].x > notes["first"].x
    assert notes["second"].y == notes["first"].y


def test_an_empty_draft_leaves_nothing_behind(window):
    view = window.editor.view
    count = len(file_notes(window))
    window.editor.start_note_at(QPointF(0, 600))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert len(file_notes(window)) == count
    assert window.document.undo_stack.count() == 0


def test_double_click_empty_space_starts_a_note(window):
    view = window.editor.view
    target = free_point(window.editor.scene, Co.ASSESS)
    view.centerOn(target)
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, target.x(), target.y())
    )
    assert window.editor.scene.draft is not None
    QTest.keyClicks(view, "Feedback cards in the waiting room")
    QTest.keyClick(view, Qt.Key.Key_Return)
    note = [n for n in file_notes(window).values() if n.text.startswith("Feedback cards")][0]
    assert note.co == Co.ASSESS


def test_double_click_a_note_edits_it_and_undo_restores_it(window):
    view = window.editor.view
    doc = window.document
    note = next(iter(doc.notes.values()))
    old_text = note.text
    item = window.editor.scene.note_item(note.id)
    view.centerOn(item)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.pos()))
    assert item.editing
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view, "Rewritten together")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert file_notes(window)[note.id].text == "Rewritten together"
    assert item.text == "Rewritten together"
    window.undo_action.trigger()
    assert file_notes(window)[note.id].text == old_text
    assert item.text == old_text
    window.redo_action.trigger()
    assert file_notes(window)[note.id].text == "Rewritten together"


def test_emptying_a_note_deletes_it_undoably(window):
    doc = window.document
    note = next(iter(doc.notes.values()))
    item = window.editor.scene.note_item(note.id)
    item.start_editing(select_all=True)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Delete)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    assert note.id not in file_notes(window)
    window.undo_action.trigger()
    assert file_notes(window)[note.id].text == note.text


def test_drag_a_parking_note_into_co_design_then_undo(window, qtbot):
    view = window.editor.view
    show_whole_canvas(view)
    doc = window.document
    parked = [n for n in doc.notes.values() if n.co is None][0].copy()
    assert file_notes(window)[parked.id].co is None
    start = view_point(view, parked.x, parked.y)
    end = view_point(view, *point_at(90, 600))
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 11):
        QTest.mouseMove(vp, start + (end - start) * (i / 10))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    on_disk = file_notes(window)[parked.id]
    assert on_disk.co == Co.DESIGN
    assert STAR.co_at(on_disk.x, on_disk.y) == Co.DESIGN
    assert window.editor.scene.note_item(parked.id).co_label == "Co-design"
    window.undo_action.trigger()
    back = file_notes(window)[parked.id]
    assert back.co is None
    assert (back.x, back.y) == (parked.x, parked.y)
    item = window.editor.scene.note_item(parked.id)
    assert (item.pos().x(), item.pos().y()) == (back.x, back.y)
    assert item.co_label == "No Co yet"


def test_moving_several_notes_is_one_undo_step(window):
    doc = window.document
    scene = window.editor.scene
    ids = [n.id for n in doc.notes.values() if n.co == Co.COMMISSION][:3]
    scene.select_notes(ids)
    before = {i: (doc.notes[i].x, doc.notes[i].y) for i in ids}
    depth = doc.undo_stack.count()
    window.editor.move_notes({i: (x + 30, y + 20) for i, (x, y) in before.items()})
    assert doc.undo_stack.count() == depth + 1
    on_disk = file_notes(window)
    assert all((on_disk[i].x, on_disk[i].y) == (x + 30, y + 20) for i, (x, y) in before.items())
    window.undo_action.trigger()
    on_disk = file_notes(window)
    assert all((on_disk[i].x, on_disk[i].y) == before[i] for i in ids)


def test_delete_key_removes_the_selection_and_undo_brings_it_back(window):
    doc = window.document
    ids = [n.id for n in doc.notes.values()][:2]
    window.editor.scene.select_notes(ids)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Delete)
    on_disk = file_notes(window)
    assert not set(ids) & set(on_disk)
    assert all(window.editor.scene.note_item(i) is None for i in ids)
    window.undo_action.trigger()
    on_disk = file_notes(window)
    assert set(ids) <= set(on_disk)
    assert all(window.editor.scene.note_item(i) is not None for i in ids)


def test_recolour_selected_notes_with_a_shortcut_and_undo(window):
    doc = window.document
    note = next(iter(doc.notes.values()))
    old = note.colour
    window.editor.scene.select_notes([note.id])
    QTest.keyClick(window.editor.view, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # Blue
    assert file_notes(window)[note.id].colour == "blue"
    assert window.editor.scene.note_item(note.id).colour_key == "blue"
    window.undo_action.trigger()
    assert file_notes(window)[note.id].colour == old


def test_new_notes_take_the_chosen_author_and_colour(window):
    doc = window.document
    group = list(doc.participants.values())[1]
    window.author_combo.setCurrentIndex(window.author_combo.findData(group.id))
    window.editor.scene.clearSelection()
    window.set_colour("pink")
    window.editor.start_note_at(QPointF(*point_at(180, 600)))
    type_text(window.editor.view, "Carers run the café ☕")
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    note = [n for n in file_notes(window).values() if n.text == "Carers run the café ☕"][0]
    assert note.author_id == group.id and note.colour == "pink"
    assert window.editor.scene.note_item(note.id).author == group.name


def test_zoom_keys_and_fit(window):
    view = window.editor.view
    view.actual_size()
    assert view.zoom() == 1.0
    window.zoom_in_action.trigger()
    assert view.zoom() > 1.0
    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    assert view.zoom() < 1.0
    window.fit_action.trigger()
    left, top, width, height = STAR.star_rect()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.left() <= left + 1 and visible.right() >= left + width - 1
    assert visible.top() <= top + 1 and visible.bottom() >= top + height - 1


def test_ctrl_wheel_zooms_and_plain_wheel_does_not(window, qtbot):
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = window.editor.view
    view.actual_size()
    centre = QPointF(view.viewport().rect().center())
    for mods, expect_zoom in (
        (Qt.KeyboardModifier.ControlModifier, True),
        (Qt.KeyboardModifier.NoModifier, False),
    ):
        before = view.zoom()
        ev = QWheelEvent(
            centre,
            QPointF(view.viewport().mapToGlobal(centre.toPoint())),
            P(0, 0),
            P(0, 120),
            Qt.MouseButton.NoButton,
            mods,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), ev)
        assert (view.zoom() > before) == expect_zoom


def test_enter_on_a_selected_note_starts_editing_it(window):
    note = next(iter(window.document.notes.values())).copy()
    window.editor.scene.select_notes([note.id])
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    item = window.editor.scene.note_item(note.id)
    assert item.editing
    QTest.keyClicks(window.editor.view, " (agreed)")
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    assert file_notes(window)[note.id].text == note.text + " (agreed)"


def test_a_too_long_note_is_not_saved_but_stays_on_screen(window):
    from costar_desktop.core.model import MAX_NOTE_CHARS

    count = len(file_notes(window))
    window.editor.start_note_at(QPointF(-1300, 600))
    long_text = "x" * (MAX_NOTE_CHARS + 5)
    window.editor.scene.draft.text_item.setPlainText(long_text)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    assert len(file_notes(window)) == count
    assert "limit is 20,000" in window.banner.label.text()
    assert "Not saved" in window.save_label.text()
    draft = window.editor.scene.draft
    assert draft is not None and draft.editing and draft.text == long_text
    assert window.document.undo_stack.count() == 0


def test_a_20000_character_note_with_every_script_is_saved(window):
    from costar_desktop.core.model import MAX_NOTE_CHARS

    sample = "Cymraeg ŵ · łódź · Việt · Ελληνικά · Русский · العربية · עברית · हिन्दी · 中文 · 日本語 · 한국어 · 🙂 "
    text = (sample * (MAX_NOTE_CHARS // len(sample) + 1))[:MAX_NOTE_CHARS]
    window.editor.start_note_at(QPointF(-1300, 600))
    window.editor.scene.draft.text_item.setPlainText(text)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    saved = [n for n in file_notes(window).values() if n.text == text]
    assert len(saved) == 1
    item = window.editor.scene.note_item(saved[0].id)
    assert item.rect().height() < 2000  # the card shows the start of a long text, not all of it


@pytest.mark.parametrize("area", [None, Co.DESIGN, Co.ASSESS])
def test_notes_typed_with_tab_stay_in_the_area_of_the_first(window, area):
    """Calling out ideas one after another: each Tab puts the next note beside the last,
    and none of them drifts onto a star point (or off it) to take another Co."""
    view = window.editor.view
    geometry = window.document.geometry
    if area is None:  # just left of the Co-assess point, in the parking area
        start = next(
            p for p in geometry.note_slots(None, 220.0, 130.0, 12.0) if p[0] < 0 and abs(p[1]) < 400
        )
    else:
        start = free_point(window.editor.scene, area)
        start = (start.x(), start.y())
    assert geometry.co_at(*start) == area
    window.editor.start_note_at(QPointF(*start))
    typed = [f"Idea {i} called out" for i in range(7)]
    for text in typed:
        QTest.keyClicks(view, text)
        QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    notes = {n.text: n for n in file_notes(window).values()}
    assert [notes[t].co for t in typed] == [area] * len(typed)
    bounds = [(notes[t].x, notes[t].y) for t in typed]
    assert len(set(bounds)) == len(typed)  # each in a place of its own
