"""Running the day in the window (issue 19), by keys alone, against a fake clock: the
banner's words, the step following the block, pause, +5, next and back, stop, what the file
keeps, and a day that goes on running when its file is reopened. No test waits: the clock
is moved by hand and the one-second tick is called."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from costar_desktop.core.model import Step
from costar_desktop.core.programme import Block, Programme, running_index
from costar_desktop.storage import SaveFailed, WorkshopFile
from costar_desktop.ui.model.commands_programme import PlanCommand
from costar_desktop.ui.programme.run import day_words, resume_index, time_left_words

NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

#: 09:30 on a spring day, on this machine's clock: the start of the test's day.
NINE_THIRTY = time.mktime((2027, 3, 4, 9, 30, 0, 0, 0, -1))


class Clock:
    """The programme's clock, moved by hand."""

    def __init__(self) -> None:
        self.t = NINE_THIRTY

    def __call__(self) -> float:
        return self.t

    def minutes(self, n: float) -> None:
        self.t += n * 60


@pytest.fixture
def clock(window) -> Clock:
    fake = Clock()
    window.programme_run.now = fake
    return fake


def three_blocks() -> Programme:
    return Programme(
        name="Test day",
        day_start=9 * 60 + 30,
        blocks=[
            Block("Welcome", 10),
            Block("Map: what we already do", 20, step=Step.MAP),
            Block("Focus: what matters most", 15, step=Step.FOCUS),
        ],
    )


def plan(window) -> None:
    assert window.editor.push(PlanCommand(window.document, three_blocks(), "Put in the agenda"))


def key(window, k, modifiers=NO) -> None:
    QTest.keyClick(window.editor.view, k, modifiers)


def tick(window) -> None:
    window.programme_run.tick()


def line(window) -> str:
    return window.editor.banner.programme_line.text()


def timer(window) -> str:
    return window.editor.banner.timer_label.text()


def in_file(window) -> Programme:
    """The programme as the file on disk holds it, read from a copy (the window has the file
    open, and a second window may not)."""
    path = window.document.path
    copy = path.with_name("check.costar")
    shutil.copyfile(path, copy)  # each change is committed whole (journal_mode DELETE)
    try:
        return WorkshopFile.read(copy).programme
    finally:
        copy.unlink()


def test_the_words_for_time_and_the_day(qapp):
    assert time_left_words(12 * 60) == "⏱ 12 minutes left"
    assert time_left_words(4 * 60 + 1) == "⏱ 5 minutes left"
    assert time_left_words(45) == "⏱ 0:45 left"
    assert time_left_words(-10) == "⚠ Time is up"
    assert time_left_words(-61) == "⚠ 1 minute over"
    assert time_left_words(-3 * 60 - 59) == "⚠ 3 minutes over"
    assert time_left_words(12 * 60, paused=True) == "⏸ 12 minutes left (paused)"
    assert day_words(0.9) == day_words(-1.2) == "On time"
    assert day_words(6.2) == "⚠ 6 minutes behind"
    assert day_words(-4) == "✓ 4 minutes ahead"


def test_start_goes_on_where_the_day_was(qapp):
    day = three_blocks()
    assert resume_index(day) == 0
    day.blocks[0].started, day.blocks[0].ran_seconds = "2027-03-04T09:30:00+00:00", 600
    assert resume_index(day) == 1  # its time was up: the next one
    day.blocks[1].started, day.blocks[1].ran_seconds = "2027-03-04T09:40:00+00:00", 60
    assert resume_index(day) == 1  # stopped a minute in: go on with it
    day.blocks[1].ran_seconds = 20 * 60
    day.blocks[2].started, day.blocks[2].ran_seconds = "2027-03-04T10:00:00+00:00", 900
    assert resume_index(day) is None  # every block has run


def test_without_an_agenda_nothing_can_run(window):
    run = window.programme_run
    assert not run.start_action.isEnabled()
    assert "No agenda yet" in run.start_action.statusTip()
    for action in (run.next_action, run.previous_action, run.more_action, run.pause_action):
        assert not action.isEnabled()
    key(window, Qt.Key.Key_F3)
    assert window.document.programme.running is None
    assert window.editor.banner.programme_line.isHidden()


