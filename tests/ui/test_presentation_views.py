"""Presentation mode shows each step's work large: the Focus ranking, the People step's
co-producers, the Market step's worries and answers, the Grow step's action plan (issue 24).

Everything is driven as in the room: F5 into presentation mode, Ctrl+2…5 to a step, F7 or
the floating bar's button to the step's work, PgDn and the arrows through a long list.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from costar_desktop.core import steps
from costar_desktop.core.model import Action, CoProducer, MarketItem, Workshop
from costar_desktop.ui.model.commands_steps import (
    AddEntityCommand,
    RemoveEntityCommand,
    SetSettingsCommand,
    ToggleDotCommand,
    UpdateEntityCommand,
)

CTRL = Qt.KeyboardModifier.ControlModifier
STEP_KEYS = {
    "map": Qt.Key.Key_1,
    "focus": Qt.Key.Key_2,
    "people": Qt.Key.Key_3,
    "market": Qt.Key.Key_4,
    "grow": Qt.Key.Key_5,
}


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    """A real key press to whatever has the keyboard, as a person would make it."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, k, mods)
    qtbot.wait(1)


def present(window, qtbot, width=1920, height=1080):
    """F5 into presentation mode, laid out at a projector's size (the offscreen screen is
    small, so the full-screen window is given the projector's size by hand)."""
    key(qtbot, Qt.Key.Key_F5)
    assert window.presentation.active
    window.showNormal()
    window.setGeometry(0, 0, width, height)
    qtbot.wait(30)
    window.editor.view.setFocus()
    qtbot.waitUntil(lambda: window.editor.view.hasFocus())


def go_to(window, qtbot, step: str):
    key(qtbot, STEP_KEYS[step], CTRL)
    assert window.editor.current_step.value == step


def view_of(window):
    return window.presentation.work_view


def shown(window) -> bool:
    return window.presentation.work_shown()


def words(window) -> str:
    """Every word the view shows, read from its widgets."""
    view = view_of(window)
    labels = [w for w in view.findChildren(QLabel) if w.isVisibleTo(view) and w.text()]
    return "\n".join(w.text() for w in labels)


def expected_items(window, step: str) -> list[str]:
    d = window.document
    if step == "focus":
        return [" ".join(r.note.text.split()) for r in steps.ranking(d.snapshot())]
    if step == "people":
        return [p.display_name() for p in d.people.values()]
    if step == "market":
        return [m.sceptic_says for m in d.market_items.values()] + [
            m.our_answer for m in d.market_items.values()
        ]
    return [a.action for a in d.actions.values()] + [a.owner for a in d.actions.values()]


@pytest.mark.parametrize("step", ["focus", "people", "market", "grow"])
def test_f7_shows_the_steps_work_large_and_goes_back_to_the_star(window, qtbot, step):
    present(window, qtbot)
    go_to(window, qtbot, step)
    assert not shown(window)
    key(qtbot, Qt.Key.Key_F7)
    assert shown(window)
    view = view_of(window)
    # Over the star, under the floating bar, with the keyboard.
    assert view.geometry() == window.editor.view.geometry()
    assert view.scroll.hasFocus()
    bar = window.presentation.bar
    assert bar.isVisible() and bar.work.isChecked() and "Star" in bar.work.text()
    text = words(window)
    items = expected_items(window, step)
    assert items, "the sample workshop has work at every step"
    for item in items:
        assert item in text, item
    # Nothing to edit here: editing stays in the panels.
    assert (
        not view.findChildren(QLineEdit)
        + view.findChildren(QTextEdit)
        + view.findChildren(QPlainTextEdit)
        + view.findChildren(QAbstractButton)
    )
    # No side panel came back over the room's screen.
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    # F7 again: the star.
    key(qtbot, Qt.Key.Key_F7)
    assert not shown(window)
    assert window.editor.view.hasFocus()
    assert bar.work.isVisible() and not bar.work.isChecked()


