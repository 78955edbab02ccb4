"""The spotlight (issue 27): one note across the canvas, large enough for the back of the
room; walked with keys, a presenter's remote and fingers; edit, dot, impact and shortlist
as on the canvas, each the same undo step; followed by a screen reader.

Driven as in the room: F5 into presentation mode laid out at a projector's size, F9, keys
to whatever has the keyboard, fingers as synthesised touch events."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QAccessible, QFontInfo, QFontMetricsF, QTextLayout, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from costar_desktop.core import rules, steps
from costar_desktop.core.model import Note, Workshop
from costar_desktop.core.steps import step_works_on
from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas import readable
from costar_desktop.ui.model import commands
from costar_desktop.ui.model.commands_steps import SetSettingsCommand, ToggleDotCommand
from costar_desktop.ui.shell.spotlight import spotlight_order

from .test_presentation_views import CTRL, go_to, key, present

SHIFT = Qt.KeyboardModifier.ShiftModifier


def spot(window):
    return window.spotlight.view


def open_spotlight(window, qtbot):
    key(qtbot, Qt.Key.Key_F9)
    view = spot(window)
    assert view is not None
    qtbot.waitUntil(lambda: view.isVisible() and view.words.hasFocus())
    return view


def state(window):
    """What the workshop holds: every note's words and every dot."""
    d = window.document
    return (
        {n.id: (n.text, n.impact, n.shortlisted) for n in d.notes.values()},
        sorted((v.note_id, v.voter_id) for v in d.votes.values()),
    )


def dots_on(window, note_id) -> int:
    d = window.document
    return rules.dot_totals(d.votes.values(), d.notes)[rules.dot_target(d.notes, note_id)]


def a_voter_with_dots(window) -> None:
    """D gives the chosen voter's dot: choose one who has dots left (the sample's voters
    have used theirs)."""
    window.editor.push(SetSettingsCommand(window.document, {"vote_budget": 9}, "More dots"))
    data = window.document.snapshot()
    voter = next(p.id for p in data.participants if steps.votes_left(data, p.id) > 0)
    window.editor.session.set_voter(voter)


def in_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shipped_families() -> set[str]:
    from PySide6.QtGui import QFontDatabase

    appearance().load_fonts()
    return {f for fid in range(200) for f in QFontDatabase.applicationFontFamilies(fid)}