def test_a_day_run_by_keys_alone(window, clock):
    plan(window)
    run = window.programme_run
    banner = window.editor.banner
    step_before = window.editor.current_step
    assert run.start_action.isEnabled() and not run.next_action.isEnabled()
    undo_count = window.document.undo_stack.count()

    key(window, Qt.Key.Key_F3)  # Start the programme
    assert running_index(window.document.programme) == 0
    assert not banner.programme_line.isHidden()
    assert "Block 1 of 3: Welcome" in line(window)
    assert "Next: Map: what we already do, 20 minutes" in line(window)
    assert "On time" in line(window)
    assert timer(window) == "⏱ 10 minutes left"
    assert window.editor.current_step == step_before  # the welcome works on no step
    assert not run.start_action.isEnabled() and not run.previous_action.isEnabled()

    clock.minutes(5.5)
    tick(window)
    assert timer(window) == "⏱ 5 minutes left"
    assert not banner.time_up

    clock.minutes(7.5)  # 13 minutes into a 10-minute block
    tick(window)
    assert timer(window) == "⚠ 3 minutes over"
    assert "⚠ 3 minutes behind" in line(window)
    assert banner.time_up  # the time-up look, with words that say "over"

    key(window, Qt.Key.Key_F4)  # Next block: the Map
    assert "Block 2 of 3: Map: what we already do" in line(window)
    assert window.editor.current_step == Step.MAP
    assert timer(window) == "⏱ 20 minutes left" and not banner.time_up
    welcome = in_file(window).blocks[0]
    assert welcome.ran_seconds == 13 * 60 and welcome.started

    clock.minutes(5)
    key(window, Qt.Key.Key_F4)  # the Map cut short: the day is ahead
    assert window.editor.current_step == Step.FOCUS
    assert "This is the last block" in line(window)
    assert "✓ 12 minutes ahead" in line(window)

    key(window, Qt.Key.Key_F8, CTRL)  # pause
    assert "(paused)" in timer(window)
    left = timer(window)
    clock.minutes(2)
    tick(window)
    assert timer(window) == left  # time left stands still while paused
    assert "✓ 10 minutes ahead" in line(window)  # the day does not
    key(window, Qt.Key.Key_F8, CTRL)  # go on
    assert timer(window) == "⏱ 15 minutes left"

    key(window, Qt.Key.Key_5, CTRL_ALT)  # +5 minutes
    assert timer(window) == "⏱ 20 minutes left"
    assert window.document.programme.running.extra_minutes == 5

    clock.minutes(1)
    key(window, Qt.Key.Key_F4, SHIFT)  # back to the Map: its clock goes on from 5 minutes
    assert window.editor.current_step == Step.MAP
    assert timer(window) == "⏱ 15 minutes left"
    file = in_file(window)
    assert file.blocks[1].started > welcome.started
    assert file.blocks[2].ran_seconds == 60  # the Focus ran a minute (pauses not counted)

    clock.minutes(3)
    key(window, Qt.Key.Key_F3, SHIFT)  # Stop the programme
    assert window.document.programme.running is None
    assert banner.programme_line.isHidden() and timer(window) == ""
    file = in_file(window)
    assert file.running is None
    assert [b.ran_seconds for b in file.blocks] == [13 * 60, 8 * 60, 60]
    assert all(b.started for b in file.blocks)
    # Running is recorded, never undone: the undo stack holds only the plan.
    assert window.document.undo_stack.count() == undo_count

    key(window, Qt.Key.Key_F3)  # Start again: the Map was stopped before its time was up
    assert "Block 2 of 3" in line(window)
    assert timer(window) == "⏱ 12 minutes left"


def test_the_map_block_keeps_its_first_start_when_gone_back_to(window, clock):
    plan(window)
    key(window, Qt.Key.Key_F3)
    key(window, Qt.Key.Key_F4)
    first = in_file(window).blocks[1].started
    clock.minutes(2)
    key(window, Qt.Key.Key_F4)
    clock.minutes(2)
    key(window, Qt.Key.Key_F4, SHIFT)
    assert in_file(window).blocks[1].started == first


def test_a_running_day_goes_on_when_the_file_is_reopened(window, clock):
    plan(window)
    key(window, Qt.Key.Key_F3)
    key(window, Qt.Key.Key_F4)
    path = window.document.path
    clock.minutes(2)
    window.close_workshop()
    assert not window.programme_run.next_action.isEnabled()
    clock.minutes(3)  # the day goes on while the file is closed
    assert window.open_path(path)
    assert "Block 2 of 3" in line(window)
    assert timer(window) == "⏱ 15 minutes left"
    assert window.programme_run.next_action.isEnabled()
    key(window, Qt.Key.Key_F4)
    assert "Block 3 of 3" in line(window)


def test_a_change_the_file_cannot_take_leaves_the_screen_as_the_file_is(window, clock, monkeypatch):
    plan(window)
    key(window, Qt.Key.Key_F3)
    document = window.document
    step = window.editor.current_step

    def full_disk(store, programme):
        raise SaveFailed("The disk is full.")

    monkeypatch.setattr(WorkshopFile, "write_programme", full_disk)
    key(window, Qt.Key.Key_F4)
    assert "Block 1 of 3" in line(window)
    assert window.editor.current_step == step  # the Map's step did not follow
    assert running_index(document.programme) == 0
    assert not window.banner.isHidden()  # the window says why


