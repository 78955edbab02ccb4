"""Zoom to a Co (issue 27): the room reads a point of the star's notes, and flies back.

The drawn size of a note's words is worked out from the view's transform: the words are
TEXT_UNITS star units tall at 100 % text size, so on screen TEXT_UNITS × text size × zoom
pixels. Presentation mode is laid out at 1920×1080 as in test_presentation.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QWheelEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from costar_desktop.core.model import Co, Note, Step
from costar_desktop.core.note_card import TEXT_UNITS
from costar_desktop.core.star import CO_ORDER, STAR, point_at
from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas import readable, view as view_module
from costar_desktop.ui.canvas.zoom_to import PARKING, SELECTION
from costar_desktop.ui.model import commands
from costar_desktop.ui.shell.presentation import MIN_TARGET

from .test_presentation import _layout
from .test_touch import Fingers

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: Ctrl+Shift+1 … 4, in CO_ORDER.
CO_KEYS = dict(zip(CO_ORDER, (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4), strict=True))


@pytest.fixture
def no_flight(monkeypatch):
    """Flights jump to their end: what they show is tested, not how long they take."""
    monkeypatch.setattr(view_module, "FLIGHT_MS", 0)


def drawn_px(view) -> float:
    """How tall a note's words are drawn, from the view's transform."""
    return TEXT_UNITS * appearance().text_scale * view.transform().m11()


def present(window, qtbot):
    _layout(window, qtbot, 1920, 1080)
    return window.editor.view


def in_window(window, view, scene_rect: QRectF) -> QRect:
    local = view.mapFromScene(scene_rect).boundingRect()
    return QRect(view.viewport().mapTo(window, local.topLeft()), local.size())


def bar_in_window(window) -> QRect:
    bar = window.presentation.bar
    return QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())


def notes_of(window, place) -> list:
    scene = window.editor.scene
    return [
        scene.note_item(n.id)
        for n in window.document.notes.values()
        if (n.co == place if isinstance(place, Co) else n.co is None)
    ]


def assert_all_shown(window, items) -> None:
    """Every item is inside the window, below the banner and above the floating bar."""
    view = window.editor.view
    viewport = QRect(view.viewport().mapTo(window, QPoint(0, 0)), view.viewport().size())
    bar = bar_in_window(window) if window.presentation.active else None
    for item in items:
        card = in_window(window, view, item.sceneBoundingRect())
        assert viewport.contains(card), item.note_id
        if bar is not None:
            assert card.bottom() <= bar.top(), item.note_id


# --- reading a Co ---------------------------------------------------------------------------


def test_each_co_of_the_sample_is_readable_at_1080p(window, qtbot, no_flight):
    view = present(window, qtbot)
    want = readable.px_for(readable.ZOOMED_PX_AT_1080, window.height())
    assert want == 24
    assert drawn_px(view) < want  # the whole star is not enough
    for co in CO_ORDER:
        QTest.keyClick(view, CO_KEYS[co], CTRL_SHIFT)
        assert view.zooms.current == co.value
        assert drawn_px(view) >= want, co
        assert_all_shown(window, notes_of(window, co))
        # The question stays on screen, above the canvas; the step buttons give it room.
        banner = window.editor.banner
        assert banner.question.isVisible() and banner.question.text().startswith("Map:")
        question = QRect(banner.question.mapTo(window, QPoint(0, 0)), banner.question.size())
        assert window.rect().contains(question)
        assert not any(b.isVisible() for b in banner.buttons.buttons())


def tidied_co(window, qtbot, co: Co, count: int = 12) -> list[str]:
    """``count`` notes in ``co`` (the sample's and new ones with the sample's kind of
    words), laid out by the app's own Tidy this Co (T)."""
    document = window.document
    have = [n for n in document.notes.values() if n.co == co and not n.is_group]
    words = [n.text for n in document.notes.values() if n.co is not None and not n.is_group]
    new = [
        Note(
            text=words[k % len(words)],
            x=point_at(STAR.co_centre_bearing(co), 600 + 8 * k)[0],
            y=point_at(STAR.co_centre_bearing(co), 600 + 8 * k)[1],
            step=Step.MAP,
        )
        for k in range(count - len(have))
    ]
    window.editor.push(commands.AddNotesCommand(document, new))
    window.editor.scene.select_notes([new[0].id])
    QTest.keyClick(window.editor.view, Qt.Key.Key_T)
    window.editor.scene.clearSelection()
    ids = [n.id for n in document.notes.values() if n.co == co and not n.is_group]
    assert len(ids) == count
    return ids