def drawn_with(text: str, font) -> tuple[set[str], bool]:
    """The fonts Qt draws ``text`` with, and whether every glyph was found in them."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    return (
        {r.rawFont().familyName() for r in runs},
        all(0 not in list(r.glyphIndexes()) for r in runs),
    )


# --- large enough for the room -------------------------------------------------------------


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_the_notes_words_are_large_on_the_shared_screen(window, qtbot, size):
    width, height = size
    present(window, qtbot, width, height)
    view = open_spotlight(window, qtbot)
    qtbot.waitUntil(lambda: view.reading is not None)
    readable_px = readable.px_for(readable.SPOTLIGHT_PX_AT_1080, height, appearance().text_scale)
    # The size Qt draws the words at, not the constant.
    drawn = QFontInfo(view.words.font()).pixelSize()
    assert drawn >= readable_px
    if height == 1080:
        assert drawn >= 40
    # A short note is shown larger, up to twice the readable size.
    assert len(view.words.toPlainText()) < 100 and drawn > readable_px
    assert drawn <= 2 * readable_px + 1
    # Over the canvas: the step's question stays above it, the floating bar below it.
    question = window.editor.banner.question
    assert question.isVisible()
    words = in_window(window, view.words)
    assert words.top() >= in_window(window, question).bottom()
    bar = window.presentation.bar
    assert bar.isVisible() and in_window(window, view.card).bottom() <= in_window(window, bar).top()
    assert window.rect().contains(in_window(window, view))
    # The lines under the words are readable too, and every button is a large target.
    assert QFontInfo(view.facts.font()).pixelSize() >= 0.7 * readable_px
    for b in view.findChildren(QPushButton):
        assert b.width() >= 48 and b.height() >= 48, b.accessibleName()


# --- keys ----------------------------------------------------------------------------------


def test_keyboard_only_walk_dot_edit_undo_and_leave(window, qtbot):
    present(window, qtbot)
    a_voter_with_dots(window)
    before = state(window)
    assert not window.editor.scene.selected_note_ids()  # nothing selected: the first note
    view = open_spotlight(window, qtbot)
    order = list(view.order)
    assert view.current == order[0]
    # Walk five notes: the arrows, a presenter's Page Down, Space.
    for k in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right):
        key(qtbot, k)
    key(qtbot, Qt.Key.Key_PageDown)
    assert view.current == order[5]
    assert view.position.text() == f"Note 6 of {len(order)}"
    # …and back: Page Up, Left, Shift+Space.
    key(qtbot, Qt.Key.Key_PageUp)
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Space, SHIFT)
    assert view.current == order[2]
    note_id = view.current
    # D: a dot, the canvas's own action, one undo step.
    dots = dots_on(window, note_id)
    count = window.document.undo_stack.count()
    key(qtbot, Qt.Key.Key_D)
    assert abs(dots_on(window, note_id) - dots) == 1
    stack = window.document.undo_stack
    assert stack.count() == count + 1
    assert isinstance(stack.command(stack.count() - 1), ToggleDotCommand)  # the canvas's D
    said = f"{dots_on(window, note_id)} dot"
    qtbot.waitUntil(lambda: said in view.facts.text())
    # Enter edits in place; Shift+Enter is a new line; Enter saves as one undo step.
    old = window.document.notes[note_id].text
    key(qtbot, Qt.Key.Key_Return)
    assert view.words.editing and view.words.hasFocus()
    QTest.keyClicks(view.words, " and more")
    key(qtbot, Qt.Key.Key_Return, SHIFT)
    QTest.keyClicks(view.words, "said Ann")
    key(qtbot, Qt.Key.Key_Return)
    assert not view.words.editing
    assert window.document.notes[note_id].text == old + " and more\nsaid Ann"
    assert stack.count() == count + 2
    # The command typing into the note on the canvas pushes.
    assert isinstance(stack.command(stack.count() - 1), commands.EditNoteTextCommand)
    qtbot.waitUntil(lambda: view.words.toPlainText() == old + " and more\nsaid Ann")
    # Ctrl+Z twice: the workshop is as it was.
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert state(window) == before
    qtbot.waitUntil(lambda: view.words.toPlainText() == old)
    assert view.current == note_id
    # Escape: back to the star with that note selected; presentation mode goes on.
    key(qtbot, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert window.presentation.active
    assert window.editor.scene.selected_note_ids() == [note_id]
    assert window.editor.view.hasFocus()
    assert not window.menu_actions["view.spotlight"].isChecked()
    # A second Escape leaves presentation mode, as before.
    key(qtbot, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_impact_shortlist_and_escape_while_editing(window, qtbot):
    present(window, qtbot)
    view = open_spotlight(window, qtbot)
    note_id = view.current
    before = state(window)
    key(qtbot, Qt.Key.Key_4)
    assert window.document.notes[note_id].impact == 4
    qtbot.waitUntil(lambda: "impact 4 of 5" in view.facts.text())
    key(qtbot, Qt.Key.Key_0)
    assert window.document.notes[note_id].impact is None
    was = window.document.notes[note_id].shortlisted
    key(qtbot, Qt.Key.Key_S)
    assert window.document.notes[note_id].shortlisted is not was
    # Escape while editing keeps what was typed, as on the canvas; the spotlight stays.
    key(qtbot, Qt.Key.Key_F2)
    assert view.words.editing
    QTest.keyClicks(view.words, "!")
    key(qtbot, Qt.Key.Key_Escape)
    assert not view.words.editing and view.isVisible() and window.presentation.active
    assert window.document.notes[note_id].text.endswith("!")
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Z, CTRL)
    assert state(window) == before


def test_f9_again_leaves_and_the_ends_of_the_list_hold(window, qtbot):
    view = open_spotlight(window, qtbot)  # the normal window: over the canvas
    assert view.geometry() == window.editor.view.geometry()
    first = view.current
    key(qtbot, Qt.Key.Key_Left)
    assert view.current == first and not view.previous.isEnabled()
    key(qtbot, Qt.Key.Key_End)
    assert view.current == view.order[-1] and not view.next.isEnabled()
    key(qtbot, Qt.Key.Key_Right)
    assert view.current == view.order[-1]
    key(qtbot, Qt.Key.Key_Home)
    assert view.current == first
    key(qtbot, Qt.Key.Key_F9)
    assert not view.isVisible()
    assert window.editor.scene.selected_note_ids() == [first]
    assert window.editor.view.hasFocus()


# --- fingers -------------------------------------------------------------------------------


class Fingers:
    """Synthesised touches, sent to the window as a touch screen's are."""

    def __init__(self, window, qtbot):
        self.window, self.qtbot = window, qtbot
        self.device = QTest.createTouchDevice()

    def at(self, widget, point: QPoint) -> QPoint:
        return self.window.windowHandle().mapFromGlobal(widget.mapToGlobal(point))

    def sequence(self):
        return QTest.touchEvent(self.window.windowHandle(), self.device)

    def tap(self, widget, point: QPoint | None = None) -> None:
        p = self.at(widget, point if point is not None else widget.rect().center())
        self.sequence().press(0, p).commit()
        self.sequence().release(0, p).commit()
        self.qtbot.wait(1)

    def swipe(self, widget, dx: int, dy: int = 0, steps: int = 8) -> None:
        start = widget.rect().center()
        self.sequence().press(0, self.at(widget, start)).commit()
        for i in range(1, steps + 1):
            p = start + QPoint(dx * i // steps, dy * i // steps)
            self.sequence().move(0, self.at(widget, p)).commit()
            self.qtbot.wait(2)
        self.sequence().release(0, self.at(widget, start + QPoint(dx, dy))).commit()
        self.qtbot.wait(1)


def test_fingers_walk_dot_edit_undo_and_go_back(window, qtbot):
    present(window, qtbot)
    a_voter_with_dots(window)
    before = state(window)
    fingers = Fingers(window, qtbot)
    bar = window.presentation.bar
    button = next(
        b for b in bar.findChildren(QPushButton) if b.accessibleName().startswith("Spotlight")
    )
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # no earlier tap counts as a first
    fingers.tap(button)
    view = spot(window)
    qtbot.waitUntil(lambda: view is not None and view.isVisible())
    view = spot(window)
    assert button.isChecked()
    order = list(view.order)
    area = view.words.viewport()
    # A swipe to the left brings the next note, to the right the previous one.
    for _ in range(5):
        fingers.swipe(area, -300)
    assert view.current == order[5]
    fingers.swipe(area, 300)
    assert view.current == order[4]
    # Up and down is not a swipe.
    fingers.swipe(area, -40, 200)
    assert view.current == order[4]
    note_id = view.current
    dots = dots_on(window, note_id)
    fingers.tap(view.dot)
    assert abs(dots_on(window, note_id) - dots) == 1
    # A double tap on the words edits them (the Edit button does too).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    fingers.tap(area)
    qtbot.wait(30)
    fingers.tap(area)
    assert view.words.editing
    old = window.document.notes[note_id].text
    QTest.keyClicks(view.words, " (agreed)")
    key(qtbot, Qt.Key.Key_Return)
    assert window.document.notes[note_id].text == old + " (agreed)"
    fingers.tap(view.edit)
    assert view.words.editing
    key(qtbot, Qt.Key.Key_Escape)  # nothing typed: nothing changes
    assert window.document.notes[note_id].text == old + " (agreed)"
    # The floating bar's Undo, twice, with a finger.
    undo = next(b for b in bar.findChildren(QPushButton) if b.accessibleName() == "Undo")
    fingers.tap(undo)
    fingers.tap(undo)
    assert state(window) == before
    fingers.tap(view.close_button)
    assert not view.isVisible() and window.presentation.active
    assert window.editor.scene.selected_note_ids() == [note_id]
    assert not button.isChecked()


# --- the order -----------------------------------------------------------------------------


def test_the_spotlight_reads_in_tab_s_order_with_the_current_step_first(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "people")  # works on the shortlist: a few notes come first
    view = open_spotlight(window, qtbot)
    d = window.document
    scene = window.editor.scene
    step = window.editor.current_step

    def works(note_id):
        n = d.notes[note_id]
        return step_works_on(step, n, d.notes.get(n.group_id) if n.group_id else None)

    tab = [item.note_id for item in scene.reading_order()]
    first = [
        i for i in view.order if works(i) or any(works(m) for m in tab if d.notes[m].group_id == i)
    ]
    assert 0 < len(first) < len(view.order)
    assert sorted(view.order) == sorted(tab)
    part = view.order[: len(first)]
    # Each part goes in Tab's order; the first holds the notes the step works on.
    assert part == [i for i in tab if i in set(part)]
    rest = view.order[len(first) :]
    assert rest == [i for i in tab if i in set(rest)]
    assert all(works(i) or d.notes[i].is_group for i in part)
    assert view.order == spotlight_order(d, step, lambda i: scene.note_item(i).isVisible())
    # The step changes under the spotlight: it stays on its note, in the new step's order.
    note_id = view.current
    go_to(window, qtbot, "map")
    qtbot.waitUntil(
        lambda: view.order == spotlight_order(d, window.editor.current_step, lambda i: True)
    )
    assert view.isVisible() and view.current == note_id
    assert "Map step" in view.facts.text() or d.notes[note_id].step.value != "map"


def test_a_group_is_a_stop_its_title_then_its_notes(window, qtbot):
    d = window.document
    card = next(n for n in d.notes.values() if n.is_group)
    members = [n for n in d.notes.values() if n.group_id == card.id]
    window.editor.scene.select_notes([card.id])
    view = open_spotlight(window, qtbot)
    assert view.current == card.id
    assert view.words.toPlainText() == card.text
    assert f"A group of {len(members)} notes" in view.facts.text()
    for m in members[:3]:
        assert " ".join(m.text.split())[:40] in view.facts.text()
    # Its title is edited as the canvas renames a group: one undo step.
    key(qtbot, Qt.Key.Key_Return)
    QTest.keyClicks(view.words, " too")
    key(qtbot, Qt.Key.Key_Return)
    assert d.notes[card.id].text == card.text + " too"
    stack = d.undo_stack
    assert isinstance(stack.command(stack.count() - 1), commands.UpdateNotesCommand)
    window.undo_action.trigger()
    assert d.notes[card.id].text == card.text
    key(qtbot, Qt.Key.Key_Right)
    member = d.notes[view.current]
    assert member.group_id == card.id
    assert f"in the group “{card.text}”" in view.facts.text()
    assert "its group has" in view.facts.text()  # dots on a grouped note go to its group


# --- a screen reader -----------------------------------------------------------------------


def test_a_screen_reader_hears_each_note_as_the_spotlight_moves(window, qtbot, monkeypatch):
    # Names only: holding the widgets would keep the window alive after the test.
    sent: list[tuple[str, QAccessible.Event]] = []
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        staticmethod(lambda event: sent.append((event.object().objectName(), event.type()))),
    )
    present(window, qtbot)
    view = open_spotlight(window, qtbot)
    assert ("spotlightWords", QAccessible.Event.Focus) in sent
    sent.clear()
    key(qtbot, Qt.Key.Key_Right)
    assert ("spotlightWords", QAccessible.Event.Focus) in sent
    note = window.document.notes[view.current]
    iface = QAccessible.queryAccessibleInterface(view.words)
    assert iface is not None
    name = iface.text(QAccessible.Text.Name)
    assert note.text in name and name == view.words.accessibleName()
    description = iface.text(QAccessible.Text.Description)
    assert f"2 of {len(view.order)}." in description and "Escape" in description
    # Every button says what it does, with its key.
    for b in view.findChildren(QPushButton):
        assert b.accessibleName()


