"""The strip above the star: the five steps, this step's question, a hint, and the timer.

While the day's programme runs (issue 19, ui/programme/run.py), a line under the step
buttons says which block runs, what comes next and whether the day is ahead or behind, and
the timer shows the block's time ("⏱ 12 minutes left", "⚠ 3 minutes over") — unless a
timer of the Steps menu was started for an exercise inside the block: that one then has the
large label, and the block's time moves into the line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from costar_desktop.core.model import Step
from costar_desktop.core.star import STEP_ORDER
from costar_desktop.ui import i18n
from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas import style
from costar_desktop.ui.steps.timer import Countdown, format_seconds


@dataclass(frozen=True)
class ProgrammeWords:
    """What the banner says about the programme while it runs, in words (made by
    ui/programme/run.py; colour is never the only sign)."""

    #: "Block 2 of 6: Map: what we already do"
    block: str
    #: "⏱ 12 minutes left", "⚠ 3 minutes over", "⏸ 12 minutes left (paused)"
    left: str
    #: "Next: Break, 15 minutes"
    next: str
    #: "On time", "✓ 4 minutes ahead", "⚠ 6 minutes behind"
    day: str
    #: The block has run over its time: the banner takes its time-up look.
    over: bool = False


class StepBanner(QFrame):
    """Step buttons, the current step's question in large type, the facilitator's hint and
    the countdown. The step buttons only ask for a change; the editor makes it."""

    #: A step button was pressed.
    step_requested = Signal(object)

    def __init__(self, countdown: Countdown, parent=None):
        super().__init__(parent)
        self.setObjectName("stepBanner")
        self.countdown = countdown
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(8)
        for i, step in enumerate(STEP_ORDER, start=1):
            b = QPushButton(f"{i} {i18n.label(step)}")
            b.setCheckable(True)
            b.setFont(style.font(13, bold=True))
            b.setToolTip(
                self.tr("Go to the %1 step (Ctrl+%2)")
                .replace("%1", i18n.label(step))
                .replace("%2", str(i))
            )
            b.setAccessibleName(
                self.tr("Step %1: %2").replace("%1", str(i)).replace("%2", i18n.label(step))
            )
            self.buttons.addButton(b, i - 1)
            row.addWidget(b)
        self.buttons.idClicked.connect(lambda i: self.step_requested.emit(STEP_ORDER[i]))
        row.addStretch(1)
        self.timer_label = QLabel("")
        self.timer_label.setFont(style.font(30, bold=True))
        self.timer_label.setAccessibleName(self.tr("Timer"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.timer_label)

        self._row = row
        #: The programme while it runs: block, next, ahead or behind (hidden otherwise).
        self.programme_line = QLabel()
        self.programme_line.setWordWrap(True)
        # What it says is its name for a screen reader: a name set here would hide it.
        self.programme_line.setAccessibleDescription(self.tr("Programme"))
        self.programme_line.hide()
        self.programme: ProgrammeWords | None = None
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setFont(style.font(24, bold=True))
        self.question.setAccessibleName(self.tr("Question for this step"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setFont(style.font(13))
        self.hint.setAccessibleName(self.tr("How to run this step"))
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addLayout(row)
        #: The timer's own line, when it does not fit beside the step buttons whole.
        self._timer_row = QHBoxLayout()
        self._timer_row.addStretch(1)
        layout.addLayout(self._timer_row)
        layout.addWidget(self.programme_line)
        self._question_row = QHBoxLayout()
        self._question_row.setSpacing(16)
        self._question_row.addWidget(self.question, 1)
        layout.addLayout(self._question_row)
        layout.addWidget(self.hint)
        #: Only the question (and the timer beside it): while the star is zoomed to a Co in
        #: presentation mode, the room gets the height of the step buttons for its notes.
        self.compact = False

        self._flash = QTimer(self)
        self._flash.setInterval(600)
        self._flash.timeout.connect(self._toggle_flash)
        self._flash_on = False
        countdown.changed.connect(self._show_time)
        countdown.finished.connect(self._time_up)
        countdown.state_changed.connect(self._show_state)
        self.presenting = False
        self.restyle()
        appearance().changed.connect(self.restyle)
        self.set_step(Step.MAP)

    def restyle(self) -> None:
        """Colours from the theme; sizes from the text size (larger when presenting)."""
        t = appearance().theme
        scale = appearance().text_scale * (1.4 if self.presenting else 1.0)
        self.setStyleSheet(
            f"#stepBanner {{ background: {t.banner}; }}"
            f"#stepBanner QLabel {{ color: {t.banner_text}; }}"
            f"#stepBanner QPushButton {{ color: {t.step_button_text}; background: {t.step_button};"
            f" border: 2px solid {t.step_button_text}; border-radius: 6px; padding: 6px 14px;"
            f" font-weight: bold; min-height: 36px; min-width: 48px; }}"
            f"#stepBanner QPushButton:checked {{ color: {t.step_button_checked_text};"
            f" background: {t.step_button_checked}; border: 4px solid {t.step_button_checked_text}; }}"
            f"#stepBanner QPushButton:focus {{ border: 4px dashed {t.banner_text}; }}"
            f'#stepBanner[timeUp="true"] {{ background: {t.time_up}; }}'
        )
        for b in self.buttons.buttons():
            b.setFont(style.font(13 * scale, bold=True))
        self.question.setFont(style.font(24 * scale, bold=True))
        self.hint.setFont(style.font(13 * appearance().text_scale))
        self.timer_label.setFont(
            style.font((60 if self.presenting else 30) * appearance().text_scale, bold=True)
        )
        self.programme_line.setFont(
            style.font((28 if self.presenting else 18) * appearance().text_scale, bold=True)
        )

    def set_presenting(self, on: bool) -> None:
        self.presenting = on
        self.restyle()

    def set_compact(self, on: bool) -> None:
        """Hide the step buttons, and show the timer beside the question (or not)."""
        if on == self.compact:
            return
        self.compact = on
        for b in self.buttons.buttons():
            b.setVisible(not on)
        if on:
            self._question_row.addWidget(self.timer_label)
        else:
            self._row.addWidget(self.timer_label)
            self._fit_timer()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer()

    def _fit_timer(self) -> None:
        """The timer beside the step buttons if they all fit whole, else on a line of its
        own under them: in a narrow window, in large text or with long words ("20 minutes
        left"), neither a step's name nor the question is squeezed to make room for it."""
        if self.compact:
            return
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins = layout.contentsMargins()
        needed = (
            sum(b.sizeHint().width() for b in self.buttons.buttons())
            + self._row.spacing() * (len(self.buttons.buttons()) + 1)
            + self.timer_label.sizeHint().width()
            + margins.left()
            + margins.right()
        )
        own_line = needed > self.width()
        if own_line != (self._timer_row.indexOf(self.timer_label) >= 0):
            (self._timer_row if own_line else self._row).addWidget(self.timer_label)

    def set_step(self, step: Step) -> None:
        self.buttons.button(STEP_ORDER.index(step)).setChecked(True)
        self.question.setText(f"{i18n.label(step)}: {i18n.question(step)}")
        self.hint.setText(self.tr("For the facilitator: ") + i18n.hint(step))

    def set_hint_visible(self, visible: bool) -> None:
        self.hint.setVisible(visible)

    # --- the programme ----------------------------------------------------------------

    def set_programme(self, words: ProgrammeWords | None) -> None:
        """Show the running programme's words (None: the programme is not running)."""
        was_over = self.programme is not None and self.programme.over
        self.programme = words
        self.programme_line.setVisible(words is not None)
        self._show_time(self.countdown.left)
        over = words is not None and words.over
        if over != was_over and not self.countdown.done:
            self._set_time_up(over)

    def _programme_text(self) -> str:
        words = self.programme
        if words is None:
            return ""
        parts = [words.block, words.next, words.day]
        if self.countdown.active:  # the large label shows the Steps menu's timer
            parts.insert(1, words.left)
        return "   ·   ".join(p for p in parts if p)

    # --- the timer --------------------------------------------------------------------

    def _show_time(self, left: int) -> None:
        if self.countdown.done:
            self.timer_label.setText(self.tr("⏰ Time is up"))
        elif self.countdown.active:
            paused = "" if self.countdown.running or self.countdown.done else self.tr(" (paused)")
            self.timer_label.setText("⏱ " + format_seconds(left) + paused)
        elif self.programme is not None:
            self.timer_label.setText(self.programme.left)
        else:
            self.timer_label.setText("")
        text = self._programme_text()
        if self.programme_line.text() != text:
            self.programme_line.setText(text)
        self._fit_timer()

    def _show_state(self) -> None:
        self._show_time(self.countdown.left)
        if not self.countdown.done:
            self._flash.stop()
            self._set_time_up(False)

    def _time_up(self) -> None:
        self.timer_label.setText(self.tr("⏰ Time is up"))
        self._flash_on = False
        self._flash.start()
        self._set_time_up(True)

    def _toggle_flash(self) -> None:
        if not self.countdown.done:
            self._flash.stop()
            self._set_time_up(False)
            return
        self._flash_on = not self._flash_on
        self._set_time_up(self._flash_on)

    def _set_time_up(self, on: bool) -> None:
        # A block of the programme over its time keeps the look (its words say "over").
        on = on or (self.programme is not None and self.programme.over)
        if self.property("timeUp") is not None and bool(self.property("timeUp")) == on:
            return
        self.setProperty("timeUp", on)
        self.style().unpolish(self)
        self.style().polish(self)

    @property
    def time_up(self) -> bool:
        return bool(self.property("timeUp"))