@pytest.mark.parametrize("co", [Co.COMMISSION, Co.DELIVER])
def test_a_dozen_tidied_notes_in_a_co_are_readable_at_1080p(window, qtbot, no_flight, co):
    view = present(window, qtbot)
    tidied_co(window, qtbot, co)
    QTest.keyClick(view, CO_KEYS[co], CTRL_SHIFT)
    assert drawn_px(view) >= readable.px_for(readable.ZOOMED_PX_AT_1080, window.height())
    assert_all_shown(window, notes_of(window, co))


@pytest.mark.parametrize("co", [Co.DESIGN, Co.ASSESS])
def test_a_dozen_tidied_notes_in_a_side_co_fill_the_height_they_are_given(
    window, qtbot, no_flight, co
):
    """Co-design and Co-assess point sideways: a row there holds two notes, so a dozen
    stand in six rows, taller (about 760 star units) than the room a 1080p screen has for
    them at 24 px. The view gives them every pixel of height there is."""
    view = present(window, qtbot)
    tidied_co(window, qtbot, co)
    QTest.keyClick(view, CO_KEYS[co], CTRL_SHIFT)
    assert_all_shown(window, notes_of(window, co))
    rect = view.zooms.area(co.value)[0]
    room = view.viewport().height() - view.bottom_margin - 2 * view_module.FIT_MARGIN_PX
    assert view.zoom() == pytest.approx(room / rect.height(), rel=1e-6)
    assert drawn_px(view) >= 18  # not 24: see the docstring


def test_a_co_with_no_notes_shows_its_point_of_the_star(window, qtbot, no_flight):
    document = window.document
    assess = [n.id for n in document.notes.values() if n.co == Co.ASSESS]
    window.editor.push(commands.DeleteNotesCommand(document, assess))
    view = window.editor.view
    QTest.keyClick(view, CO_KEYS[Co.ASSESS], CTRL_SHIFT)
    assert view.zooms.said == "Co-assess: 0 notes"
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    point = window.editor.scene.star_item.co_path(Co.ASSESS).boundingRect()
    assert shown.contains(point)
    assert shown.width() < 0.75 * STAR.star_rect()[2]


# --- the ways there and back ----------------------------------------------------------------


def test_the_same_key_again_flies_back_and_ctrl_0_too(window, qtbot, no_flight):
    view = window.editor.view
    overview = view.zoom()
    QTest.keyClick(view, Qt.Key.Key_2, CTRL_SHIFT)
    assert view.zooms.current == "design" and view.zoom() > 2 * overview
    QTest.keyClick(view, Qt.Key.Key_3, CTRL_SHIFT)  # another Co's key: there
    assert view.zooms.current == "deliver"
    QTest.keyClick(view, Qt.Key.Key_3, CTRL_SHIFT)  # the same key: back
    assert view.zooms.current is None and view.zoom() == pytest.approx(overview)
    assert view.fitted
    QTest.keyClick(view, Qt.Key.Key_1, CTRL_SHIFT)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zooms.current is None and view.zoom() == pytest.approx(overview)


def test_view_menu_zoom_to_lists_the_places_and_flies(window, qtbot, no_flight):
    menu = window.findChild(QMenu, "view.zoom_to")
    assert menu is not None
    words = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert words == [
        "1 Co-commission",
        "2 Co-design",
        "3 Co-deliver",
        "4 Co-assess",
        "5 Notes not yet placed",
        "Selected notes or group",
        "Fit star",
    ]
    deliver = next(a for a in menu.actions() if a.objectName() == "view.zoom_to.deliver")
    deliver.trigger()
    assert window.editor.view.zooms.current == "deliver"
    next(a for a in menu.actions() if a.objectName() == "view.fit").trigger()
    assert window.editor.view.zooms.current is None


def label_point(window, co: Co) -> QPoint:
    """The middle of a Co's name, in the canvas's viewport pixels."""
    box = QRectF(*STAR.co_label_box(co))
    return window.editor.view.mapFromScene(box.center())


def test_clicking_a_co_s_name_flies_there_and_back(window, qtbot, no_flight):
    view = present(window, qtbot)
    viewport = view.viewport()
    p = label_point(window, Co.DESIGN)
    QTest.mouseMove(viewport, p)
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    assert view.zooms.current == "design"
    p = label_point(window, Co.DESIGN)  # where the name is now (beside its notes at 1920)
    assert viewport.rect().contains(p)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    assert view.zooms.current is None


def test_a_drag_across_a_co_s_name_is_not_a_click(window, qtbot, no_flight):
    view = window.editor.view
    viewport = view.viewport()
    p = label_point(window, Co.COMMISSION)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    QTest.mouseMove(viewport, p + QPoint(40, 0))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p + QPoint(40, 0)
    )
    assert view.zooms.current is None


