"""Notes hidden completely by others are not painted (hidden_cards), and notes of other
steps are drawn paler but solid, under the current step's notes. What the user sees must
be exactly what it would be with every note painted, whatever changes."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QGraphicsItem
from shiboken6 import isValid

from costar_desktop.core.model import Note, Step, Workshop, WorkshopData
from costar_desktop.core.palette import PALETTE
from costar_desktop.core.themes import mix
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.canvas import style
from costar_desktop.ui.canvas.hidden_cards import SETTLE_MS, hidden_notes
from costar_desktop.ui.canvas.scene import CanvasScene
from costar_desktop.ui.canvas.view import CanvasView
from costar_desktop.ui.model.document import WorkshopDocument

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
STEPS = [Step.MAP, Step.FOCUS, Step.PEOPLE]


def _crowd() -> list[Note]:
    """160 notes piled in a small part of the star, a third of them in the current step."""
    return [
        Note(
            text=f"Note {i}: " + "words " * (i % 7),
            colour=PALETTE[i % len(PALETTE)].key,
            step=STEPS[i % 3],
            x=-600.0 + (i % 16) * 37,
            y=-500.0 + (i // 16) * 29,
        )
        for i in range(160)
    ]


@contextmanager
def _canvas(tmp_path, notes, current_step: Step = Step.MAP):
    """A workshop of ``notes`` in a scene and a view (not shown yet), closed afterwards."""
    path = tmp_path / "canvas.costar"
    WorkshopFile.create(
        path, data=WorkshopData(Workshop(title="Canvas", current_step=current_step), [], notes)
    ).close()
    document = WorkshopDocument(WorkshopFile.open(path))
    scene = CanvasScene(document.geometry)
    scene.set_document(document)
    view = CanvasView(scene)
    try:
        yield document, scene, view
    finally:
        if isValid(view):
            view.close()
        scene.set_document(None)
        document.close()


@pytest.fixture
def crowd(qapp, tmp_path):
    with _canvas(tmp_path, _crowd()) as (document, scene, view):
        view.resize(1000, 700)
        view.show()
        QApplication.processEvents()
        view.set_zoom(0.6)
        view.centerOn(-320, -300)
        QApplication.processEvents()
        yield document, scene, view


def _picture(view) -> QImage:
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def _everything_painted(view) -> QImage:
    """The view as it would be with no card left out."""
    view.hidden_cards.show_all()
    return _picture(view)


def _hidden(scene) -> list:
    return [i for i in scene.note_items() if i.flags() & NO_CONTENTS]


@pytest.mark.parametrize("theme", ["default", "dark", "high_contrast"])
@pytest.mark.parametrize("zoom", [0.25, 0.6, 1.5])
def test_leaving_out_hidden_cards_changes_no_pixel(crowd, restore_look, theme, zoom):
    document, scene, view = crowd
    restore_look.update(theme_key=theme)
    scene.refresh_appearance()
    view.set_zoom(zoom)
    view.centerOn(-320, -300)
    everything = _everything_painted(view)
    view.hidden_cards.work_out()
    assert len(_hidden(scene)) > 20  # the test means something only if cards are left out
    assert _picture(view) == everything


def test_patterns_and_dots_are_not_lost_either(crowd, restore_look):
    document, scene, view = crowd
    restore_look.update(no_colour_only=True)
    scene.refresh_appearance()
    for item in scene.note_items()[::5]:
        item.set_status(3, "★ Shortlist")
    everything = _everything_painted(view)
    view.hidden_cards.work_out()
    assert _hidden(scene)
    assert _picture(view) == everything


def _hidden_and_above(scene):
    """A hidden note and a resting note above it that overlaps it."""
    hidden = _hidden(scene)
    assert hidden
    note = hidden[0]
    above = [
        i
        for i in note.collidingItems()
        if i in scene.note_items() and i.zValue() > note.zValue() and not i.flags() & NO_CONTENTS
    ]
    return note, above


def _move_away(document, scene, note, above):
    document.move_notes({i.note_id: (i.pos().x() + 2000, i.pos().y()) for i in above})


def _delete_above(document, scene, note, above):
    document.delete_notes([i.note_id for i in above])


def _select_it(document, scene, note, above):
    scene.select_notes([note.note_id])


def _other_step(document, scene, note, above):
    scene.set_current_step(Step.PEOPLE if scene.current_step != Step.PEOPLE else Step.MAP)


def _only_this_step(document, scene, note, above):
    scene.set_only_current_step(True)


def _give_it_dots(document, scene, note, above):
    note.set_status(2, "")


def _zoom_without_telling(document, scene, note, above):
    scene.views()[0].scale(1.1, 1.1)


def _bring_it_forward(document, scene, note, above):
    document.update_notes({note.note_id: {"step": scene.current_step}})


@pytest.mark.parametrize(
    "change",
    [
        _move_away,
        _delete_above,
        _select_it,
        _other_step,
        _only_this_step,
        _give_it_dots,
        _zoom_without_telling,
        _bring_it_forward,
    ],
)
def test_a_change_shows_hidden_cards_before_the_next_paint(crowd, change):
    document, scene, view = crowd
    view.hidden_cards.work_out()
    note, above = _hidden_and_above(scene)
    change(document, scene, note, above)
    seen = _picture(view)  # painted at once, before the hidden cards are worked out again
    assert seen == _everything_painted(view)


def test_hidden_cards_are_worked_out_again_once_all_is_still(crowd, qtbot):
    document, scene, view = crowd
    view.hidden_cards.work_out()
    before = set(_hidden(scene))
    note, above = _hidden_and_above(scene)
    _move_away(document, scene, note, above)
    assert note not in _hidden(scene)
    qtbot.waitUntil(
        lambda: view.hidden_cards.scale is not None and not view.hidden_cards.waiting,
        timeout=SETTLE_MS * 10,
    )
    assert note not in _hidden(scene)  # nothing covers it now
    assert _hidden(scene) and _hidden(scene) != before
    assert _picture(view) == _everything_painted(view)


def test_no_work_while_someone_is_typing(crowd):
    document, scene, view = crowd
    view.hidden_cards.show_all()
    scene.start_new_note(QPointF(-300, -300))
    view.hidden_cards.work_out()
    assert not _hidden(scene)


def test_a_hidden_note_is_still_there_for_clicks_tab_and_selection(crowd):
    document, scene, view = crowd
    view.hidden_cards.work_out()
    note = _hidden(scene)[0]
    assert note in scene.items(note.pos())
    scene.clearSelection()
    seen = set()
    for _ in scene.reading_order():
        seen.add(scene.select_next_note())
    assert note in seen


def test_hidden_notes_are_only_those_fully_under_solid_cards(crowd):
    document, scene, view = crowd
    items = scene.note_items()
    for item in hidden_notes(items, view.zoom()):
        area = item.mapRectToScene(item.boundingRect())
        above = [
            i
            for i in items
            if i.zValue() > item.zValue() and i.mapRectToScene(i.rect()).intersects(area)
        ]
        assert above
    # The top note of the pile cannot be hidden.
    top = max(items, key=lambda i: i.zValue())
    assert top not in hidden_notes(items, view.zoom())


def _main_colour(view, scene_point) -> QColor:
    """The commonest colour of a 15×15 patch: the card's fill, whatever words cross it."""
    from collections import Counter

    image = _picture(view)
    p = view.mapFromScene(scene_point)
    counts = Counter(
        image.pixel(x, y) for x in range(p.x() - 7, p.x() + 8) for y in range(p.y() - 7, p.y() + 8)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _near(colour: QColor, expected: str) -> bool:
    e = QColor(expected)
    return all(
        abs(a - b) <= 2
        for a, b in (
            (colour.red(), e.red()),
            (colour.green(), e.green()),
            (colour.blue(), e.blue()),
        )
    )


def test_notes_of_other_steps_are_paler_but_solid_and_lie_below(qapp, tmp_path):
    # The current step is People. Red (Map) overlaps blue (People) and green (Focus);
    # blue was added first, so before this change it lay under the red note.
    notes = [
        Note(text="", colour="blue", step=Step.PEOPLE, x=-300, y=-300),
        Note(text="", colour="red", step=Step.MAP, x=-200, y=-250),
        Note(text="", colour="green", step=Step.FOCUS, x=-100, y=-300),
    ]
    with _canvas(tmp_path, notes, current_step=Step.PEOPLE) as (document, scene, view):
        view.resize(900, 600)
        view.show()
        view.set_zoom(1.0)
        view.centerOn(-200, -270)
        theme = style.theme()
        keep = theme.faded_strength
        assert keep < 1.0
        fill = {n.colour: style.note_fill_and_ink(n.colour)[0].name() for n in notes}
        # The current step's note lies above the red one.
        assert _near(_main_colour(view, QPointF(-250, -275)), fill["blue"])
        # Green over red: green alone shows, paler, with nothing of the red through it.
        assert _near(
            _main_colour(view, QPointF(-150, -275)), mix(fill["green"], theme.canvas, 1 - keep)
        )
        # The red note alone, over the star: paler red, and solid.
        assert _near(
            _main_colour(view, QPointF(-200, -225)), mix(fill["red"], theme.canvas, 1 - keep)
        )


@pytest.fixture
def big_note(qapp, tmp_path):
    """One wide, tall note of the current step (People), in a 900×700 view at 100 %."""
    big = Note(
        text="A long note that needs many lines. " * 12,
        width=500.0,
        colour="sky",
        step=Step.PEOPLE,
        x=0.0,
        y=0.0,
    )
    with _canvas(tmp_path, [big], current_step=Step.PEOPLE) as (document, scene, view):
        view.resize(900, 700)
        view.show()
        view.set_zoom(1.0)
        view.centerOn(0, 0)
        QApplication.processEvents()
        item = scene.note_item(big.id)
        yield document, scene, view, item.mapRectToScene(item.rect())


def _place_under(document, scene, card, left: float, top: float):
    """A Map note (faded, so below the big one) whose bounds start at (left, top)."""
    note = Note(text="", step=Step.MAP, x=0.0, y=0.0)
    document.add_notes([note])
    item = scene.note_item(note.id)
    bounds = item.boundingRect()  # in item coordinates: the card with its margins
    document.move_notes({note.id: (left - bounds.left(), top - bounds.top())})
    return item


@pytest.mark.parametrize("zoom", [1.0, 3.0, 0.3])
def test_a_note_just_inside_a_rounded_corner_or_an_edge_is_not_hidden(big_note, zoom):
    document, scene, view, card = big_note
    inside = _place_under(document, scene, card, card.left() + 40, card.top() + 40)
    corner = _place_under(document, scene, card, card.left() + 1, card.top() + 1)
    edge = _place_under(
        document, scene, card, card.right() - inside.boundingRect().width() + 1, card.top() + 60
    )
    view.set_zoom(zoom)
    view.centerOn(card.center())
    everything = _everything_painted(view)
    view.hidden_cards.work_out()
    hidden = _hidden(scene)
    assert inside in hidden
    assert corner not in hidden  # its corner shows where the card above is rounded
    assert edge not in hidden  # one unit of it shows past the card above
    assert _picture(view) == everything


def test_a_note_under_a_selected_or_hidden_note_is_drawn(big_note):
    document, scene, view, card = big_note
    under = _place_under(document, scene, card, card.left() + 40, card.top() + 40)
    big = next(i for i in scene.note_items() if i is not under)
    big.setSelected(True)
    view.hidden_cards.work_out()
    assert under not in _hidden(scene)  # a selected note may be dragged off at any moment
    big.setSelected(False)
    view.hidden_cards.work_out()
    assert under in _hidden(scene)
    big.setVisible(False)
    assert under not in hidden_notes(scene.note_items(), view.zoom())


def test_an_unannounced_zoom_keeps_no_card_hidden_for_the_old_scale(crowd):
    document, scene, view = crowd
    view.hidden_cards.work_out()
    assert _hidden(scene)
    view.scale(0.1, 0.1)  # not through set_zoom: a pinch, a script
    _picture(view)
    now = hidden_notes(scene.note_items(), view.zoom())
    assert set(_hidden(scene)) <= set(now)


def test_the_first_paint_of_a_workshop_already_leaves_out_hidden_cards(qapp, tmp_path):
    with _canvas(tmp_path, _crowd()) as (document, scene, view):
        view.resize(1000, 700)
        view.set_zoom(0.6)
        view.centerOn(-320, -300)
        assert not _hidden(scene)
        first = view.viewport().grab().toImage()  # the first paint
        assert len(_hidden(scene)) > 20
        assert first == _everything_painted(view)


def test_a_change_draws_again_only_the_cards_it_touches(qapp, tmp_path):
    far = [
        Note(text=n.text, colour=n.colour, step=n.step, x=n.x + 1500, y=n.y + 900) for n in _crowd()
    ]
    with _canvas(tmp_path, _crowd() + far) as (document, scene, view):
        view.resize(1000, 700)
        view.show()
        view.set_zoom(0.3)
        view.centerOn(400, 150)
        _picture(view)
        view.hidden_cards.work_out()
        far_ids = {n.id for n in far}
        far_hidden = {i for i in _hidden(scene) if i.note_id in far_ids}
        near_hidden = [i for i in _hidden(scene) if i.note_id not in far_ids]
        assert far_hidden and near_hidden
        note = near_hidden[0]
        above = [
            i
            for i in note.collidingItems()
            if i in scene.note_items() and i.zValue() > note.zValue()
        ]
        _move_away(document, scene, note, above)
        assert note not in _hidden(scene)
        assert far_hidden <= set(_hidden(scene))  # the other pile is not painted again
        assert _picture(view) == _everything_painted(view)


def test_zooming_in_keeps_the_hidden_cards_and_zooming_out_works_them_out_again(crowd):
    document, scene, view = crowd
    view.hidden_cards.work_out()
    before = set(_hidden(scene))
    view.scale(1.5, 1.5)
    seen = _picture(view)
    assert set(_hidden(scene)) == before  # still right: nothing is drawn again for them
    assert seen == _everything_painted(view)
    view.hidden_cards.work_out()
    view.scale(0.2, 0.2)
    seen = _picture(view)
    assert view.hidden_cards.scale == pytest.approx(view.zoom())
    assert set(_hidden(scene)) == set(hidden_notes(scene.note_items(), view.zoom()))
    assert seen == _everything_painted(view)


def test_in_the_window_drags_deletes_undo_and_steps_leave_no_hole(
    registry, messages, qtbot, tmp_path
):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    # The crowd, and beside it a wide Map note with a small Focus note under it.
    big = Note(
        text="A long note that needs many lines. " * 12,
        width=500.0,
        colour="sky",
        step=Step.MAP,
        x=250.0,
        y=-300.0,
    )
    small = Note(text="Under the big one", step=Step.FOCUS, x=250.0, y=-300.0)
    path = tmp_path / "crowd.costar"
    WorkshopFile.create(
        path, data=WorkshopData(Workshop(title="Crowd"), [], [small, *_crowd(), big])
    ).close()
    window = registry.new_window()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path), messages
    view, scene = window.editor.view, window.editor.scene
    view.set_zoom(0.6)
    view.centerOn(-120, -300)
    vp = view.viewport()
    top = scene.note_item(big.id)

    def rest():  # nothing selected or focused: every note rests
        scene.clearSelection()
        scene.setFocusItem(None)

    def drag():
        start = view.mapFromScene(top.pos())
        end = start + QPoint(0, 250)
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
        for i in range(1, 9):
            QTest.mouseMove(vp, start + (end - start) * (i / 8))
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
        rest()

    def delete():
        QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=view.mapFromScene(top.pos()))
        window.delete_action.trigger()

    def undo():
        window.undo_action.trigger()
        rest()

    actions = [
        drag,
        undo,
        delete,
        undo,
        lambda: window.editor.go_to_step(Step.FOCUS),
        view.zoom_out,
        view.zoom_in,
        lambda: window.editor.go_to_step(Step.MAP),
    ]
    for action in actions:
        view.hidden_cards.work_out()
        if action in (drag, delete):
            assert scene.note_item(small.id) in _hidden(scene)  # until the big one goes
        assert _hidden(scene)
        action()
        qtbot.wait(20)  # the banner may change height with the step: let the layout settle
        seen = _picture(view)
        assert seen == _everything_painted(view), action


