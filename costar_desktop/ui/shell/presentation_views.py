"""Presentation mode's large views of a step's work, for the room to read.

In presentation mode the side panels are hidden, so the Focus ranking, the People step's
co-producers, the Market step's worries and answers and the Grow step's action plan would
not be seen. :class:`StepWorkView` shows the current step's work over the star in large,
high-contrast type; the presentation controller switches between it and the star (F7 or
the floating bar's button). The view is read-only: editing stays in the panels.

What the room reads is worked out by :func:`work_for` (plain strings, one entry per item),
so tests and screen readers get the same words as the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.core import steps
from costar_desktop.core.model import ActionStatus, Step
from costar_desktop.ui import i18n
from costar_desktop.ui.appearance import FONT_FAMILIES, appearance
from costar_desktop.ui.canvas import readable
from costar_desktop.ui.events import plain_escape_override
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.model.document import WorkshopDocument

if TYPE_CHECKING:
    from costar_desktop.ui.shell.editor import WorkshopEditor

#: The steps whose work has a view of its own (the Map's work is the star itself).
WORK_STEPS = (Step.FOCUS, Step.PEOPLE, Step.MARKET, Step.GROW)

#: Body text on a 1080-pixel-high screen, in pixels; it follows the screen's height and
#: the text size (ui/canvas/readable.py says why this size).
BODY_PX_AT_1080 = readable.ROOM_PX_AT_1080
#: Headlines (the idea, the person, the worry, the action) and the title, as a share of it.
HEADLINE_SCALE = 1.2
#: Never smaller than this, however small the window.
MIN_BODY_PX = 20

#: Document signals that can change what one of the views shows.
WATCHES: tuple[Signal, ...] = (
    WorkshopDocument.votes_changed,
    WorkshopDocument.note_changed,
    WorkshopDocument.note_added,
    WorkshopDocument.note_removed,
    WorkshopDocument.settings_changed,
    WorkshopDocument.people_changed,
    WorkshopDocument.market_changed,
    WorkshopDocument.actions_changed,
    WorkshopDocument.participants_changed,
)

# --- what the room reads ------------------------------------------------------------------


@dataclass
class Entry:
    """One item: a headline and the lines under it."""

    headline: str
    lines: list[str] = field(default_factory=list)

    def spoken(self) -> str:
        return ". ".join([self.headline, *self.lines])


@dataclass
class Work:
    """A step's work as the room sees it."""

    step: Step
    title: str
    intro: str
    entries: list[Entry]
    #: Said instead of the entries when there are none.
    empty: str


def button_label(step: Step) -> str:
    """The floating bar's words for a step's work (short: the bar is one row)."""
    return {
        Step.FOCUS: translate("StepWorkView", "☰ Ranking"),
        Step.PEOPLE: translate("StepWorkView", "☰ People"),
        Step.MARKET: translate("StepWorkView", "☰ Worries"),
        Step.GROW: translate("StepWorkView", "☰ Plan"),
    }.get(step, "")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fill(template: str, value: object) -> str:
    """A translated sentence with its %1 filled in."""
    return template.replace("%1", str(value))


def _date(value: str) -> str:
    date = QDate.fromString(value, "yyyy-MM-dd")
    return QLocale().toString(date, "d MMMM yyyy") if date.isValid() else ""


def _no_words() -> str:
    return translate("StepWorkView", "(no words yet)")