@pytest.mark.parametrize("step", ["focus", "people", "market", "grow"])
def test_the_floating_bars_button_shows_the_work_and_the_star(window, qtbot, step):
    present(window, qtbot)
    go_to(window, qtbot, step)
    bar = window.presentation.bar
    assert bar.work.isVisible() and bar.work.width() >= 48 and bar.work.height() >= 48
    assert bar.work.accessibleName() and "F7" in bar.work.accessibleName()
    bar.work.click()
    assert shown(window)
    for item in expected_items(window, step):
        assert item in words(window)
    bar.work.click()
    assert not shown(window)


def test_large_type_scaled_with_the_screen(window, qtbot):
    present(window, qtbot, 1920, 1080)
    go_to(window, qtbot, "grow")
    key(qtbot, Qt.Key.Key_F7)
    view = view_of(window)
    item = view.scroll.items[0]
    body = item.lines[0].font().pixelSize()
    assert body >= 36  # readable from the back of a hall on a 1080p picture
    assert item.headline.font().pixelSize() > body and item.headline.font().bold()
    # A 720p projector: the same share of the screen.
    window.setGeometry(0, 0, 1280, 720)
    qtbot.waitUntil(lambda: view_of(window).scroll.items[0].lines[0].font().pixelSize() < body)
    small = view_of(window).scroll.items[0].lines[0].font().pixelSize()
    assert abs(small - body * 720 / 1080) <= 1
    # The floating bar's buttons still fit on a 720p screen.
    bar = window.presentation.bar
    assert bar.geometry().left() >= 0 and bar.geometry().right() <= window.width()


def test_the_view_follows_the_step(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "people")
    key(qtbot, Qt.Key.Key_F7)
    assert "Grace (Former patient)" in words(window)
    go_to(window, qtbot, "market")
    qtbot.waitUntil(lambda: "This will slow everything down." in words(window))
    assert shown(window) and "Grace (Former patient)" not in words(window)
    assert "worries" in view_of(window).title.text()
    # The step bar's buttons (the banner above the view) too.
    window.editor.banner.buttons.button(4).click()
    qtbot.waitUntil(lambda: "Start a peer support pilot on two wards" in words(window))
    bar = window.presentation.bar
    bar.previous.click()
    qtbot.waitUntil(lambda: "This will slow everything down." in words(window))
    # The Map's work is the star itself: there the star comes back and F7 does nothing.
    go_to(window, qtbot, "map")
    assert not shown(window)
    assert not bar.work.isVisible()
    assert not window.presentation.work_action.isEnabled()
    key(qtbot, Qt.Key.Key_F7)
    assert not shown(window)


def test_the_ranking_shows_dots_impact_and_the_shortlist_in_words(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "focus")
    key(qtbot, Qt.Key.Key_F7)
    view = view_of(window)
    ranked = steps.ranking(window.document.snapshot())
    first = view.scroll.items[0]
    top = ranked[0]
    assert first.headline.text().startswith(f"1. {top.note.text}")
    facts = first.lines[0].text()
    assert f"{top.votes} dots" in facts and f"impact {top.impact} of 5" in facts
    assert "on the shortlist" in facts  # in words, not only a colour or a star
    # Most dots first.
    assert [i.headline.text().split(".")[0] for i in view.scroll.items[: len(ranked)]] == [
        str(r.rank) for r in ranked
    ]
    # Hidden dots: the order and the counts would give them away.
    window.editor.push(SetSettingsCommand(window.document, {"votes_hidden": True}, "Hide the dots"))
    qtbot.waitUntil(lambda: "hidden" in words(window))
    assert not any("dot" in line.text() for i in view_of(window).scroll.items for line in i.lines)
    assert not any(i.headline.text()[0].isdigit() for i in view_of(window).scroll.items)