def test_a_scene_outliving_its_view_goes_on_without_it(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEvent

    with _canvas(tmp_path, _crowd()) as (document, scene, view):
        view.resize(600, 400)
        view.hidden_cards.work_out()
        assert _hidden(scene)
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        note = _hidden(scene)[0]
        document.move_notes({note.note_id: (note.pos().x() + 5, note.pos().y())})
        document.delete_notes([note.note_id])
        assert note.note_id not in document.notes
        assert _hidden(scene)
        second = CanvasView(scene)  # a new view starts from every card drawn
        assert not _hidden(scene)
        second.close()


def _edits(document, scene, rng, count: int):
    """``count`` small edits of the kinds a workshop sees, at random places in the pile."""

    def some_note():
        return rng.choice(scene.note_items())

    def move():
        item = some_note()
        document.move_notes(
            {
                item.note_id: (
                    item.pos().x() + rng.uniform(-80, 80),
                    item.pos().y() + rng.uniform(-80, 80),
                )
            }
        )

    def move_far():
        item = some_note()
        document.move_notes({item.note_id: (item.pos().x() + 900, item.pos().y() - 700)})

    def forward():
        document.update_notes({some_note().note_id: {"step": scene.current_step}})

    def backward():
        item = some_note()
        document.update_notes({item.note_id: {"step": Step.GROW}})

    def select_and_let_go():
        item = some_note()
        scene.select_notes([item.note_id])
        scene.clearSelection()

    def rewrite():
        document.update_notes(
            {some_note().note_id: {"text": "Longer words now " * rng.randint(0, 9)}}
        )

    def add():
        document.add_notes(
            [
                Note(
                    text="New " * rng.randint(1, 12),
                    step=scene.current_step,
                    x=rng.uniform(-620, -60),
                    y=rng.uniform(-520, -60),
                )
            ]
        )

    def delete():
        document.delete_notes([some_note().note_id])

    kinds = [move, move, move_far, forward, backward, select_and_let_go, rewrite, add, delete]
    return [rng.choice(kinds) for _ in range(count)]


def test_after_small_edits_only_the_notes_near_them_are_looked_at_again(crowd, monkeypatch):
    """Once still after an edit, the list is worked out again only near what changed, and
    gives exactly what working out the whole list gives (at the scale it is kept for)."""
    import random

    from costar_desktop.ui.canvas import hidden_cards

    document, scene, view = crowd
    view.hidden_cards.work_out()
    whole = []
    monkeypatch.setattr(
        hidden_cards,
        "hidden_notes",
        lambda items, scale: whole.append(scale) or hidden_notes(items, scale),
    )
    rng = random.Random(8)
    for edit in _edits(document, scene, rng, 150):
        edit()
        view.hidden_cards.work_out()
        expected = hidden_notes(scene.note_items(), view.hidden_cards.scale)
        assert set(_hidden(scene)) == set(expected), edit.__name__
    assert whole == []  # never the whole list
    assert len(_hidden(scene)) > 20
    assert _picture(view) == _everything_painted(view)


def test_a_long_move_uncovers_only_the_cards_at_both_ends(crowd):
    document, scene, view = crowd
    view.hidden_cards.work_out()
    note, above = _hidden_and_above(scene)
    top = max(above, key=lambda i: i.zValue())
    start = top.sceneBoundingRect()
    between = [i for i in _hidden(scene) if not i.sceneBoundingRect().intersects(start)]
    assert between  # hidden cards away from where the moved card starts
    document.move_notes({top.note_id: (top.pos().x() + 3000, top.pos().y() + 3000)})
    assert set(between) <= set(_hidden(scene))  # the move passed over them: still left out
    assert _picture(view) == _everything_painted(view)


def test_a_workshop_opened_in_the_same_canvas_is_looked_at_whole(crowd, tmp_path):
    document, scene, view = crowd
    view.hidden_cards.work_out()
    assert _hidden(scene)
    path = tmp_path / "second.costar"
    WorkshopFile.create(
        path, data=WorkshopData(Workshop(title="Second"), [], _crowd()[::2])
    ).close()
    second = WorkshopDocument(WorkshopFile.open(path))
    try:
        scene.set_document(second)
        seen = _picture(view)
        assert set(_hidden(scene)) == set(hidden_notes(scene.note_items(), view.zoom()))
        assert all(i.scene() is scene for i in view.hidden_cards.hidden)  # none of the old
        assert seen == _everything_painted(view)
    finally:
        scene.set_document(None)
        second.close()


def test_a_card_that_comes_out_from_under_another_hides_what_lies_below_it(big_note):
    """Three cards piled: the big one hides a middle one, which alone would hide a small one
    under it. Once the big one moves away, the middle one is seen and still hides the small
    one: looking at the notes near the move must know the middle one is no longer hidden."""
    document, scene, view, card = big_note
    small = Note(text="", step=Step.MAP, x=card.center().x(), y=card.center().y())
    middle = Note(
        text="Words that need a few lines on this card. " * 4,
        width=320.0,
        step=Step.MAP,
        x=card.center().x(),
        y=card.center().y(),
    )
    document.add_notes([small])
    document.add_notes([middle])  # added later: above the small one
    small_item, middle_item = scene.note_item(small.id), scene.note_item(middle.id)
    assert middle_item.sceneBoundingRect().contains(small_item.sceneBoundingRect())
    view.hidden_cards.show_all()
    view.hidden_cards.work_out()
    assert {small_item, middle_item} <= set(_hidden(scene))
    big = next(i for i in scene.note_items() if i not in (small_item, middle_item))
    document.move_notes({big.note_id: (big.pos().x() + 2000, big.pos().y())})
    view.hidden_cards.work_out()
    assert middle_item not in _hidden(scene)
    assert small_item in _hidden(scene)
    assert set(_hidden(scene)) == set(hidden_notes(scene.note_items(), view.hidden_cards.scale))
