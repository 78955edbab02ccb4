"""The spotlight: one note across the canvas, its words large enough for the back of the room.

View → Spotlight (F9), the floating bar's button or the note menu show the selected note (or
the first one) over the canvas, below the step's question: its words at
:data:`~costar_desktop.ui.canvas.readable.SPOTLIGHT_PX_AT_1080` pixels or more on a 1080p
screen (larger, up to twice that, when they are few), and under them in words who wrote it,
its Co and step, its dots (only once they are revealed), impact, shortlist and group, and
where it comes ("3 of 26"). A group's title card is a stop too: its title large, its notes
listed under it; the notes of the group follow it.

The notes come in reading order (:func:`costar_desktop.core.rules.reading_order`, the order
Tab walks on the canvas) with the current step's notes first. Left and Right, Page Up and
Page Down (what presenter remotes send), Space and Shift+Space and a sideways swipe walk;
Up and Down, the wheel and a finger scroll a long note; Escape goes back to the star with
that note selected. Enter or F2 edits the words in place; D, 1–5, 0 and S run the very
actions the canvas's keys run, on this note, so each is the same undo step.

What the room reads is worked out by :func:`reading_for` (plain strings), so the screen
reader hears the same words as the room sees.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.core import rules
from costar_desktop.core.model import Note, Step
from costar_desktop.core.palette import colour as palette_colour
from costar_desktop.core.steps import step_works_on
from costar_desktop.ui import i18n
from costar_desktop.ui.appearance import FONT_FAMILIES, appearance
from costar_desktop.ui.canvas import accessibility, readable, style
from costar_desktop.ui.events import focus_gone_for_good, plain_escape_override, typing_key
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.model.document import WorkshopDocument

if TYPE_CHECKING:
    from costar_desktop.ui.shell.editor import WorkshopEditor

#: The note's words grow up to this many times the readable size when they are few.
MAX_GROWTH = 2.0
#: The lines under the words (author, Co, dots…), as a share of the words' readable size.
FACTS_SHARE = 0.75
#: The buttons' words, as a share of it; the buttons are never smaller than MIN_TARGET.
BUTTON_SHARE = 0.55
#: …but no larger than this (pixels), so that the row of buttons fits at the largest text size.
MAX_BUTTON_PX = 33.0
MIN_TARGET = 56
#: A sideways swipe walks once the finger went this far (pixels) and mostly sideways.
SWIPE_MIN = 80
#: A touch that moved less than this (pixels) is a tap.
TAP_SLOP = 14
#: No maximum height (Qt's QWIDGETSIZE_MAX).
QWIDGETSIZE_MAX = (1 << 24) - 1
#: A group card lists this many of its notes, then says how many more there are.
MEMBERS_SHOWN = 6
#: The words keep room for at least this many lines; the lines about them give way.
MIN_WORD_LINES = 2
#: A note too long to fit keeps this share of the card (it scrolls); the rest is for the
#: lines about it.
LONG_NOTE_SHARE = 0.6

#: Document signals that can change what the spotlight shows.
WATCHES: tuple[Signal, ...] = (
    WorkshopDocument.note_changed,
    WorkshopDocument.note_added,
    WorkshopDocument.note_removed,
    WorkshopDocument.votes_changed,
    WorkshopDocument.settings_changed,
    WorkshopDocument.participants_changed,
)

#: Keys that run the canvas's own actions (ui/shell/actions.py) on the spotlighted note.
KEY_ACTIONS: dict[int, str] = {
    Qt.Key.Key_D.value: "steps.dot",
    Qt.Key.Key_S.value: "steps.shortlist",
    Qt.Key.Key_0.value: "steps.impact.none",
    Qt.Key.Key_1.value: "steps.impact.1",
    Qt.Key.Key_2.value: "steps.impact.2",
    Qt.Key.Key_3.value: "steps.impact.3",
    Qt.Key.Key_4.value: "steps.impact.4",
    Qt.Key.Key_5.value: "steps.impact.5",
    Qt.Key.Key_R.value: "view.read_aloud",
}


def _fill(template: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(value))
    return template


# --- what the room reads ------------------------------------------------------------------


@dataclass
class Reading:
    """One stop of the spotlight in words."""

    note_id: str
    #: The note's words (a group card's title).
    words: str
    #: The lines under the words: who, where, dots and ratings, group; a group's notes.
    lines: list[str] = field(default_factory=list)
    colour: str = "yellow"
    #: What a screen reader says (the canvas's words for the note) and adds.
    name: str = ""
    description: str = ""


def spotlight_order(
    document: WorkshopDocument, step: Step, shown: Callable[[str], bool]
) -> list[str]:
    """The spotlight's stops: the notes and group cards ``shown`` on the canvas, the ones
    ``step`` works on first (the solid ones on the canvas), each part in reading order."""
    notes = document.notes

    def works_on(note: Note) -> bool:
        card = notes.get(note.group_id) if note.group_id else None
        return step_works_on(step, note, card)

    return rules.reading_order(notes, [i for i in notes if shown(i)], first=works_on)


def _one_line(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def reading_for(document: WorkshopDocument, note_id: str, index: int, count: int) -> Reading:
    """What the room reads for the note ``note_id``, stop ``index`` (from 1) of ``count``."""
    notes = document.notes
    note = notes[note_id]
    hidden = document.workshop.votes_hidden
    card = notes.get(note.group_id) if note.group_id else None
    totals = rules.dot_totals(document.votes.values(), notes)
    dots = totals.get(rules.dot_target(notes, note_id), 0)

    # Two lines, so the words keep the room: who and where; dots, ratings and group.
    members = [n for n in notes.values() if n.group_id == note.id] if note.is_group else []
    if note.is_group:
        who = (
            translate("Spotlight", "A group of 1 note")
            if len(members) == 1
            else _fill(translate("Spotlight", "A group of %1 notes"), len(members))
        )
    else:
        author = document.participants.get(note.author_id) if note.author_id else None
        who = (
            _fill(translate("Spotlight", "Written by %1"), author.name)
            if author
            else translate("Spotlight", "Written by: anonymous")
        )
    where = i18n.label(note.co) if note.co else translate("Spotlight", "not yet placed in a Co")
    lines = [
        " · ".join([who, where, _fill(translate("Spotlight", "%1 step"), i18n.label(note.step))])
    ]

    marks = []
    if hidden:
        marks.append(translate("Spotlight", "dots hidden until they are revealed"))
    elif card is not None:
        marks.append(
            translate("Spotlight", "its group has no dots yet")
            if not dots
            else translate("Spotlight", "its group has 1 dot")
            if dots == 1
            else _fill(translate("Spotlight", "its group has %1 dots"), dots)
        )
    else:
        marks.append(
            translate("Spotlight", "no dots yet")
            if not dots
            else translate("Spotlight", "1 dot")
            if dots == 1
            else _fill(translate("Spotlight", "%1 dots"), dots)
        )
    marks.append(
        _fill(translate("Spotlight", "impact %1 of 5"), note.impact)
        if note.impact
        else translate("Spotlight", "no impact rating")
    )
    if note.shortlisted:
        marks.append(translate("Spotlight", "★ on the shortlist"))
    if note.is_example:
        marks.append(translate("Spotlight", "an example from elsewhere"))
    if card is not None:
        marks.append(_fill(translate("Spotlight", "in the group “%1”"), _one_line(card.text)))
    lines.append(" · ".join(marks))
    if members:
        order = rules.reading_order(notes, [m.id for m in members])
        for member_id in order[:MEMBERS_SHOWN]:
            lines.append(
                "• "
                + (_one_line(notes[member_id].text) or translate("Spotlight", "(no words yet)"))
            )
        if len(order) > MEMBERS_SHOWN:
            lines.append(_fill(translate("Spotlight", "and %1 more"), len(order) - MEMBERS_SHOWN))

    parts = [
        _fill(translate("Spotlight", "%1 of %2."), index, count),
        # the canvas's words for the note; dots only where the canvas shows them
        accessibility.note_description(document, note, None if hidden or card else dots),
    ]
    if hidden:
        parts.append(translate("Spotlight", "Dots are hidden."))
    return Reading(
        note_id=note_id,
        words=note.text,
        lines=lines,
        colour=note.colour,
        name=accessibility.note_name(document, note),
        description=" ".join(parts),
    )


# --- the words --------------------------------------------------------------------------


class SpotlightWords(QTextEdit):
    """The note's words: read (the keys walk and scroll), or edited in place.

    While editing, Enter saves, Shift+Enter starts a new line, and Escape, Tab or leaving
    the words end editing and keep what was typed, as on the canvas."""

    #: Editing ended: "enter", "escape" or "focus".
    finished = Signal(str)

    def __init__(self, spotlight: SpotlightView) -> None:
        super().__init__(spotlight)
        self.spotlight = spotlight
        self.setObjectName("spotlightWords")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._editing = False
        self._show_reading_state()

    @property
    def editing(self) -> bool:
        return self._editing

    def _show_reading_state(self) -> None:
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setCursorWidth(0)  # no text cursor left over from editing
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)

    def begin(self) -> None:
        self._editing = True
        self.setReadOnly(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        # A cursor the room can see, in proportion to the words.
        self.setCursorWidth(max(2, self.font().pixelSize() // 16))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.ensureCursorVisible()

    def end(self, reason: str) -> None:
        if not self._editing:
            return
        self._editing = False
        self._show_reading_state()
        self.finished.emit(reason)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            mods = event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
            # Escape leaves presentation mode (a window shortcut); here it first ends
            # editing, or leaves the spotlight. While typing, plain keys are the text's.
            if (event.key() == Qt.Key.Key_Escape and not mods) or (
                self._editing and not mods and not (Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35)
            ):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._editing:
            if not self.spotlight.handle_key(event):
                super().keyPressEvent(event)
            return
        what = typing_key(event)
        if what == "new line":
            self.textCursor().insertText("\n")
        elif what in ("enter", "escape"):
            self.end(what)
        else:  # Tab moves the focus to the buttons, as in any text box
            super().keyPressEvent(event)
            return
        event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if focus_gone_for_good(event):
            self.end("focus")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self._editing and event.button() == Qt.MouseButton.LeftButton:
            self.spotlight.start_editing()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class _Fingers(QObject):
    """One finger on the words (or the lines under them): a sideways swipe walks, up and
    down scrolls the words, a double tap edits. Two fingers are left to Qt."""

    def __init__(self, spotlight: SpotlightView) -> None:
        super().__init__(spotlight)
        self.spotlight = spotlight
        self._start: QPointF | None = None
        self._scroll_from = 0
        self._last_tap = 0.0

    def watch(self, widget: QWidget) -> None:
        widget.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ) or not isinstance(event, QTouchEvent):
            return False
        words = self.spotlight.words
        if words.editing or len(event.points()) != 1:
            # Typing: a finger places the cursor (Qt makes it a mouse press).
            self._start = None
            return False
        point = event.points()[0].globalPosition()
        bar = words.verticalScrollBar()
        if kind == QEvent.Type.TouchBegin:
            self._start = point
            self._scroll_from = bar.value()
            words.setFocus(Qt.FocusReason.MouseFocusReason)
        elif self._start is None:
            return False
        elif kind == QEvent.Type.TouchUpdate:
            d = point - self._start
            if abs(d.y()) > abs(d.x()) and abs(d.y()) > TAP_SLOP:
                bar.setValue(round(self._scroll_from - d.y()))
        elif kind == QEvent.Type.TouchEnd:
            d = point - self._start
            self._start = None
            if abs(d.x()) >= SWIPE_MIN and abs(d.x()) > 2 * abs(d.y()):
                # The page follows the finger: a swipe to the left brings the next note.
                self.spotlight.walk(+1 if d.x() < 0 else -1)
            elif abs(d.x()) < TAP_SLOP and abs(d.y()) < TAP_SLOP:
                now = time.monotonic()
                if now - self._last_tap <= QApplication.doubleClickInterval() / 1000:
                    self._last_tap = 0.0
                    self.spotlight.start_editing()
                else:
                    self._last_tap = now
        else:
            self._start = None
        event.accept()
        return True


# --- the view -----------------------------------------------------------------------------


def _font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


class SpotlightView(QFrame):
    """One note over the canvas, large (see the module's words)."""

    #: Leave the spotlight (Escape, the Close button).
    leave_requested = Signal()
    #: Run the table's action with this id on the spotlighted note (D, S, 1–5, 0).
    action_requested = Signal(str)
    #: The spotlight moved to this note (the canvas's selection follows).
    moved = Signal(str)

    def __init__(self, editor: WorkshopEditor) -> None:
        super().__init__(editor)
        self.setObjectName("spotlight")
        self.editor = editor
        self.document = editor.document
        #: The stops in order, and the note shown (None: there are no notes).
        self.order: list[str] = []
        self.current: str | None = None
        self.reading: Reading | None = None
        #: The readable size of the words for this window, and the size they are shown at.
        self.base_px = readable.SPOTLIGHT_PX_AT_1080
        self.words_px = self.base_px
        self._fitted_for: tuple | None = None
        self._stale = True
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)

        self.position = QLabel()
        self.position.setObjectName("spotlightPosition")
        self.position.setAccessibleName(translate("Spotlight", "Which note of how many"))
        self.colour = QLabel()
        self.colour.setObjectName("spotlightColour")
        self.colour.setAccessibleName(translate("Spotlight", "The note's colour"))
        head = QHBoxLayout()
        head.addWidget(self.position)
        head.addStretch(1)
        head.addWidget(self.colour)

        self.card = QFrame()
        self.card.setObjectName("spotlightCard")
        self.words = SpotlightWords(self)
        self.words.finished.connect(self._editing_done)
        self.facts = QLabel()
        self.facts.setObjectName("spotlightFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)  # the notes' words, never markup
        self.facts.setWordWrap(True)
        self.facts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.facts.setAccessibleName(translate("Spotlight", "About this note"))
        card_box = QVBoxLayout(self.card)
        card_box.addWidget(self.words, 1)
        card_box.addWidget(self.facts)
        card_box.addStretch(0)

        self.previous = self._button(
            translate("Spotlight", "← Previous"),
            translate("Spotlight", "Previous note (Left arrow)"),
        )
        self.previous.clicked.connect(lambda: self.walk(-1))
        self.edit = self._button(
            translate("Spotlight", "✎ Edit"), translate("Spotlight", "Edit the words (Enter)")
        )
        self.edit.clicked.connect(self.start_editing)
        self.dot = self._button(
            translate("Spotlight", "⬤ Dot"), translate("Spotlight", "Give or take back a dot (D)")
        )
        self.dot.clicked.connect(lambda: self.action_requested.emit("steps.dot"))
        self.shortlist = self._button(
            translate("Spotlight", "★ Shortlist"),
            translate("Spotlight", "Add to or remove from the shortlist (S)"),
        )
        self.shortlist.clicked.connect(lambda: self.action_requested.emit("steps.shortlist"))
        # Shown only when the computer has a voice (the window's read-aloud part says).
        self.read_aloud = self._button(
            translate("Spotlight", "🔊 Read aloud"),
            translate("Spotlight", "Read the note aloud (R)"),
        )
        self.read_aloud.clicked.connect(lambda: self.action_requested.emit("view.read_aloud"))
        self.read_aloud.setVisible(False)
        self.next = self._button(
            translate("Spotlight", "Next →"), translate("Spotlight", "Next note (Right arrow)")
        )
        self.next.clicked.connect(lambda: self.walk(+1))
        self.close_button = self._button(
            translate("Spotlight", "✕ Back to the star"),
            translate("Spotlight", "Back to the star (Escape)"),
        )
        self.close_button.clicked.connect(self.leave_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous)
        buttons.addStretch(1)
        for b in (self.edit, self.dot, self.shortlist, self.read_aloud):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next)

        self.outer = QVBoxLayout(self)
        self.outer.addLayout(head)
        self.outer.addWidget(self.card, 1)
        self.outer.addLayout(buttons)
        self.setFocusProxy(self.words)
        self.setTabOrder(self.words, self.previous)

        self.fingers = _Fingers(self)
        self.fingers.watch(self.words.viewport())
        self.fingers.watch(self.facts)

        for signal in WATCHES:
            signal.__get__(self.document, WorkshopDocument).connect(self.schedule_refresh)
        editor.step_changed.connect(self.schedule_refresh)
        editor.view.installEventFilter(self)
        appearance().changed.connect(self.restyle)
        self.hide()
        self.restyle()

    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
        b.setToolTip(name)
        b.setMinimumSize(MIN_TARGET, MIN_TARGET)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return b

    # --- the stops ----------------------------------------------------------------------

    def _shown_on_canvas(self, note_id: str) -> bool:
        item = self.editor.scene.note_item(note_id)
        return item is not None and item.isVisible()

    def stops(self) -> list[str]:
        return spotlight_order(self.document, self.editor.current_step, self._shown_on_canvas)

    def open_at(self, note_id: str | None) -> None:
        """Show the spotlight over the canvas at ``note_id`` (None: the first note)."""
        self.order = self.stops()
        self.current = note_id if note_id in self.order else (self.order[0] if self.order else None)
        self.reading = None  # shown afresh: said, and the canvas's selection follows
        self.place()
        self.show()
        self.raise_()
        self.refresh(announce=True)
        self.words.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def walk(self, step: int) -> None:
        """To the next (``step`` 1) or previous (-1) note; at either end it stays."""
        if self.words.editing or self.current is None or self.current not in self.order:
            return
        index = max(0, min(len(self.order) - 1, self.order.index(self.current) + step))
        self.go_to(self.order[index])

    def go_to(self, note_id: str) -> None:
        if note_id == self.current and self.reading is not None:
            self._announce()  # the end of the list: say where we still are
            return
        self.current = note_id
        self.refresh(announce=True)

    # --- following the document -----------------------------------------------------------

    def schedule_refresh(self, *_args: object) -> None:
        """Many changes in one go cause one refresh; out of sight, none until shown."""
        self._stale = True
        if self.isVisible():
            self._pending.start()

    def refresh(self, announce: bool = False) -> None:
        self._stale = False
        self._pending.stop()
        old_order, old = self.order, self.current
        self.order = self.stops()
        if self.current not in self.order:
            # The note went (deleted, undone): the one after it, else the one before.
            self.current = None
            if old is not None and old in old_order:
                at = old_order.index(old)
                later = [i for i in old_order[at + 1 :] if i in self.order]
                earlier = [i for i in reversed(old_order[:at]) if i in self.order]
                self.current = next(iter(later or earlier), None)
            if self.current is None and self.order:
                self.current = self.order[0]  # the first note came, or others replaced it
            if self.current is None and old is not None:
                self.reading = None
                self.leave_requested.emit()  # none are left
                return
            announce = True
        if self.current is None:
            self._show_nothing()
            return
        index = self.order.index(self.current) + 1
        reading = reading_for(self.document, self.current, index, len(self.order))
        same_note = self.reading is not None and self.reading.note_id == reading.note_id
        if not self.words.editing and (not same_note or self.words.toPlainText() != reading.words):
            keep = self.words.verticalScrollBar().value() if same_note else 0
            self.words.setPlainText(reading.words)
            self.words.verticalScrollBar().setValue(keep)
        self.reading = reading
        self.position.setText(
            _fill(translate("Spotlight", "Note %1 of %2"), index, len(self.order))
        )
        self.position.show()
        self.colour.setText(
            _fill(translate("Spotlight", "%1 note"), i18n.core(palette_colour(reading.colour).name))
        )
        self.colour.show()
        for b in (self.edit, self.dot, self.shortlist, self.read_aloud):
            b.setEnabled(True)
        self.previous.setEnabled(index > 1)
        self.next.setEnabled(index < len(self.order))
        self.restyle()
        if not same_note:
            self.moved.emit(self.current)
        if announce or not same_note:
            self._announce()
        else:
            self._describe()

    def _show_nothing(self) -> None:
        self.reading = None
        self.words.setPlainText(
            translate(
                "Spotlight", "There are no notes yet. Go back to the star (Escape) and add some."
            )
        )
        self.position.hide()
        self.colour.hide()
        self.facts.hide()
        for b in (self.previous, self.next, self.edit, self.dot, self.shortlist, self.read_aloud):
            b.setEnabled(False)
        self.restyle()
        self.words.setAccessibleName(translate("Spotlight", "Spotlight: there are no notes yet"))
        self.words.setAccessibleDescription(translate("Spotlight", "Escape goes back to the star."))
        self._send(QAccessible.Event.Focus)

    # --- what a screen reader hears -------------------------------------------------------

    def _describe(self) -> None:
        if self.reading is not None:
            self.words.setAccessibleName(self.reading.name)
            self.words.setAccessibleDescription(
                self.reading.description
                + " "
                + translate(
                    "Spotlight",
                    "Spotlight: the arrow keys, Page Up and Page Down go to the previous and "
                    "next note, Enter edits, Escape goes back to the star.",
                )
            )

    def _announce(self) -> None:
        """Say the note: the words' name and description, and a focus event for it."""
        self._describe()
        self._send(QAccessible.Event.NameChanged)
        self._send(QAccessible.Event.Focus)

    def _send(self, kind: QAccessible.Event) -> None:
        QAccessible.updateAccessibility(QAccessibleEvent(self.words, kind))

    # --- keys -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Escape with a button focused: back to the star, not out of presentation mode.
        if plain_escape_override(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """The spotlight's keys while reading; False for a key it leaves to others."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        bar = self.words.verticalScrollBar()
        if key == Qt.Key.Key_Escape and not mods:
            self.leave_requested.emit()
        elif mods and not shift:
            return False  # Ctrl+Z and the like belong to the window
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown) or (
            key == Qt.Key.Key_Space and not shift
        ):
            self.walk(+1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp) or (key == Qt.Key.Key_Space and shift):
            self.walk(-1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.order:
            self.go_to(self.order[0 if key == Qt.Key.Key_Home else -1])
        elif key == Qt.Key.Key_Down:
            bar.setValue(bar.value() + bar.singleStep())
        elif key == Qt.Key.Key_Up:
            bar.setValue(bar.value() - bar.singleStep())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and not mods:
            self.start_editing()
        elif key in KEY_ACTIONS and not mods:
            if self.current is not None:
                self.action_requested.emit(KEY_ACTIONS[key])
        else:
            return False
        event.accept()
        return True

    # --- editing --------------------------------------------------------------------------

    def start_editing(self) -> None:
        if self.current is None or self.words.editing:
            return
        self.words.setPlainText(self.document.notes[self.current].text)
        self.words.begin()
        self.facts.hide()  # the editor takes the whole card
        self._fit()
        for b in (self.previous, self.next, self.dot, self.shortlist, self.read_aloud):
            b.setEnabled(False)
        self.words.setAccessibleDescription(
            translate(
                "Spotlight",
                "Editing. Enter saves, Shift+Enter starts a new line, Escape keeps what you typed.",
            )
        )

    def _editing_done(self, _reason: str) -> None:
        note_id = self.current
        typed = self.words.toPlainText()
        if note_id is not None and note_id in self.document.notes:
            if not self.editor.edit_note_text(note_id, typed):
                # Not saved: the words stay in the editor, so nothing is lost.
                self.words.begin()
                return
        self.schedule_refresh()
        if self.isVisible():
            self.refresh()

    # --- size and look --------------------------------------------------------------------

    def place(self) -> None:
        """Cover the canvas (the step's banner stays above it); above the floating bar.

        When the banner leaves the canvas too little room for :data:`MIN_WORD_LINES` lines
        of the words with the buttons (a small screen at a large text size), the spotlight
        covers the banner too: the note matters more then than the question above it."""
        view = self.editor.view
        pad = max(8, round(self._base_px() / 3))
        self.outer.setContentsMargins(pad, pad // 2, pad, view.bottom_margin or pad)
        self.restyle()  # the sizes for this window, which say how much room is needed
        area = view.geometry()
        if area.height() < self.needed_height():
            area = QRect(0, 0, self.editor.width(), area.bottom() + 1)
        self.setGeometry(area)

    def needed_height(self) -> float:
        """The height that shows the note's place, MIN_WORD_LINES lines of words and the
        buttons (the lines about the note give way, see _facts_that_fit)."""
        words = (
            MIN_WORD_LINES * QFontMetricsF(_font(self.base_px)).lineSpacing()
            + 2 * self.words.document().documentMargin()
        )
        head = max(self.position.sizeHint().height(), self.colour.sizeHint().height())
        buttons = max(b.sizeHint().height() for b in self.findChildren(QPushButton))
        outer, card = self.outer.contentsMargins(), self.card.layout()
        inner = card.contentsMargins() if card is not None else None
        frame = 2 * max(3, round(self.base_px / 10))  # the card's outline (restyle)
        return (
            words
            + head
            + buttons
            + outer.top()
            + outer.bottom()
            + 2 * self.outer.spacing()
            + (inner.top() + inner.bottom() if inner is not None else 0)
            + frame
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.editor.view
            and self.isVisible()
            and event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        ):
            self.place()
            QTimer.singleShot(0, self._fit)
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.schedule_refresh()
        QTimer.singleShot(0, self._fit)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit)

    def _base_px(self) -> float:
        """The readable size of the words for this window and text size."""
        window = self.window()
        return readable.px_for(
            readable.SPOTLIGHT_PX_AT_1080,
            window.height() if window is not None else readable.REFERENCE_HEIGHT,
            appearance().text_scale,
        )

    def restyle(self) -> None:
        t = appearance().theme
        px = self.base_px = self._base_px()
        key = self.reading.colour if self.reading is not None else "white"
        fill, ink = style.note_fill_and_ink(key)
        strip = max(8, round(px / 2))
        border = max(3, round(px / 10))
        sheet = (
            f"#spotlight {{ background: {t.base}; }}"
            f"#spotlight QLabel {{ color: {t.text}; background: transparent; }}"
            # The card's outline in the text's colour (a white or yellow note on a white
            # page would have none), its left edge a strip of the note's colour.
            f"#spotlightCard {{ background: {t.base}; border: {border}px solid {t.text};"
            f" border-left: {strip}px solid {fill.name()}; border-radius: {round(px / 4)}px; }}"
            f"#spotlightWords {{ color: {t.text}; background: {t.base}; border: none; }}"
            f"#spotlight QLabel#spotlightPosition {{ color: {t.banner_text};"
            f" background: {t.banner}; padding: {round(px / 6)}px {round(px / 3)}px; }}"
            f"#spotlight QLabel#spotlightColour {{ color: {ink.name()}; background: {fill.name()};"
            f" border: {border}px solid {t.text}; padding: {round(px / 6)}px {round(px / 3)}px; }}"
            f"#spotlight QPushButton {{ color: {t.step_button_text}; background: {t.step_button};"
            f" border: 2px solid {t.step_button_text}; border-radius: 8px;"
            f" padding: 4px {round(px / 3)}px; }}"
            f"#spotlight QPushButton:disabled {{ color: {t.disabled_text};"
            f" border: 2px dashed {t.disabled_text}; }}"
            f"#spotlight QPushButton:focus {{ border: 4px dashed {t.focus}; }}"
            f"#spotlightWords:focus {{ border: none; }}"
        )
        if sheet != self.styleSheet():  # a new sheet restyles every child: only on a change
            self.setStyleSheet(sheet)
        small = _font(px * FACTS_SHARE)
        self.facts.setFont(small)
        self.position.setFont(_font(px * FACTS_SHARE, bold=True))
        self.colour.setFont(_font(px * FACTS_SHARE, bold=True))
        for b in self.findChildren(QPushButton):
            b.setFont(_font(min(max(14.0, px * BUTTON_SHARE), MAX_BUTTON_PX), bold=True))
        box = self.card.layout()
        if box is not None:
            box.setContentsMargins(
                strip + round(px / 3), round(px / 4), round(px / 2), round(px / 4)
            )
        self.words.verticalScrollBar().setSingleStep(round(px * 1.3))
        self._fit()

    def _room(self) -> tuple[int, int]:
        """The width and height inside the card, for the words and the lines under them."""
        box = self.card.layout()
        rect = self.card.contentsRect()
        if box is None:
            return rect.width(), rect.height()
        m = box.contentsMargins()
        return rect.width() - m.left() - m.right(), rect.height() - m.top() - m.bottom()

    def _facts_that_fit(self, width: int, height: int, keep: float) -> str:
        """As many of the lines about the note as leave the words ``keep`` pixels: on a
        small screen at a large text size the words come first, then who and where, then
        dots and ratings, then a group's notes."""
        lines = self.reading.lines if self.reading is not None and not self.words.editing else []
        if not lines or width <= 0:
            return ""
        box = self.card.layout()
        spacing = box.spacing() if box is not None else 0
        metrics = QFontMetrics(self.facts.font())
        shown: list[str] = []
        for line in lines:
            text = "\n".join([*shown, line])
            tall = metrics.boundingRect(
                QRect(0, 0, width, QWIDGETSIZE_MAX), Qt.TextFlag.TextWordWrap, text
            ).height()
            if height - tall - spacing < keep:
                break
            shown.append(line)
        return "\n".join(shown)

    def _fit(self) -> None:
        """The words as large as fit without scrolling, from the readable size up to
        :data:`MAX_GROWTH` times it, the lines about the note right under them; a long note
        keeps the readable size and scrolls."""
        base = max(1, round(self.base_px))
        text = self.words.toPlainText()
        width, inner = self._room()
        editing = self.words.editing
        lines = tuple(self.reading.lines) if self.reading is not None else ()
        wanted = (text, width, inner, base, editing, lines)
        if wanted == self._fitted_for:
            return
        self._fitted_for = wanted
        margin = self.words.document().documentMargin()

        def needs(size: int) -> float:
            return self._text_height(text, size, width, margin)

        # The words at the readable size before the lines about them (a long note keeps
        # a share of the card, and scrolls); larger words only in the room that is left.
        keep = MIN_WORD_LINES * QFontMetricsF(_font(base)).lineSpacing() + 2 * margin
        if text and width > 0 and not editing:
            keep = min(needs(base), max(keep, inner * LONG_NOTE_SHARE))
        facts = self._facts_that_fit(width, inner, keep)
        if self.facts.text() != facts:
            self.facts.setText(facts)
        self.facts.setVisible(bool(facts))
        height = inner
        if facts:
            box = self.card.layout()
            height -= self.facts.heightForWidth(width) + (box.spacing() if box is not None else 0)
        px, tall = base, None
        if editing:
            px = round(self.words_px)  # what was read is edited at the same size
        elif width > 0 and height > 0 and text:
            if needs(base) <= height:
                low, high = base, round(base * MAX_GROWTH)
                while low < high:
                    mid = (low + high + 1) // 2
                    if needs(mid) <= height:
                        low = mid
                    else:
                        high = mid - 1
                px, tall = low, needs(low)
        self.words_px = px
        if self.words.font().pixelSize() != px:
            self.words.setFont(_font(px))
        # Words that fit take only their height, so what is said about them follows them.
        self.words.setMaximumHeight(math.ceil(tall) if tall is not None else QWIDGETSIZE_MAX)

    @staticmethod
    def _text_height(text: str, px: int, width: int, margin: float) -> float:
        doc = QTextDocument()
        doc.setDefaultFont(_font(px))
        doc.setDocumentMargin(margin)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setPlainText(text)
        doc.setTextWidth(width)
        # A line's worth of room for rounding: better a little smaller than a scroll bar.
        return doc.size().height() + QFontMetricsF(_font(px)).lineSpacing() * 0.25


class SpotlightController(QObject):
    """View → Spotlight (F9), the floating bar's button and the note menu: shows and leaves
    the spotlight over the open workshop's canvas, and runs what it asks for on the note."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.view: SpotlightView | None = None
        self._leaving = False
        self._syncing = False
        actions = window.menu_actions
        self.action = actions.on("view.spotlight", self._toggled)
        # The step's work (F7) and a new note take the screen; dots are given on the star.
        actions["view.work"].triggered.connect(self._make_way)
        actions["edit.new_note"].triggered.connect(self._make_way)
        window.presentation.present_action.toggled.connect(self._mode_changed)
        window.workshop_changed.connect(self._on_workshop_changed)

    def shown(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def _on_workshop_changed(self, _path) -> None:
        # The old view went with the old editor; a new one is made when first needed.
        self.view = None
        self._set_checked(False)
        editor = self.window.editor
        if editor is not None:
            editor.voting_mode_changed.connect(self._on_voting_mode)

    def _set_checked(self, on: bool) -> None:
        """Show the state on the menu and the bar's button without running it again."""
        self._syncing = True
        try:
            self.action.setChecked(on)
        finally:
            self._syncing = False

    def _toggled(self, on: bool) -> None:
        if self._syncing:
            return
        if on:
            self.open()
        else:
            self.leave()

    def open(self) -> None:
        """Show the spotlight at the selected note (the first in reading order), or the
        first note."""
        editor = self.window.editor
        if editor is None:
            self._set_checked(False)
            return
        editor.finish_editing()  # what was being typed is kept
        if editor.scene.voting_mode:
            self.window.step_tools.voting_action.setChecked(False)
        self.window.presentation.show_star()  # the step's work gives way
        if self.view is None:
            self.view = SpotlightView(editor)
            self.view.leave_requested.connect(self.leave)
            self.view.action_requested.connect(self.run)
            self.view.moved.connect(self._select)
            # Read aloud is there only when the computer has a voice (ui/shell/speech.py).
            self.view.read_aloud.setVisible(self.window.menu_actions["view.read_aloud"].isVisible())
        selected = set(editor.selected_note_ids())
        stops = self.view.stops()
        start = next((i for i in stops if i in selected), None)
        self._set_checked(True)
        self.view.open_at(start)
        self._raise_bar()

    def _raise_bar(self) -> None:
        bar = self.window.presentation.bar
        if bar is not None and bar.isVisible():
            bar.raise_()

    def _select(self, note_id: str) -> None:
        """The canvas's selection follows the spotlight: the table's actions (D, S, 1–5)
        work on the selection, and Escape leaves this note selected."""
        editor = self.window.editor
        if editor is not None:
            editor.scene.select_one(note_id)

    def run(self, action_id: str) -> None:
        """Run the table's action on the spotlighted note, as its key does on the canvas."""
        view = self.view
        if view is None or view.current is None:
            return
        self._select(view.current)
        action = self.window.menu_actions[action_id]
        if action.isEnabled():
            action.trigger()
        view.words.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self, back_to_star: bool = True) -> None:
        """Back to the star with the spotlighted note selected, in view and focused; or,
        when something else takes the canvas, only out of the way."""
        if self._leaving:
            return
        self._leaving = True
        try:
            self._set_checked(False)
            view = self.view
            if view is None or not view.isVisible():
                return
            if view.words.editing:
                view.words.end("focus")
            note_id = view.current if view.reading is not None else None
            view.hide()
            editor = self.window.editor
            if editor is None or not back_to_star:
                return
            if note_id is not None:
                item = editor.scene.select_one(note_id)
                if item is not None:
                    editor.view.ensureVisible(item, 40, 40)
            editor.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if note_id is not None:
                accessibility.announce_focus(editor.view, note_id)
        finally:
            self._leaving = False

    def _make_way(self) -> None:
        """Something else takes the canvas (the step's work, a new note being typed): only
        get out of its way (selecting a note now would end the new note's typing)."""
        self.leave(back_to_star=False)

    def _on_voting_mode(self, on: bool) -> None:
        if on:  # dots are given on the star
            self.leave()

    def _mode_changed(self, _on: bool) -> None:
        """Presentation mode began or ended: the spotlight stays, over the canvas."""
        view = self.view
        if view is not None and view.isVisible():
            view.place()
            view.raise_()
            self._raise_bar()
            view.words.setFocus(Qt.FocusReason.OtherFocusReason)