# --- what a note may hold --------------------------------------------------------------------


def test_a_very_long_note_keeps_the_readable_size_and_scrolls(window, qtbot):
    present(window, qtbot)
    d = window.document
    note_id = next(iter(d.notes))
    text = "word " * 4000
    assert len(text) == 20_000
    window.editor.push(commands.EditNoteTextCommand(d, note_id, text, 400.0))
    window.editor.scene.select_one(note_id)
    view = open_spotlight(window, qtbot)
    assert view.current == note_id
    qtbot.waitUntil(lambda: view.words.verticalScrollBar().maximum() > 0)
    assert QFontInfo(view.words.font()).pixelSize() == round(view.base_px) >= 40
    assert view.words.toPlainText() == text
    bar = view.words.verticalScrollBar()
    key(qtbot, Qt.Key.Key_Down)
    assert bar.value() > 0
    at = bar.value()
    key(qtbot, Qt.Key.Key_Up)
    assert bar.value() < at
    centre = QPointF(view.words.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(view.words.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    before = bar.value()
    QApplication.sendEvent(view.words.viewport(), wheel)
    assert bar.value() > before
    # A finger drags the words up.
    Fingers(window, qtbot).swipe(view.words.viewport(), 0, -200)
    assert bar.value() > before
    assert view.current == note_id  # dragging up and down is no swipe to another note


def test_other_scripts_and_emoji_are_shown_as_written(window, qtbot):
    families = shipped_families()
    d = window.document
    note_id = next(iter(d.notes))
    text = "مرحبا بالعالم · नमस्ते दुनिया · 你好，世界 · Zażółć gęślą jaźń 😀🎉"
    window.editor.push(commands.EditNoteTextCommand(d, note_id, text, 100.0))
    window.editor.scene.select_one(note_id)
    view = open_spotlight(window, qtbot)
    assert view.words.toPlainText() == text
    used, complete = drawn_with(text, view.words.font())
    assert complete and used <= families, used


def test_hidden_dots_are_not_shown_or_said(window, qtbot):
    d = window.document
    voted = next(v.note_id for v in d.votes.values())
    target = rules.dot_target(d.notes, voted)
    window.editor.push(SetSettingsCommand(d, {"votes_hidden": True}, "Hide the dots"))
    window.editor.scene.select_one(target)
    view = open_spotlight(window, qtbot)
    assert view.current == target
    said = view.facts.text() + view.words.accessibleDescription()
    assert "hidden" in said
    assert not re.search(r"\d+ dots?\b", said), said
    # Revealed (undone), they are shown at once.
    window.undo_action.trigger()
    count = dots_on(window, target)
    qtbot.waitUntil(lambda: f"{count} dot" in view.facts.text())


# --- following the workshop ------------------------------------------------------------------


def test_the_spotlight_follows_the_workshop(window, qtbot):
    d = window.document
    view = open_spotlight(window, qtbot)
    key(qtbot, Qt.Key.Key_Right)
    note_id = view.current
    following = view.order[view.order.index(note_id) + 1]
    # A dot given elsewhere (the voting panel, a click on the star) shows at once.
    window.editor.push(ToggleDotCommand(d, note_id, window.editor.voter_id()))
    said = f"{dots_on(window, note_id)} dot"
    qtbot.waitUntil(lambda: said in view.facts.text())
    window.editor.push(commands.EditNoteTextCommand(d, note_id, "Changed words", 100.0))
    qtbot.waitUntil(lambda: view.words.toPlainText() == "Changed words")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.words.toPlainText() != "Changed words")
    # The note deleted: the spotlight goes on to the next one.
    window.editor.push(commands.DeleteNotesCommand(d, [note_id]))
    qtbot.waitUntil(lambda: view.current == following)
    assert view.isVisible()
    # Undone: it is back in the order (the spotlight stays where it is).
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: note_id in view.order)
    # Every note gone: the spotlight closes.
    window.editor.push(commands.DeleteNotesCommand(d, list(d.notes)))
    qtbot.waitUntil(lambda: not view.isVisible())
    assert not window.menu_actions["view.spotlight"].isChecked()


