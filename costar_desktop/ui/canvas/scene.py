"""The scene: the star plus one item per note or group, kept in step with the document.

The scene subscribes to the document once (:meth:`CanvasScene.set_document`) and
updates its items when the document says something changed. User gestures come
out as signals (a new note typed, a note edited, notes moved, a dot given, a step
chosen on the ring); the editor turns them into undo commands.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from costar_desktop.core import rules
from costar_desktop.core.model import Note, Step
from costar_desktop.core.star import NOTE_ROOM, STAR, StarGeometry
from costar_desktop.core.steps import step_works_on
from costar_desktop.ui import i18n
from costar_desktop.ui.canvas import style
from costar_desktop.ui.canvas.contract import NoteScene
from costar_desktop.ui.canvas.group_item import GroupItem
from costar_desktop.ui.canvas.interactions import SceneMouse
from costar_desktop.ui.canvas.note_item import NoteItem, watch_fonts
from costar_desktop.ui.canvas.star_item import StarItem
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.model.document import WorkshopDocument

if TYPE_CHECKING:
    from costar_desktop.ui.canvas.hidden_cards import HiddenCards


def no_co_label() -> str:
    return translate("CanvasScene", "No Co yet")


def co_label(co) -> str:
    """The words at the bottom of a note: its Co, or that it has none yet."""
    return i18n.label(co) if co else no_co_label()


#: Added to the stacking order of the current step's notes: they lie above the others.
FRONT_LAYER = 10_000.0
#: Qt's pixmap cache, in KB (its default, 10 MB, holds a few hundred note cards).
PIXMAP_CACHE_KB = 160 * 1024


class _StatusWords:
    """The words of the notes' bottom lines in the current language, looked up once."""

    def __init__(self):
        self.shortlist = translate("CanvasScene", "★ Shortlist")
        self.impact = translate("CanvasScene", "Impact %1/5")
        self.example = translate("CanvasScene", "Example")
        self._step = translate("CanvasScene", "%1 step")
        self._steps: dict = {}

    def step(self, step) -> str:
        words = self._steps.get(step)
        if words is None:
            words = self._steps[step] = self._step.replace("%1", i18n.label(step))
        return words