def test_a_tap_on_a_co_s_name_flies_there(window, qtbot, no_flight):
    fingers = Fingers(window, QTest.createTouchDevice(), qtbot)
    fingers.tap(label_point(window, Co.ASSESS))
    qtbot.waitUntil(lambda: window.editor.view.zooms.current == "assess")


def test_the_bar_s_button_opens_a_big_menu_of_the_places(window, qtbot, no_flight):
    view = present(window, qtbot)
    bar = window.presentation.bar
    button = bar.zoom
    assert button.width() >= MIN_TARGET and button.height() >= MIN_TARGET
    assert button.accessibleName().startswith("Zoom to a Co")
    button.click()
    menu = bar.zoom_menu
    qtbot.waitUntil(menu.isVisible)
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert len(entries) == 7
    for action in entries:
        row = menu.actionGeometry(action)
        assert row.height() >= MIN_TARGET and row.width() >= MIN_TARGET, action.text()
    assert menu.font().pointSizeF() >= 16
    design = next(a for a in entries if a.objectName() == "view.zoom_to.design")
    QTest.mouseClick(
        menu,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        menu.actionGeometry(design).center(),
    )
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert view.zooms.current == "design"
    # The button says where the view is (not by colour alone), and Escape is the view's.
    assert button.isChecked() and "Co-design" in button.text()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert view.zooms.current is None and window.presentation.active
    assert not button.isChecked() and "Co-design" not in button.text()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_escape_flies_back_first_then_leaves_presentation_mode(window, qtbot, no_flight):
    view = present(window, qtbot)
    overview = view.zoom()
    QTest.keyClick(view, Qt.Key.Key_4, CTRL_SHIFT)
    assert view.zooms.current == "assess" and window.presentation.active
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.zooms.current is None and window.presentation.active
    assert view.zoom() == pytest.approx(overview)
    assert all(b.isVisible() for b in window.editor.banner.buttons.buttons())
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_escape_while_typing_a_note_in_a_zoomed_co_finishes_the_note(window, qtbot, no_flight):
    view = present(window, qtbot)
    QTest.keyClick(view, Qt.Key.Key_2, CTRL_SHIFT)
    window.presentation.bar.add_note.click()
    QTest.keyClicks(view, "Read it out")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert "Read it out" in [n.text for n in window.document.notes.values()]
    assert view.zooms.current == "design" and window.presentation.active


def test_the_notes_not_yet_placed_and_the_selection(window, qtbot, no_flight):
    view = present(window, qtbot)
    QTest.keyClick(view, Qt.Key.Key_5, CTRL_SHIFT)
    parked = notes_of(window, None)
    assert view.zooms.current == PARKING and view.zooms.said == "Not yet placed: 3 notes"
    assert_all_shown(window, parked)
    assert drawn_px(view) >= readable.px_for(readable.ZOOMED_PX_AT_1080, window.height())
    # A group: its frame and its notes.
    scene = window.editor.scene
    group = scene.group_items()[0]
    scene.select_notes([group.note_id])
    QTest.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)
    assert view.zooms.current == SELECTION
    assert view.zooms.said == f"Selected notes: {len(group.members)} notes"
    assert_all_shown(window, [group, *group.members])
    QTest.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)
    assert view.zooms.current is None
    # Nothing selected: nowhere to go, and the facilitator is told why.
    scene.clearSelection()
    with qtbot.waitSignal(window.editor.message) as said:
        QTest.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)
    assert "Select" in said.args[0] and view.zooms.current is None


# --- flights -------------------------------------------------------------------------------


def test_a_flight_is_smooth_and_ends_exactly_on_its_target(window, qtbot, monkeypatch):
    monkeypatch.setattr(view_module, "animations_wanted", lambda: True)
    view = window.editor.view
    start = view.zoom()
    seen: list[float] = []
    view.zoom_changed.connect(seen.append)
    with qtbot.waitSignal(view.flight_finished, timeout=5000):
        QTest.keyClick(view, Qt.Key.Key_2, CTRL_SHIFT)
        assert view.flying()
    rect = view.zooms.area("design")[0]
    zoom, centre = view.fit_place(rect, view.readable_zoom_limit())
    assert view.zoom() == zoom  # exactly
    # Centred on the target as exactly as the view's whole-pixel scrolling allows: centring
    # on it again moves nothing.
    landed = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    view.centerOn(centre)
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == landed
    middle = view.mapToScene(view.viewport().rect().center())
    assert abs(middle.x() - centre.x()) * zoom <= 2 and abs(middle.y() - centre.y()) * zoom <= 2
    between = [z for z in seen if start < z < zoom]
    assert len(between) >= 3 and between == sorted(between)  # on its way, never back
    view.zoom_changed.disconnect(seen.append)