def test_the_view_updates_live_when_the_document_changes(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "grow")
    key(qtbot, Qt.Key.Key_F7)
    doc = window.document
    action = Action(action="Hire a minibus for the next session", owner="Priya", due="2027-05-01")
    window.editor.push(AddEntityCommand(doc, "actions", action, "Add action"))
    qtbot.waitUntil(lambda: "Hire a minibus for the next session" in words(window))
    assert "Who: Priya" in words(window)
    window.editor.push(
        UpdateEntityCommand(doc, "actions", action.id, {"owner": "Dev"}, "Edit action")
    )
    qtbot.waitUntil(lambda: "Who: Dev" in words(window))
    # Ctrl+Z, from the view, takes it back; the view follows.
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "Hire a minibus for the next session" not in words(window))
    assert shown(window)

    go_to(window, qtbot, "people")
    person = CoProducer(name="Ravi", role="Youth worker")
    window.editor.push(AddEntityCommand(doc, "people", person, "Add co-producer"))
    qtbot.waitUntil(lambda: "Ravi (Youth worker)" in words(window))

    go_to(window, qtbot, "market")
    first = next(iter(doc.market_items.values()))
    window.editor.push(RemoveEntityCommand(doc, "market_items", first.id, "Remove"))
    qtbot.waitUntil(lambda: first.sceptic_says not in words(window))

    go_to(window, qtbot, "focus")
    ranked = steps.ranking(doc.snapshot())
    last = ranked[-1]
    before = last.votes
    voter = next(iter(doc.participants))
    window.editor.push(ToggleDotCommand(doc, last.note.id, voter))
    after = {r.note.id: r.votes for r in steps.ranking(doc.snapshot())}[last.note.id]
    assert after != before
    qtbot.waitUntil(
        lambda: any(
            last.note.text in i.headline.text() and f"{after} dot" in i.lines[0].text()
            for i in view_of(window).scroll.items
        )
    )


def test_an_empty_workshop_says_there_is_nothing_yet(window, qtbot, tmp_path):
    assert window.create_workshop(tmp_path / "empty.costar", Workshop(title="Empty"))
    window.editor.view.setFocus()
    qtbot.waitUntil(lambda: window.editor.view.hasFocus())
    present(window, qtbot)
    expected = {
        "focus": "Nothing ranked yet",
        "people": "Nobody named yet",
        "market": "No worries written down yet",
        "grow": "No actions in the plan yet",
    }
    for step, said in expected.items():
        go_to(window, qtbot, step)
        if not shown(window):
            key(qtbot, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda said=said: said in words(window))
        assert view_of(window).empty.isVisible()
        assert not view_of(window).scroll.items
    # The first action replaces the words "nothing yet".
    window.editor.push(
        AddEntityCommand(window.document, "actions", Action(action="Meet again"), "Add action")
    )
    qtbot.waitUntil(lambda: "Meet again" in words(window))
    assert "No actions in the plan yet" not in words(window)


