"""The whole of issue 19 with the keyboard alone: plan a three-block day in the Agenda
panel, then run it by keys against a fake clock, and find both the plan and what actually
happened in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from costar_desktop.core.model import Step

from ..test_steps import on_disk
from .test_agenda import drive, focused  # noqa: F401 (drive is a fixture)
from .test_run import CTRL, SHIFT, Clock


def test_plan_three_blocks_and_run_them_with_the_keyboard_only(window, drive):  # noqa: F811
    clock = Clock()
    window.programme_run.now = clock
    view = window.editor.view
    QTest.keyClick(view, Qt.Key.Key_F10)  # Programme → Show agenda: the keys go to its table
    table = window.programme.panel.table
    assert table.hasFocus()
    blocks = (("Welcome", "10", 0), ("Map together", "20", 1), ("Focus", "15", 2))
    for title, minutes, step_downs in blocks:

        def fill(dialog, title=title, minutes=minutes, step_downs=step_downs):
            QTest.keyClicks(focused(dialog), title)
            QTest.keyClick(focused(dialog), Qt.Key.Key_Tab)  # the minutes, all chosen
            QTest.keyClicks(focused(dialog), minutes)
            QTest.keyClick(focused(dialog), Qt.Key.Key_Tab)  # the step
            for _ in range(step_downs):
                QTest.keyClick(focused(dialog), Qt.Key.Key_Down)
            QTest.keyClick(focused(dialog), Qt.Key.Key_Return)

        drive(fill)
        QTest.keyClick(table, Qt.Key.Key_Insert)
    plan = on_disk(window).programme
    assert [(b.title, b.minutes, b.step) for b in plan.blocks] == [
        ("Welcome", 10, None),
        ("Map together", 20, Step.MAP),
        ("Focus", 15, Step.FOCUS),
    ]
    assert plan.day_start == 9 * 60 + 30  # the fake clock says 09:30: no question

    def key(k, modifiers=Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(view, k, modifiers)
        window.programme_run.tick()

    key(Qt.Key.Key_F3)  # start
    clock.minutes(12)
    key(Qt.Key.Key_F4)  # the welcome ran 12 minutes; now the Map
    assert window.editor.current_step == Step.MAP
    clock.minutes(20)
    key(Qt.Key.Key_F8, CTRL)  # pause
    clock.minutes(10)  # a fire alarm
    key(Qt.Key.Key_F8, CTRL)  # go on
    key(Qt.Key.Key_F4)  # the Focus
    assert window.editor.current_step == Step.FOCUS
    assert "behind" in window.editor.banner.programme_line.text()
    clock.minutes(15)
    key(Qt.Key.Key_F3, SHIFT)  # stop
    ran = on_disk(window).programme
    assert [b.ran_seconds for b in ran.blocks] == [12 * 60, 20 * 60, 15 * 60]
    assert all(b.started for b in ran.blocks) and ran.running is None
    # The plan is three undo steps; running it added none.
    assert window.document.undo_stack.count() == 3