def test_the_wheel_during_a_flight_stops_it(window, qtbot, monkeypatch):
    monkeypatch.setattr(view_module, "animations_wanted", lambda: True)
    monkeypatch.setattr(view_module, "FLIGHT_MS", 5000)
    view = window.editor.view
    start = view.zoom()
    QTest.keyClick(view, Qt.Key.Key_1, CTRL_SHIFT)
    qtbot.waitUntil(lambda: view.zoom() > start * 1.05)
    assert view.flying()
    centre = view.viewport().rect().center()
    before = view.zoom()
    wheel = QWheelEvent(  # Ctrl+wheel, one notch towards the user: zoom out
        QPointF(centre),
        QPointF(view.viewport().mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert not view.flying()
    assert view.zoom() == pytest.approx(before / view_module.ZOOM_STEP, rel=0.05)
    # Still "at" the Co: Escape flies back.
    assert view.zooms.current == "commission"


def test_a_pan_during_a_flight_stops_it(window, qtbot, monkeypatch):
    monkeypatch.setattr(view_module, "animations_wanted", lambda: True)
    monkeypatch.setattr(view_module, "FLIGHT_MS", 5000)
    view = window.editor.view
    start = view.zoom()
    QTest.keyClick(view, Qt.Key.Key_2, CTRL_SHIFT)
    qtbot.waitUntil(lambda: view.zoom() > start * 1.05)
    view.pan_by(30, 0)
    assert not view.flying()


def test_a_zoomed_co_stays_fitted_when_the_window_is_resized(window, qtbot, no_flight):
    view = window.editor.view
    QTest.keyClick(view, Qt.Key.Key_4, CTRL_SHIFT)
    before = view.zoom()
    window.resize(1700, 1000)
    qtbot.waitUntil(lambda: view.zoom() > before)
    assert_all_shown(window, notes_of(window, Co.ASSESS))


# --- what a screen reader gets ----------------------------------------------------------------


def test_a_screen_reader_hears_where_the_view_went(window, qtbot, no_flight, monkeypatch):
    events: list[str] = []

    def record(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            events.append(event.message())

    monkeypatch.setattr(QAccessible, "isActive", lambda: True)
    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    view = window.editor.view
    QTest.keyClick(view, Qt.Key.Key_2, CTRL_SHIFT)
    QTest.keyClick(view, Qt.Key.Key_2, CTRL_SHIFT)
    assert events == ["Co-design: 8 notes", "The whole star"]


def test_each_co_s_accessible_child_has_a_zoom_action(window, no_flight):
    canvas = QAccessible.queryAccessibleInterface(window.editor.view)
    design = canvas.child(1)
    assert design.text(QAccessible.Text.Name) == "Co-design point of the star"
    actions = design.actionInterface()
    assert actions is not None
    press = QAccessibleActionInterface.pressAction()
    assert actions.actionNames() == [press]
    assert actions.localizedActionName(press) == "Zoom to"
    assert "Co-design" in actions.localizedActionDescription(press)
    actions.doAction(press)
    assert window.editor.view.zooms.current == "design"
    actions.doAction(press)
    assert window.editor.view.zooms.current is None
    step = canvas.child(5)
    assert step.actionInterface() is None  # the steps have no zoom


# --- the overview in presentation mode ----------------------------------------------------------


def test_the_presentation_overview_fits_where_the_notes_are(window, qtbot):
    view = present(window, qtbot)
    whole_star = view.fit_place(QRectF(*STAR.star_rect()))[0]
    assert view.zoom() > 1.2 * whole_star
    items = [*window.editor.scene.note_items(), *window.editor.scene.group_items()]
    assert_all_shown(window, items)
    # The ring of steps stays in view, so the star is recognisable.
    ring = QRectF(-STAR.step_ring_outer, -STAR.step_ring_outer, 600, 600)
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(ring)
    # The normal window's Fit star is the whole star, as before.
    window.presentation.leave()
    left, top, w, h = STAR.star_rect()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(QRectF(left, top, w, h))
    assert not view.presenting


def test_presentation_mode_has_no_scroll_bars(window, qtbot):
    view = present(window, qtbot)
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    window.presentation.leave()
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn


def test_the_bar_has_one_zoom_button(window, qtbot):
    present(window, qtbot)
    names = [b.accessibleName() for b in window.presentation.bar.findChildren(QPushButton)]
    assert len([n for n in names if n.startswith("Zoom to")]) == 1