def test_with_no_notes_it_says_so(window, qtbot, tmp_path):
    assert window.create_workshop(tmp_path / "empty.costar", Workshop(title="Empty"))
    window.editor.view.setFocus()
    qtbot.waitUntil(lambda: window.editor.view.hasFocus())
    present(window, qtbot)
    view = open_spotlight(window, qtbot)
    assert "no notes yet" in view.words.toPlainText()
    assert "no notes yet" in view.words.accessibleName()
    assert not any(b.isEnabled() for b in (view.previous, view.next, view.edit, view.dot))
    key(qtbot, Qt.Key.Key_D)  # nothing to dot: nothing happens
    assert window.document.undo_stack.count() == 0
    # A note added (by a phone, a panel, an undo) is shown.
    window.editor.push(commands.AddNotesCommand(window.document, [Note(text="First one")]))
    qtbot.waitUntil(lambda: view.words.toPlainText() == "First one")
    key(qtbot, Qt.Key.Key_Escape)
    assert not view.isVisible() and window.presentation.active


# --- with the rest of the window -------------------------------------------------------------


def test_it_is_in_the_view_menu_the_note_menu_and_on_the_bar(window, qtbot):
    action = window.menu_actions["view.spotlight"]
    assert action.isCheckable() and action.shortcut().toString() == "F9"
    assert action in window.menus["view"].actions()
    menu = window.show_canvas_menu(window.editor.view.mapToGlobal(QPoint(5, 5)))
    assert action in menu.actions()
    menu.close()
    assert any(
        "F9" in keys and "Spotlight" in what for keys, what in window.menu_actions.help_rows()
    )
    # The bar's button and its glyph, drawn from the fonts we ship.
    present(window, qtbot)
    bar = window.presentation.bar
    button = next(b for b in bar.findChildren(QPushButton) if "F9" in b.accessibleName())
    families = shipped_families()
    used, complete = drawn_with(button.text(), button.font())
    assert complete and used <= families, used
    view_buttons = open_spotlight(window, qtbot).findChildren(QPushButton)
    for b in view_buttons:
        used, complete = drawn_with(b.text(), b.font())
        assert complete and used <= families, (b.text(), used)
    assert button.isChecked()
    button.click()
    assert not spot(window).isVisible() and not button.isChecked()