def _focus(document: WorkshopDocument) -> Work:
    data = document.snapshot()
    hidden = data.workshop.votes_hidden
    if hidden:
        # The order and the counts would give the hidden dots away.
        ranked = [
            steps.RankedNote(0, n, 0, n.impact)
            for n in steps.votable_notes(data)
            if n.impact or n.shortlisted
        ]
        intro = translate(
            "StepWorkView",
            "The dots are hidden until everyone has voted. Impact and shortlist only.",
        )
        empty = translate(
            "StepWorkView",
            "The dots are hidden. No idea has an impact rating or a place on the shortlist yet.",
        )
    else:
        ranked = steps.ranking(data)
        intro = translate("StepWorkView", "Most dots first, then highest impact.")
        empty = translate("StepWorkView", "Nothing ranked yet: no dots or impact ratings so far.")
    ranked_ids = {r.note.id for r in ranked}
    ranked += [
        steps.RankedNote(0, n, 0, n.impact) for n in steps.shortlist(data) if n.id not in ranked_ids
    ]
    entries = []
    for r in ranked:
        text = _one_line(r.note.text) or _no_words()
        if r.note.is_group:
            text = _fill(translate("StepWorkView", "%1 (group)"), text)
        facts = []
        if not hidden:
            facts.append(
                translate("StepWorkView", "1 dot")
                if r.votes == 1
                else _fill(translate("StepWorkView", "%1 dots"), r.votes)
            )
        facts.append(
            _fill(translate("StepWorkView", "impact %1 of 5"), r.impact)
            if r.impact
            else translate("StepWorkView", "no impact rating")
        )
        if r.note.shortlisted:
            facts.append(translate("StepWorkView", "★ on the shortlist"))
        headline = f"{r.rank}. {text}" if r.rank and not hidden else text
        entries.append(Entry(headline, [" · ".join(facts)]))
    return Work(Step.FOCUS, translate("StepWorkView", "The ranking"), intro, entries, empty)


def _people(document: WorkshopDocument) -> Work:
    entries = []
    for p in document.people.values():
        where = (
            translate("StepWorkView", "inside the organisation")
            if p.inside
            else translate("StepWorkView", "outside the organisation")
        )
        lines = [f"{i18n.label(p.kind)} · {where}"]
        if p.could_bring.strip():
            lines.append(
                _fill(translate("StepWorkView", "Could bring: %1"), _one_line(p.could_bring))
            )
        if p.involvement.strip():
            lines.append(
                _fill(translate("StepWorkView", "How they take part: %1"), _one_line(p.involvement))
            )
        entries.append(Entry(_one_line(p.display_name()), lines))
    return Work(
        Step.PEOPLE,
        translate("StepWorkView", "Who will co-produce"),
        "",
        entries,
        translate("StepWorkView", "Nobody named yet: no co-producers so far."),
    )


def _market(document: WorkshopDocument) -> Work:
    entries = []
    for m in document.market_items.values():
        answer = _one_line(m.our_answer)
        lines = [
            _fill(translate("StepWorkView", "Our answer: %1"), answer)
            if answer
            else translate("StepWorkView", "Our answer: not agreed yet"),
            _fill(translate("StepWorkView", "Who might say it: %1"), i18n.label(m.audience)),
        ]
        entries.append(Entry(f"“{_one_line(m.sceptic_says) or _no_words()}”", lines))
    return Work(
        Step.MARKET,
        translate("StepWorkView", "Sceptics' worries and our answers"),
        "",
        entries,
        translate("StepWorkView", "No worries written down yet."),
    )


def _grow(document: WorkshopDocument) -> Work:
    entries = []
    for i, a in enumerate(document.actions.values(), start=1):
        status = i18n.label(a.status)
        if a.status == ActionStatus.DONE:
            status = "✓ " + status  # the word says it; the mark helps the eye
        who = _one_line(a.owner) or translate("StepWorkView", "nobody yet")
        when = _date(a.due) or translate("StepWorkView", "no date yet")
        facts = [
            _fill(translate("StepWorkView", "Who: %1"), who),
            _fill(translate("StepWorkView", "By: %1"), when),
            status,
        ]
        if a.co is not None:
            facts.append(i18n.label(a.co))
        lines = [" · ".join(facts)]
        if a.first_step.strip():
            lines.append(
                _fill(translate("StepWorkView", "First step: %1"), _one_line(a.first_step))
            )
        if a.carried_from.strip():
            lines.append(
                _fill(
                    translate("StepWorkView", "Carried over from “%1”"), _one_line(a.carried_from)
                )
            )
        entries.append(Entry(f"{i}. {_one_line(a.action) or _no_words()}", lines))
    return Work(
        Step.GROW,
        translate("StepWorkView", "The action plan"),
        "",
        entries,
        translate("StepWorkView", "No actions in the plan yet."),
    )