def test_the_floating_bar_runs_the_day(window, clock, qtbot):
    plan(window)
    window.presentation.enter()
    bar = window.presentation.bar
    buttons = bar.programme_buttons
    assert set(buttons) == {
        "programme.previous",
        "programme.next",
        "programme.more",
        "programme.pause",
    }
    assert all(b.isHidden() for b in buttons.values()) and not bar.timer.isHidden()
    key(window, Qt.Key.Key_F3)  # the window's keys work with the menu bar hidden
    assert not any(b.isHidden() for b in buttons.values()) and bar.timer.isHidden()
    assert "Block 1 of 3" in bar.step_label.text()
    buttons["programme.next"].click()
    assert "Block 2 of 3" in bar.step_label.text()
    assert window.editor.current_step == Step.MAP
    buttons["programme.pause"].click()
    assert "Go on" in buttons["programme.pause"].text()
    buttons["programme.pause"].click()
    buttons["programme.more"].click()
    assert timer(window) == "⏱ 25 minutes left"
    buttons["programme.previous"].click()  # back to the welcome, its clock going on
    assert "Block 1 of 3" in bar.step_label.text()
    window.presentation.leave()


def test_a_timer_started_inside_a_block_has_the_large_label(window, clock):
    plan(window)
    key(window, Qt.Key.Key_F3)
    key(window, Qt.Key.Key_2, CTRL_ALT)  # Steps → Timer → 5 minutes, for a pairs exercise
    assert timer(window) == "⏱ 5:00"
    assert "⏱ 10 minutes left" in line(window)  # the block's time moves into the line
    key(window, Qt.Key.Key_F8, SHIFT)  # the timer stopped: the block's time comes back
    assert timer(window) == "⏱ 10 minutes left"
    assert "minutes left" not in line(window)


@pytest.mark.parametrize("width", [760, 980, 1600])
def test_no_step_button_is_cut_to_make_room_for_the_time(window, clock, width):
    """A running block's time is long words ("20 minutes left"): in a narrow window it
    goes on a line of its own, and every step's name stays whole (a shared screen at
    1280 × 800 with the panels open once showed "1 Ma" and "5 Grov"), and so does the
    question's width (beside it, the question stood one word a line)."""
    plan(window)
    key(window, Qt.Key.Key_F3)
    tick(window)
    banner = window.editor.banner
    banner.resize(width, banner.height())
    banner.layout().activate()
    assert "minutes left" in timer(window)
    for button in banner.buttons.buttons():
        assert button.width() >= button.sizeHint().width(), (width, button.text())
    assert banner.timer_label.isVisible()
    assert banner.timer_label.width() >= banner.timer_label.sizeHint().width()
    assert banner.question.width() >= width * 0.8


@pytest.mark.parametrize("yes", [True, False])
def test_a_day_started_far_from_its_plan_asks_to_start_now(window, clock, monkeypatch, yes):
    """Started at 13:00 a day planned for 09:30 (a rehearsal, another day): the room is
    asked once whether the times follow from now; yes is one undo step of the plan."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    plan(window)
    clock.minutes(3.5 * 60)
    key(window, Qt.Key.Key_F3)
    tick(window)
    assert len(asked) == 1 and "09:30" in asked[0] and "13:00" in asked[0]
    programme = window.document.programme
    assert running_index(programme) == 0
    if yes:
        assert programme.day_start == 13 * 60
        assert "On time" in line(window)
        assert window.document.undo()  # the plan's start goes back; the day keeps running
        assert window.document.programme.day_start == 9 * 60 + 30
        assert running_index(window.document.programme) == 0
    else:
        assert programme.day_start == 9 * 60 + 30
        assert "210 minutes behind" in line(window)
    # Next, back and a restart after a stop do not ask again: the day has begun.
    key(window, Qt.Key.Key_F4)
    key(window, Qt.Key.Key_F3, SHIFT)
    key(window, Qt.Key.Key_F3)
    assert len(asked) == 1


def test_a_screen_reader_hears_what_the_programmes_lines_say(window, clock):
    """A label's accessible name is what a screen reader says: a set name ("Programme")
    would hide the words ("Block 1 of 3: Welcome · …"), as AT-SPI showed for the agenda's
    heading and its length of the day."""
    from PySide6.QtGui import QAccessible

    plan(window)
    key(window, Qt.Key.Key_F3)
    tick(window)
    window.programme.show_agenda()
    panel = window.programme.panel
    for label in (window.editor.banner.programme_line, panel.name, panel.summary):
        heard = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
        assert heard and heard == label.text(), (heard, label.text())