def test_presentation_mode_and_the_step_s_work_share_the_screen(window, qtbot):
    view = open_spotlight(window, qtbot)  # in the normal window
    note_id = view.current
    # Into presentation mode: it stays, over the canvas, with the keyboard.
    key(qtbot, Qt.Key.Key_F5)
    assert window.presentation.active and view.isVisible()
    window.showNormal()
    window.setGeometry(0, 0, 1920, 1080)
    qtbot.waitUntil(lambda: view.geometry() == window.editor.view.geometry())
    qtbot.waitUntil(lambda: view.words.hasFocus())
    qtbot.waitUntil(lambda: QFontInfo(view.words.font()).pixelSize() >= 40)
    # F7 at a step with work to show: the work takes the screen.
    go_to(window, qtbot, "focus")
    assert view.isVisible()
    key(qtbot, Qt.Key.Key_F7)
    assert window.presentation.work_shown() and not view.isVisible()
    # F9: the spotlight comes back over the work, at the note it was on.
    key(qtbot, Qt.Key.Key_F9)
    assert view.isVisible() and not window.presentation.work_shown()
    assert view.current == note_id
    # Voting mode gives dots on the star: the star comes back.
    window.step_tools.voting_action.setChecked(True)
    assert not view.isVisible()
    window.step_tools.voting_action.setChecked(False)
    # Presentation mode left with the spotlight up (the bar's Exit): it stays in the window.
    key(qtbot, Qt.Key.Key_F9)
    assert view.isVisible()
    exit_button = window.presentation.bar.exit
    exit_button.click()
    assert not window.presentation.active
    qtbot.waitUntil(lambda: view.geometry() == window.editor.view.geometry())
    assert view.isVisible()