_BUILDERS: dict[Step, Callable[[WorkshopDocument], Work]] = {
    Step.FOCUS: _focus,
    Step.PEOPLE: _people,
    Step.MARKET: _market,
    Step.GROW: _grow,
}


def work_for(step: Step, document: WorkshopDocument | None) -> Work | None:
    """What the room reads for ``step``, or None for a step whose work is the star."""
    build = _BUILDERS.get(Step(step))
    return build(document) if build is not None and document is not None else None


# --- the view -----------------------------------------------------------------------------


def _font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(1, int(px)))
    f.setBold(bold)
    return f


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the group's words, never markup
    label.setWordWrap(True)
    # A long word must not widen the whole list past the screen.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class _Item(QFrame):
    """One entry: its headline in bold and the lines under it."""

    def __init__(self, entry: Entry, index: int, count: int) -> None:
        super().__init__()
        self.setObjectName("workItem")
        self.entry = entry
        self.setAccessibleName(entry.headline)
        self.setAccessibleDescription(
            translate("StepWorkView", "Item %1 of %2: %3")
            .replace("%1", str(index))
            .replace("%2", str(count))
            .replace("%3", entry.spoken())
        )
        self.box = QVBoxLayout(self)
        self.headline = _label(entry.headline, "workHeadline")
        self.box.addWidget(self.headline)
        self.lines = [_label(line, "workLine") for line in entry.lines]
        for line in self.lines:
            self.box.addWidget(line)

    def restyle(self, body_px: int) -> None:
        self.headline.setFont(_font(body_px * HEADLINE_SCALE, bold=True))
        for line in self.lines:
            line.setFont(_font(body_px))
        pad = max(6, body_px // 3)
        self.box.setContentsMargins(pad * 2, pad, pad * 2, pad)
        self.box.setSpacing(max(2, body_px // 8))


class WorkScroll(QScrollArea):
    """The list: PgUp/PgDn and Space page, the arrow keys go from item to item, Home and
    End go to the ends; Escape asks to go back to the star."""

    back_requested = Signal()
    #: The reader scrolled with a key.
    moved_by_user = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.items: list[_Item] = []
        self.line_px = 40
        # A finger drags the list on a touch screen.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def event(self, event: QEvent) -> bool:
        # Escape would leave presentation mode (a window shortcut); here it is "back to the
        # star" first.
        if plain_escape_override(event):
            event.accept()
            return True
        return super().event(event)

    def page(self) -> int:
        return max(self.line_px, self.viewport().height() - self.line_px)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        bar = self.verticalScrollBar()
        key, mods = event.key(), event.modifiers()
        shift = mods & Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif key == Qt.Key.Key_PageDown or (key == Qt.Key.Key_Space and not shift):
            self.page_down()
        elif key == Qt.Key.Key_PageUp or (key == Qt.Key.Key_Space and shift):
            self.page_up()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.step_items(+1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.step_items(-1)
        elif key == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif key == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)
            return
        self.moved_by_user.emit()
        event.accept()

    def _tops(self) -> list[int]:
        """Where each item starts, as a scroll value that shows it at the top."""
        body = self.widget()
        box = body.layout() if body is not None else None
        margin = box.contentsMargins().top() if box is not None else 0
        return [max(0, item.y() - margin) for item in self.items]

    def page_down(self) -> None:
        """The first item not wholly on screen comes to the top: a page never starts with
        the end of an item the room has not seen the start of."""
        bar = self.verticalScrollBar()
        value = bar.value()
        bottom = value + self.viewport().height()
        cut = [
            t
            for t, item in zip(self._tops(), self.items, strict=True)
            if item.y() + item.height() > bottom
        ]
        target = cut[0] if cut and cut[0] > value else value + self.page()
        bar.setValue(min(target, bottom))

    def page_up(self) -> None:
        """Back a page, starting with a whole item."""
        bar = self.verticalScrollBar()
        value = bar.value()
        target = max(bar.minimum(), value - self.page())
        # The item that starts this page, or the one before it if it starts close enough.
        whole = [t for t in self._tops() if value - self.viewport().height() < t <= target]
        bar.setValue(whole[-1] if whole else target)

    def step_items(self, direction: int) -> None:
        """Bring the next (or previous) item to the top; an item taller than the screen is
        read a page at a time."""
        bar = self.verticalScrollBar()
        value = bar.value()
        tops = self._tops()
        if direction > 0:
            later = [t for t in tops if t > value + 1]
            target = min(later) if later else bar.maximum()
            bar.setValue(min(target, value + self.page()))
        else:
            earlier = [t for t in tops if t < value - 1]
            target = max(earlier) if earlier else bar.minimum()
            bar.setValue(max(target, value - self.page()))

    def visible_range(self) -> tuple[int, int]:
        """The first and last item (counted from 1) at least partly on screen."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        shown = [
            i
            for i, item in enumerate(self.items, start=1)
            if item.y() + item.height() > top and item.y() < bottom
        ]
        return (shown[0], shown[-1]) if shown else (0, 0)


class StepWorkView(QFrame):
    """The current step's work, large, over the star (presentation mode only)."""

    #: Escape in the view: the controller shows the star again.
    back_requested = Signal()
    #: The list. The name hides QWidget.scroll() (scrolling the widget's pixels), which
    #: nothing calls on this view; the tests and the controller know the list by it.
    scroll: WorkScroll  # type: ignore[assignment]  # shadows QWidget.scroll(), unused here

    def __init__(self, editor: WorkshopEditor) -> None:
        super().__init__(editor)
        self.setObjectName("stepWork")
        self.editor = editor
        self.document = editor.document
        self.work: Work | None = None
        self.body_px = round(BODY_PX_AT_1080)
        self._stale = True
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)

        self.title = _label("", "workTitle")
        self.title.setAccessibleName(translate("StepWorkView", "What is shown"))
        self.position = QLabel()
        self.position.setObjectName("workPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.position.setAccessibleName(translate("StepWorkView", "Where you are in the list"))
        self.intro = _label("", "workIntro")
        self.empty = _label("", "workEmpty")
        self.scroll = WorkScroll()
        self.scroll.back_requested.connect(self.back_requested)
        self.scroll.verticalScrollBar().valueChanged.connect(self._show_position)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.scroll.moved_by_user.connect(self._forget_place)
        #: Where the reader was before the list was filled again.
        self._keep: int | None = None
        self.body = QWidget()
        self.body.setObjectName("workBody")
        self.rows = QVBoxLayout(self.body)
        # "Nothing yet" sits where the first item would.
        self.rows.addWidget(self.empty)
        self.rows.addStretch(1)
        self.scroll.setWidget(self.body)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.position)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(head)
        self.outer.addWidget(self.intro)
        self.outer.addWidget(self.scroll, 1)

        for signal in WATCHES:
            signal.__get__(self.document, WorkshopDocument).connect(self.schedule_refresh)
        editor.step_changed.connect(self.schedule_refresh)
        editor.view.installEventFilter(self)
        appearance().changed.connect(self.restyle)
        self.hide()
        self.restyle()

    # --- following the document -------------------------------------------------------------

    def schedule_refresh(self, *_args: object) -> None:
        """Many changes in one go cause one refresh; out of sight, none until shown."""
        self._stale = True
        if self.isVisible():
            self._pending.start()

    def refresh(self) -> None:
        self._stale = False
        self._pending.stop()
        step = self.editor.current_step
        work = work_for(step, self.document)
        same_list = self.work is not None and work is not None and self.work.step == work.step
        keep = self.scroll.verticalScrollBar().value() if same_list else 0
        self.work = work
        for item in self.scroll.items:
            self.rows.removeWidget(item)
            item.hide()
            item.deleteLater()
        self.scroll.items = []
        if work is None:
            self.title.setText("")
            self.intro.hide()
            self.empty.hide()
            self._show_position()
            return
        # The step and its question are in the banner above; the title says what this is.
        self.title.setText(work.title)
        self.intro.setText(work.intro)
        self.intro.setVisible(bool(work.intro) and bool(work.entries))
        self.empty.setText(work.empty)
        self.empty.setVisible(not work.entries)
        count = len(work.entries)
        for i, entry in enumerate(work.entries, start=1):
            item = _Item(entry, i, count)
            item.restyle(self.body_px)
            self.rows.insertWidget(self.rows.count() - 1, item)
            self.scroll.items.append(item)
        self.scroll.setAccessibleName(
            translate("StepWorkView", "%1: %2, large view, read only")
            .replace("%1", i18n.label(step))
            .replace("%2", work.title)
        )
        self.scroll.setAccessibleDescription(
            translate(
                "StepWorkView",
                "Page Up and Page Down scroll; the arrow keys go from "
                "item to item; Escape goes back to the star.",
            )
        )
        # The list is laid out again later: keep the reader's place once it is.
        self._keep = keep
        self.scroll.verticalScrollBar().setValue(keep)
        QTimer.singleShot(0, self._show_position)

    def _range_changed(self, _low: int, high: int) -> None:
        if self._keep is not None:
            self.scroll.verticalScrollBar().setValue(self._keep)
            if high >= self._keep:
                self._keep = None
        self._show_position()

    def _forget_place(self) -> None:
        self._keep = None

    def _show_position(self, *_args: object) -> None:
        count = len(self.scroll.items)
        first, last = self.scroll.visible_range()
        if count and (first > 1 or last < count):
            self.position.setText(
                translate("StepWorkView", "%1–%2 of %3")
                .replace("%1", str(first))
                .replace("%2", str(last))
                .replace("%3", str(count))
            )
        else:
            self.position.setText("")
        self.position.setVisible(bool(self.position.text()))

    # --- showing ----------------------------------------------------------------------------

    def show_over_star(self) -> None:
        """Cover the canvas (the step banner stays above) and take the keyboard."""
        self.place()
        if self._stale or self.work is None or self.work.step != self.editor.current_step:
            self.refresh()
        self.show()
        self.raise_()
        self.scroll.setFocus(Qt.FocusReason.ShortcutFocusReason)
        QTimer.singleShot(0, self._show_position)

    def place(self) -> None:
        view = self.editor.view
        self.setGeometry(view.geometry())
        # The floating bar sits over the bottom of the canvas: the list ends above it.
        pad = max(12, self.body_px // 2)
        self.outer.setContentsMargins(pad * 2, pad, pad * 2, view.bottom_margin or pad)
        if self._body_px() != self.body_px:
            self.restyle()

    def _body_px(self) -> int:
        """Body text for this screen: it grows with the window's height and the text size."""
        return max(
            MIN_BODY_PX,
            round(
                readable.px_for(BODY_PX_AT_1080, self.window().height(), appearance().text_scale)
            ),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.editor.view
            and self.isVisible()
            and event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        ):
            self.place()
            QTimer.singleShot(0, self._show_position)
        return False

    def restyle(self) -> None:
        t = appearance().theme
        px = self.body_px = self._body_px()
        border = max(2, px // 12)
        self.setStyleSheet(
            f"#stepWork {{ background: {t.base}; }}"
            f"#stepWork QLabel {{ color: {t.text}; background: transparent; }}"
            f"#workBody, #workScroll {{ background: {t.base}; }}"
            f"#stepWork QLabel#workTitle, #stepWork QLabel#workPosition {{ color: {t.banner_text};"
            f" background: {t.banner}; padding: {px // 4}px {px // 2}px; }}"
            f"#workItem {{ background: {t.base}; border: {border}px solid {t.text};"
            f" border-radius: {px // 4}px; }}"
            f"#stepWork QLabel#workEmpty {{ border: {border}px dashed {t.text};"
            f" padding: {px // 2}px; }}"
        )
        self.title.setFont(_font(px * HEADLINE_SCALE, bold=True))
        self.position.setFont(_font(px, bold=True))
        self.intro.setFont(_font(px))
        self.empty.setFont(_font(px * HEADLINE_SCALE, bold=True))
        self.rows.setSpacing(max(8, px // 2))
        self.rows.setContentsMargins(0, px // 3, 0, px // 3)
        self.scroll.line_px = round(px * 1.4)
        self.scroll.verticalScrollBar().setSingleStep(self.scroll.line_px)
        for item in self.scroll.items:
            item.restyle(px)