def test_keys_page_and_step_through_a_long_plan(window, qtbot):
    for n in range(12):
        window.editor.push(
            AddEntityCommand(
                window.document,
                "actions",
                Action(
                    action=f"Extra action number {n}",
                    owner="Sam",
                    first_step="Ask the group what comes first",
                ),
                "Add action",
            )
        )
    present(window, qtbot, 1280, 720)
    go_to(window, qtbot, "grow")
    key(qtbot, Qt.Key.Key_F7)
    view = view_of(window)
    bar = view.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    count = len(window.document.actions)
    qtbot.waitUntil(lambda: view.position.text().startswith("1–"))
    assert view.position.text().endswith(f"of {count}")
    cut = [i for i in view.scroll.items if i.y() + i.height() > view.scroll.viewport().height()]
    key(qtbot, Qt.Key.Key_PageDown)
    assert 0 < bar.value()
    assert bar.value() <= view.scroll.viewport().height()
    # The page starts with the first item that was cut off, whole.
    assert abs(bar.value() - cut[0].y()) <= view.rows.contentsMargins().top() + 1
    qtbot.waitUntil(lambda: not view.position.text().startswith("1–"))
    key(qtbot, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    # Down: the next item comes to the top.
    key(qtbot, Qt.Key.Key_Down)
    second = view.scroll.items[1]
    assert abs(bar.value() - second.y()) <= view.rows.contentsMargins().top() + 1
    key(qtbot, Qt.Key.Key_Up)
    assert bar.value() == 0
    key(qtbot, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.waitUntil(lambda: view.position.text().endswith(f"{count} of {count}"))
    key(qtbot, Qt.Key.Key_Home)
    assert bar.value() == 0
    # A change keeps the place in the list.
    key(qtbot, Qt.Key.Key_PageDown)
    place = bar.value()
    window.editor.push(
        AddEntityCommand(window.document, "actions", Action(action="One more"), "Add action")
    )
    qtbot.waitUntil(lambda: "One more" in words(window))
    assert bar.value() == place


def test_escape_goes_back_to_the_star_then_leaves(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "grow")
    key(qtbot, Qt.Key.Key_F7)
    assert shown(window)
    key(qtbot, Qt.Key.Key_Escape)
    assert not shown(window) and window.presentation.active
    assert window.editor.view.hasFocus()
    key(qtbot, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_adding_a_note_or_voting_brings_the_star_back(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "focus")
    bar = window.presentation.bar
    bar.work.click()
    assert shown(window)
    bar.vote.click()
    assert not shown(window) and window.editor.scene.voting_mode
    # Showing the work ends voting mode (the dots go on the star).
    bar.work.click()
    assert shown(window) and not window.editor.scene.voting_mode and not bar.vote.isChecked()
    bar.add_note.click()
    assert not shown(window)
    QTest.keyClicks(window.editor.view, "Back on the star")
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    assert "Back on the star" in [n.text for n in window.document.notes.values()]


def test_f7_outside_presentation_mode_presents_the_work(window, qtbot):
    go_to(window, qtbot, "grow")
    key(qtbot, Qt.Key.Key_F7)
    assert window.presentation.active and shown(window)
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_Escape)
    assert not window.presentation.active and not shown(window)
    assert window.menuBar().isVisible()


def test_leaving_presentation_mode_hides_the_view(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "people")
    key(qtbot, Qt.Key.Key_F7)
    window.presentation.bar.exit.click()
    assert not window.presentation.active and not shown(window)
    key(qtbot, Qt.Key.Key_F5)
    assert window.presentation.active and not shown(window)


def test_the_key_is_in_the_view_menu_and_the_shortcut_list(window):
    from costar_desktop.ui.shell.help import shortcut_rows

    assert window.presentation.work_action in window.view_menu.actions()
    rows = dict(shortcut_rows(window))
    assert "F7" in rows and "work" in rows["F7"]


def test_screen_readers_hear_the_list_and_each_item(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "market")
    key(qtbot, Qt.Key.Key_F7)
    view = view_of(window)
    assert "Market" in view.scroll.accessibleName()
    assert "Escape" in view.scroll.accessibleDescription()
    m = next(iter(window.document.market_items.values()))
    item = view.scroll.items[0]
    assert m.sceptic_says in item.accessibleName()
    assert m.our_answer in item.accessibleDescription()
    assert "1 of" in item.accessibleDescription()


def test_the_groups_words_are_shown_as_typed_never_as_markup(window, qtbot):
    present(window, qtbot)
    go_to(window, qtbot, "market")
    item = MarketItem(sceptic_says="<b>Who pays?</b>", our_answer="<i>We do</i>")
    window.editor.push(AddEntityCommand(window.document, "market_items", item, "Add"))
    key(qtbot, Qt.Key.Key_F7)
    labels = [w for w in view_of(window).findChildren(QLabel) if "Who pays?" in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert "“<b>Who pays?</b>”" in words(window)


def test_f6_does_not_put_a_side_panel_over_the_rooms_screen(window, qtbot):
    """In presentation mode the step's work is shown with F7; F6 leaves the screen alone."""
    from costar_desktop.ui.steps.tools import STEP_PANELS

    view = window.editor.view
    QTest.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_F5)
    assert window.presentation.active
    dock = window.step_tools.docks[STEP_PANELS[window.editor.current_step]]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F6)
    qtbot.wait(10)
    assert not dock.isVisible()