class CanvasScene(NoteScene):
    """The star and its notes."""

    #: A new note was typed: (centre x, centre y, text, height). Empty drafts are dropped.
    note_typed = Signal(float, float, str, float)
    #: An existing note's text was edited: (note id, text, height).
    note_edited = Signal(str, str, float)
    #: Notes were dragged: {note id: (x, y)} of their new centres.
    notes_moved = Signal(dict)
    #: Empty space was double-clicked: start a new note here.
    new_note_wanted = Signal(QPointF)
    #: In voting mode, a note or group was clicked or tapped (its id).
    dot_clicked = Signal(str)
    #: A segment of the ring of steps was clicked.
    step_clicked = Signal(object)
    #: A Co's name was clicked or tapped (the Co).
    co_label_clicked = Signal(object)
    #: A group's title was double-clicked (group id).
    group_rename_requested = Signal(str)
    #: A note (or the new note) is being edited and now says this (each key typed).
    typing = Signal(str)
    #: Editing a note's text ended (finished or given up).
    typing_ended = Signal()

    def __init__(self, geometry: StarGeometry = STAR, parent=None):
        super().__init__(parent)
        self.geometry = geometry
        left, top, width, height = geometry.canvas_rect()
        # Room around the drawing, so the view can centre the star above the presentation bar.
        self.setSceneRect(
            QRectF(left, top, width, height).adjusted(-NOTE_ROOM, -NOTE_ROOM, NOTE_ROOM, NOTE_ROOM)
        )
        self.setBackgroundBrush(style.colour(style.theme().canvas))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.star_item = StarItem(geometry)
        self.addItem(self.star_item)
        self.document: WorkshopDocument | None = None
        self._items: dict[str, NoteItem | GroupItem] = {}
        #: The authors' words the notes show now (a note whose author changed is redrawn).
        self._authors_shown: dict[str, tuple] = {}
        #: Each note's dots in all as its status was last worked out from (what a change of
        #: dots compares with).
        self._totals_seen: dict[str, int] = {}
        self._draft: NoteItem | None = None
        #: What a press, a drag, a release and a double-click mean (interactions.py).
        self.mouse = SceneMouse(self)
        self._z = 0.0
        # Items taken off the scene while one of their own events is still running
        # (a note deleted by emptying it, a finished draft) are kept alive until the
        # event loop is back in control, so Qt never runs code of a deleted item.
        self._graveyard: list = []
        #: Note items that are members of a group (see _refresh_groups).
        self._members: set = set()
        # Notes keep their painted cards in Qt's pixmap cache (see NoteItem): room for a few
        # thousand cards at the sizes a whole-star view gives them.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        # Note labels are fitted once for all notes, and words are laid out once per note:
        # fonts loaded later (other scripts', once the window is up) fit them again.
        watch_fonts()
        self._completing_groups = False
        self._selecting_many = False
        #: Put off until the document's change has told of all its notes (notes_settled).
        self._groups_dirty = False
        self._selection_dirty = False
        #: The step the group is on: notes of other steps are faded (or hidden).
        self.current_step = Step.MAP
        self.only_current_step = False
        #: In voting mode a click or tap on a note gives or takes back a dot.
        self.voting_mode = False
        self.selectionChanged.connect(self._complete_groups)
        self.selectionChanged.connect(self._selection_marks)
        self._selected: set = set()
        #: Set by the view: notes that others hide completely are not painted.
        self.hidden_cards: HiddenCards | None = None
        #: Screen pixels the current step's words must reach (presentation mode), or None.
        self.readable_words_px: float | None = None

    # --- the document -------------------------------------------------------------

    def set_document(self, document: WorkshopDocument | None) -> None:
        """Show ``document``'s notes and follow its changes from now on."""
        if self.document is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        for item in list(self._items.values()):
            self._bury(item)
        self._items.clear()
        self._discard_draft()
        self.document = document
        if document is None:
            return
        for signal, slot in self._connections():
            signal.connect(slot)
        self.current_step = document.workshop.current_step
        self._authors_shown = self._participant_words()
        self._totals_seen = {}
        for note in document.notes.values():
            self._add_item(note)
        self._refresh_groups()
        self.refresh_status()
        if self.hidden_cards is not None:
            self.hidden_cards.before_first_paint = True

    def _connections(self):
        d = self.document
        return [
            (d.note_added, self._on_note_added),
            (d.note_changed, self._on_note_changed),
            (d.note_removed, self._on_note_removed),
            (d.participants_changed, self._on_participants_changed),
            (d.votes_changed, self._on_votes_changed),
            (d.settings_changed, self._on_settings_changed),
            (d.notes_settled, self._on_notes_settled),
        ]

    def _labels(self, note: Note) -> tuple[str, str]:
        document = self.document
        author = document.participants.get(note.author_id) if document and note.author_id else None
        return (author.name if author else "", co_label(note.co))

    def _add_item(self, note: Note):
        item: NoteItem | GroupItem
        if note.is_group:
            item = group = GroupItem(note)
            group.rename_requested.connect(self.group_rename_requested)
            group.setZValue(-1)
        else:
            author, co = self._labels(note)
            # it calls note_editing_done when typed into
            item = note_item = NoteItem(note, author, co)
            self._z += 0.001
            note_item.order = self._z
            note_item.set_readable_px(self.readable_words_px)
        self.addItem(item)
        self._items[note.id] = item
        self._apply_step_look(item, note, new=True)
        return item

    def cover_changed(self, *areas: QRectF) -> None:
        """A card moved, resized, went, stopped resting or changed its place in the stack
        within these scene areas: cards hidden there are drawn again (see hidden_cards).
        Without areas, anywhere: every card is looked at again once all is still."""
        if self.hidden_cards is not None:
            self.hidden_cards.uncover(*areas)

    def cover_grew(self, area: QRectF) -> None:
        """A card came at ``area``: it may hide more there once all is still."""
        if self.hidden_cards is not None:
            self.hidden_cards.covered_more(area)

    def _show_all_cards(self) -> None:
        """Every note is about to change: no hidden card is looked at one by one."""
        if self.hidden_cards is not None:
            self.hidden_cards.show_all()

    def _on_note_added(self, note_id: str) -> None:
        if note_id not in self._items and self.document is not None:
            note = self.document.notes[note_id]
            self._add_item(note)
            if note.is_group or note.group_id:
                self._groups_changed()
            self._update_status(note_id)

    def _on_note_changed(self, note_id: str) -> None:
        item = self._items.get(note_id)
        notes = self.document.notes if self.document is not None else {}
        note = notes.get(note_id)
        if item is None or note is None:
            return
        item.sync(note, *self._labels(note))
        self._apply_step_look(item, note)
        if isinstance(item, GroupItem):  # shortlisting a group brings its notes forward
            for member in item.members:
                if member.note_id in notes:
                    self._apply_step_look(member, notes[member.note_id])
        self._update_status(note_id)
        if isinstance(item, GroupItem) or note.group_id or self._was_member(item):
            self._groups_changed()

    def _on_note_removed(self, note_id: str) -> None:
        item = self._items.pop(note_id, None)
        if item is not None:
            self._bury(item)
            if isinstance(item, GroupItem) or self._was_member(item):
                self._groups_changed()

    def show_as_saved(self, note_ids) -> None:
        """Show these notes as the document holds them (after a change that was not saved,
        items dragged or typed into are put back)."""
        for note_id in note_ids:
            self._on_note_changed(note_id)

    def _participant_words(self) -> dict[str, tuple]:
        """What of each participant a note shows (its author line)."""
        document = self.document
        if document is None:
            return {}
        return {pid: (p.name, p.kind) for pid, p in document.participants.items()}

    def _on_participants_changed(self) -> None:
        """Only notes whose author's name or kind changed are drawn again: phones joining
        a room add participants one by one, and redrawing 2,000 notes for each (with the
        dots worked out for every note) held the window up for a tenth of a second."""
        before, self._authors_shown = self._authors_shown, self._participant_words()
        changed = {
            pid
            for pid in before.keys() | self._authors_shown.keys()
            if before.get(pid) != self._authors_shown.get(pid)
        }
        if not changed or self.document is None:
            return
        notes = self.document.notes
        for note_id in list(self._items):
            note = notes.get(note_id)
            if note is not None and note.author_id in changed:
                self._on_note_changed(note_id)

    def _on_votes_changed(self) -> None:
        """Dots were given or taken back: only the notes whose dots changed are drawn again
        (the totals worked out once, by core's rule). Phones in a room give dots many times
        a second; redrawing every note's status each time held a window of 2,000 notes up
        for tens of milliseconds."""
        document = self.document
        if document is None:
            return
        totals = self._dot_totals(document)
        seen = self._totals_seen
        words: _StatusWords | None = None
        for nid in [n for n in seen.keys() | totals.keys() if seen.get(n, 0) != totals.get(n, 0)]:
            words = words or _StatusWords()
            self._update_status(nid, totals, words)

    def _on_settings_changed(self) -> None:
        if self.document is None:
            return
        self.set_current_step(self.document.workshop.current_step)
        self.refresh_status()

    def _bury(self, item) -> None:
        if isinstance(item, NoteItem) and item.editing:
            self.typing_ended.emit()  # whatever it was saying is not being typed any more
        if item.scene() is self:
            area = item.sceneBoundingRect()
            if self.hidden_cards is not None:
                self.hidden_cards.forget(item)
            self.removeItem(item)
            self.cover_changed(area)
        if not self._graveyard:
            QTimer.singleShot(0, self._graveyard.clear)
        self._graveyard.append(item)

    # --- groups -----------------------------------------------------------------------

    def _was_member(self, item) -> bool:
        # A set kept by _refresh_groups: asked once per changed note, so it must not walk
        # every item (moving 500 of 2,000 notes took 0.6 s that way).
        return item in self._members

    def _in_note_run(self) -> bool:
        return self.document is not None and self.document.in_note_run

    def _groups_changed(self) -> None:
        """A group or a member changed: frames and members are worked out again, once per
        change of the document (each walks every note; grouping 5,000 notes took 41 s)."""
        if self._in_note_run():
            self._groups_dirty = True
        else:
            self._refresh_groups()

    def _on_notes_settled(self) -> None:
        if self._groups_dirty:
            self._groups_dirty = False
            self._refresh_groups()
        if self._selection_dirty:
            self._selection_dirty = False
            self._complete_groups()
            self._selection_marks()

    def _refresh_groups(self) -> None:
        members: dict[str, list[NoteItem | GroupItem]] = {}
        for note in self.document.notes.values() if self.document is not None else ():
            if note.group_id and note.id in self._items:
                members.setdefault(note.group_id, []).append(self._items[note.id])
        self._members = set()
        for item in self._items.values():
            if isinstance(item, GroupItem):
                item.set_members(members.get(item.note_id, []))
                self._members.update(item.members)

    def _selection_marks(self) -> None:
        """Notes that were selected or unselected resize their bounds for the frame."""
        if self._selecting_many:
            return  # select_notes does it once at the end
        if self._in_note_run():
            self._selection_dirty = True  # notes leaving: once, when all have gone
            return
        now = set(self.selectedItems())
        for item in now ^ self._selected:
            if isinstance(item, NoteItem) and item.scene() is self:
                item.update_marks()
        self._selected = now

    def group_of(self, item) -> GroupItem | None:
        if isinstance(item, GroupItem):
            return item
        note_id = item.note_id if isinstance(item, NoteItem) else None
        note = self.document.notes.get(note_id or "") if self.document else None
        if note is not None and note.group_id:
            group = self._items.get(note.group_id)
            return group if isinstance(group, GroupItem) else None
        return None

    def _complete_groups(self) -> None:
        """A group is selected as a whole: selecting one of its notes selects all of it."""
        if self._completing_groups or self._selecting_many or self.document is None:
            return
        if self.document.in_note_run:
            self._selection_dirty = True
            return
        self._completing_groups = True
        self._selecting_many = True  # the frames are seen to once, below
        added = False
        try:
            done = set()
            for item in list(self.selectedItems()):
                group = self.group_of(item)
                if group is not None and group not in done:
                    done.add(group)
                    for other in [group, *group.members]:
                        if not other.isSelected():
                            other.setSelected(True)
                            added = True
        finally:
            self._completing_groups = False
            self._selecting_many = False
        if added:
            self._selection_marks()

    # --- the steps and the dots -----------------------------------------------------

    def set_current_step(self, step: Step) -> None:
        if step != self.current_step:
            self.current_step = step
            self._show_all_cards()
            self._apply_step_looks()
            self.refresh_status()

    def set_only_current_step(self, only: bool) -> None:
        if only == self.only_current_step:
            return  # every note already shows it (the window asks again on each open)
        self.only_current_step = only
        self._show_all_cards()
        self._apply_step_looks()

    def _apply_step_looks(self) -> None:
        if self.document is None:
            return  # no notes either
        notes = self.document.notes
        for nid, item in self._items.items():
            self._apply_step_look(item, notes[nid])

    def _apply_step_look(self, item, note: Note, new: bool = False) -> None:
        document = self.document
        card = document.notes.get(note.group_id) if document and note.group_id else None
        other = not step_works_on(self.current_step, note, card)
        visible = not (other and self.only_current_step)
        if isinstance(item, NoteItem):
            # The step's own notes lie above the others, which are drawn paler: a faded
            # note never hides one of the step being worked on.
            item.set_strength(style.theme().faded_strength if other else 1.0)
            z = item.order + (0.0 if other else FRONT_LAYER)
            if not new and (z != item.zValue() or visible != item.isVisible()):
                self.cover_changed(item.sceneBoundingRect())
            item.setZValue(z)
            item.setVisible(visible)
            if new:
                self.cover_grew(item.sceneBoundingRect())
        else:
            item.setVisible(visible)
            item.setOpacity(style.theme().faded_strength if other else 1.0)

    @staticmethod
    def _dot_totals(document: WorkshopDocument) -> Counter:
        # worked out from the document each time (core's rule): the scene keeps no totals
        return rules.dot_totals(document.votes.values(), document.notes)

    def refresh_status(self, *_args) -> None:
        """Show dots, shortlist, impact, example and step on every note."""
        if self.document is None:
            return
        totals = self._dot_totals(self.document)
        words = _StatusWords()  # translated once for all notes, not once per note
        for nid in self._items:
            self._update_status(nid, totals, words)

    def _update_status(
        self, note_id: str, totals: Counter | None = None, words: _StatusWords | None = None
    ) -> None:
        document = self.document
        item = self._items.get(note_id)
        note = document.notes.get(note_id) if document is not None else None
        if document is None or item is None or note is None:
            return
        if totals is None:
            totals = self._dot_totals(document)
        if words is None:
            words = _StatusWords()
        hidden = document.workshop.votes_hidden
        self._totals_seen[note_id] = totals.get(note_id, 0)
        dots = None if hidden or note.group_id else (totals.get(note_id) or None)
        parts = []
        if note.shortlisted:
            parts.append(words.shortlist)
        if note.impact:
            parts.append(words.impact.replace("%1", str(note.impact)))
        if note.is_example:
            parts.append(words.example)
        if note.step != self.current_step:
            parts.append(words.step(note.step))
        item.set_status(dots, " · ".join(parts))

    def refresh_appearance(self) -> None:
        """Redraw everything in the current theme, text size and colour option."""
        self.setBackgroundBrush(style.colour(style.theme().canvas))
        self._show_all_cards()
        if self.document is not None:
            for nid, item in self._items.items():
                self._apply_step_look(item, self.document.notes[nid])
        self.star_item.update()
        for item in self._items.values():
            if isinstance(item, NoteItem):
                item.apply_appearance()
            else:
                item.update()
        self._refresh_groups()
        if self._draft is not None:
            self._draft.apply_appearance()

    def set_readable_words(self, px: float | None) -> None:
        """Draw the current step's words at least ``px`` pixels high on screen, whatever the
        zoom (None: as usual). Presentation mode asks for it so that the room can read
        the notes on the whole star: a card keeps its size and place and, when the zoom
        would draw its words smaller, sets fewer of them larger (NoteItem.large_words)."""
        if px == self.readable_words_px:
            return
        self.readable_words_px = px
        for item in self._items.values():
            if isinstance(item, NoteItem):
                item.set_readable_px(px)

    # --- looking up items ---------------------------------------------------------

    def note_item(self, note_id: str):
        return self._items.get(note_id)

    def note_items(self) -> list[NoteItem]:
        return [i for i in self._items.values() if isinstance(i, NoteItem)]

    def group_items(self) -> list[GroupItem]:
        return [i for i in self._items.values() if isinstance(i, GroupItem)]

    def selected_note_ids(self) -> list[str]:
        return [
            i.note_id
            for i in self.selectedItems()
            if isinstance(i, (NoteItem, GroupItem)) and i.note_id
        ]

    def select_notes(self, note_ids) -> None:
        """Select exactly these notes (and their groups whole) as one change: Qt tells of
        each note selected, and looking at the whole selection each time made selecting
        all of 5,000 notes take 12 s."""
        self._selecting_many = True
        try:
            self.clearSelection()
            for nid in note_ids:
                item = self._items.get(nid)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._selecting_many = False
        self._complete_groups()
        self._selection_marks()

    def editing_item(self) -> NoteItem | None:
        item = self.focusItem()
        while item is not None and not isinstance(item, NoteItem):
            item = item.parentItem()
        return item if item is not None and item.editing else None

    def reading_order(self) -> list:
        """Visible notes and groups in reading order (:func:`core.rules.reading_order`: by
        Co, parking last, then top to bottom and left to right; a group's notes follow its
        title)."""
        notes = self.document.notes if self.document is not None else {}
        shown = [nid for nid, item in self._items.items() if item.isVisible()]
        return [self._items[nid] for nid in rules.reading_order(notes, shown)]

    def select_next_note(self, backwards: bool = False):
        """Select the note after (or before) the selected one in reading order."""
        order = self.reading_order()
        if not order:
            return None
        selected = [i for i in order if i.isSelected()]
        if not selected:
            target = order[-1] if backwards else order[0]
        else:
            index = order.index(selected[-1] if not backwards else selected[0])
            target = order[(index + (-1 if backwards else 1)) % len(order)]
        self._select_one(target)
        return target

    def select_one(self, note_id: str):
        """Select this note or group card alone and give it the keyboard focus, as Tab does
        (a note of a group without the rest of it). Returns its item, or None."""
        item = self._items.get(note_id)
        if item is not None:
            self._select_one(item)
        return item

    def _select_one(self, item) -> None:
        self._completing_groups = True  # one item at a time while walking with Tab
        try:
            self.clearSelection()
            item.setSelected(True)
        finally:
            self._completing_groups = False
        item.setFocus(Qt.FocusReason.TabFocusReason)

    def note_at(self, pos: QPointF):
        """The topmost note or group item at a scene point, if any."""
        for item in self.items(pos):
            while item is not None and not isinstance(item, (NoteItem, GroupItem)):
                item = item.parentItem()
            if item is not None and item.note_id and item.isVisible():
                return item
        return None

    @property
    def draft(self) -> NoteItem | None:
        return self._draft

    # --- new notes ------------------------------------------------------------------

    def start_new_note(self, centre: QPointF, colour: str = "yellow", author: str = "") -> NoteItem:
        """Put an empty draft note at ``centre`` and start typing into it."""
        self._discard_draft()
        self.clearSelection()
        draft_note = Note(x=centre.x(), y=centre.y(), colour=colour, step=self.current_step)
        item = NoteItem(draft_note, author, self.co_label_at(centre))
        item.note_id = None
        item.setZValue(self._z + FRONT_LAYER + 1)
        self.addItem(item)
        self._draft = item
        item.start_editing()
        return item

    def co_label_at(self, centre: QPointF) -> str:
        """The Co a note centred here would get, in words: shown on a new note and on a
        dragged one before the document gives it."""
        return co_label(rules.note_co(centre.x(), centre.y(), self.geometry))

    def _discard_draft(self) -> None:
        if self._draft is not None:
            draft, self._draft = self._draft, None
            self._bury(draft)

    def note_being_typed(self, item: NoteItem, text: str) -> None:
        """A note of this scene (or the draft) is being edited; NoteItem calls this when
        editing begins and at each change of its text."""
        self.typing.emit(text)

    def note_editing_done(self, item: NoteItem, text: str, reason: str) -> None:
        """A note of this scene (or the draft) finished editing; NoteItem calls this."""
        self.typing_ended.emit()
        height = item.natural_height()
        if item is self._draft:
            centre = item.pos()
            width = item.rect().width()
            self._discard_draft()
            if text.strip():
                self.note_typed.emit(centre.x(), centre.y(), text, height)
            if reason == "tab":
                self.start_new_note(
                    self._next_place(centre, width, item.rect().height()),
                    colour=item.colour_key,
                    author=item.author,
                )
            return
        if item.note_id is not None:
            self.note_edited.emit(item.note_id, text, height)
            if reason == "tab":
                self.start_new_note(
                    self._next_place(item.pos(), item.rect().width(), item.rect().height()),
                    colour=item.colour_key,
                    author=item.author,
                )

    def _next_place(self, after: QPointF, width: float, height: float) -> QPointF:
        """Where Tab puts the next note: in the same Co (or parking area) as the last."""
        notes = self.document.notes.values() if self.document else ()
        x, y = rules.next_note_place((after.x(), after.y()), width, height, notes, self.geometry)
        return QPointF(x, y)

    # --- mouse and one finger (the gestures themselves are in interactions.py) --------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse.press(event, super().mousePressEvent)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse.move(event, super().mouseMoveEvent)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse.release(event, super().mouseReleaseEvent)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse.double_click(event, super().mouseDoubleClickEvent)