def test_closing_the_workshop_under_the_spotlight(window, qtbot):
    open_spotlight(window, qtbot)
    window.close_workshop()
    action = window.menu_actions["view.spotlight"]
    assert not action.isChecked() and not action.isEnabled()
    assert window.spotlight.view is None
    key(qtbot, Qt.Key.Key_F9)  # disabled: nothing happens
    assert window.spotlight.view is None


def test_a_note_added_from_the_bar_is_typed_on_the_star(window, qtbot):
    present(window, qtbot)
    view = open_spotlight(window, qtbot)
    count = len(window.document.notes)
    window.presentation.bar.add_note.click()
    assert not view.isVisible()
    draft = window.editor.scene.draft
    assert draft is not None and draft.editing
    QTest.keyClicks(QApplication.focusWidget(), "From the floor")
    key(qtbot, Qt.Key.Key_Return)
    assert len(window.document.notes) == count + 1
    assert any(n.text == "From the floor" for n in window.document.notes.values())


@pytest.mark.parametrize(
    "size, scale", [((1280, 720), 1.0), ((1280, 720), 1.5), ((1280, 720), 2.5), ((1920, 1080), 2.5)]
)
def test_at_a_large_text_size_the_words_keep_their_room(window, qtbot, size, scale):
    width, height = size
    look = appearance()
    look.load_fonts()  # the question's lines, so the room it leaves, depend on the font
    saved = (look.theme.key, look.text_scale, look.ui_scale, look.no_colour_only)
    try:
        look.update(text_scale=scale)
        present(window, qtbot, width, height)
        view = open_spotlight(window, qtbot)
        readable_px = readable.px_for(readable.SPOTLIGHT_PX_AT_1080, height, scale)
        qtbot.waitUntil(lambda: QFontInfo(view.words.font()).pixelSize() >= readable_px)
        qtbot.wait(20)
        # At least a whole line of the words, at the readable size or larger.
        assert view.words.viewport().height() >= QFontMetricsF(view.words.font()).lineSpacing()
        canvas = window.editor.view
        if view.geometry() != canvas.geometry():
            # Only when the question leaves the canvas too little room does the spotlight
            # cover it too.
            assert view.geometry().top() == 0
            assert canvas.height() < view.needed_height()
        # The lines about the note that give way are the least important ones.
        assert view.reading is not None
        shown = view.facts.text().split("\n") if view.facts.text() else []
        assert shown == view.reading.lines[: len(shown)]
        if scale == 1.0:
            assert view.geometry() == canvas.geometry() and len(shown) == len(view.reading.lines)
    finally:
        look.update(
            theme_key=saved[0], text_scale=saved[1], ui_scale=saved[2], no_colour_only=saved[3]
        )
