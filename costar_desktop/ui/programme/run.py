"""Running the day (issue 19): Programme → Start, Next block, Previous block, +5 minutes,
Pause / go on and Stop, on window keys and on presentation mode's floating bar.

:class:`ProgrammeRun` is a part of the main window (``window.programme_run``). It reads the
open workshop's programme (``document.programme``), follows ``programme_changed``, and
records each change of the running with ``document.set_run`` using the core's plain
functions (``run_block``, ``end_run``, ``pause_or_go_on``, ``add_minutes``). Running is not
on the undo stack: undo never turns the clock back, and "Previous block" is the way back.
Everything is in the file, so a day that runs goes on running when the file is reopened.

Time comes from :attr:`ProgrammeRun.now` (POSIX seconds, ``time.time``), which tests
replace; a one-second timer calls :meth:`ProgrammeRun.tick`, which tests call instead of
waiting. The words for the banner (:func:`programme_words`) are made from the programme and
that time alone.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from costar_desktop.core.programme import (
    Programme,
    add_minutes,
    behind_by,
    clock,
    end_run,
    minutes_of_day,
    pause_or_go_on,
    run_block,
    running_index,
    whole_minutes,
)
from costar_desktop.storage import SaveFailed
from costar_desktop.ui.canvas import accessibility
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.steps.banner import ProgrammeWords

if TYPE_CHECKING:
    from costar_desktop.ui.model.document import WorkshopDocument

#: Start on a new day more than this many minutes from its planned start asks whether the
#: day should start now instead.
START_NOW_MINUTES = 30
#: A day within this many minutes of its plan is "On time".
ON_TIME_MINUTES = 1


def _count(one: str, many: str, n: int) -> str:
    """``one`` for 1, else ``many`` with %n replaced; both already translated (each call
    names its words literally, so that lupdate finds them)."""
    return one if n == 1 else many.replace("%n", str(n))


def minutes_words(minutes: int) -> str:
    """ "15 minutes", "1 minute"."""
    return _count(translate("Programme", "1 minute"), translate("Programme", "%n minutes"), minutes)


def time_left_words(left_seconds: float, paused: bool = False) -> str:
    """The block's time as the room is told it: "⏱ 12 minutes left", "⏱ 0:45 left" in the
    last minute, "⚠ Time is up" in the minute it runs out, "⚠ 3 minutes over"; paused:
    "⏸ 12 minutes left (paused)"."""
    if left_seconds > 60:
        sign, words = (
            "⏱",
            translate("Programme", "%n minutes left").replace(
                "%n", str(whole_minutes(left_seconds))
            ),
        )
    elif left_seconds > 0:
        seconds = int(left_seconds + 0.999)
        clock = f"{seconds // 60}:{seconds % 60:02d}"
        sign, words = "⏱", translate("Programme", "%1 left").replace("%1", clock)
    else:
        over = -whole_minutes(left_seconds)
        sign = "⚠"
        words = (
            translate("Programme", "Time is up")
            if over == 0
            else _count(
                translate("Programme", "1 minute over"),
                translate("Programme", "%n minutes over"),
                over,
            )
        )
    if paused:
        return "⏸ " + translate("Programme", "%1 (paused)").replace("%1", words)
    return f"{sign} {words}"


def day_words(behind_minutes: float) -> str:
    """ "On time" (within a minute), "✓ 4 minutes ahead", "⚠ 6 minutes behind"."""
    n = round(behind_minutes)
    if abs(n) <= ON_TIME_MINUTES:
        return translate("Programme", "On time")
    if n > 0:
        return "⚠ " + translate("Programme", "%n minutes behind").replace("%n", str(n))
    return "✓ " + translate("Programme", "%n minutes ahead").replace("%n", str(-n))


def programme_words(programme: Programme, now: float) -> ProgrammeWords | None:
    """What the banner says while ``programme`` runs, at ``now`` (POSIX); None if it is not
    running."""
    index = running_index(programme)
    running = programme.running
    if index is None or running is None:
        return None
    blocks = programme.blocks
    block = blocks[index]
    left = running.left(block, now)
    if index + 1 < len(blocks):
        after = blocks[index + 1]
        next_text = (
            translate("Programme", "Next: %1, %2")
            .replace("%1", after.title)
            .replace("%2", minutes_words(after.minutes))
        )
    else:
        next_text = translate("Programme", "This is the last block")
    behind = behind_by(programme.day_start, blocks, index, left, minutes_of_day(now))
    return ProgrammeWords(
        block=translate("Programme", "Block %1 of %2: %3")
        .replace("%1", str(index + 1))
        .replace("%2", str(len(blocks)))
        .replace("%3", block.title),
        left=time_left_words(left, running.paused),
        next=next_text,
        day=day_words(behind),
        over=left <= 0,
    )


def _paused(programme: Programme) -> bool:
    return programme.running is not None and programme.running.paused


def resume_index(programme: Programme) -> int | None:
    """Where Start goes on: the first block whose time is not up — one never run, or one
    stopped or left before its planned length (its clock goes on from where it was); None
    if every block has had its time."""
    for n, block in enumerate(programme.blocks):
        if not block.started or (block.ran_seconds or 0) < block.minutes * 60:
            return n
    return None


class ProgrammeRun(QObject):
    """The Programme menu's running actions and the banner's programme line, for one window
    (``window.programme_run``)."""

    #: The running changed: started, another block, paused or going on, +5, stopped.
    changed = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        #: The clock (POSIX seconds); tests put a fake one here.
        self.now: Callable[[], float] = time.time
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        acts = window.menu_actions
        self.start_action = acts.on("programme.start", self.start)
        self.next_action = acts.on("programme.next", self.next_block)
        self.previous_action = acts.on("programme.previous", self.previous_block)
        self.more_action = acts.on("programme.more", self.five_more_minutes)
        self.pause_action = acts.on("programme.pause", self.pause_or_go_on)
        self.stop_action = acts.on("programme.stop", self.stop)
        self._start_tip = self.start_action.statusTip()
        #: (block id, paused) as last shown: a change is told to the bar and announced.
        self._shown: tuple[str, bool] | None = None
        self._over = False
        window.workshop_changed.connect(self._on_workshop_changed)
        self._on_workshop_changed(None)

    # --- state ------------------------------------------------------------------------

    @property
    def document(self) -> WorkshopDocument | None:
        return self.window.document

    @property
    def programme(self) -> Programme | None:
        document = self.document
        return document.programme if document is not None else None

    @property
    def running(self) -> bool:
        programme = self.programme
        return programme is not None and running_index(programme) is not None

    @property
    def paused(self) -> bool:
        programme = self.programme
        return self.running and programme is not None and _paused(programme)

    def bar_words(self) -> str:
        """The floating bar's short words while the day runs ("Block 2 of 6"), or ""."""
        programme = self.programme
        index = running_index(programme) if programme is not None else None
        if programme is None or index is None:
            return ""
        return (
            translate("Programme", "Block %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(programme.blocks)))
        )

    def _on_workshop_changed(self, _path) -> None:
        self._shown = None
        self._over = False
        if self.document is not None:
            self.document.programme_changed.connect(self.refresh)
        self.refresh()

    # --- the actions ----------------------------------------------------------------------

    def start(self) -> None:
        """F3: go on with a paused day, or run the block where the day was (the first one
        on a new day)."""
        programme = self.programme
        if programme is None or not programme.blocks:
            return
        if programme.running is not None:
            if programme.running.paused:
                self.pause_or_go_on()
            return
        index = resume_index(programme)
        if index is None:
            self._say(translate("Programme", "Every block of the agenda has run."))
            return
        if not any(b.started for b in programme.blocks):
            self._offer_to_start_now(programme)
        self._run(index)

    def _offer_to_start_now(self, programme: Programme) -> None:
        """A new day started far from its planned start (another time, a rehearsal the
        evening before): ask whether the day's times should follow from now. Yes is one
        undo step of the plan; no keeps the plan, and the banner says how far behind."""
        now = int(minutes_of_day(self.now())) % (24 * 60)
        gap = (now - programme.day_start + 12 * 60) % (24 * 60) - 12 * 60
        if abs(gap) <= START_NOW_MINUTES or self.window.editor is None:
            return
        planned, at = clock(programme.day_start), clock(now)
        answer = QMessageBox.question(
            self.window,
            translate("Programme", "Start the programme"),
            translate(
                "Programme",
                "The plan starts the day at %1, and it is %2 now. Start the day now, at %2, "
                "so that every block's time follows from now?",
            )
            .replace("%1", planned)
            .replace("%2", at),
        )
        if answer == QMessageBox.StandardButton.Yes:
            from costar_desktop.ui.model.commands_programme import PlanCommand

            moved = dataclasses.replace(programme, day_start=now)
            text = translate("Programme", "Start the day at %1").replace("%1", at)
            self.window.editor.push(PlanCommand(self.window.document, moved, text))

    def next_block(self) -> None:
        """F4: the next block; after the last one, the day ends."""
        programme = self.programme
        index = running_index(programme) if programme is not None else None
        if programme is None or index is None:
            return
        if index + 1 < len(programme.blocks):
            self._run(index + 1)
        elif self._record(end_run(programme, self.now())):
            self._say(translate("Programme", "That was the last block: the programme has ended."))

    def previous_block(self) -> None:
        """Shift+F4: back to the block before (its clock goes on from where it was)."""
        programme = self.programme
        index = running_index(programme) if programme is not None else None
        if programme is not None and index is not None and index > 0:
            self._run(index - 1)

    def five_more_minutes(self) -> None:
        programme = self.programme
        if programme is None or programme.running is None:
            return
        changed = add_minutes(programme, 5)
        if changed != programme and self._record(changed):
            words = programme_words(changed, self.now())
            self._say(
                translate("Programme", "Five more minutes.") + (f" {words.left}" if words else "")
            )

    def pause_or_go_on(self) -> None:
        programme = self.programme
        if programme is None or programme.running is None:
            return
        changed = pause_or_go_on(programme, self.now())
        if self._record(changed):
            assert changed.running is not None
            self._say(
                translate("Programme", "Paused.")
                if changed.running.paused
                else translate("Programme", "Going on.")
            )

    def stop(self) -> None:
        """Shift+F3: end the run; what ran is kept, and Start goes on from there."""
        programme = self.programme
        if programme is None or programme.running is None:
            return
        if self._record(end_run(programme, self.now())):
            self._say(translate("Programme", "The programme has stopped; what ran is kept."))

    def _run(self, index: int) -> None:
        programme = self.programme
        assert programme is not None
        changed = run_block(programme, index, self.now())
        if not self._record(changed):
            return
        block = changed.blocks[index]
        editor = self.window.editor
        if block.step is not None and editor is not None:
            editor.go_to_step(block.step)  # as the step buttons do: saved, not undone
        words = programme_words(changed, self.now())
        if words is not None:
            self._say(f"{words.block}. {words.left}")

    def _record(self, changed: Programme) -> bool:
        """Save the running as ``changed``; False if the file could not take it (the
        window shows why; the screen stays as the file is)."""
        document = self.document
        if document is None:
            return False
        try:
            document.set_run(changed)
        except SaveFailed:
            self.refresh()
            return False
        self.refresh()
        return True

    def _say(self, text: str) -> None:
        """The status bar, and assistive technology; in presentation mode the notice above
        the floating bar shows it (and has it announced)."""
        editor = self.window.editor
        if editor is None:
            return
        editor.message.emit(text)
        if not self.window.presentation.active:
            accessibility.announce(editor.banner, text)

    # --- showing it -----------------------------------------------------------------------

    def tick(self) -> None:
        """Once a second while the day runs: the time left and ahead or behind."""
        self.refresh()

    def refresh(self) -> None:
        """The banner, the actions and the bar as the file's programme says, now."""
        programme = self.programme
        editor = self.window.editor
        words = programme_words(programme, self.now()) if programme is not None else None
        if editor is not None:
            editor.banner.set_programme(words)
        running = words is not None
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running:
            self.timer.stop()
        self._enable(programme)
        shown = None
        if programme is not None and programme.running is not None and running:
            shown = (programme.running.block_id, programme.running.paused)
        if shown != self._shown:
            self._shown = shown
            self._over = words is not None and words.over
            self.changed.emit()
            bar = self.window.presentation.bar
            if bar is not None:
                bar.refresh()
        elif words is not None and words.over and not self._over:
            self._over = True
            self._say(words.left + " – " + words.block)

    def _enable(self, programme: Programme | None) -> None:
        has_blocks = programme is not None and bool(programme.blocks)
        index = running_index(programme) if programme is not None else None
        running = index is not None
        paused = running and programme is not None and _paused(programme)
        self.start_action.setEnabled(has_blocks and (not running or paused))
        for action in (self.next_action, self.more_action, self.pause_action, self.stop_action):
            action.setEnabled(running)
        self.previous_action.setEnabled(running and bool(index))
        # A greyed Start says why, in the status bar, as the menu is browsed.
        self.start_action.setStatusTip(
            self._start_tip
            if has_blocks
            else translate(
                "Programme", "No agenda yet: plan the day's blocks first (Programme → Agenda)."
            )
        )
